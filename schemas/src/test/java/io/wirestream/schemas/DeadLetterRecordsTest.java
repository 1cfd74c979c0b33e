package io.wirestream.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.avro.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadLetterRecordsTest {

    private static final Instant NOW = Instant.parse("2025-03-10T08:00:00Z");

    @Test
    void aLetterNamesTheStageTheErrorTheRecordAndWhereItCameFrom() {
        var source = new DeadLetterRecords.Source("articles.raw", 2, 41, "a-1".getBytes(StandardCharsets.UTF_8),
                new byte[] {1, 2}, null);
        DeadLetter letter = DeadLetterRecords.of("decode", new IllegalArgumentException("not Avro"), source, 1000, NOW);

        assertThat(letter.getStage()).isEqualTo("decode");
        assertThat(letter.getErrorClass()).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(letter.getErrorMessage()).isEqualTo("not Avro");
        assertThat(letter.getRecordId()).isEqualTo("a-1"); // from the readable key
        assertThat(letter.getSourceTopic()).isEqualTo("articles.raw");
        assertThat(letter.getSourcePartition()).isEqualTo(2);
        assertThat(letter.getSourceOffset()).isEqualTo(41);
        assertThat(letter.getOriginalKey().array()).containsExactly("a-1".getBytes(StandardCharsets.UTF_8));
        assertThat(letter.getOriginalValue().array()).containsExactly(1, 2);
        assertThat(letter.getFailedAt()).isEqualTo(NOW);
    }

    @Test
    void aKnownArticleIdWinsOverTheKeyAndAnErrorWithoutMessageIsNamedByItsClass() {
        var source = new DeadLetterRecords.Source("x-repartition", 0, 5, "fingerprint".getBytes(StandardCharsets.UTF_8),
                null, "article-7");
        DeadLetter letter = DeadLetterRecords.of("dedup", new NullPointerException(), source, 1000, NOW);

        assertThat(letter.getRecordId()).isEqualTo("article-7");
        assertThat(letter.getErrorMessage()).isEqualTo("java.lang.NullPointerException");
        assertThat(letter.getOriginalValue()).isNull();
    }

    @Test
    void longMessagesAreCutAndOversizedBytesLeftOutWithANote() {
        var source = new DeadLetterRecords.Source("articles.raw", 0, 9, null, new byte[5000], null);
        DeadLetter letter = DeadLetterRecords.of("decode", new IllegalStateException("w".repeat(50_000)), source,
                4096, NOW);

        assertThat(letter.getErrorMessage())
                .startsWith("w".repeat(DeadLetterRecords.MAX_MESSAGE_CHARS) + "... [50000 characters]")
                .endsWith("[original value of 5000 bytes omitted: larger than 4096 bytes]");
        assertThat(letter.getOriginalValue()).isNull();
        assertThat(letter.getRecordId()).isNull();
    }
}
