package io.wirestream.ingest.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.schemas.EventTimes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, byline and publication time of an article page, from what publishers put there for machines: JSON-LD
 * ({@code NewsArticle}/{@code Article}), Open Graph and article {@code <meta>}, then the visible {@code <h1>},
 * {@code <time>} and byline elements.
 */
final class PageMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PageMetadata() {
    }

    static String title(Document doc, List<JsonNode> ld) {
        for (JsonNode node : ld) {
            if (node.hasNonNull("headline")) {
                return node.get("headline").asText().strip();
            }
        }
        String og = meta(doc, "og:title");
        if (og != null) {
            return og;
        }
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return doc.title().isBlank() ? null : doc.title().strip();
    }

    static String byline(Document doc, List<JsonNode> ld) {
        for (JsonNode node : ld) {
            JsonNode author = node.get("author");
            if (author != null) {
                JsonNode first = author.isArray() && !author.isEmpty() ? author.get(0) : author;
                String name = first.isObject() ? first.path("name").asText(null) : first.asText(null);
                if (name != null && !name.isBlank()) {
                    return name.strip();
                }
            }
        }
        String meta = meta(doc, "author");
        if (meta != null) {
            return meta;
        }
        Element byline = doc.selectFirst("[rel=author], .byline, .author, [itemprop=author]");
        return byline == null || byline.text().isBlank() ? null : byline.text().strip();
    }

    static Instant publishedAt(Document doc, List<JsonNode> ld) {
        for (JsonNode node : ld) {
            Instant t = parse(node.path("datePublished").asText(null));
            if (t != null) {
                return t;
            }
        }
        for (String name : List.of("article:published_time", "og:article:published_time", "datePublished",
                "pubdate", "date")) {
            Instant t = parse(meta(doc, name));
            if (t != null) {
                return t;
            }
        }
        Element time = doc.selectFirst("article time[datetime], time[datetime]");
        return time == null ? null : parse(time.attr("datetime"));
    }

    /** The JSON-LD objects of the page that describe an article (also inside an {@code @graph}). */
    static List<JsonNode> articleJsonLd(Document doc) {
        List<JsonNode> articles = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), articles);
            } catch (Exception malformed) {
                // a broken JSON-LD block is common; the other sources still count
            }
        }
        return articles;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
            return;
        }
        if (node.has("@graph")) {
            collect(node.get("@graph"), out);
        }
        String type = node.path("@type").toString();
        if (type.contains("Article") || type.contains("BlogPosting") || type.contains("Report")) {
            out.add(node);
        }
    }

    private static String meta(Document doc, String name) {
        Element meta = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name
                + "]");
        if (meta == null) {
            return null;
        }
        String content = meta.attr("content").strip();
        return content.isEmpty() ? null : content;
    }

    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        // pages write anything after the date ("2025-10-13 at 07:00"): the date alone is better than nothing
        return EventTimes.tryParse(v).or(() -> v.length() > 10 ? EventTimes.tryParse(v.substring(0, 10))
                : java.util.Optional.empty()).orElse(null);
    }
}
