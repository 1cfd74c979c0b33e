package io.wirestream.tagging.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.wirestream.tagging.Entity;
import io.wirestream.tagging.EntityTagger;
import io.wirestream.tagging.KnowledgeBase;

/** The bars of the tagging issue, measured on our own labelled set of news articles. */
class LabelledSetEvaluationTest {
    private static Scorer scorer;
    private static List<GoldArticle> articles;

    @BeforeAll
    static void tagAll() {
        articles = GoldArticle.loadAll();
        EntityTagger tagger = EntityTagger.create(KnowledgeBase.bundled());
        scorer = new Scorer();
        for (GoldArticle a : articles) {
            List<Entity> predicted = tagger.tag(a.text(), a.publishedOn());
            scorer.score(a.file(), a.entities(), predicted);
        }
        System.out.println("[tagging eval] " + scorer.summary());
        scorer.errors.forEach(e -> System.out.println("[tagging eval]   " + e));
    }

    @Test
    void theSetHasAtLeastFifteenArticlesOfTheAgreedLength() {
        assertThat(articles).hasSizeGreaterThanOrEqualTo(15);
        for (GoldArticle a : articles) {
            int words = a.text().strip().split("\\s+").length;
            assertThat(words).as(a.file()).isBetween(150, 350);
        }
    }

    @Test
    void everyGoldSurfaceFormOccursInItsArticle() {
        for (GoldArticle a : articles) {
            for (GoldArticle.GoldEntity e : a.entities()) {
                for (String s : e.surfaces()) {
                    // as a whole word: "Australia" does not occur in "Australian"
                    assertThat(a.text()).as(a.file() + " / " + e.name())
                            .containsPattern("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(s) + "(?![\\p{L}\\p{N}])");
                }
            }
        }
    }

    @Test
    void entityLevelF1IsAtLeastNinety() {
        assertThat(scorer.f1()).as(scorer.summary()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void matchedKnowledgeBaseEntitiesCarryTheirCanonicalIds() {
        assertThat(scorer.idAccuracy()).as(scorer.summary()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aliasMergeAccuracyIsAtLeastNinetyFive() {
        assertThat(scorer.mergeAccuracy()).as(scorer.summary()).isGreaterThanOrEqualTo(0.95);
    }
}
