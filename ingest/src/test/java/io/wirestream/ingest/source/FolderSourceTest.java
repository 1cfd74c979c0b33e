package io.wirestream.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.ingest.ArticlePublisher;
import io.wirestream.ingest.ArticleReader;
import io.wirestream.ingest.EventTime;
import io.wirestream.ingest.JsonArticles;
import io.wirestream.ingest.JsonLinesReader;
import io.wirestream.ingest.service.SourceMetrics;
import io.wirestream.registry.InMemorySchemaRegistryClient;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.RawArticle;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watched folder and stdin, on a MockProducer (the broker side is covered by the ITs under local/). */
class FolderSourceTest {

    @TempDir
    Path dir;

    private final Topics topics = Topics.withRegistry(new InMemorySchemaRegistryClient());
    private final MockProducer<String, RawArticle> producer = new MockProducer<>(true, null, new StringSerializer(),
            topics.raw().valueSerde().serializer());
    private final ArticlePublisher publisher = new ArticlePublisher(producer, topics.raw(), Clock.systemUTC(),
            new EventTime(Duration.ofMinutes(15)));
    private final SourceMetrics metrics = new SourceMetrics("folder");
    private FolderSource folder;

    @BeforeEach
    void watch() {
        folder = new FolderSource(dir, Duration.ofMillis(10), new ArticleReader(1 << 20, "drop"), publisher, metrics);
    }

    @Test
    void aNewFileIsIngestedOnceWhenItHasStoppedChangingThenMovedToDone() throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"a1\",\"body\":\"One.\"}\n{oops\n{\"id\":\"a2\",\"body\":\"Two.\"}\n");
        Files.writeString(dir.resolve(".partial.jsonl"), "{\"id\":\"hidden\",\"body\":\"Being written.\"}\n");
        Files.writeString(dir.resolve("notes.md"), "not an article");

        folder.pollOnce(); // first sight: not taken yet, it may still be growing
        assertThat(producer.history()).isEmpty();
        folder.pollOnce();
        folder.pollOnce(); // gone from the folder: nothing sent twice

        assertThat(producer.history()).extracting(ProducerRecord::key).containsExactly("a1", "a2");
        assertThat(dir.resolve("a.jsonl")).doesNotExist();
        assertThat(dir.resolve("done/a.jsonl")).exists();
        assertThat(Files.readString(dir.resolve("done/a.jsonl.problems.txt"))).contains("a.jsonl:2: invalid JSON");
        assertThat(dir.resolve(".partial.jsonl")).exists();
        assertThat(dir.resolve("notes.md")).exists();
        assertThat(metrics.line()).isEqualTo("folder: fetched 2, new 2, produced 2, errors 1");
    }

    @Test
    void aFileStillGrowingWaitsForTheNextPoll() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Title\n");
        folder.pollOnce();
        Files.writeString(dir.resolve("b.txt"), "Title\nThe body arrived later.\n");
        folder.pollOnce();
        assertThat(producer.history()).isEmpty();
        folder.pollOnce();
        assertThat(producer.history()).singleElement().satisfies(r -> {
            assertThat(r.value().getBody()).isEqualTo("The body arrived later.");
            assertThat(r.value().getSource()).isEqualTo("drop");
        });
        assertThat(dir.resolve("done/b.txt")).exists();
    }

    @Test
    void theSameNameDroppedAgainIsANewFileAndBothAreKept() throws Exception {
        Files.writeString(dir.resolve("c.json"), "{\"id\":\"c1\",\"body\":\"First.\"}");
        folder.pollOnce();
        folder.pollOnce();
        Files.writeString(dir.resolve("c.json"), "{\"id\":\"c2\",\"body\":\"Second.\"}");
        folder.pollOnce();
        folder.pollOnce();
        assertThat(producer.history()).extracting(ProducerRecord::key).containsExactly("c1", "c2");
        try (var done = Files.list(dir.resolve("done"))) {
            assertThat(done.map(p -> p.getFileName().toString())).hasSize(2).allMatch(n -> n.endsWith("c.json"));
        }
    }

    @Test
    void stdinIsJsonLinesAndABadLineCostsOnlyItself() {
        byte[] input = "{\"id\":\"s1\",\"body\":\"One.\"}\nnot json\n{\"id\":\"s2\",\"body\":\"Two.\"}"
                .getBytes(StandardCharsets.UTF_8);
        SourceMetrics stdinMetrics = new SourceMetrics("stdin");
        new StdinSource(new ByteArrayInputStream(input), new JsonLinesReader(1 << 20, new JsonArticles(null)),
                publisher, stdinMetrics).run();
        assertThat(producer.history()).extracting(ProducerRecord::key).containsExactly("s1", "s2");
        assertThat(stdinMetrics.line()).isEqualTo("stdin: fetched 2, new 2, produced 2, errors 1");
    }

    @Test
    void aRegistryOutageLeavesTheFileForTheNextPollAndARefusedRecordMovesItToFailed() throws Exception {
        Files.writeString(dir.resolve("d.jsonl"), "{\"id\":\"d1\",\"body\":\"One.\"}\n");
        producer.sendException = new org.apache.kafka.common.errors.SerializationException(
                "cannot get a schema id: schema registry is unreachable");
        folder.pollOnce();
        folder.pollOnce();
        assertThat(dir.resolve("d.jsonl")).exists(); // not the record's fault: tried again next time
        producer.sendException = null;
        folder.pollOnce();
        assertThat(dir.resolve("done/d.jsonl")).exists();
        assertThat(producer.history()).extracting(ProducerRecord::key).containsExactly("d1");

        Files.writeString(dir.resolve("e.jsonl"), "{\"id\":\"e1\",\"body\":\"Too big.\"}\n");
        producer.sendException = new org.apache.kafka.common.errors.RecordTooLargeException("over max.request.size");
        folder.pollOnce();
        folder.pollOnce();
        assertThat(dir.resolve("failed/e.jsonl")).exists();
        assertThat(Files.readString(dir.resolve("failed/e.jsonl.problems.txt"))).contains("RecordTooLargeException");
    }
}
