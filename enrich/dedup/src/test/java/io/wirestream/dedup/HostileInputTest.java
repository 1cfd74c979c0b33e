package io.wirestream.dedup;

import static io.wirestream.dedup.Articles.T0;
import static io.wirestream.dedup.Articles.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Hostile input either fails with a named reason or passes through (linear work, no recursion). */
class HostileInputTest {

    private final Deduplicator dedup = new Deduplicator(DedupConfig.defaults(), new InMemoryDedupState());

    @Test
    void emptyBodyPassesAsUnique() {
        assertThat(dedup.judge(input("e", "", T0))).isEqualTo(Verdict.unique("e"));
    }

    @Test
    void missingPartsAreNamed() {
        assertThatThrownBy(() -> dedup.judge(null)).isInstanceOf(InvalidArticleException.class).hasMessageContaining("missing");
        assertThatThrownBy(() -> dedup.judge(input(null, "text", T0))).isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("id is missing");
        assertThatThrownBy(() -> dedup.judge(input(" ", "text", T0))).isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("id is missing");
        assertThatThrownBy(() -> dedup.judge(input("x", null, T0))).isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("text is missing");
    }

    @Test
    void aTenMegabyteBodyPassesAndItsCopyIsFound() {
        StringBuilder sb = new StringBuilder(10_500_000);
        Random random = new Random(7);
        while (sb.length() < 10_000_000) {
            sb.append("word").append(random.nextInt(50_000)).append(random.nextInt(10) == 0 ? ".\n" : " ");
        }
        String big = sb.toString();
        assertThat(dedup.judge(input("big", big, T0)).isDuplicate()).isFalse();
        assertThat(dedup.judge(input("big-copy", big + "\nend of message", T0)).kind()).isEqualTo(DuplicateKind.EXACT);
    }

    @Test
    void aBodyOverTheConfiguredLimitIsRefusedByName() {
        Deduplicator small = new Deduplicator(DedupConfig.builder().maxTextChars(1000).build(), new InMemoryDedupState());
        assertThatThrownBy(() -> small.judge(input("x", "a".repeat(1001), T0)))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining(DedupConfig.MAX_TEXT_CHARS);
    }

    @Test
    void aRefusedArticleLeavesTheStateAlone() {
        InMemoryDedupState state = new InMemoryDedupState();
        Deduplicator small = new Deduplicator(DedupConfig.builder().maxTextChars(1000).build(), state);
        small.judge(input("ok", "a short story about the port", T0));
        assertThatThrownBy(() -> small.judge(input("x", "a".repeat(1001), T0 + 30 * Articles.DAY)))
                .isInstanceOf(InvalidArticleException.class);
        assertThat(state.streamTime()).isEqualTo(T0);
        assertThat(state.articleCount()).isEqualTo(1);
    }

    @Test
    void binaryBytesPassThrough() {
        byte[] bytes = new byte[100_000];
        new Random(3).nextBytes(bytes);
        String binary = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(dedup.judge(input("bin", binary, T0)).id()).isEqualTo("bin");
        assertThat(dedup.judge(input("bin2", binary, T0)).kind()).isEqualTo(DuplicateKind.EXACT);
    }

    @Test
    void unpairedSurrogatesPassThrough() {
        String broken = "Officials \uD800met\uDC00 in \uDBFF Qadir \uDC00\uD800 on Sunday.";
        assertThat(ContentFingerprint.of(broken)).isEqualTo(ContentFingerprint.of("Officials met in Qadir on Sunday."));
        assertThat(dedup.judge(input("s", broken, T0))).isEqualTo(Verdict.unique("s"));
    }

    @Test
    void aHundredThousandCharacterWordPassesThrough() {
        String word = "x".repeat(100_000);
        assertThat(dedup.judge(input("w", word, T0))).isEqualTo(Verdict.unique("w"));
        assertThat(dedup.judge(input("w2", word + "y", T0)).isDuplicate()).isFalse();
        assertThat(dedup.judge(input("w3", " " + word + " ", T0)).kind()).isEqualTo(DuplicateKind.EXACT);
    }

    @Test
    void deeplyNestedBracketsPassThrough() {
        String nested = "(".repeat(200_000) + "deep story text" + ")".repeat(200_000);
        assertThat(dedup.judge(input("n", nested, T0))).isEqualTo(Verdict.unique("n"));
        assertThat(dedup.judge(input("n2", "[deep] {story} <text>", T0)).kind()).isEqualTo(DuplicateKind.EXACT);
    }

    @Test
    void extremeEventTimesDoNotOverflow() {
        assertThat(dedup.judge(input("min", "first text here", Long.MIN_VALUE)).isDuplicate()).isFalse();
        assertThat(dedup.judge(input("max", "second text here", Long.MAX_VALUE)).isDuplicate()).isFalse();
        assertThat(dedup.judge(input("max2", "second text here", Long.MAX_VALUE)).kind()).isEqualTo(DuplicateKind.EXACT);
    }
}
