package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void theSameUrlFromTheSameSourceGivesTheSameIdWhateverTheTracking() {
        String a = ArticleIds.of("RCO", "https://News.example.org/world/syria-1/?utm_source=x&b=2&a=1#top", "T", "B");
        String b = ArticleIds.of("rco", "https://news.example.org:443/world/syria-1?a=1&b=2", "Other", "Other body");
        assertThat(a).isEqualTo(b).startsWith("u-").hasSize(34);
    }

    @Test
    void anotherSourceOrPathGivesAnotherId() {
        String base = ArticleIds.of("RCO", "https://example.org/a", null, "B");
        assertThat(ArticleIds.of("AP", "https://example.org/a", null, "B")).isNotEqualTo(base);
        assertThat(ArticleIds.of("RCO", "https://example.org/b", null, "B")).isNotEqualTo(base);
    }

    @Test
    void withoutUrlTheNormalisedContentDecides() {
        String a = ArticleIds.of(null, null, "Talks  resume", "The talks\nresumed today.");
        String b = ArticleIds.of("x", " ", "talks resume", "  The talks resumed   today. ");
        assertThat(a).isEqualTo(b).startsWith("c-");
        assertThat(ArticleIds.of(null, null, "Talks resume", "The talks resumed tomorrow.")).isNotEqualTo(a);
    }

    @Test
    void canonicalUrlKeepsWhatIdentifiesThePage() {
        assertThat(ArticleIds.canonicalUrl("HTTP://Example.org:80/a/?fbclid=1&q=2"))
                .isEqualTo("http://example.org/a?q=2");
        assertThat(ArticleIds.canonicalUrl("not a url")).isEqualTo("not a url");
    }
}
