package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bytes the dedup stores hold per retained article, measured from the stores themselves after a stream of distinct
 * articles (40-character ids, as the core's footprint test): serialised keys plus values, which is also what the
 * compacted changelogs keep per key (plus Kafka's per-record overhead). docs/dedup.md quotes the printed figures.
 */
class StoreFootprintTest {

    private static final int ARTICLES = 300;

    @TempDir
    Path stateDir;

    @Test
    void theStoresHoldAtMost512BytesPerRetainedArticleAndNothingInFlight() {
        try (EnrichTestDriver test = new EnrichTestDriver("footprint", stateDir)) {
            Random random = new Random(20250310);
            for (int i = 0; i < ARTICLES; i++) {
                test.send(String.format("%040d", i), "Varnholt Post", text(random), EnrichTestDriver.T0.plusSeconds(i));
            }
            assertFootprint(test, "bytes per retained article (keys + values):");
        }
    }

    @Test
    void aRevisedArticleTakesThePlaceOfItsPreviousVersion() {
        try (EnrichTestDriver test = new EnrichTestDriver("footprint-revised", stateDir)) {
            Random random = new Random(20250310);
            for (int i = 0; i < ARTICLES; i++) {
                test.send(String.format("%040d", i), "Varnholt Post", text(random), EnrichTestDriver.T0.plusSeconds(i));
            }
            // every article corrected once (new text, same id): one record each still, plus an old expiry entry
            for (int i = 0; i < ARTICLES; i++) {
                test.send(String.format("%040d", i), "Varnholt Post", text(random), EnrichTestDriver.T0.plusSeconds(i));
            }
            assertThat(test.enriched.readValuesToList()).hasSize(2 * ARTICLES);
            assertFootprint(test, "bytes per retained article, every one revised once (keys + values):");
        }
    }

    private static void assertFootprint(EnrichTestDriver test, String title) {
        TopologyTestDriver driver = test.driver;
        Map<String, Long> bytes = new LinkedHashMap<>();
        bytes.put(Routes.WAITING_STORE, size(driver.getKeyValueStore(Routes.WAITING_STORE)));
        for (String store : Routes.JUDGE_STORES) {
            bytes.put(store, size(driver.getKeyValueStore(store)));
        }
        long total = bytes.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder report = new StringBuilder(title);
        bytes.forEach((store, b) -> report.append(String.format("%n  %-28s %6.1f", store, b / (double) ARTICLES)));
        report.append(String.format("%n  %-28s %6.1f", "total", total / (double) ARTICLES));
        System.out.println(report);

        // nothing in flight once every verdict is given
        assertThat(bytes.get(Routes.WAITING_STORE)).isZero();
        assertThat(bytes.get(Routes.SEQUENCER_WAITING_STORE)).isZero();
        assertThat(total / (double) ARTICLES).isLessThanOrEqualTo(512);
    }

    private static long size(KeyValueStore<Bytes, byte[]> store) {
        long sum = 0;
        try (KeyValueIterator<Bytes, byte[]> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<Bytes, byte[]> e = all.next();
                sum += e.key.get().length + e.value.length;
            }
        }
        return sum;
    }

    /** About 120 words from a large made-up vocabulary, with a few figures: distinct stories, unrelated sketches. */
    static String text(Random random) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < 120; w++) {
            if (w % 25 == 24) {
                out.append(random.nextInt(100_000)).append(' ');
                continue;
            }
            int length = 4 + random.nextInt(6);
            for (int c = 0; c < length; c++) {
                out.append((char) ('a' + random.nextInt(26)));
            }
            out.append(w % 12 == 11 ? ". " : " ");
        }
        return out.toString();
    }
}
