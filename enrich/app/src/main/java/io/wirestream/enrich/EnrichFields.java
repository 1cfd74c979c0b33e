package io.wirestream.enrich;

import io.wirestream.config.CommonFields;
import io.wirestream.config.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The enrich service's own settings (cores read their cleanup.*, dedup.* and tagging.* keys themselves). */
public final class EnrichFields {

    /** The dedup core's own key, so the stream and the offline commands remember for the same time. */
    public static final Field<Duration> RETENTION = Field.duration("dedup.retention", Duration.ofDays(7),
            "how long (event time) an article id, fingerprint or signature is remembered for duplicate detection");
    public static final Field<Long> MAX_RECORD_BYTES = Field.longValue("enrich.max.record.bytes", 8L * 1024 * 1024, 1,
            "raw records larger than this are dead-lettered instead of processed");

    public static final List<Field<?>> ALL;

    static {
        List<Field<?>> all = new ArrayList<>(CommonFields.ALL);
        all.add(RETENTION);
        all.add(MAX_RECORD_BYTES);
        ALL = List.copyOf(all);
    }

    private EnrichFields() {
    }
}
