package io.wirestream.ingest.fetch;

/** A fetch that gave no usable answer, with the reason; {@code passing} when a later try may succeed. */
public final class FetchException extends Exception {

    private final boolean passing;

    public FetchException(String reason, boolean passing) {
        super(reason);
        this.passing = passing;
    }

    public boolean passing() {
        return passing;
    }
}
