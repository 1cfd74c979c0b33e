package io.wirestream.tagging;

import static io.wirestream.tagging.TaggingAssertions.TAGGER;
import static io.wirestream.tagging.TaggingAssertions.assertOffsetsValid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties over generated text: offsets always valid, output deterministic and ordered. */
class TaggerPropertiesTest {
    private static final List<String> PIECES = List.of("Reuters", "said", "Ahmad al-Shora", "Jolani", " ", ", ", ". ",
            "“", "”", "’s", "in", "Kyiv", "Kiev", "US", "us", "IS", "is", "December 8", "2024", "the", "Ministry of",
            "Health", "(", ")", "HTS", "-", "—", "\n", "Erdoğan", "Mr", "President", "formerly known as", "Abu", "é",
            "\uD800", "\u0000", "ǅ");

    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(6);
        return Combinators.combine(piece, noise).as((p, n) -> p + (n.isEmpty() ? " " : n)).list().ofMaxSize(60)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void mentionOffsetsAlwaysPointAtTheirText(@ForAll("newsLikeText") String text) {
        assertOffsetsValid(text, TAGGER.tag(text, LocalDate.of(2025, 1, 24)));
    }

    @Property(tries = 200)
    void taggingIsDeterministicAndOrderedByFirstMention(@ForAll("newsLikeText") String text) {
        List<Entity> first = TAGGER.tag(text, null);
        assertThat(TAGGER.tag(text, null)).isEqualTo(first);
        for (int i = 1; i < first.size(); i++) {
            assertThat(first.get(i).mentions().get(0).start()).isGreaterThan(first.get(i - 1).mentions().get(0).start());
        }
        for (Entity e : first) {
            for (int i = 1; i < e.mentions().size(); i++) {
                assertThat(e.mentions().get(i).start()).isGreaterThanOrEqualTo(e.mentions().get(i - 1).end());
            }
        }
    }

    @Property(tries = 200)
    void entityIdsDependOnlyOnTheEntity(@ForAll("newsLikeText") String text) {
        for (Entity e : TAGGER.tag(text, null)) {
            assertThat(e.id()).matches("Q[0-9]+|ws:[a-z]+:.+|date:.+");
            assertThat(e.confidence()).isBetween(0.0, 1.0);
            assertThat(e.method()).isIn("kb", "rule", "model");
        }
    }
}
