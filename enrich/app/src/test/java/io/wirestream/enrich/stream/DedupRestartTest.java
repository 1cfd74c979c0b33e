package io.wirestream.enrich.stream;

import static io.wirestream.enrich.stream.EnrichTestDriver.T0;
import static io.wirestream.enrich.stream.DedupTopologyTest.OTHER;
import static io.wirestream.enrich.stream.DedupTopologyTest.REPUBLISHED;
import static io.wirestream.enrich.stream.DedupTopologyTest.RESENT;
import static io.wirestream.enrich.stream.DedupTopologyTest.STORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.wirestream.schemas.avro.DuplicateKind;
import io.wirestream.schemas.avro.DuplicateNotice;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dedup stage keeps its verdicts across a restart with its state kept.
 *
 * <p>The restart is simulated by replaying changelogs: the test driver deletes its state directory on close, so
 * nothing survives on disk. A restarted Kafka Streams instance without local state rebuilds each store from
 * its changelog topic ({@code <application.id>-<store>-changelog}) before it processes anything, and the driver
 * captures every record the stores' logging layer writes there. So the first driver runs, its changelogs are
 * read, a second driver (same topology and application.id, new empty state directory) gets every record put
 * into its stores in order (a null value deletes), and only then does input go on. A control test shows that
 * without the replay the copies go through, so the restored stores are what catch them.
 */
class DedupRestartTest {

    private static final String APP = "dedup-restart-test";
    /** Every store of the topology (see {@link Routes}): each one's changelog is replayed. */
    private static final List<String> STORES = java.util.stream.Stream.concat(Stream.of(Routes.WAITING_STORE),
            Stream.of(Routes.JUDGE_STORES)).toList();

    /** A story unlike STORY and OTHER, for the first time after the restart. */
    private static final String FRESH = "A chess club in the mountain town of Orlek celebrated its hundredth "
            + "anniversary with a simultaneous exhibition in the old railway station. Grandmaster Petra Vaul played "
            + "forty boards at once, winning thirty-six games and drawing three, while a schoolgirl of eleven beat "
            + "her with a bold rook sacrifice. The club plans to restore its founders' carved wooden pieces and "
            + "display them in the library during the summer festival.";

    /** Event times after the restart: minutes after the first run, well within the 7-day retention. */
    private static final Instant AFTER = T0.plus(Duration.ofMinutes(5));

    private EnrichTestDriver test;

    @TempDir
    Path stateDir;

    @AfterEach
    void stop() {
        if (test != null) {
            test.close();
        }
    }

    @Test
    void afterARestartThatRestoresTheStoresFromTheirChangelogsCopiesOfEarlierArticlesAreStillCaught() {
        Map<String, List<KeyValue<byte[], byte[]>>> changelogs = firstRun();
        restart();
        changelogs.forEach(this::restore);

        send("orig", "Varnholt Post", STORY, AFTER);
        send("republished", "Harbour FM", REPUBLISHED, AFTER.plusSeconds(120));
        send("resent", "Coast Wire", RESENT, AFTER.plusSeconds(60));
        send("fresh", "Mountain Herald", FRESH, AFTER.plusSeconds(180));

        assertThat(enrichedIds()).containsExactly("fresh");
        assertThat(test.duplicates.readValuesToList())
                .extracting(DuplicateNotice::getId, DuplicateNotice::getKind, DuplicateNotice::getDuplicateOf)
                .containsExactly(
                        tuple("orig", DuplicateKind.REDELIVERY, "orig"),
                        tuple("republished", DuplicateKind.NEAR, "orig"),
                        tuple("resent", DuplicateKind.EXACT, "orig"));
        assertThat(test.deadLetters.isEmpty()).isTrue();
    }

    @Test
    void withoutTheReplayTheRestartedStageHasForgottenTheOriginalAndLetsItsCopiesThrough() {
        firstRun();
        restart(); // no replay: the stores start empty

        send("orig", "Varnholt Post", STORY, AFTER);
        send("fresh", "Mountain Herald", FRESH, AFTER.plusSeconds(180));

        assertThat(enrichedIds()).containsExactly("orig", "fresh");
        assertThat(test.duplicates.isEmpty()).isTrue();
        assertThat(test.deadLetters.isEmpty()).isTrue();
    }

    /** The first driver judges an original and an unrelated story; returns its stores' changelogs. */
    private Map<String, List<KeyValue<byte[], byte[]>>> firstRun() {
        start(stateDir.resolve("first"));
        send("orig", "Varnholt Post", STORY, T0);
        send("other", "Museum News", OTHER, T0.plusSeconds(60));
        assertThat(enrichedIds()).containsExactly("orig", "other");
        assertThat(test.duplicates.isEmpty()).isTrue();

        Map<String, List<KeyValue<byte[], byte[]>>> changelogs = new LinkedHashMap<>();
        assertThat(test.driver.producedTopicNames()).as("changelogs captured")
                .contains(changelog(Routes.ARTICLES_STORE), changelog(Routes.BANDS_STORE));
        for (String store : STORES) {
            if (!test.driver.producedTopicNames().contains(changelog(store))) {
                continue; // written and emptied within one commit: the cache never flushed it
            }
            changelogs.put(store, test.driver.createOutputTopic(changelog(store), Serdes.ByteArray().deserializer(),
                    Serdes.ByteArray().deserializer()).readKeyValuesToList());
        }
        return changelogs;
    }

    /** Closes the driver (which wipes its state directory) and starts another on a new, empty one. */
    private void restart() {
        test.close();
        test = null;
        start(stateDir.resolve("second"));
    }

    private static String changelog(String store) {
        return APP + "-" + store + "-changelog";
    }

    /** What a restoring task does: every changelog record into the store, in order; a null value deletes. */
    private void restore(String store, List<KeyValue<byte[], byte[]>> records) {
        KeyValueStore<Bytes, byte[]> kv = test.driver.getKeyValueStore(store);
        for (KeyValue<byte[], byte[]> record : records) {
            kv.put(Bytes.wrap(record.key), record.value);
        }
    }

    private void start(Path dir) {
        test = new EnrichTestDriver(APP, dir);
    }

    private void send(String id, String source, String body, Instant published) {
        test.send(id, source, body, published);
    }

    private List<String> enrichedIds() {
        return test.enrichedIds();
    }
}
