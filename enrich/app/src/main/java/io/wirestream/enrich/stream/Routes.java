package io.wirestream.enrich.stream;

/** Names of the topology's nodes, so processors forward to a child by name and the topology wires the same names. */
final class Routes {

    static final String SOURCE = "raw-source";
    static final String DECODE = "decode";
    static final String REDELIVERY = "redelivery";
    static final String CLEANUP = "cleanup";
    static final String DEDUP = "dedup";
    static final String TAGGING = "tagging";
    static final String OUTPUT = "output";
    static final String ENRICHED_SINK = "enriched-sink";
    static final String DUPLICATES_SINK = "duplicates-sink";
    static final String DEAD_LETTER_SINK = "dead-letter-sink";

    static final String SEEN_IDS_STORE = "seen-article-ids";

    private Routes() {
    }
}
