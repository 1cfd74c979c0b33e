package io.wirestream.enrich.stream;

/**
 * Names of the topology's nodes, internal topics and stores, so processors forward to a child by name and the
 * topology wires the same names. Each stage node has its own dead-letter (and, where it drops duplicates, its
 * own duplicate) sink, named after it: a DSL sink has exactly one parent.
 */
final class Routes {

    static final String SOURCE = "raw-source";
    static final String DECODE = "decode";
    static final String REDELIVERY = "redelivery";
    static final String CLEANUP = "cleanup";
    static final String DEDUP_ROUTE = "dedup-route";
    static final String DEDUP_EXACT = "dedup-exact";
    static final String DEDUP_BANDS = "dedup-bands";
    static final String DEDUP_VERIFY = "dedup-verify";
    static final String DEDUP_GATHER = "dedup-gather";
    static final String TAGGING = "tagging";
    static final String OUTPUT = "output";
    static final String ENRICHED_SINK = "enriched-sink";

    /**
     * Pass-through nodes in front of each repartition: a processor forwards to one of these by name. The ordered
     * topics (see {@link OrderedTopics}) have one per upstream partition: {@code <name>-from-<partition>}.
     */
    static final String TO_FINGERPRINT = "to-dedup-by-fingerprint";
    static final String TO_ARTICLES = "to-dedup-articles";
    static final String TO_BANDS = "to-dedup-by-band";
    static final String TO_PENDING = "to-dedup-pending";
    static final String TO_VERIFY = "to-dedup-probes";
    static final String TO_BAND_DONE = "to-dedup-band-done";
    static final String TO_ANSWERS = "to-dedup-answers";

    /** Repartition topics ({@code <application.id>-<name>-repartition}). */
    static final String BY_FINGERPRINT_TOPIC = "dedup-by-fingerprint";
    static final String ARTICLES_TOPIC = "dedup-articles";
    static final String BY_BAND_TOPIC = "dedup-by-band";
    static final String PENDING_TOPIC = "dedup-pending";
    static final String PROBES_TOPIC = "dedup-probes";
    static final String BAND_DONE_TOPIC = "dedup-band-done";
    static final String ANSWERS_TOPIC = "dedup-answers";

    static final String SEEN_IDS_STORE = "seen-article-ids";
    static final String FINGERPRINT_STORE = "dedup-fingerprint-store";
    static final String BAND_STORE = "dedup-band-store";
    static final String ARTICLE_STORE = "dedup-article-store";
    static final String PENDING_STORE = "dedup-pending-store";
    static final String PENDING_ARTICLE_STORE = "dedup-pending-article-store";
    static final String ORDER_CLOCK_STORE = "dedup-order-clock";

    private Routes() {
    }

    /** The topic (or pass-through node) {@code name} written only by the tasks of upstream partition {@code partition}. */
    static String from(String name, int partition) {
        return name + "-from-" + partition;
    }

    static String deadLetters(String node) {
        return node + "-dead-letters";
    }

    static String duplicates(String node) {
        return node + "-duplicates";
    }
}
