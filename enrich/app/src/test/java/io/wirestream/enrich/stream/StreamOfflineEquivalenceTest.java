package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.enrich.EnrichMain;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.DuplicateNotice;
import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.schemas.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.kafka.streams.test.TestRecord;
import picocli.CommandLine;

/**
 * The stream topology and {@code ./wirestream dedup} give the same verdict for every article, field for field
 * (verdict, kind, duplicateOf, similarity, and whether a unique article is a revision), over generated streams with
 * redeliveries, edited re-sends (the same id with other text: revisions), exact and near copies, hard negatives,
 * late, out-of-order and undated articles. (A duplicate notice does not say whether the copy was a revision.) The driver has one partition; several partitions in any
 * interleaving are covered where they are merged ({@code SequencedDedupPropertiesTest} in the dedup module) and on
 * a real broker ({@code CrossPartitionDedupIT}).
 */
class StreamOfflineEquivalenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] WORDS = ("harbour council bridge storm engineers ferry crossing fishermen quay "
            + "budget museum boat timber village archaeologists conservation tank display railway station chess "
            + "festival library mayor opposition contract bids estuary commuters span compensation fund").split(" ");

    @Property(tries = 8)
    void theTopologyJudgesEveryArticleAsTheOfflineCommandDoes(@ForAll @IntRange(min = 1, max = 40) int count,
                                                              @ForAll long seed) throws Exception {
        Random random = new Random(seed);
        List<RawArticle> articles = generate(random, count);
        Path dir = Files.createTempDirectory("equivalence");
        List<String> streamed = new ArrayList<>();
        try (EnrichTestDriver test = new EnrichTestDriver("equivalence", dir.resolve("state"))) {
            for (RawArticle article : articles) {
                byte[] value = test.topics.raw().valueSerde().serializer().serialize(Topics.RAW, article);
                Instant time = article.getPublishedAt() != null ? article.getPublishedAt() : article.getIngestedAt();
                test.raw.pipeInput(new TestRecord<>(article.getId().getBytes(StandardCharsets.UTF_8), value, time));
                streamed.add(outcome(test));
            }
            assertThat(test.deadLetters.isEmpty()).isTrue();
        }

        Path in = dir.resolve("in.jsonl");
        Path out = dir.resolve("out.jsonl");
        List<String> lines = new ArrayList<>();
        for (RawArticle a : articles) {
            ObjectNode line = JSON.createObjectNode().put("id", a.getId()).put("source", a.getSource())
                    .put("title", a.getTitle()).put("body", a.getBody())
                    .put("publishedAt", a.getPublishedAt() == null ? null : a.getPublishedAt().toString());
            lines.add(JSON.writeValueAsString(line));
        }
        Files.write(in, lines);
        assertThat(new CommandLine(new EnrichMain()).execute("dedup", "--in", in.toString(), "--out", out.toString()))
                .isZero();
        List<String> offline = Files.readAllLines(out).stream().map(StreamOfflineEquivalenceTest::verdictOf).toList();
        assertThat(streamed).isEqualTo(offline);
    }

    /** The one outcome the article just piped had: "UNIQUE id", or the duplicate verdict's fields. */
    private static String outcome(EnrichTestDriver test) {
        List<EnrichedArticle> enriched = test.enriched.readValuesToList();
        List<DuplicateNotice> notices = test.duplicates.readValuesToList();
        assertThat(enriched.size() + notices.size()).as("exactly one outcome").isEqualTo(1);
        if (!enriched.isEmpty()) {
            return "UNIQUE " + enriched.get(0).getId() + (enriched.get(0).getRevision() ? " revision" : "");
        }
        DuplicateNotice n = notices.get(0);
        return "DUPLICATE " + n.getId() + " " + n.getKind() + " " + n.getDuplicateOf() + " " + n.getSimilarity();
    }

    private static String verdictOf(String line) {
        try {
            JsonNode v = JSON.readTree(line);
            if (v.get("verdict").asText().equals("UNIQUE")) {
                return "UNIQUE " + v.get("id").asText() + (v.get("revision").asBoolean() ? " revision" : "");
            }
            return "DUPLICATE " + v.get("id").asText() + " " + v.get("kind").asText() + " "
                    + v.get("duplicateOf").asText() + " " + v.get("similarity").asDouble();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<RawArticle> generate(Random random, int count) {
        List<RawArticle> out = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        Instant arrival = Instant.parse("2025-03-10T08:00:00Z");
        for (int i = 0; i < count; i++) {
            arrival = arrival.plusSeconds(random.nextInt(4 * 3600));
            Instant published = random.nextInt(8) == 0 ? null
                    : arrival.minusSeconds(random.nextInt(5) == 0 ? random.nextInt(12 * 86_400) : random.nextInt(3600));
            int kind = random.nextInt(10);
            String id = "a" + i;
            String body;
            if (kind == 0 && !out.isEmpty()) {
                RawArticle again = out.get(random.nextInt(out.size()));
                String resent = switch (random.nextInt(4)) {
                    case 0 -> again.getBody() + " The council corrected the figure to " + random.nextInt(900) + ".";
                    case 1 -> bodies.get(random.nextInt(bodies.size())); // edited into another article's text
                    default -> again.getBody(); // a re-send: the same article
                };
                // the same id with the same or edited text: a redelivery or a revision
                out.add(RawArticle.newBuilder(again).setBody(resent).setIngestedAt(arrival).build());
                bodies.add(resent);
                continue;
            } else if (kind <= 2 && !bodies.isEmpty()) {
                body = "\u201C" + bodies.get(random.nextInt(bodies.size())).replace(" ", "  ") + "\u201D\nend of message";
            } else if (kind <= 4 && !bodies.isEmpty()) {
                String base = bodies.get(random.nextInt(bodies.size()));
                body = base.substring(0, base.length() * 4 / 5) + ". The council will meet again in May.";
            } else if (kind == 5 && !bodies.isEmpty()) {
                body = bodies.get(random.nextInt(bodies.size())).replaceAll("[0-9]+", Integer.toString(random.nextInt(900)));
            } else {
                StringBuilder sb = new StringBuilder();
                for (int w = 0; w < 80; w++) {
                    sb.append(w == 0 ? "The" : WORDS[random.nextInt(WORDS.length)]);
                    sb.append(w % 10 == 9 ? " " + random.nextInt(900) + ". The" : "").append(' ');
                }
                body = sb.append("end.").toString();
            }
            bodies.add(body);
            out.add(RawArticle.newBuilder().setId(id).setSource("S" + random.nextInt(3)).setTitle("Title " + i)
                    .setBody(body).setPublishedAt(published).setIngestedAt(arrival).build());
        }
        return out;
    }
}
