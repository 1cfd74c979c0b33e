package io.wirestream.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Input meant to break the cleaner: it must either refuse with an {@link InvalidArticleException} naming
 * the reason, or pass through. Scans are linear, so the large cases below finish in a blink; no test
 * measures time (speed is a benchmark's job), a regression here would show as a hung build.
 */
class HostileInputTest {
    private final Cleaner cleaner = Cleaner.create(CleanupConfig.defaults());

    @Test
    void nullBodyIsRefused() {
        assertThatThrownBy(() -> cleaner.clean("t", null, null))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("body is missing");
    }

    @Test
    void emptyAndBlankBodiesAreRefused() {
        assertThatThrownBy(() -> cleaner.clean(null, "", null))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("body is empty");
        assertThatThrownBy(() -> cleaner.clean(null, " \n\t ", null))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("body is empty");
    }

    @Test
    void binaryBodyIsRefused() {
        assertThatThrownBy(() -> cleaner.clean(null, "PK\u0003\u0004\u0000\u0000binary", null))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("binary");
        String controls = "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E".repeat(5) + "text";
        assertThatThrownBy(() -> cleaner.clean(null, controls, null))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("control characters");
    }

    @Test
    void unpairedSurrogatesAreRefused() {
        assertThatThrownBy(() -> cleaner.clean(null, "The talks \uD800 resumed.", null))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("unpaired UTF-16 surrogate at offset 10");
        assertThatThrownBy(() -> cleaner.clean(null, "The talks \uDC00 resumed.", null))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("surrogate");
        assertThatThrownBy(() -> cleaner.clean("Title \uD800", "Body text.", null))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("title");
    }

    @Test
    void pairedSurrogatesPassThrough() {
        String body = "The crowd cheered \uD83C\uDF89 as the results came in.";
        assertThat(cleaner.clean(null, body, null).body()).isEqualTo(body);
    }

    @Test
    void tenMegabyteBodyIsRefusedAsTooLarge() {
        String big = "The talks resumed on Monday. ".repeat(10 * 1024 * 1024 / 29 + 1);
        assertThatThrownBy(() -> cleaner.clean(null, big, null))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("too large");
    }

    @Test
    void tenMegabyteBodyPassesWhenTheLimitIsRaised() {
        Properties p = new Properties();
        p.setProperty(CleanupConfig.MAX_BODY_CHARS, String.valueOf(20_000_000));
        Cleaner roomy = Cleaner.create(CleanupConfig.fromProperties(p));
        String big = "The the talks resumed on Monday . ".repeat(10 * 1024 * 1024 / 34 + 1);
        CleanResult r = roomy.clean(null, big, null);
        assertThat(r.body()).startsWith("The talks resumed on Monday. The talks");
        assertThat(Fixtures.replay(big, r.edits())).isEqualTo(r.body());
    }

    @Test
    void hundredThousandCharacterWordPassesThrough() {
        String word = "a".repeat(100_000);
        assertThat(cleaner.clean(null, "The " + word + " ended.", null).body()).isEqualTo("The " + word + " ended.");
        String punctuated = "ab,cd.Ef;".repeat(11_000);
        CleanResult r = cleaner.clean(null, "The talks " + punctuated, "en");
        assertThat(Fixtures.replay("The talks " + punctuated, r.edits())).isEqualTo(r.body());
    }

    @Test
    void deeplyNestedBracketsPassThroughWithoutStackOverflow() {
        String nested = "(".repeat(200_000) + "the talks" + ")".repeat(200_000);
        CleanResult r = cleaner.clean(null, "The officials " + nested + " met.", "en");
        assertThat(r.body()).isEqualTo("The officials " + nested + " met.");
        String unbalanced = "(".repeat(100_000) + " the talks";
        CleanResult u = cleaner.clean(null, "The officials " + unbalanced, "en");
        assertThat(u.flags()).isNotEmpty();
    }

    @Test
    void manyUnclosedTagsAndEntitiesStayLinear() {
        String body = "The talks <script ".repeat(20_000) + " <!-- ".repeat(20_000) + " &amp".repeat(20_000) + " ended.";
        CleanResult r = cleaner.clean(null, body, "en");
        assertThat(Fixtures.replay(body, r.edits())).isEqualTo(r.body());
    }

    @Test
    void onlyInvisibleCharactersCleanToAnEmptyBody() {
        CleanResult r = cleaner.clean(null, "\u200B\u200B\uFEFF", null);
        assertThat(r.body()).isEmpty();
        assertThat(r.language()).isEqualTo("und");
    }

    @Test
    void tenThousandCharacterSeparatorLinesStayLinear() {
        String body = "The talks resumed on Monday.\n" + "=".repeat(10_000) + "\nThe talks ended.\n" + "-".repeat(10_000)
                + "\n" + "* ".repeat(10_000);
        CleanResult r = cleaner.clean(null, body, "en");
        assertThat(r.body()).isEqualTo("The talks resumed on Monday.\n" + "=".repeat(10_000) + "\nThe talks ended.");
        assertThat(Fixtures.replay(body, r.edits())).isEqualTo(r.body());
    }

    @Test
    void tenThousandInitialsTokensStayLinear() {
        String slashed = "K.R / ".repeat(10_000) + "T.M";
        String spaced = "P.D ".repeat(10_000);
        String body = "The talks resumed on Monday. " + slashed + "\n" + slashed + "\n" + spaced + "\nThe talks ended. " + spaced;
        CleanResult r = cleaner.clean(null, body, "en");
        assertThat(Fixtures.replay(body, r.edits())).isEqualTo(r.body());
        assertThat(cleaner.clean(null, r.body(), "en").edits()).isEmpty();
    }

    @Test
    void manyShortCapitalsLinesAndSignOffsStayLinear() {
        String body = "The talks resumed on Monday.\n" + "MENA\nXNA\n--(QNA)\n**5521**\n".repeat(5_000)
                + "The talks ended. -- (Bernama)";
        CleanResult r = cleaner.clean(null, body, "en");
        // sign-offs are trailers: between paragraphs they stay; every name line, code and the last sign-off go
        assertThat(r.body()).startsWith("The talks resumed on Monday.\n--(QNA)\n--(QNA)\n").endsWith("\n--(QNA)\nThe talks ended.")
                .doesNotContain("MENA", "XNA", "5521", "Bernama");
        assertThat(Fixtures.replay(body, r.edits())).isEqualTo(r.body());
    }

    @Test
    void longRunsOfGluedCapitalsAndDoubledVerbsStayLinear() {
        String body = "The report said ".repeat(1) + "in The ".repeat(20_000) + "end. " + "is ".repeat(20_000) + "done. "
                + "for the The ".repeat(10_000) + "wind. " + "&lt;b&gt;".repeat(10_000) + " . .".repeat(10_000);
        CleanResult r = cleaner.clean(null, body, "en");
        assertThat(Fixtures.replay(body, r.edits())).isEqualTo(r.body());
    }
}
