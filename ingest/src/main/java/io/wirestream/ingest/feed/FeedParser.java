package io.wirestream.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.wirestream.ingest.fetch.Charsets;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.JDOMException;

/**
 * RSS 0.9x/2.0, RDF (RSS 1.0) and Atom bytes to {@link FeedItem}s with Rome, on a document parsed by
 * {@link SafeXml} (so Rome never sees a DOCTYPE). Relative links are resolved against the feed's URL.
 */
public final class FeedParser {

    /** The feed could not be read as a feed; the message is the reason for the log. */
    public static final class NotAFeed extends Exception {
        NotAFeed(String reason) {
            super(reason);
        }
    }

    /** The items, and a note when the charset had to be guessed. */
    public record Parsed(List<FeedItem> items, String charsetNote) {
    }

    public Parsed parse(byte[] bytes, String contentType, URI base) throws NotAFeed {
        Charsets.Decoded decoded = Charsets.decode(bytes, contentType);
        Document document;
        try {
            document = SafeXml.parse(decoded.text());
        } catch (JDOMException e) {
            throw new NotAFeed("not well-formed XML (or it has a DOCTYPE, which is refused): " + e.getMessage());
        } catch (IOException e) {
            throw new NotAFeed("cannot read the XML: " + e.getMessage());
        }
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(document);
        } catch (FeedException | IllegalArgumentException e) {
            throw new NotAFeed("XML but not RSS, RDF or Atom (root <" + document.getRootElement().getName() + ">): "
                    + e.getMessage());
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            items.add(toItem(entry, feed.getLanguage(), base));
        }
        return new Parsed(items, decoded.guessed() ? "declared charset did not match the bytes; read as "
                + decoded.charset().name() : null);
    }

    private static FeedItem toItem(SyndEntry entry, String language, URI base) {
        String content = entry.getContents().stream().map(SyndContent::getValue).filter(v -> v != null && !v.isBlank())
                .findFirst().map(HtmlText::of).orElse("");
        String summary = entry.getDescription() == null ? "" : HtmlText.of(entry.getDescription().getValue());
        boolean summaryOnly = content.isBlank();
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        String title = entry.getTitle() == null ? null : HtmlText.of(entry.getTitle());
        return new FeedItem(linkOf(entry, base), title == null || title.isBlank() ? null : title,
                summaryOnly ? summary : content, summaryOnly, date == null ? null : date.toInstant(),
                language == null || language.isBlank() ? null : language.trim());
    }

    private static String linkOf(SyndEntry entry, URI base) {
        String link = entry.getLink();
        if (link == null || link.isBlank()) {
            String uri = entry.getUri(); // an RSS guid or Atom id: a link only when it is an http(s) URL
            link = uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri : null;
        }
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return base.resolve(link.trim()).toString();
        } catch (IllegalArgumentException e) {
            return link.trim();
        }
    }
}
