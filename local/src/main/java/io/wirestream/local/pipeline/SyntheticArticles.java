package io.wirestream.local.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Articles for the end-to-end benchmark ({@code ./wirestream bench}): each one a different story, put together
 * from sentence patterns with people, places, organisations, figures and dates filled in, with a few of the
 * translation artifacts cleanup repairs, so every stage does its full work on it. Seeded: every run measures
 * the same input.
 */
final class SyntheticArticles {

    private static final String[] PEOPLE = {"Ahmed al-Sharaa", "Olaf Scholz", "Emmanuel Macron", "Recep Tayyip Erdogan",
        "Narendra Modi", "Cyril Ramaphosa", "Luiz Inacio Lula da Silva", "Antonio Guterres", "Fumio Kishida",
        "Pedro Sanchez", "Giorgia Meloni", "William Ruto", "Javier Milei", "Anthony Albanese", "Keir Starmer"};
    private static final String[] PLACES = {"Damascus", "Berlin", "Paris", "Ankara", "New Delhi", "Pretoria",
        "Brasilia", "Geneva", "Tokyo", "Madrid", "Rome", "Nairobi", "Buenos Aires", "Canberra", "London", "Cairo",
        "Jakarta", "Hanoi", "Lima", "Oslo", "Warsaw", "Kyiv", "Baghdad", "Amman", "Doha"};
    private static final String[] ORGS = {"the United Nations", "the World Bank", "the European Union", "NATO",
        "the African Union", "the International Monetary Fund", "the World Health Organization", "OPEC",
        "the Red Cross", "UNICEF"};
    private static final String[] TOPICS = {"water supply", "grain exports", "power grid", "port traffic",
        "vaccination campaign", "rail link", "fuel prices", "border crossing", "school reopening", "flood defences",
        "wheat harvest", "copper mine", "fishing rights", "airport expansion", "refugee camp", "bank reform"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] SENTENCES = {
        "%P met officials in %L on %D to discuss the %T, according to a statement from %O.",
        "The talks in %L focused on the %T and lasted %N hours, the officials said.",
        "According to %O, about %N thousand people were affected by problems with the %T in %L.",
        "%P said that the government would spend %N million dollars on the %T before %M.",
        "Officials in %L warned that the %T could resurgence if the funding was not approved . .",
        "A spokesman for %O said the agency had sent %N experts to %L to review the %T.",
        "The %T in %L had been delayed since %M, when protests closed the main road.",
        "%P told reporters in %L that the the agreement on the %T was \"a first step\".",
        "Local traders in %L said prices linked to the %T rose by %N percent in %M.",
        "The opposition in %L criticised %P, saying the plan for the %T ignored smaller towns.",
        "Engineers said repairs to the %T near %L would take at least %N weeks.",
        "%O announced on %D that it would open an office in %L to coordinate work on the %T.",
        "In a televised speech, %P promised that the %T would be finished by %M.",
        "Residents of %L told reporters that the %T had changed little in the past %N months.",
        "Analysts at %O estimated that the %T would cost %L about %N million dollars a year.",
        "The meeting between %P and envoys of %O ended without a joint statement on the %T.",
        "Police in %L said %N people were detained during a protest about the %T.",
        "The ministry said the first phase of the %T in %L began on %D.",
        "%P later travelled from %L to %K for talks on the %T with regional leaders.",
        "Diplomats said a deal on the %T between %L and %K could be signed in %M.",
        "The report by %O found that only %N percent of the %T targets in %L had been met.",
        "Farmers near %L said the %T had left them waiting for payments since %M.",
        "A senior official in %K said the %T would not be discussed until %P returned from %L.",
        "The budget for the %T in %L was cut by %N percent last year, according to %O."
    };

    private SyntheticArticles() {
    }

    static Path write(Path file, int count) throws IOException {
        ObjectMapper json = new ObjectMapper();
        SplittableRandom random = new SplittableRandom(20250124L);
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                ObjectNode article = json.createObjectNode();
                String topic = pick(random, TOPICS);
                String place = pick(random, PLACES);
                article.put("id", "bench-" + i);
                article.put("source", i % 3 == 0 ? "RCO NEWS" : "Bench Wire");
                article.put("url", "https://bench.example/articles/" + i);
                article.put("title", "Talks on the " + topic + " in " + place + " (" + i + ")");
                article.put("body", body(random, topic, place, i));
                article.put("language", "en");
                article.put("publishedAt", start.plusSeconds(60L * i).toString()); // a busy wire: one a minute
                writer.write(json.writeValueAsString(article));
                writer.write('\n');
            }
        }
        return file;
    }

    private static String body(SplittableRandom random, String topic, String place, int index) {
        StringBuilder body = new StringBuilder();
        int sentences = 14 + random.nextInt(8);
        for (int s = 0; s < sentences; s++) {
            String sentence = pick(random, SENTENCES)
                    .replace("%P", pick(random, PEOPLE)).replace("%O", pick(random, ORGS))
                    .replace("%L", s < 3 ? place : pick(random, PLACES)).replace("%K", pick(random, PLACES))
                    .replace("%T", topic).replace("%M", pick(random, MONTHS))
                    .replace("%D", pick(random, MONTHS) + " " + (1 + random.nextInt(28)))
                    .replace("%N", Integer.toString(2 + random.nextInt(400)));
            body.append(sentence).append(s % 4 == 3 ? "\n" : " ");
        }
        // a reference number unique to the story, as wire copy carries
        body.append("\nReference ").append(index).append('-').append(random.nextInt(1_000_000)).append('.');
        if (index % 3 == 0) {
            body.append("\nend of message\nRCO NEWS");
        }
        return body.toString();
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
