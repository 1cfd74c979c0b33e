package io.wirestream.dedup.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import io.wirestream.dedup.DedupConfig;
import io.wirestream.dedup.Deduplicator;
import io.wirestream.dedup.InMemoryDedupState;
import io.wirestream.dedup.InvalidArticleException;

class JsonLinesDedupTest {

    private final JsonLinesDedup dedup = new JsonLinesDedup(
            new Deduplicator(DedupConfig.defaults(), new InMemoryDedupState()));

    private String run(String input) {
        StringWriter out = new StringWriter();
        dedup.run(new StringReader(input), out);
        return out.toString();
    }

    @Test
    void writesOneVerdictLinePerInputLineInArrivalOrder() {
        String in = """
                {"id":"a","source":"x","url":null,"title":"T","body":"Dock workers strike in Valmora.","language":"en","publishedAt":"2025-10-13T07:00:00Z"}
                {"id":"b","source":"y","url":null,"title":"T2","body":"Dock  workers strike in \u201cValmora\u201d.\\nend of message","language":"en","publishedAt":"2025-10-13T08:00:00Z"}
                {"id":"a","source":"x","url":null,"title":"T","body":"Dock workers strike in Valmora.","language":"en","publishedAt":"2025-10-13T07:00:00Z"}
                """;
        assertThat(run(in).lines()).containsExactly(
                "{\"id\":\"a\",\"verdict\":\"UNIQUE\",\"kind\":null,\"duplicateOf\":null,\"similarity\":0.0}",
                "{\"id\":\"b\",\"verdict\":\"DUPLICATE\",\"kind\":\"EXACT\",\"duplicateOf\":\"a\",\"similarity\":1.0}",
                "{\"id\":\"a\",\"verdict\":\"DUPLICATE\",\"kind\":\"REDELIVERY\",\"duplicateOf\":\"a\",\"similarity\":1.0}");
    }

    @Test
    void prefersTheCleanBody() {
        run("{\"id\":\"a\",\"body\":\"raw text went to It was\",\"cleanBody\":\"clean text\"}\n");
        assertThat(run("{\"id\":\"b\",\"body\":\"clean text\"}\n")).contains("\"EXACT\"");
    }

    @Test
    void aMissingPublishedAtTakesStreamTimeNotTheClock() {
        assertThat(dedup.toInput("{\"id\":\"a\",\"body\":\"x\",\"publishedAt\":\"2025-10-13T07:00:00Z\"}")
                .eventTimeMillis()).isEqualTo(1760338800000L);
        assertThat(dedup.toInput("{\"id\":\"b\",\"body\":\"x\"}").eventTimeMillis()).isEqualTo(1760338800000L);
        assertThat(dedup.toInput("{\"id\":\"c\",\"body\":\"x\",\"publishedAt\":\"yesterday\"}").eventTimeMillis())
                .isEqualTo(1760338800000L);
    }

    @Test
    void badLinesAreRefusedWithTheirLineNumber() {
        assertThatThrownBy(() -> run("{\"id\":\"a\",\"body\":\"x\"}\nnot json\n"))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> run("{\"body\":\"x\"}\n")).hasMessageContaining("id is missing");
        assertThatThrownBy(() -> run("{\"id\":\"a\"}\n")).hasMessageContaining("body is missing");
        assertThatThrownBy(() -> run("[1,2]\n")).hasMessageContaining("not a JSON object");
    }

    @Test
    void blankLinesAreSkipped() {
        assertThat(run("\n{\"id\":\"a\",\"body\":\"x\"}\n\n").lines()).hasSize(1);
    }
}
