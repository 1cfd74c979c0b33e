package io.wirestream.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties over generated articles built from clean words mixed with every artifact the rules know:
 * the audit trail is exact (edits sorted, non-overlapping, in range, 'before' matching the original,
 * replay reproducing the clean body; flags in range) and cleaning is idempotent.
 */
class CleanerPropertiesTest {
    private static final Cleaner CLEANER = Cleaner.create(CleanupConfig.defaults());
    private static final Cleaner UNGATED = Cleaner.withoutPrechecks(CleanupConfig.defaults());

    private static final List<String> TOKENS = List.of(
            "the ", "The ", "officials ", "said ", "U.S. ", "al-Sham’s ", "McDonald's ", "It ", "to ", "could ",
            "resurgence ", "had had ", "the the ", "and ", "Damascus", "went to It was ", "Dr. ", "3.5 ", "1,000 ",
            ".", ",", ". .", ",,", "..", " ,", " .", "...", "…", "—", ". ", "? ", ":", ";", ",x", ".The ",
            " ", "  ", "\n", "\n\n\n", "\t", "\r\n",
            "\u200B", "\u00A0", "\u00AD", "\uFEFF", "\u202B", "\u200C", "\u2009", "e\u0301", "\u06F1\u06F1",
            "â€™", "Ã©", "â€", "â€œ", "Â£", "Ã¢â‚¬â„¢", "&amp;", "&quot;", "&#8217;", "&amp;amp;", "&nbsp;",
            "<p>", "</p>", "<br>", "<b>", "</b>", "<!-- x -->", "(", ")", "((", "))", "[", "]",
            "“", "”", "\"", "'", "\nend of message", "\nRCO NEWS", "\nRCO", " / 1010 /", "\nSource: IRNA",
            "According to RCO News Agency, ", "دولت ایران ", "می\u200Cخواهند ", "Переговоры ",
            ":“", "::", " of\n", ",\n", "( ", " )", "According to the report of Mehr News Agency, ",
            "\nNews ID: 123", "I I ", "SyriaThe ", "LinkedIn ", "Â ", "40Â km ", "/1010/",
            "\nK.R / T.M", " N.A/J.S", "\nP.D", " **5521**", "\nQNA/Name Surname/Name Surname", "\nMENA\n", "\nAA",
            "\nXNA\n", "\n--(QNA)", " -- (Bernama)", "\n--XYZ", "\n========", "\n--------", "\n* * *",
            "in The ", "that During ", "for the The ", "will It is ", "is is ", "was was ", "What it is is ",
            " . .", "</textarea>", "</cms>", "The Hague ", "It Takes Two ",
            // escaped markup: decoded where it stays text on a second cleaning, kept escaped where it would not
            "&lt;b&gt;", " &lt;b&gt; ", "&lt;/b&gt;", "&lt;p&gt;", " &lt;i&gt;,", "&lt;script&gt; ", "&lt;/script&gt;",
            "&amp;lt;br&amp;gt;", " &amp;lt;b&amp;gt; ", "&lt;!-- x --&gt;", " &lt; ", "&lt;3 ", "&gt;", "&lt;",
            "&lt;a href=&quot;x&quot;&gt;", "<i> ", " <b> ", "“&lt;b&gt;” ");

    @Provide
    Arbitrary<String> articles() {
        return Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(60).map(l -> String.join("", l))
                .filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<String> titles() {
        return Arbitraries.of(TOKENS).list().ofMinSize(0).ofMaxSize(8).map(l -> String.join("", l))
                .injectNull(0.3);
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("en", "fa", "ru", "EN-us", "xx").injectNull(0.5);
    }

    @Property(tries = 2000)
    void auditTrailIsExactAndCleaningIsIdempotent(@ForAll("articles") String body, @ForAll("titles") String title,
            @ForAll("languages") String declared) {
        CleanResult r = CLEANER.clean(title, body, declared);

        int lastEnd = 0;
        for (Edit e : r.edits()) {
            assertThat(e.start()).isBetween(lastEnd, e.end());
            assertThat(e.end()).isLessThanOrEqualTo(body.length());
            assertThat(body.substring(e.start(), e.end())).isEqualTo(e.before());
            assertThat(e.before()).isNotEqualTo(e.after());
            lastEnd = e.end();
        }
        assertThat(Fixtures.replay(body, r.edits())).isEqualTo(r.body());
        for (Flag f : r.flags()) {
            assertThat(f.start()).isBetween(0, f.end());
            assertThat(f.end()).isLessThanOrEqualTo(body.length());
            assertThat(body.substring(f.start(), f.end())).isEqualTo(f.text());
        }
        if (!r.body().isBlank()) {
            CleanResult again = CLEANER.clean(r.title(), r.body(), declared);
            assertThat(again.edits()).as("second cleaning of %s", r.body()).isEmpty();
            assertThat(again.body()).isEqualTo(r.body());
            assertThat(again.title()).isEqualTo(r.title());
        }
    }

    /**
     * A run of bare tags at a line's start goes in one pass: stripped one a round ("the" and "the" met only in the
     * fourth), it outlasted the cleaner's rounds, and cleaning the result again removed the doubled word (found by
     * {@link #auditTrailIsExactAndCleaningIsIdempotent}, seed 4751955932199100924, 2026-12-06).
     */
    @Example
    void aRunOfTagsAtALineStartIsRemovedInOnePass() {
        CleanResult r = CLEANER.clean("\u2009&nbsp;\u2026 &lt;i&gt;,\u00C3\u00A9 of \n", "the \n <b> <b> &lt;b&gt; the ",
                "EN-us");
        assertThat(r.body()).isEqualTo("the");
        assertThat(CLEANER.clean(r.title(), r.body(), "EN-us").edits()).isEmpty();
        assertThat(CLEANER.clean(null, "Votes\n<b> <i> <b> counted", "en").body()).isEqualTo("Votes\ncounted");
        // a bare tag written as a word inside a line is still text about markup
        assertThat(CLEANER.clean(null, "Use the <b> tag for bold.", "en").body()).isEqualTo("Use the <b> tag for bold.");
    }

    /** An ampersand escaped six times over is undone in one pass, not a level a round (four rounds left two). */
    @Example
    void anAmpersandEscapedManyTimesIsDecodedAtOnce() {
        CleanResult r = CLEANER.clean(null, "Tom &amp;amp;amp;amp;amp;amp; Jerry went home.", "en");
        assertThat(r.body()).isEqualTo("Tom & Jerry went home.");
        assertThat(CLEANER.clean(null, r.body(), "en").edits()).isEmpty();
        assertThat(CLEANER.clean(null, "the &amp;amp;amp;lt;b&amp;amp;amp;gt; tag", "en").body()).isEqualTo("the <b> tag");
    }

    /** Every fixture text (our own, and the held-out set's), whole or with artifacts spliced in. */
    private static final List<String> FIXTURE_TEXTS = readFixtureTexts();

    private static List<String> readFixtureTexts() {
        List<String> out = new java.util.ArrayList<>();
        for (String name : List.of("artifact-cases.jsonl", "heldout/artifacts.jsonl")) {
            Fixtures.read(name).forEach(c -> {
                out.add(c.get("input").asText());
                out.add(c.get("expected").asText());
            });
        }
        for (String name : List.of("clean-paragraphs.jsonl", "heldout/clean.jsonl")) {
            Fixtures.read(name).forEach(c -> out.add(c.get("text").asText()));
        }
        return List.copyOf(out);
    }

    @Provide
    Arbitrary<String> fixturesWithArtifacts() {
        Arbitrary<String> text = Arbitraries.of(FIXTURE_TEXTS);
        Arbitrary<List<String>> inserts = Arbitraries.of(TOKENS).list().ofMaxSize(6);
        Arbitrary<List<Double>> at = Arbitraries.doubles().between(0, 1).list().ofSize(6);
        return net.jqwik.api.Combinators.combine(text, inserts, at).as((t, ins, pos) -> {
            StringBuilder sb = new StringBuilder(t);
            for (int k = 0; k < ins.size(); k++) {
                sb.insert((int) (pos.get(k) * sb.length()), ins.get(k));
            }
            return sb.toString();
        }).filter(s -> !s.isBlank());
    }

    /** Idempotence, clean(clean(x)) == clean(x), over every fixture as it is. */
    @Property(tries = 400)
    void cleaningAFixtureTwiceChangesNothing(@ForAll("fixtureTexts") String body) {
        assertIdempotent(body, null);
    }

    @Provide
    Arbitrary<String> fixtureTexts() {
        return Arbitraries.of(FIXTURE_TEXTS);
    }

    /** Idempotence over fixtures with artifacts (escaped markup among them) spliced in at random places. */
    @Property(tries = 1500)
    void cleaningAFixtureWithArtifactsTwiceChangesNothing(@ForAll("fixturesWithArtifacts") String body,
            @ForAll("languages") String declared) {
        assertIdempotent(body, declared);
    }

    private static void assertIdempotent(String body, String declared) {
        CleanResult r = CLEANER.clean(null, body, declared);
        if (!r.body().isBlank()) {
            CleanResult again = CLEANER.clean(null, r.body(), declared);
            assertThat(again.edits()).as("second cleaning of %s", r.body()).isEmpty();
            assertThat(again.body()).isEqualTo(r.body());
        }
    }

    /** The word index's one-scan tokeniser finds exactly the words {@code Words.startsWord/wordEnd} define. */
    @Property(tries = 1000)
    void wordIndexMatchesTheWordDefinition(@ForAll("articles") String body) {
        io.wirestream.cleanup.text.WordIndex w = io.wirestream.cleanup.text.WordIndex.of(body);
        List<Integer> expected = new java.util.ArrayList<>();
        char[] chars = body.toCharArray();
        for (int i = 0; i < body.length(); ) {
            if (io.wirestream.cleanup.text.Words.startsWord(body, i)) {
                int e = io.wirestream.cleanup.text.Words.wordEnd(chars, i);
                expected.add(i);
                expected.add(e);
                i = e;
            } else {
                i++;
            }
        }
        List<Integer> actual = new java.util.ArrayList<>();
        for (int k = 0; k < w.size(); k++) {
            actual.add(w.start(k));
            actual.add(w.end(k));
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Property(tries = 1000)
    void prechecksNeverSkipAPassThatHadWork(@ForAll("articles") String body, @ForAll("titles") String title,
            @ForAll("languages") String declared) {
        CleanResult fast = CLEANER.clean(title, body, declared);
        CleanResult full = UNGATED.clean(title, body, declared);
        assertThat(fast).isEqualTo(full);
    }
}
