package io.wirestream.local.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The counts the ingest process wrote with {@code --summary-json}: articles read, produced (acknowledged), failed
 * (a send the broker did not acknowledge) and skipped (inputs refused, each with a reason in ingest's log).
 */
record IngestSummary(long read, long produced, long failed, long skipped) {

    static IngestSummary read(Path file) {
        try {
            JsonNode json = new ObjectMapper().readTree(file.toFile());
            return new IngestSummary(json.path("read").asLong(), json.path("produced").asLong(),
                    json.path("failed").asLong(), json.path("skipped").asLong());
        } catch (IOException e) {
            // ingest did not finish: all zero, and the progress lines above say what happened
            return new IngestSummary(0, 0, 0, 0);
        }
    }
}
