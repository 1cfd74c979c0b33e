package io.wirestream.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.wirestream.dedup.corpus.LabelledCorpus;
import io.wirestream.dedup.sketch.Sketcher;
import io.wirestream.dedup.text.TextNormaliser;
import io.wirestream.dedup.text.Tokeniser;

/** The one-pass analysis must equal the readable String-based path it optimises. */
class ArticleAnalyserTest {

    private final DedupConfig config = DedupConfig.defaults();
    private final ArticleAnalyser analyser = new ArticleAnalyser(config);
    private final Sketcher sketcher = new Sketcher(config);

    @Test
    void equalsTheStringPathOnEveryCorpusArticle() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        for (LabelledCorpus.Line line : LabelledCorpus.load().lines()) {
            assertSamePaths(mapper.readTree(line.json()).get("body").asText());
        }
    }

    @Test
    void equalsTheStringPathOnAwkwardText() {
        for (String text : List.of("", "...", "Ünïcödé ＦＵＬＬ ﬁnance 3,200 6.25% \uD835\uDFCE\uD835\uDFCF",
                "İstanbul ΣΊΣΥΦΟΣ 𝔘𝔫𝔦 \uD800 x", "a s t 1 2 the process damascus talks")) {
            assertSamePaths(text);
        }
    }

    private void assertSamePaths(String text) {
        ArticleAnalysis fast = analyser.analyse(text);
        List<String> tokens = Tokeniser.tokens(TextNormaliser.normalise(text));
        if (tokens.isEmpty()) {
            assertThat(fast.hasWords()).isFalse();
            return;
        }
        assertThat(fast.fingerprint()).isEqualTo(ContentFingerprint.ofTokens(tokens));
        assertThat(fast.fingerprint().hex()).isEqualTo(ContentFingerprint.of(text));
        assertThat(fast.sketch()).isEqualTo(sketcher.sketch(tokens));
    }
}
