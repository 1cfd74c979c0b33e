package io.wirestream.schemas;

/**
 * How large an article may be, end to end. One raw record of at most {@link #MAX_RAW_RECORD_BYTES} becomes, on its
 * way through the pipeline, records about three times as large: the article parked for its dedup verdict (original
 * bytes, body and clean body), the enriched record (body, clean body, edits, entities), a dead letter (the original
 * bytes and the error). Every topic that carries them, and every producer that writes them, is configured for
 * {@link #MAX_MESSAGE_BYTES}; ingest refuses a larger raw record at the first hop, naming it.
 *
 * <p>Kafka's own default is 1 MB per record; a news article is rarely over 100 KB.
 */
public final class RecordLimits {

    /** The largest raw record (Avro, wire format) the pipeline takes: 2 MiB. */
    public static final int MAX_RAW_RECORD_BYTES = 2 * 1024 * 1024;

    /** {@code max.message.bytes} of the article topics and {@code max.request.size} of their producers: 8 MiB. */
    public static final int MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

    /** The longest article id (characters): the sink's key column, and what ingest refuses beyond. */
    public static final int MAX_ID_CHARS = 512;

    /** The longest source name (characters). */
    public static final int MAX_SOURCE_CHARS = 1000;

    private RecordLimits() {
    }
}
