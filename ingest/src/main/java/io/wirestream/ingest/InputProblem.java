package io.wirestream.ingest;

/**
 * Something in the input that was skipped: where it came from (a file, {@code stdin}, a feed URL, an HTTP
 * request), the line (for JSON Lines; 0 when not line-based) and the reason.
 */
public record InputProblem(String origin, int line, String reason) {

    @Override
    public String toString() {
        return origin + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
