package io.wirestream.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An article of our own writing with every artifact of the reference (seed) article: agency trailer, a
 * spaced double period, a glued fragment, an unbalanced ")" inside a quotation, "could resurgence", an
 * inserted attribution. Exactly those are touched; curly quotes, "U.S." and names stay as written.
 */
class SeedShapedArticleTest {
    private final Cleaner cleaner = Cleaner.create(CleanupConfig.defaults());

    @Test
    void repairsTrailerAndDoublePeriodAndFlagsTheRestAndNothingElse() throws IOException {
        String body = read("seed-like-article.txt");
        CleanResult r = cleaner.clean("US passed warnings to the new authorities", body, null);

        assertThat(r.language()).isEqualTo("en");
        assertThat(r.edits()).extracting(Edit::rule).containsExactly(
                "punctuation.spaced-double", "trailer.end-marker", "trailer.agency-name", "trailer.agency-name");
        assertThat(r.edits().get(0).before()).isEqualTo(" .");
        assertThat(r.body()).doesNotContain("end of message", "RCO NEWS", ". .")
                .endsWith("had given a “positive” reply.")
                .contains("a third country. The former official")
                .contains("U.S. concern", "“Daily Ledger”", "ISIS’ plan", "country’s new leaders");

        List<String> flagged = r.flags().stream().map(f -> f.rule() + ":" + f.text()).toList();
        assertThat(flagged).containsExactly(
                "attribution.prefix:According to RCO News Agency,",
                "sentence.glued-fragment:to It",
                "grammar.modal-noun:could resurgence",
                "brackets.unbalanced:)");

        // nothing else changed: undoing the four edits gives back the original
        String fixed = body.replace("third country. . The", "third country. The");
        String expected = fixed.substring(0, fixed.indexOf("\nend of message"));
        assertThat(r.body()).isEqualTo(expected);
    }

    @Test
    void flagOffsetsPointIntoTheOriginalBody() throws IOException {
        String body = read("seed-like-article.txt");
        CleanResult r = cleaner.clean(null, body, null);
        for (Flag f : r.flags()) {
            assertThat(body.substring(f.start(), f.end())).isEqualTo(f.text());
        }
        for (Edit e : r.edits()) {
            assertThat(body.substring(e.start(), e.end())).isEqualTo(e.before());
        }
    }

    @Test
    void removesTheInsertedAttributionWhenConfigured() throws IOException {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("cleanup.attribution.remove", "true");
        CleanResult r = Cleaner.create(CleanupConfig.fromProperties(p)).clean(null, read("seed-like-article.txt"), null);
        assertThat(r.body()).contains("\nAccording to these officials, the warnings");
        assertThat(r.flags()).noneMatch(f -> f.rule().equals("attribution.prefix"));
    }

    static String read(String name) throws IOException {
        try (InputStream in = SeedShapedArticleTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
