package io.wirestream.tagging;

/** The text (or a knowledge-base file) cannot be tagged; the message names the reason. */
public class TaggingInputException extends IllegalArgumentException {
    public TaggingInputException(String message) {
        super(message);
    }

    public TaggingInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
