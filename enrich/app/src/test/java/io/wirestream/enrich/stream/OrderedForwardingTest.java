package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.cleanup.Cleaner;
import io.wirestream.cleanup.CleanupConfig;
import io.wirestream.dedup.ArticleAnalyser;
import io.wirestream.dedup.DedupConfig;
import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.EnrichmentStages;
import io.wirestream.enrich.pipeline.Origin;
import io.wirestream.schemas.avro.RawArticle;
import io.wirestream.tagging.EntityTagger;
import io.wirestream.tagging.KnowledgeBase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedForward;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the route and exact stages forward onto the ordered topics, driven directly: each article with its order
 * time, then a heartbeat; the exact stage passing progress on once per order time (docs/dedup.md, "Determinism").
 */
class OrderedForwardingTest {

    private static final long T = Instant.parse("2025-03-10T08:00:00Z").toEpochMilli();
    private static final String BODY = "The regional council of Varnholt approved a plan on Tuesday to rebuild "
            + "the harbour bridge that collapsed during the storm in February, at a cost of 48 million crowns.";

    @TempDir
    Path stateDir;

    private final EnrichmentStages stages = new EnrichmentStages(Cleaner.create(CleanupConfig.defaults()),
            EntityTagger.create(KnowledgeBase.bundled()));
    private final ArticleAnalyser analyser = new ArticleAnalyser(DedupConfig.defaults());

    private MockProcessorContext<Object, Object> context(int partition, String... stores) {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "ordered-forwarding-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>(config,
                new TaskId(1, partition), stateDir.toFile());
        for (String name : stores) {
            KeyValueStore<Bytes, byte[]> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
                    Serdes.Bytes(), Serdes.ByteArray()).withLoggingDisabled().build();
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
        }
        return context;
    }

    private ArticleInFlight article(String id, long eventTime) {
        RawArticle raw = RawArticle.newBuilder().setId(id).setSource("Varnholt Post").setTitle("Bridge")
                .setBody(BODY + " " + id).setPublishedAt(Instant.ofEpochMilli(eventTime))
                .setIngestedAt(Instant.ofEpochMilli(eventTime)).build();
        ArticleInFlight article = new ArticleInFlight(new Origin("articles.raw", 2, 0,
                id.getBytes(StandardCharsets.UTF_8), new byte[] {0}, eventTime), raw);
        stages.clean(article);
        return article;
    }

    @Test
    void theRouteSendsEachArticleWithAGrowingOrderTimeOfItsPartitionThenAHeartbeat() {
        MockProcessorContext<Object, Object> context = context(2, Routes.ORDER_CLOCK_STORE);
        DedupRouteProcessor route = new DedupRouteProcessor(stages, analyser, 4);
        route.init(context);
        route.process(new Record<>("a", article("a", T), T));
        route.process(new Record<>("b", article("b", T), T)); // same event time
        route.process(new Record<>("c", article("c", T - 60_000), T - 60_000)); // late

        List<CapturedForward<?, ?>> sent = context.forwarded();
        assertThat(sent).hasSize(6).allSatisfy(f ->
                assertThat(f.childName()).contains(Routes.from(Routes.TO_FINGERPRINT, 2)));
        List<Long> times = sent.stream().map(f -> f.record().timestamp()).toList();
        for (int i = 0; i < 6; i += 2) {
            assertThat(ArticleCodec.decode((byte[]) sent.get(i).record().value()).id())
                    .isEqualTo(List.of("a", "b", "c").get(i / 2));
            assertThat((byte[]) sent.get(i + 1).record().value()).isEqualTo(DedupMessage.HEARTBEAT_BYTES);
            assertThat(times.get(i + 1)).isEqualTo(times.get(i)); // the heartbeat says how far the article got
            assertThat(times.get(i) % 4).isEqualTo(2);
        }
        assertThat(times.get(0)).isBetween(T, T + 3);
        assertThat(times.get(2)).isGreaterThan(times.get(0));
        assertThat(times.get(4)).isGreaterThan(times.get(2)); // the late article is judged as of its arrival
    }

    @Test
    void theExactStagePassesEachNewOrderTimeOnToEveryBandPartitionOnce() {
        MockProcessorContext<Object, Object> context = context(3, Routes.FINGERPRINT_STORE);
        ExactDedupProcessor exact = new ExactDedupProcessor(analyser, new Retention(Duration.ofDays(7)));
        exact.init(context);
        // every route's heartbeat for one article carries the same order time
        for (long time : new long[] {T, T, T + 5, T + 5, T + 9}) {
            exact.process(new Record<>("", DedupMessage.HEARTBEAT_BYTES, time));
        }

        assertThat(context.forwarded()).extracting(f -> f.record().timestamp()).containsExactly(T, T + 5, T + 9);
        assertThat(context.forwarded()).allSatisfy(f -> {
            assertThat(f.childName()).contains(Routes.from(Routes.TO_BANDS, 3));
            assertThat((byte[]) f.record().value()).isEqualTo(DedupMessage.HEARTBEAT_BYTES);
        });
    }
}
