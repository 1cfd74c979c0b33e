package io.wirestream.enrich.stream;

/**
 * Names of the topology's nodes, internal topics and stores, so processors forward to a child by name and the
 * topology wires the same names. Each stage node has its own dead-letter (and, where it drops duplicates, its
 * own duplicate) sink, named after it: a DSL sink has exactly one parent.
 */
final class Routes {

    static final String SOURCE = "raw-source";
    static final String DECODE = "decode";
    static final String CLEANUP = "cleanup";
    /** Partition side, before the verdict: analyse, park the article, send its signature. */
    static final String DEDUP_SIGN = "dedup-sign";
    /** The single judging task. */
    static final String DEDUP_JUDGE = "dedup-judge";
    /** Partition side, after the verdict: the waiting article meets it. */
    static final String DEDUP_VERDICT = "dedup-verdict";
    static final String TAGGING = "tagging";
    static final String OUTPUT = "output";
    static final String ENRICHED_SINK = "enriched-sink";

    /** Pass-through nodes in front of the internal topics: a processor forwards to one of these by name. */
    static final String TO_SIGNATURES = "to-dedup-signatures";
    static final String TO_REPORTS = "to-dedup-lane-reports";
    static final String TO_VERDICTS = "to-dedup-verdicts";

    /** Internal topics ({@code <application.id>-<name>-repartition}). */
    static final String SIGNATURES_TOPIC = "dedup-signatures";
    static final String VERDICTS_TOPIC = "dedup-verdicts";

    /** Partition side: articles waiting for their verdict, by raw offset. */
    static final String WAITING_STORE = "dedup-waiting";
    /** The judging task: the dedup core's four maps ({@link StoreDedupState}) and the sequencer's state. */
    static final String ARTICLES_STORE = "dedup-articles";
    static final String ORIGINALS_STORE = "dedup-originals";
    static final String BANDS_STORE = "dedup-bands";
    static final String EXPIRY_STORE = "dedup-expiry";
    static final String SEQUENCER_WAITING_STORE = "dedup-sequencer-waiting";
    static final String SEQUENCER_LANES_STORE = "dedup-sequencer-lanes";

    static final String[] JUDGE_STORES = {ARTICLES_STORE, ORIGINALS_STORE, BANDS_STORE, EXPIRY_STORE,
        SEQUENCER_WAITING_STORE, SEQUENCER_LANES_STORE};

    private Routes() {
    }

    static String deadLetters(String node) {
        return node + "-dead-letters";
    }

    static String duplicates(String node) {
        return node + "-duplicates";
    }
}
