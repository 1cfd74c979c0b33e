package io.wirestream.dedup.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.wirestream.dedup.DedupConfig;
import io.wirestream.dedup.Deduplicator;
import io.wirestream.dedup.DuplicateKind;
import io.wirestream.dedup.InMemoryDedupState;
import io.wirestream.dedup.Verdict;

/**
 * Scores the default configuration on the labelled corpus through the deduplicator that {@code ./wirestream
 * dedup} and the stream both run (the app module scores the same corpus through the offline command too). The bars are the issue's: pairwise precision >= 0.99, recall >= 0.95,
 * no false merge of different stories, every redelivery caught.
 */
class CorpusEvaluationTest {

    private static LabelledCorpus corpus;
    private static List<Verdict> verdicts;
    private static PairwiseScore.Result score;

    @BeforeAll
    static void judgeCorpus() {
        corpus = LabelledCorpus.load();
        Deduplicator dedup = new Deduplicator(DedupConfig.defaults(), new InMemoryDedupState());
        verdicts = new ArrayList<>();
        PairwiseScore pairs = new PairwiseScore();
        for (LabelledCorpus.Line line : corpus.lines()) {
            Verdict v = dedup.judge(line.input());
            verdicts.add(v);
            pairs.article(line.id(), line.story());
            if (v.kind() == DuplicateKind.EXACT || v.kind() == DuplicateKind.NEAR) {
                pairs.link(v.id(), v.duplicateOf());
            }
        }
        score = pairs.result();
    }

    @Test
    void corpusHasTheRequiredShape() {
        Map<String, Set<String>> idsByStory = new LinkedHashMap<>();
        for (LabelledCorpus.Line line : corpus.lines()) {
            idsByStory.computeIfAbsent(line.story(), s -> new HashSet<>()).add(line.id());
        }
        long republished = idsByStory.values().stream().filter(ids -> ids.size() >= 2 && ids.size() <= 5).count();
        assertThat(republished).as("stories republished 2-5 times").isGreaterThanOrEqualTo(10);
        assertThat(corpus.lines()).extracting(LabelledCorpus.Line::variant)
                .contains("second-translation", "truncated-70", "exact-resend", "lead-rewritten", "paragraph-added",
                        "paragraph-dropped", "redelivery", "hard-negative");
        assertThat(corpus.lines()).extracting(LabelledCorpus.Line::hardNegativeOf)
                .contains("earnings-q2", "front-seizes");
    }

    @Test
    void pairwisePrecisionAndRecallMeetTheBars() {
        String report = "precision=" + score.precision() + " recall=" + score.recall()
                + "\nfalse merges: " + score.falseMerges() + "\nmissed: " + score.missed();
        System.out.println("dedup corpus: " + score.truePairs() + " same-story pairs found, " + score.falsePairs()
                + " false, " + score.missedPairs() + " missed; " + report.lines().findFirst().orElseThrow());
        assertThat(score.falsePairs()).as("false merges of different stories\n" + report).isZero();
        assertThat(score.precision()).as(report).isGreaterThanOrEqualTo(0.99);
        assertThat(score.recall()).as(report).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void everyRedeliveryIsCaughtAndNothingElseIsCalledOne() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < corpus.lines().size(); i++) {
            LabelledCorpus.Line line = corpus.lines().get(i);
            boolean redelivered = !seen.add(line.id());
            assertThat(verdicts.get(i).kind() == DuplicateKind.REDELIVERY)
                    .as("line %d (%s, %s): %s", i + 1, line.story(), line.variant(), verdicts.get(i))
                    .isEqualTo(redelivered);
        }
    }

    @Test
    void secondTranslationsAreFoundAsNearDuplicates() {
        for (int i = 0; i < corpus.lines().size(); i++) {
            LabelledCorpus.Line line = corpus.lines().get(i);
            if (line.variant().startsWith("second-translation")) {
                assertThat(verdicts.get(i).kind()).as("%s %s", line.story(), line.variant())
                        .isEqualTo(DuplicateKind.NEAR);
            }
        }
    }

    @Test
    void exactResendsAreExact() {
        for (int i = 0; i < corpus.lines().size(); i++) {
            LabelledCorpus.Line line = corpus.lines().get(i);
            if (line.variant().equals("exact-resend")) {
                assertThat(verdicts.get(i).kind()).as("%s %s", line.story(), line.variant())
                        .isEqualTo(DuplicateKind.EXACT);
            }
        }
    }

    @Test
    void hardNegativesStartTheirOwnStory() {
        for (int i = 0; i < corpus.lines().size(); i++) {
            LabelledCorpus.Line line = corpus.lines().get(i);
            if (line.variant().equals("hard-negative")) {
                assertThat(verdicts.get(i).isDuplicate()).as("%s: %s", line.story(), verdicts.get(i)).isFalse();
            }
        }
    }
}
