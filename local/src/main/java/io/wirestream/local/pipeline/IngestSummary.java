package io.wirestream.local.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The counts the ingest process wrote with {@code --summary-json}. */
record IngestSummary(long read, long produced, long skipped) {

    private static final Pattern NUMBER = Pattern.compile("\"(read|produced|skipped)\"\\s*:\\s*(\\d+)");

    static IngestSummary read(Path file) {
        long read = 0;
        long produced = 0;
        long skipped = 0;
        try {
            Matcher m = NUMBER.matcher(Files.readString(file));
            while (m.find()) {
                long value = Long.parseLong(m.group(2));
                switch (m.group(1)) {
                    case "read" -> read = value;
                    case "produced" -> produced = value;
                    default -> skipped = value;
                }
            }
        } catch (IOException e) {
            // ingest did not finish: all zero, and the progress lines above say what happened
        }
        return new IngestSummary(read, produced, skipped);
    }
}
