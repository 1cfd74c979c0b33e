package io.wirestream.ingest;

import java.time.Duration;
import java.time.Instant;

/**
 * The record timestamp an article gets, and the range it must lie in. Kafka refuses a negative timestamp in the
 * producer (an article dated before 1970) and the broker refuses a whole batch when one record lies further ahead
 * than {@code log.message.timestamp.after.max.ms} (1 h by default in Kafka 4). So event time is
 * {@code publishedAt} only inside [1970-01-01T00:00:00Z, ingest time + maxAhead]; outside it the record timestamp
 * is the ingest time and {@code publishedAt} stays in the record as the source gave it.
 *
 * @param maxAhead how far ahead of the ingest time a publishedAt may lie and still be the record timestamp; keep
 *                 it below the broker's {@code log.message.timestamp.after.max.ms}
 */
public record EventTime(Duration maxAhead) {

    /** The record timestamp, and why publishedAt was not used (null when it was, or when there is none). */
    public record Stamp(long timestamp, String clampReason) {
        public boolean clamped() {
            return clampReason != null;
        }
    }

    public Stamp stamp(Instant publishedAt, Instant ingestedAt) {
        if (publishedAt == null) {
            return new Stamp(ingestedAt.toEpochMilli(), null);
        }
        if (publishedAt.isBefore(Instant.EPOCH)) {
            return new Stamp(ingestedAt.toEpochMilli(), "publishedAt " + publishedAt + " is before 1970");
        }
        if (publishedAt.isAfter(ingestedAt.plus(maxAhead))) {
            return new Stamp(ingestedAt.toEpochMilli(), "publishedAt " + publishedAt + " is more than " + maxAhead
                    + " ahead of ingest time " + ingestedAt);
        }
        return new Stamp(publishedAt.toEpochMilli(), null);
    }
}
