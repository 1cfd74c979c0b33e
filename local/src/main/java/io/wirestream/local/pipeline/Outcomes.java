package io.wirestream.local.pipeline;

/**
 * What enrich made of the raw records. Every record on articles.raw must end as exactly one of: an enriched
 * article, a duplicate notice, or one of enrich's dead letters; so when enrich is done the three add up to the raw
 * count, and until then the difference is what enrich still holds.
 *
 * @param raw         records on articles.raw (the sum of its end offsets: ingest's producer is idempotent, not
 *                    transactional, so its offsets are contiguous)
 * @param enriched    committed records on articles.enriched
 * @param duplicates  committed records on articles.duplicates
 * @param deadLetters committed records on articles.dlq written by enrich (the sink's are not outcomes of raw records)
 */
record Outcomes(long raw, long enriched, long duplicates, long deadLetters) {

    long total() {
        return enriched + duplicates + deadLetters;
    }

    boolean addUp() {
        return total() == raw;
    }

    /** Raw records without an outcome yet; negative when there are more outcomes than raw records. */
    long missing() {
        return raw - total();
    }

    /** The line scripts follow: {@code outcomes: raw R = enriched E + duplicates D + dead letters L} ("!=" when not). */
    String line() {
        return String.format("outcomes: raw %d %s enriched %d + duplicates %d + dead letters %d", raw,
                addUp() ? "=" : "!=", enriched, duplicates, deadLetters);
    }

    /** Why they do not add up, or null when they do. */
    String warning() {
        long missing = missing();
        if (missing > 0) {
            return String.format("WARNING: %d of %d raw records have no outcome (enrich lost them or still holds them)",
                    missing, raw);
        }
        if (missing < 0) {
            return String.format("WARNING: %d more outcomes than raw records (some record was processed twice)",
                    -missing);
        }
        return null;
    }
}
