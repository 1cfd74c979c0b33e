package io.wirestream.local.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Articles for the end-to-end benchmark ({@code ./wirestream bench}): the bundled samples, each copy with its own
 * id, date and a few swapped numbers and place names, so the pipeline does its full work on every one. Seeded,
 * so every run measures the same input.
 */
final class SyntheticArticles {

    private static final String[] PLACES = {"Geneva", "Vienna", "Oslo", "Nairobi", "Lima", "Hanoi", "Tunis", "Quito"};

    private SyntheticArticles() {
    }

    static Path write(Path file, int count) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> templates = new ArrayList<>();
        try (InputStream in = SyntheticArticles.class.getResourceAsStream("/samples/samples.jsonl");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                templates.add(json.readTree(line));
            }
        }
        SplittableRandom random = new SplittableRandom(20250124L);
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                ObjectNode article = ((ObjectNode) templates.get(i % templates.size())).deepCopy();
                String place = PLACES[random.nextInt(PLACES.length)];
                String body = article.get("body").asText()
                        .replace("Geneva", place).replace("Rotterdam", place).replace("Pakistan", place)
                        .replace("27", Integer.toString(10 + random.nextInt(90)))
                        .replace("4.5", random.nextInt(2, 9) + "." + random.nextInt(10));
                article.put("id", "bench-" + i);
                article.put("url", "https://bench.example/articles/" + i);
                article.put("body", body);
                article.put("publishedAt", start.plusSeconds(60L * i).toString());
                writer.write(json.writeValueAsString(article));
                writer.write('\n');
            }
        }
        return file;
    }
}
