package io.wirestream.ingest.page;

import io.wirestream.ingest.feed.FullText;
import io.wirestream.ingest.fetch.Charsets;
import io.wirestream.ingest.fetch.FetchException;
import io.wirestream.ingest.fetch.Fetched;
import io.wirestream.ingest.fetch.Fetcher;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article behind a feed item's link: fetched with the service's {@link Fetcher} (same politeness, limits and
 * retries as the feeds), decoded with {@link Charsets} (BOM, header, {@code <meta>}), extracted by
 * {@link ArticleExtractor}. A page that fails is logged naming the source and the item keeps its summary.
 */
public final class PageReader implements FullText {

    private static final Logger log = LoggerFactory.getLogger(PageReader.class);

    private final Fetcher fetcher;
    private final ArticleExtractor extractor = new ArticleExtractor();

    public PageReader(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public Page fetch(String url, String source) throws InterruptedException {
        try {
            Fetched page = fetcher.get(URI.create(url), null, null);
            String type = page.contentType() == null ? "" : page.contentType().toLowerCase(java.util.Locale.ROOT);
            if (!type.isEmpty() && !type.contains("html")) {
                log.warn("source {}: page {} is {}, not HTML; the item keeps its summary", source, url, type);
                return null;
            }
            Charsets.Decoded text = Charsets.decode(page.body(), page.contentType());
            if (text.guessed()) {
                log.warn("source {}: page {}: declared charset did not match the bytes; read as {}", source, url,
                        text.charset().name());
            }
            PageArticle article = extractor.extract(text.text(), page.uri().toString());
            if (article.body().isBlank()) {
                log.warn("source {}: page {} has no article text the extractor could find; the item keeps its "
                        + "summary", source, url);
                return null;
            }
            return new Page(article.title(), article.body(), article.publishedAt());
        } catch (FetchException | IllegalArgumentException e) {
            log.warn("source {}: page {} not fetched ({}); the item keeps its summary", source, url, e.getMessage());
            return null;
        }
    }
}
