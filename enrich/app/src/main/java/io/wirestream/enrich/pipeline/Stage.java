package io.wirestream.enrich.pipeline;

/** The enrich stages, in order; a dead letter names the one that failed. */
public enum Stage {
    DESERIALIZE("deserialize"),
    REDELIVERY("redelivery"),
    CLEANUP("cleanup"),
    DEDUP("dedup"),
    TAGGING("tagging"),
    OUTPUT("output");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
