package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.Origin;
import io.wirestream.schemas.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gather stage on its own, where answers can be made late: partitions read at different speeds can put
 * more than a retention of event time between an article and its answers, and the article must still go on.
 */
class GatherProcessorTest {

    private static final long T0 = Instant.parse("2025-03-01T00:00:00Z").toEpochMilli();

    private final MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
    private final GatherProcessor gather = new GatherProcessor(new Retention(Duration.ofDays(7)));

    @BeforeEach
    void init() {
        for (String name : new String[] {Routes.PENDING_STORE, Routes.PENDING_ARTICLE_STORE}) {
            KeyValueStore<Bytes, byte[]> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
                    Serdes.Bytes(), Serdes.ByteArray()).withLoggingDisabled().build();
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
        }
        gather.init(context);
    }

    private static byte[] pendingArticle(String id, int bands) {
        RawArticle raw = RawArticle.newBuilder().setId(id).setBody("Officials met in Damascus on Monday.")
                .setPublishedAt(Instant.ofEpochMilli(T0)).setIngestedAt(Instant.ofEpochMilli(T0)).build();
        ArticleInFlight article = new ArticleInFlight(
                new Origin("articles.raw", 0, 7, id.getBytes(StandardCharsets.UTF_8), new byte[] {0}, T0), raw);
        return DedupMessage.encode(DedupMessage.PendingArticle.near(ArticleCodec.encode(article), bands));
    }

    @Test
    void anArticleWithAllItsAnswersGoesOnAtOnce() {
        gather.process(new Record<>("a1", pendingArticle("a1", 1), T0));
        assertThat(context.forwarded()).isEmpty();
        gather.process(new Record<>("a1", DedupMessage.encode(new DedupMessage.BandDone(0)), T0));

        assertThat(context.forwarded()).singleElement().satisfies(f -> {
            assertThat(f.childName()).contains(Routes.TAGGING);
            assertThat(f.record().key()).isEqualTo("a1");
        });
    }

    @Test
    void anArticleWhoseAnswersAreLateBeyondTheRetentionIsPassedOnNotDropped() {
        gather.process(new Record<>("late", pendingArticle("late", 20), T0)); // no band has answered yet
        assertThat(context.forwarded()).isEmpty();

        // stream time moves eight days on (other partitions ran ahead) and the eviction punctuator runs
        context.scheduledPunctuators().get(0).getPunctuator().punctuate(T0 + Duration.ofDays(8).toMillis());

        assertThat(context.forwarded()).singleElement().satisfies(f -> {
            assertThat(f.childName()).contains(Routes.TAGGING);
            assertThat(f.record().key()).isEqualTo("late");
            assertThat(((ArticleInFlight) f.record().value()).id()).isEqualTo("late");
        });
    }
}
