package io.wirestream.ingest;

/**
 * When each record is due under a fixed rate ({@code ingest --rate}): record {@code i} (0-based) at
 * {@code i / recordsPerSecond} seconds after the first. A schedule, not a pause after each send: a record that
 * went out late does not push the later ones back, so the offered rate stays the configured one (a record whose
 * time has passed goes out at once) and latency measured under it is not flattered by a slowed producer.
 *
 * @param recordsPerSecond the rate; 0 for unlimited (every record due at once)
 */
public record Pacing(double recordsPerSecond) {

    public static final Pacing UNLIMITED = new Pacing(0);

    public Pacing {
        if (!(recordsPerSecond >= 0) || Double.isInfinite(recordsPerSecond)) {
            throw new IllegalArgumentException("rate must be a finite number >= 0 (0: unlimited), not " + recordsPerSecond);
        }
    }

    public boolean unlimited() {
        return recordsPerSecond == 0;
    }

    /** Nanoseconds after the first record at which record {@code index} (0-based) is due; 0 when unlimited. */
    public long dueNanos(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, not " + index);
        }
        return unlimited() ? 0 : (long) Math.floor(index * 1e9 / recordsPerSecond);
    }

    /**
     * How long to wait before sending record {@code index} when {@code elapsedNanos} have passed since the first
     * record went out: 0 when it is due or overdue.
     */
    public long waitNanos(long index, long elapsedNanos) {
        return Math.max(0, dueNanos(index) - elapsedNanos);
    }
}
