package io.wirestream.enrich.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.enrich.EnrichMain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** ./wirestream tag and enrich read a yearless date against publishedAt, else the line's ingestedAt, as the stream does. */
class OfflineDateYearTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"tag", "enrich"})
    void aYearlessDateTakesThePublicationElseTheIngestYearElseStaysYearless(String command) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Path out = dir.resolve("out.jsonl");
        Files.write(in, List.of(
                "{\"id\":\"p\",\"body\":\"Rebels entered Damascus on December 8 after a long siege of the city.\","
                        + "\"publishedAt\":\"2025-01-24T09:00:00Z\",\"ingestedAt\":\"2026-06-01T00:00:00Z\"}",
                "{\"id\":\"i\",\"body\":\"Negotiators met in Doha on March 3 to discuss the release of prisoners.\","
                        + "\"ingestedAt\":\"2026-03-05T10:00:00Z\"}",
                "{\"id\":\"n\",\"body\":\"Ministers met in Cairo on January 11 to discuss the border crossing.\"}"));
        assertThat(new CommandLine(new EnrichMain()).execute(command, "--in", in.toString(), "--out", out.toString()))
                .isZero();

        List<String> dates = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            for (JsonNode e : JSON.readTree(line).get("entities")) {
                if (e.get("type").asText().equals("DATE")) {
                    dates.add(e.get("value").asText() + " " + e.get("method").asText());
                }
            }
        }
        assertThat(dates).containsExactly("2024-12-08 rule:inferred-year", "2026-03-03 rule:inferred-year",
                "--01-11 rule");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tag", "enrich"})
    void anUnreadableIngestedAtIsAnErrorOfThatLineAndTheNextLineStillComesOut(String command) throws Exception {
        Path in = dir.resolve("bad.jsonl");
        Path out = dir.resolve("bad-out.jsonl");
        Files.write(in, List.of("{\"id\":\"x\",\"body\":\"Talks in Doha on March 3.\",\"ingestedAt\":\"yesterday\"}",
                "{\"id\":\"y\",\"body\":\"Talks in Doha on March 3.\",\"ingestedAt\":\"2026-03-05T10:00:00Z\"}"));
        assertThat(new CommandLine(new EnrichMain()).execute(command, "--in", in.toString(), "--out", out.toString()))
                .isOne();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).contains("\"x\"").contains("unreadable \\\"ingestedAt\\\": yesterday");
        assertThat(lines.get(1)).contains("2026-03-03");
    }
}
