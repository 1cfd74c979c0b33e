package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.dedup.sketch.ArticleSketch;
import io.wirestream.dedup.sketch.NumberSketch;
import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.Origin;
import io.wirestream.schemas.avro.Edit;
import io.wirestream.schemas.avro.Flag;
import io.wirestream.schemas.avro.RawArticle;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The internal formats: every message and the carried article survive a round trip; damage is refused clearly. */
class DedupMessageTest {

    private static final ArticleSketch SKETCH = new ArticleSketch(new short[] {1, -2, 3, 32767, -32768}, 42,
            new NumberSketch(new short[] {7, 9}, 2));

    @Test
    void everyMessageRoundTrips() {
        List<DedupMessage> messages = List.of(
                new DedupMessage.FileRecord("id-1", null, -5L, SKETCH),
                new DedupMessage.BandProbe(Long.MIN_VALUE, "id-2", 1_700_000_000_000L, SKETCH),
                new DedupMessage.FileRecord("id-brief", "Coast Wire", 7L, null),
                new DedupMessage.ExactRequest("id-copy"),
                new DedupMessage.Heartbeat(),
                new DedupMessage.VerifyRequest("id-3 \u00e9\u4e2d", -9L, 1_700_000_000_001L, SKETCH),
                new DedupMessage.BandDone(16),
                new DedupMessage.Answer("cand", "Coast Wire", 99L, 0.625),
                DedupMessage.Answer.rejected());
        for (DedupMessage m : messages) {
            DedupMessage back = DedupMessage.decode(DedupMessage.encode(m));
            assertThat(back).usingRecursiveComparison().isEqualTo(m);
        }
        assertThat(DedupMessage.encode(new DedupMessage.Heartbeat())).isEqualTo(DedupMessage.HEARTBEAT_BYTES);
        assertThat(DedupMessage.isHeartbeat(DedupMessage.HEARTBEAT_BYTES)).isTrue();
        assertThat(DedupMessage.isHeartbeat(DedupMessage.encode(new DedupMessage.BandDone(8)))).isFalse();
        byte[] article = {1, 2, 3};
        var pending = (DedupMessage.PendingArticle) DedupMessage.decode(
                DedupMessage.encode(DedupMessage.PendingArticle.near(article, 17)));
        assertThat(pending.bandCount()).isEqualTo(17);
        assertThat(pending.exact()).isFalse();
        assertThat(pending.article()).isEqualTo(article);
        var copy = (DedupMessage.PendingArticle) DedupMessage.decode(
                DedupMessage.encode(DedupMessage.PendingArticle.exactCopy(article)));
        assertThat(copy.exact()).isTrue();
        assertThat(copy.bandCount()).isZero();
        assertThat(copy.article()).isEqualTo(article);
    }

    @Test
    void damagedMessagesRaiseIllegalArgumentNamingTheProblem() {
        byte[] probe = DedupMessage.encode(new DedupMessage.BandProbe(1, "id", 2, SKETCH));
        assertThatThrownBy(() -> DedupMessage.decode(Arrays.copyOf(probe, probe.length - 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> DedupMessage.decode(new byte[] {42}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown dedup message tag 42");
        assertThatThrownBy(() -> DedupMessage.decode(new byte[0])).isInstanceOf(IllegalArgumentException.class);
        // a length prefix claiming two gigabytes is refused without allocating them
        assertThatThrownBy(() -> DedupMessage.decode(new byte[] {3, 0x7f, -1, -1, -1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
    }

    @Test
    void theCarriedArticleKeepsItsOriginAndEverythingCleanupAdded() {
        RawArticle raw = RawArticle.newBuilder().setId("a1").setSource("RCO").setTitle("T").setBody("Body \uD83D\uDE00 \u00e9 x")
                .setLanguage("en").setPublishedAt(Instant.ofEpochMilli(1234)).setIngestedAt(Instant.ofEpochMilli(5678))
                .build();
        ArticleInFlight article = new ArticleInFlight(
                new Origin("articles.raw", 3, 77, new byte[] {1}, new byte[] {0, 9, 9}, 1234), raw);
        article.cleaned("Clean T", "Clean body", "en", List.of(new Edit("rule", 0, 4, "Body", "body")),
                List.of(new Flag("could-x", 1, 2, "o")));
        article.fingerprinted("00ff");

        ArticleInFlight back = ArticleCodec.decode(ArticleCodec.encode(article));
        assertThat(back.origin()).usingRecursiveComparison().isEqualTo(article.origin());
        assertThat(back.raw()).isEqualTo(raw);
        assertThat(back.cleanTitle()).isEqualTo("Clean T");
        assertThat(back.cleanBody()).isEqualTo("Clean body");
        assertThat(back.language()).isEqualTo("en");
        assertThat(back.edits()).isEqualTo(article.edits());
        assertThat(back.flags()).isEqualTo(article.flags());
        assertThat(back.contentFingerprint()).isEqualTo("00ff");
    }

    @Test
    void anArticleTooLargeToRepartitionIsRefusedAndOneThatFitsWithoutItsOriginalBytesDropsThem() {
        RawArticle raw = RawArticle.newBuilder().setId("big").setBody("w ".repeat(150_000))
                .setIngestedAt(Instant.EPOCH).build();
        ArticleInFlight fits = new ArticleInFlight(new Origin("t", 0, 0, null, new byte[400_000], 0), raw);
        assertThat(ArticleCodec.decode(ArticleCodec.encode(fits)).origin().valueBytes()).isNull();

        RawArticle huge = RawArticle.newBuilder().setId("huge").setBody("w ".repeat(300_000))
                .setIngestedAt(Instant.EPOCH).build();
        ArticleInFlight tooBig = new ArticleInFlight(new Origin("t", 0, 0, null, null, 0), huge);
        assertThatThrownBy(() -> ArticleCodec.encode(tooBig)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large for the dedup repartition topics");
    }

    @Test
    void progressIsCompleteOnlyWhenTheArticleEveryBandAndEveryAnswerAreIn() {
        GatherProcessor.Progress p = new GatherProcessor.Progress(10);
        p.bandsDone = 2;
        p.owed = 1;
        assertThat(p.complete()).isFalse(); // the article (and its band count) has not arrived
        p.bandCount = 3;
        assertThat(p.complete()).isFalse();
        p.bandsDone = 3;
        assertThat(p.complete()).isFalse(); // one answer owed
        p.answered = 1;
        p.consider(new DedupMessage.Answer("b", null, 5, 0.6));
        p.consider(new DedupMessage.Answer("a", null, 5, 0.6));
        p.consider(new DedupMessage.Answer("z", null, 1, 0.6));
        p.consider(new DedupMessage.Answer("y", null, 0, 0.55));
        p.consider(DedupMessage.Answer.rejected());
        assertThat(p.complete()).isTrue();
        GatherProcessor.Progress back = GatherProcessor.Progress.decode(p.encode());
        assertThat(back.best.candidateId()).isEqualTo("z"); // highest similarity, then earliest, then smallest id
        assertThat(back.bandCount).isEqualTo(3);
        assertThat(back.complete()).isTrue();
    }
}
