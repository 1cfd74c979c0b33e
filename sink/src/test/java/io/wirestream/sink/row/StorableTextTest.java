package io.wirestream.sink.row;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void leavesOrdinaryTextAndProperSurrogatePairsAlone() {
        String text = "Damascus \uD83D\uDCF0 دمشق";
        assertThat(StorableText.of(text)).isSameAs(text);
        assertThat(StorableText.of(null)).isNull();
        assertThat(StorableText.of("")).isEmpty();
    }

    @Test
    void replacesNulAndLoneSurrogatesCharForChar() {
        assertThat(StorableText.of("a\u0000b")).isEqualTo("a\uFFFDb");
        assertThat(StorableText.of("\uD800x")).isEqualTo("\uFFFDx");
        assertThat(StorableText.of("x\uDC00")).isEqualTo("x\uFFFD");
        assertThat(StorableText.of("\uD800")).isEqualTo("\uFFFD");
        assertThat(StorableText.of("\uDC00\uD800")).isEqualTo("\uFFFD\uFFFD");
        assertThat(StorableText.of("ok \uD83D\uDCF0 \u0000")).isEqualTo("ok \uD83D\uDCF0 \uFFFD");
    }

    @Test
    void keepsTheLengthOfLongHostileText() {
        String hostile = "\u0000\uD800".repeat(500_000) + "x".repeat(100_000);
        String stored = StorableText.of(hostile);
        assertThat(stored).hasSameSizeAs(hostile);
        assertThat(stored.chars().filter(c -> c == 0 || Character.isSurrogate((char) c))).isEmpty();
    }
}
