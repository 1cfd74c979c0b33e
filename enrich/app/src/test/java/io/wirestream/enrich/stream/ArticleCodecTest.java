package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.Origin;
import io.wirestream.schemas.avro.Edit;
import io.wirestream.schemas.avro.Flag;
import io.wirestream.schemas.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleCodecTest {

    private static final Instant PUBLISHED = Instant.parse("2025-01-24T09:00:00Z");
    private static final String BODY = "Officials met in Damascus on Monday.  The talks lasted two hours. ".repeat(40);

    private static ArticleInFlight article(Long ingestSequence, Instant published) {
        RawArticle raw = RawArticle.newBuilder().setId("a1").setSource("RCO").setUrl("https://example.org/a1")
                .setTitle("Talks  in Damascus").setBody(BODY).setLanguage(null).setPublishedAt(published)
                .setIngestedAt(PUBLISHED.plusSeconds(60)).setIngestSequence(ingestSequence).build();
        Origin origin = new Origin("articles.raw", 3, 41L, "a1".getBytes(StandardCharsets.UTF_8),
                "the original record".getBytes(StandardCharsets.UTF_8), PUBLISHED.toEpochMilli());
        return new ArticleInFlight(origin, raw);
    }

    private static void assertSame(ArticleInFlight read, ArticleInFlight written) {
        assertThat(read.raw()).isEqualTo(written.raw());
        assertThat(read.origin().toString()).isEqualTo(written.origin().toString());
        assertThat(read.origin().keyBytes()).isEqualTo(written.origin().keyBytes());
        assertThat(read.origin().valueBytes()).isEqualTo(written.origin().valueBytes());
        assertThat(read.origin().timestamp()).isEqualTo(written.origin().timestamp());
        assertThat(read.cleanTitle()).isEqualTo(written.cleanTitle());
        assertThat(read.cleanBody()).isEqualTo(written.cleanBody());
        assertThat(read.language()).isEqualTo(written.language());
        assertThat(read.edits()).isEqualTo(written.edits());
        assertThat(read.flags()).isEqualTo(written.flags());
        assertThat(read.contentFingerprint()).isEqualTo(written.contentFingerprint());
    }

    @Test
    void aCleanedArticleComesBackWithEveryField() {
        ArticleInFlight article = article(7L, PUBLISHED);
        article.cleaned("Talks in Damascus", BODY.replace("  ", " "), "en",
                List.of(new Edit("whitespace.collapse", 36, 38, "  ", " ")),
                List.of(new Flag("attribution.unsourced", 0, 9, "Officials")));
        article.fingerprinted("c0ffee");

        ArticleInFlight read = ArticleCodec.decode(ArticleCodec.encode(article));

        assertSame(read, article);
        assertThat(read.raw().getIngestSequence()).isEqualTo(7L);
    }

    @Test
    void anArticleWithoutPublicationTimeOrSequenceComesBackWithout() {
        ArticleInFlight article = article(null, null);
        article.fingerprinted("c0ffee");

        ArticleInFlight read = ArticleCodec.decode(ArticleCodec.encode(article));

        assertSame(read, article);
        assertThat(read.raw().getPublishedAt()).isNull();
        assertThat(read.raw().getIngestSequence()).isNull();
    }

    @Test
    void aTextCleanupLeftAsItWasIsStoredOnce() {
        ArticleInFlight untouched = article(1L, PUBLISHED);
        untouched.cleaned("Talks  in Damascus", BODY, "en", List.of(), List.of());
        ArticleInFlight edited = article(1L, PUBLISHED);
        edited.cleaned("Talks in Damascus", BODY.replace("  ", " "), "en", List.of(), List.of());

        byte[] once = ArticleCodec.encode(untouched);
        byte[] twice = ArticleCodec.encode(edited);

        assertThat(twice.length - once.length).isGreaterThan(BODY.length() - 40);
        assertSame(ArticleCodec.decode(once), untouched);
        assertSame(ArticleCodec.decode(twice), edited);
    }

    /** An entry parked by the build before version 2 (no sequence, both texts in full) is still read after an upgrade. */
    @Test
    void anEntryOfVersionOneIsStillRead() {
        Bin.Writer w = new Bin.Writer(64).byte1(1);
        w.string("articles.raw").int4(2).long8(9L).bytes(new byte[] {'k'}).bytes(new byte[] {'v'}).long8(5L);
        w.string("b1").string("RCO").string(null).string("Title").string("Body  text.").string(null);
        w.byte1(1).long8(PUBLISHED.toEpochMilli()).long8(PUBLISHED.plusSeconds(1).toEpochMilli());
        w.string("Title").string("Body text.").string("en");
        w.int4(1).string("whitespace.collapse").int4(4).int4(6).string("  ").string(" ");
        w.int4(0).string("fp");

        ArticleInFlight read = ArticleCodec.decode(w.toBytes());

        assertThat(read.id()).isEqualTo("b1");
        assertThat(read.origin().toString()).isEqualTo("articles.raw-2@9");
        assertThat(read.raw().getBody()).isEqualTo("Body  text.");
        assertThat(read.raw().getIngestSequence()).isNull();
        assertThat(read.cleanBody()).isEqualTo("Body text.");
        assertThat(read.edits()).hasSize(1);
        assertThat(read.contentFingerprint()).isEqualTo("fp");
    }

    @Test
    void anUnknownVersionIsRefusedNamingIt() {
        byte[] bytes = ArticleCodec.encode(article(1L, PUBLISHED));
        bytes[0] = 9;
        assertThatThrownBy(() -> ArticleCodec.decode(bytes)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 9");
    }
}
