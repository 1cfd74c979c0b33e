package io.wirestream.schemas;

/**
 * The consumer groups of the pipeline, part of its contract with operators (offsets, lag, resets): enrich's
 * Kafka Streams application id (its group) and the sink's group. Defaults; each can be configured.
 */
public final class ConsumerGroups {

    /** Enrich's {@code application.id}: its consumer group and the prefix of its internal topics. */
    public static final String ENRICH = "wirestream-enrich";

    /** The sink's consumer group (its committed offsets are the sink's progress). */
    public static final String SINK = "wirestream-sink";

    private ConsumerGroups() {
    }
}
