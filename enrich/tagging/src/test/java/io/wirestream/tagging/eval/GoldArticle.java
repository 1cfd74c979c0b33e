package io.wirestream.tagging.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.wirestream.tagging.EntityType;

/** One article of the labelled set with its gold entities (see eval/README.md in the test resources). */
record GoldArticle(String file, String text, LocalDate publishedOn, List<GoldEntity> entities) {

    /** A gold entity: its type, canonical name, id (when in the KB), ISO value (dates) and surface forms that must merge. */
    record GoldEntity(EntityType type, String name, String id, String value, List<String> surfaces) {
    }

    private static final String BASE = "/io/wirestream/tagging/eval/";

    static List<GoldArticle> loadAll() {
        return loadAll("");
    }

    /** The set under {@code eval/<folder>} ({@code ""}: the labelled set; {@code "heldout/"}: the held-out one). */
    static List<GoldArticle> loadAll(String folder) {
        ObjectMapper json = new ObjectMapper();
        List<GoldArticle> out = new ArrayList<>();
        for (String line : resource(folder + "gold.jsonl").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = json.readTree(line);
                List<GoldEntity> entities = new ArrayList<>();
                for (JsonNode e : node.get("entities")) {
                    List<String> surfaces = new ArrayList<>();
                    e.get("surfaces").forEach(s -> surfaces.add(s.asText()));
                    entities.add(new GoldEntity(EntityType.valueOf(e.get("type").asText()), e.get("name").asText(),
                            e.path("id").asText(null), e.path("value").asText(null), surfaces));
                }
                String file = node.get("file").asText();
                out.add(new GoldArticle(file, resource(folder + "articles/" + file), LocalDate.parse(node.get("publishedOn").asText()),
                        entities));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static String resource(String name) {
        try (InputStream in = GoldArticle.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + BASE + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
