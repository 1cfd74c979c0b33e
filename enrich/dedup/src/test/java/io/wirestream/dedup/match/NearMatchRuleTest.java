package io.wirestream.dedup.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.wirestream.dedup.DedupConfig;
import io.wirestream.dedup.sketch.ArticleSketch;
import io.wirestream.dedup.sketch.NumberSketch;

class NearMatchRuleTest {

    private final NearMatchRule rule = new NearMatchRule(DedupConfig.builder().signatureSize(64).build());

    /** Two 64-value signatures agreeing on the first {@code equal} positions (Jaccard estimate equal/64). */
    private static ArticleSketch[] pair(int equal, List<String> figuresA, List<String> figuresB) {
        short[] a = new short[64];
        short[] b = new short[64];
        for (int i = 0; i < 64; i++) {
            a[i] = (short) (i + 1);
            b[i] = (short) (i < equal ? i + 1 : 1000 + i);
        }
        return new ArticleSketch[] {
                new ArticleSketch(a, 100, NumberSketch.of(figuresA, 12)),
                new ArticleSketch(b, 100, NumberSketch.of(figuresB, 12))};
    }

    @Test
    void highOverlapWithoutFiguresIsTheSameStory() {
        ArticleSketch[] p = pair(40, List.of(), List.of());
        NearMatch m = rule.judge(p[0], p[1]);
        assertThat(m).isNotNull();
        assertThat(m.basis()).isEqualTo(NearMatch.Basis.WORDING);
        assertThat(m.similarity()).isCloseTo(40 / 64.0, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void conflictingFiguresVetoHighOverlap() {
        ArticleSketch[] p = pair(40, List.of("612", "546", "590", "8.4"), List.of("498", "541", "530", "7.6"));
        assertThat(rule.judge(p[0], p[1])).isNull();
    }

    @Test
    void moderateOverlapNeedsAgreeingFigures() {
        ArticleSketch[] agree = pair(26, List.of("320", "680", "40", "90"), List.of("320", "680", "40", "90", "5"));
        ArticleSketch[] none = pair(26, List.of(), List.of());
        ArticleSketch[] differ = pair(26, List.of("22", "2019"), List.of("9", "35", "2019"));
        assertThat(rule.judge(agree[0], agree[1])).extracting(NearMatch::basis).isEqualTo(NearMatch.Basis.FIGURES);
        assertThat(rule.judge(none[0], none[1])).isNull();
        assertThat(rule.judge(differ[0], differ[1])).isNull();
    }

    @Test
    void aSingleSharedFigureNeedsMoreWords() {
        ArticleSketch[] weak = pair(22, List.of("2019"), List.of("2019", "9"));
        ArticleSketch[] strong = pair(30, List.of("240"), List.of("240"));
        assertThat(rule.judge(weak[0], weak[1])).isNull();
        assertThat(rule.judge(strong[0], strong[1])).isNotNull();
    }

    @Test
    void briefsAreNeverNearDuplicates() {
        ArticleSketch[] p = pair(60, List.of(), List.of());
        ArticleSketch brief = new ArticleSketch(p[1].minHash(), 11, p[1].numbers());
        assertThat(rule.judge(p[0], p[1])).isNotNull();
        assertThat(rule.judge(p[0], brief)).isNull();
        assertThat(rule.judge(brief, p[0])).isNull();
    }

    @Test
    void lowOverlapIsNeverTheSameStory() {
        ArticleSketch[] p = pair(15, List.of("1", "2", "3"), List.of("1", "2", "3"));
        assertThat(rule.judge(p[0], p[1])).isNull();
    }
}
