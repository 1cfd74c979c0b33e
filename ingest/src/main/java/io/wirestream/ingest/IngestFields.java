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

    public static final List<Field<?>> ALL;

    static {
        List<Field<?>> all = new ArrayList<>(CommonFields.ALL);
        all.add(MAX_BYTES);
        all.add(DEFAULT_SOURCE);
        ALL = List.copyOf(all);
    }

    private IngestFields() {
    }
}
