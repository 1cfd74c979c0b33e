package io.wirestream.ingest;

import io.wirestream.config.CommonFields;
import io.wirestream.config.Field;
import java.util.ArrayList;
import java.util.List;

/** The ingest service's own settings, besides the ones every service shares. */
public final class IngestFields {

    public static final Field<Long> MAX_BYTES = Field.longValue("ingest.max.bytes", 10L * 1024 * 1024, 1,
            "largest article file (or JSON line) accepted, in bytes");
    public static final Field<String> DEFAULT_SOURCE = Field.string("ingest.source", null,
            "source name for articles whose input does not name one (e.g. .txt files)");

    public static final Field<java.time.Duration> EVENT_TIME_MAX_AHEAD = Field.duration("ingest.event.time.max.ahead",
            ArticlePublisher.DEFAULT_MAX_AHEAD, "how far ahead of the ingest time a publishedAt may lie and still be "
                    + "the record timestamp (keep it below the broker's log.message.timestamp.after.max.ms, 1 h by "
                    + "default); later or pre-1970 dates get the ingest time as record timestamp, publishedAt kept");

    public static final List<Field<?>> ALL;

    static {
        List<Field<?>> all = new ArrayList<>(CommonFields.ALL);
        all.add(MAX_BYTES);
        all.add(DEFAULT_SOURCE);
        all.add(EVENT_TIME_MAX_AHEAD);
        ALL = List.copyOf(all);
    }

    private IngestFields() {
    }
}
