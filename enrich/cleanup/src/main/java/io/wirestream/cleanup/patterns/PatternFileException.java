package io.wirestream.cleanup.patterns;

/** A pattern file that cannot be read or holds a bad line; the message names the file and line. */
public class PatternFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public PatternFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
