package io.wirestream.local.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.cleanup.Cleaner;
import io.wirestream.cleanup.CleanupConfig;
import io.wirestream.dedup.DedupConfig;
import io.wirestream.dedup.DedupInput;
import io.wirestream.dedup.Deduplicator;
import io.wirestream.dedup.DuplicateKind;
import io.wirestream.dedup.InMemoryDedupState;
import io.wirestream.dedup.Verdict;
import io.wirestream.local.pipeline.SyntheticArticles.Article;
import io.wirestream.local.pipeline.SyntheticArticles.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticArticlesTest {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static List<Article> batch;

    @BeforeAll
    static void generate() {
        batch = SyntheticArticles.generate("t-", 2000, 20250124L, START);
    }

    @Test
    void sameArgumentsSameArticlesAndAnotherSeedOthers() {
        assertThat(SyntheticArticles.generate("t-", 2000, 20250124L, START)).isEqualTo(batch);
        List<Article> other = SyntheticArticles.generate("t-", 2000, 7L, START);
        assertThat(other.getFirst().body()).isNotEqualTo(batch.getFirst().body());
        // a shorter batch is the start of a longer one, so N articles are the same whatever comes after
        assertThat(SyntheticArticles.generate("t-", 300, 20250124L, START).subList(0, 200))
                .isEqualTo(batch.subList(0, 200));
    }

    @Test
    void idsAreThePrefixAndPositionAndEventTimeIsOneAMinute() {
        for (int i = 0; i < batch.size(); i++) {
            assertThat(batch.get(i).id()).isEqualTo("t-" + i);
            assertThat(batch.get(i).publishedAt()).isEqualTo(START.plusSeconds(60L * i));
        }
    }

    @Test
    void bodiesAreAboutFiveKilobytes() {
        double mean = batch.stream().mapToInt(a -> a.body().length()).average().orElseThrow();
        assertThat(mean).isBetween(4_500.0, 5_500.0);
        assertThat(batch).allSatisfy(a -> assertThat(a.body().length()).isBetween(3_500, 6_000));
    }

    @Test
    void aboutOneInFiveIsACopyHalfExactHalfNearArriving1To50ArticlesAfterItsOriginal() {
        Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Article a = batch.get(i);
            kinds.merge(a.kind(), 1, Integer::sum);
            position.put(a.id(), i);
            if (a.kind() != Kind.ORIGINAL) {
                Integer original = position.get(a.copyOf());
                assertThat(original).as("original of %s arrived before it", a.id()).isNotNull();
                assertThat(i - original).isBetween(1, SyntheticArticles.MAX_COPY_DISTANCE);
                Article of = batch.get(original);
                assertThat(of.kind()).isEqualTo(Kind.ORIGINAL);
                assertThat(a.source()).isNotEqualTo(of.source());
                assertThat(a.url()).isNotEqualTo(of.url());
                if (a.kind() == Kind.EXACT_COPY) {
                    assertThat(a.title()).isEqualTo(of.title());
                    assertThat(withoutTrailer(a.body())).isEqualTo(withoutTrailer(of.body()));
                    assertThat(a.body()).isNotEqualTo(of.body());
                } else {
                    assertThat(a.title()).isNotEqualTo(of.title());
                    // the lead sentence rewritten, and the last paragraph (two sentences or more) gone: fewer words
                    assertThat(withoutTrailer(a.body()))
                            .doesNotStartWith(withoutTrailer(of.body().substring(0, of.body().indexOf(". ") + 1)));
                    assertThat(withoutTrailer(a.body()).split(" ").length)
                            .isLessThan(withoutTrailer(of.body()).split(" ").length);
                }
            }
        }
        int copies = kinds.getOrDefault(Kind.EXACT_COPY, 0) + kinds.getOrDefault(Kind.NEAR_COPY, 0);
        assertThat(copies / (double) batch.size()).isBetween(0.17, 0.23);
        assertThat(kinds.get(Kind.EXACT_COPY) / (double) copies).isBetween(0.4, 0.6);
    }

    /** The point of the copies: dedup (after cleanup, as in enrich) finds them, and nothing else. */
    @Test
    void dedupCallsExactCopiesExactNearCopiesNearAndOriginalsUnique() {
        Cleaner cleaner = Cleaner.create(CleanupConfig.defaults());
        Deduplicator dedup = new Deduplicator(DedupConfig.defaults(), new InMemoryDedupState());
        Map<String, Integer> outcome = new HashMap<>();
        int wrong = 0;
        for (Article a : batch) {
            String clean = cleaner.clean(a.title(), a.body(), a.language()).body();
            Verdict verdict = dedup.judge(new DedupInput(a.id(), a.source(), a.title(), clean,
                    a.publishedAt().toEpochMilli()));
            DuplicateKind expected = switch (a.kind()) {
                case ORIGINAL -> null;
                case EXACT_COPY -> DuplicateKind.EXACT;
                case NEAR_COPY -> DuplicateKind.NEAR;
            };
            outcome.merge(a.kind() + " -> " + verdict.kind(), 1, Integer::sum);
            if (verdict.kind() != expected || expected != null && !verdict.duplicateOf().equals(a.copyOf())) {
                wrong++;
            }
        }
        assertThat(wrong).as("verdicts %s", outcome).isLessThanOrEqualTo(batch.size() / 200);
    }

    @Test
    void writesIngestsJsonLinesShape(@TempDir Path dir) throws Exception {
        Path file = SyntheticArticles.write(dir.resolve("a.jsonl"), batch.subList(0, 3));
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        JsonNode first = new ObjectMapper().readTree(lines.getFirst());
        assertThat(first.fieldNames()).toIterable()
                .containsExactly("id", "source", "url", "title", "body", "language", "publishedAt");
        assertThat(first.path("body").asText()).isEqualTo(batch.getFirst().body());
        assertThat(first.path("publishedAt").asText()).isEqualTo("2025-01-01T00:00:00Z");
    }

    /** The words of a text without its agency trailer: what an exact copy must keep. */
    private static String withoutTrailer(String text) {
        return String.join(" ", text.toLowerCase().split("[^\\p{L}\\p{N}]+"))
                .replaceAll("\\b(end of message rco news|reporting by .*)$", "").strip();
    }
}
