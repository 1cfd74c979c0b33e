package io.wirestream.ingest;

/**
 * Something in the input that was skipped: where it came from (a file, {@code stdin}, a feed URL, an HTTP
 * request), the line (for JSON Lines; 0 when not line-based), the field at fault (null when it is not one field's)
 * and the reason.
 */
public record InputProblem(String origin, int line, String field, String reason) {

    public InputProblem(String origin, int line, String reason) {
        this(origin, line, null, reason);
    }

    @Override
    public String toString() {
        return origin + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
