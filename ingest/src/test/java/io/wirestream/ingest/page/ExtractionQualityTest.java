package io.wirestream.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.ingest.fetch.Charsets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Body precision, recall and F1 of {@link ArticleExtractor} on our page set (src/test/resources/pages: each
 * {@code NN-shape.html} with its hand-marked article text in {@code .txt} and title/byline/time in {@code .json}).
 * Scores are over word tokens (lower-cased, counted with multiplicity), micro-averaged over the set, as text
 * extraction evaluations do; the per-page figures are printed too. The bar is F1 >= 0.9.
 */
class ExtractionQualityTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @Test
    void bodyF1OnThePageSetIsAtLeastPointNine() throws Exception {
        Path dir = Path.of(getClass().getResource("/pages").toURI());
        List<Path> pages;
        try (Stream<Path> files = Files.list(dir)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(15);
        ArticleExtractor extractor = new ArticleExtractor();
        ObjectMapper json = new ObjectMapper();
        long overlapAll = 0;
        long extractedAll = 0;
        long goldAll = 0;
        int titles = 0;
        int bylines = 0;
        int times = 0;
        for (Path page : pages) {
            String stem = page.getFileName().toString().replace(".html", "");
            Charsets.Decoded html = Charsets.decode(Files.readAllBytes(page), null);
            PageArticle article = extractor.extract(html.text(), "https://news.example/" + stem);
            String gold = Files.readString(dir.resolve(stem + ".txt"), StandardCharsets.UTF_8);
            Map<String, Integer> got = tokens(article.body());
            Map<String, Integer> want = tokens(gold);
            long overlap = got.entrySet().stream().mapToLong(e -> Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0)))
                    .sum();
            long extracted = got.values().stream().mapToLong(Integer::longValue).sum();
            long expected = want.values().stream().mapToLong(Integer::longValue).sum();
            overlapAll += overlap;
            extractedAll += extracted;
            goldAll += expected;
            JsonNode meta = json.readTree(dir.resolve(stem + ".json").toFile());
            boolean title = meta.get("title").asText().equals(article.title());
            boolean byline = meta.get("byline").asText().equals(article.byline());
            boolean time = Instant.from(java.time.OffsetDateTime.parse(meta.get("publishedAt").asText()))
                    .equals(article.publishedAt());
            titles += title ? 1 : 0;
            bylines += byline ? 1 : 0;
            times += time ? 1 : 0;
            System.out.printf(Locale.ROOT, "%-32s P %.3f R %.3f F1 %.3f  title %s byline %s time %s (%s)%n", stem,
                    ratio(overlap, extracted), ratio(overlap, expected), f1(overlap, extracted, expected),
                    title ? "ok" : "MISS", byline ? "ok" : "MISS", time ? "ok" : "MISS", html.charset());
        }
        double f1 = f1(overlapAll, extractedAll, goldAll);
        System.out.printf(Locale.ROOT, "body over %d pages: precision %.3f recall %.3f F1 %.3f; title %d/%d, byline "
                        + "%d/%d, time %d/%d%n", pages.size(), ratio(overlapAll, extractedAll),
                ratio(overlapAll, goldAll), f1, titles, pages.size(), bylines, pages.size(), times, pages.size());
        assertThat(f1).as("body F1 over the page set").isGreaterThanOrEqualTo(0.9);
        assertThat(titles).as("titles right").isEqualTo(pages.size());
    }

    private static Map<String, Integer> tokens(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : a / (double) b;
    }

    private static double f1(long overlap, long extracted, long expected) {
        double p = ratio(overlap, extracted);
        double r = ratio(overlap, expected);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

}
