package io.wirestream.dedup.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.wirestream.dedup.DedupInput;

/**
 * The hand-written labelled corpus in {@code src/test/resources/corpus/dedup-corpus.jsonl}: input lines of
 * the offline contract plus {@code story} (cluster label), {@code variant} (how the copy differs) and, on
 * hard negatives, {@code hardNegativeOf} (the story it must not be merged with).
 */
public record LabelledCorpus(List<Line> lines) {

    public record Line(String json, String id, String story, String variant, String hardNegativeOf,
                       DedupInput input) {
    }

    public static final String RESOURCE = "/corpus/dedup-corpus.jsonl";

    public static LabelledCorpus load() {
        ObjectMapper mapper = new ObjectMapper();
        List<Line> lines = new ArrayList<>();
        try (InputStream in = LabelledCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String json = reader.readLine(); json != null; json = reader.readLine()) {
                if (json.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(json);
                JsonNode negative = node.get("hardNegativeOf");
                JsonNode published = node.get("publishedAt");
                DedupInput input = new DedupInput(node.get("id").asText(), node.path("source").asText(null),
                        node.path("title").asText(null), node.get("body").asText(),
                        published == null || published.isNull() ? DedupInput.NO_EVENT_TIME
                                : Instant.parse(published.asText()).toEpochMilli());
                lines.add(new Line(json, node.get("id").asText(), node.get("story").asText(),
                        node.get("variant").asText(), negative == null ? null : negative.asText(), input));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LabelledCorpus(List.copyOf(lines));
    }
}
