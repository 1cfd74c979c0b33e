package io.wirestream.ingest.feed;

import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Feed HTML (an item's description or content) to plain text: paragraphs apart by a blank line, no markup. */
final class HtmlText {

    private HtmlText() {
    }

    static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("script, style, iframe, object, noscript").remove();
        var blocks = doc.select("p, h1, h2, h3, h4, h5, h6, li, blockquote");
        if (blocks.isEmpty()) {
            return doc.body().text().strip();
        }
        return blocks.stream().filter(e -> e.parents().stream().noneMatch(p -> blocks.contains(p)))
                .map(Element::text).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }
}
