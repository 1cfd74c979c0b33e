package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.dedup.ArticleAnalyser;
import io.wirestream.dedup.DedupConfig;
import io.wirestream.dedup.sequence.ArticleSignature;
import io.wirestream.dedup.sequence.SignatureCodec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The judging task driven directly, with two lanes, so a verdict is released by another lane's record. */
class DedupJudgeProcessorTest {

    private static final long NOW = 1_800_000_000_000L;

    @TempDir
    Path stateDir;

    @Test
    void aVerdictReleasedByAnotherLanesRecordCarriesItsOwnArticlesTime() {
        MockProcessorContext<Object, Object> context = context();
        DedupJudgeProcessor judge = new DedupJudgeProcessor(DedupConfig.defaults(), 2, Duration.ofSeconds(60),
                InputProgress.UNKNOWN, Duration.ofSeconds(1));
        judge.init(context);

        long firstTime = NOW - Duration.ofDays(300).toMillis();
        long secondTime = NOW - Duration.ofDays(299).toMillis();
        judge.process(new Record<>(0, SignatureCodec.encode(signature(0, "first", firstTime)), firstTime));
        assertThat(context.forwarded()).isEmpty(); // lane 1 may still send something older
        judge.process(new Record<>(1, SignatureCodec.encode(signature(1, "second", secondTime)), secondTime));

        // lane 0's article goes now, released by lane 1's record: it keeps its own time, so its partition's task
        // takes the verdict in event-time order with the raw records instead of after all of them
        assertThat(context.forwarded()).hasSize(1);
        var forwarded = context.forwarded().get(0);
        assertThat(forwarded.childName()).contains(Routes.TO_VERDICTS);
        assertThat(forwarded.record().key()).isEqualTo(0);
        assertThat(forwarded.record().timestamp()).isEqualTo(firstTime);
        assertThat(VerdictMessage.decode((byte[]) forwarded.record().value()).position()).isEqualTo(10);
    }

    @Test
    void anArrivalTimeAheadOfTheJudgesClockDoesNotHoldItsArticleUntilThatTimeComes() {
        MockProcessorContext<Object, Object> context = context();
        // the broker, looked at 2 s from now: lane 0 has 11 records, lane 1 has 5
        InputProgress progress = () -> new InputProgress.Snapshot(java.util.Map.of(0, 11L, 1, 5L), java.util.Map.of(),
                NOW + 2_000);
        DedupJudgeProcessor judge = new DedupJudgeProcessor(DedupConfig.defaults(), 2, Duration.ofSeconds(60),
                progress, Duration.ofSeconds(1));
        judge.init(context);

        // ingestedAt a day ahead (a producer's wrong clock, or a hand-made record): sorted as arriving now
        judge.process(new Record<>(0, SignatureCodec.encode(new ArticleSignature(0, 10, NOW + 86_400_000L, 0, "ahead",
                NOW, analysis("ahead"))), NOW));
        // lane 1 has handled everything it has: nothing of it can come before the article, which may go
        judge.process(new Record<>(1, SignatureCodec.encode(new io.wirestream.dedup.sequence.LaneReport(1, 4, false)),
                NOW));

        assertThat(context.forwarded()).hasSize(1);
        assertThat(VerdictMessage.decode((byte[]) context.forwarded().get(0).record().value()).position()).isEqualTo(10);
    }

    private MockProcessorContext<Object, Object> context() {
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>(new Properties(), new TaskId(1, 0),
                stateDir.toFile());
        context.setCurrentSystemTimeMs(NOW);
        for (String name : List.of(Routes.ARTICLES_STORE, Routes.ORIGINALS_STORE, Routes.BANDS_STORE,
                Routes.EXPIRY_STORE)) {
            register(context, Stores.persistentKeyValueStore(name));
        }
        register(context, Stores.inMemoryKeyValueStore(Routes.SEQUENCER_WAITING_STORE));
        register(context, Stores.inMemoryKeyValueStore(Routes.SEQUENCER_LANES_STORE));
        return context;
    }

    private static io.wirestream.dedup.ArticleAnalysis analysis(String id) {
        return new ArticleAnalyser(DedupConfig.defaults()).analyse(DedupTopologyTest.STORY.replace("Varnholt", id));
    }

    private static ArticleSignature signature(int lane, String id, long time) {
        return new ArticleSignature(lane, 10, time, 0, id, time, analysis(id));
    }

    private static void register(MockProcessorContext<Object, Object> context, KeyValueBytesStoreSupplier supplier) {
        KeyValueStore<org.apache.kafka.common.utils.Bytes, byte[]> store = Stores.keyValueStoreBuilder(supplier,
                Serdes.Bytes(), Serdes.ByteArray()).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
    }
}
