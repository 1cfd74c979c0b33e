package io.wirestream.ingest.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The main text of an article page, with jsoup and a small boilerplate remover in the manner of Readability:
 * <ol>
 *   <li>drop what is never article text: scripts, navigation, header/footer, forms, asides, and elements whose
 *   class or id says comments, related links, sharing, ads, newsletters and the like (unless it also says article
 *   or body);</li>
 *   <li>score each paragraph's container by the text it holds (length, commas), less its link text, and take the
 *   best container (half a paragraph's score goes to the grandparent, so an article split into sections wins);</li>
 *   <li>keep that container's paragraphs, headings, quotes and list items that read as prose: not mostly links,
 *   not a one-line "Read more" or caption.</li>
 * </ol>
 * Title, byline and time come from {@link PageMetadata}.
 */
public final class ArticleExtractor {

    private static final Pattern BOILERPLATE = Pattern.compile(
            "comment|disqus|respond|reply|related|recommend|more-stories|read-?more|outbrain|taboola|share|social|"
                    + "sharing|newsletter|subscribe|signup|promo|sponsor|advert|\\bads?\\b|ad-|banner|sidebar|widget|"
                    + "popular|trending|most-read|breadcrumb|cookie|consent|footer|masthead|menu|navbar|nav-|"
                    + "pagination|tags?\\b|topics|author-bio|about-author|caption|credit|skip|modal|paywall",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ARTICLE_HINT = Pattern.compile(
            "article|story|entry|post-?body|post-?content|content-?body|main-?text|body-?text|article-?body|"
                    + "articlebody|prose", Pattern.CASE_INSENSITIVE);
    private static final String PROSE = "p, h2, h3, h4, blockquote, li, pre";

    public PageArticle extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        List<JsonNode> ld = PageMetadata.articleJsonLd(doc);
        String title = PageMetadata.title(doc, ld);
        String byline = PageMetadata.byline(doc, ld);
        var publishedAt = PageMetadata.publishedAt(doc, ld);
        removeBoilerplate(doc);
        paragraphsFromBreaks(doc);
        Element best = bestContainer(doc);
        String body = best == null ? "" : proseOf(best, title);
        return new PageArticle(title, body, byline, publishedAt);
    }

    private static void removeBoilerplate(Document doc) {
        doc.select("script, style, noscript, template, svg, canvas, iframe, object, embed, form, button, input, "
                + "select, textarea, nav, footer, header:not(article header), aside, figure figcaption, "
                + "[hidden], [aria-hidden=true], [role=navigation], [role=complementary], [role=contentinfo], "
                + "[role=banner]").remove();
        List<Element> doomed = new ArrayList<>();
        for (Element e : doc.body() == null ? new Elements() : doc.body().getAllElements()) {
            if (e == doc.body() || e.tagName().equals("article") || e.tagName().equals("main")) {
                continue;
            }
            String names = e.className() + " " + e.id();
            if (names.isBlank()) {
                continue;
            }
            if (BOILERPLATE.matcher(names).find() && !ARTICLE_HINT.matcher(names).find()) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
    }

    /**
     * Older and hand-made pages separate paragraphs with {@code <br><br>} in a {@code <div>} or {@code <td>} instead
     * of {@code <p>}: such a block, holding text of its own and no paragraph, becomes paragraphs.
     */
    private static void paragraphsFromBreaks(Document doc) {
        for (Element block : doc.select("div, td")) {
            if (block.ownText().length() < 80 || !block.select("p, div, td, table").stream().allMatch(e -> e == block)) {
                continue;
            }
            String[] chunks = block.html().split("(?:<br\\s*/?>\\s*){2,}");
            if (chunks.length < 2) {
                continue;
            }
            block.empty();
            for (String chunk : chunks) {
                block.appendElement("p").html(chunk);
            }
        }
    }

    private static Element bestContainer(Document doc) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : doc.select("p, pre, blockquote")) {
            String text = p.text();
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + countOf(text, ',') + Math.min(3, text.length() / 100.0);
            score *= 1 - linkDensity(p);
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, score, Double::sum);
            Element grand = parent.parent();
            if (grand != null) {
                scores.merge(grand, score / 2, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            Element e = entry.getKey();
            String names = e.className() + " " + e.id() + " " + e.tagName();
            double score = entry.getValue() * (ARTICLE_HINT.matcher(names).find() ? 1.25 : 1.0)
                    * (1 - linkDensity(e));
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return best;
    }

    private static String proseOf(Element container, String title) {
        List<String> kept = new ArrayList<>();
        for (Element e : container.select(PROSE)) {
            if (!e.select(PROSE).stream().allMatch(inner -> inner == e)) {
                continue; // a block holding blocks: its children are taken one by one
            }
            String text = e.text().strip();
            if (text.isEmpty() || text.equals(title) || linkDensity(e) > 0.5) {
                continue;
            }
            boolean heading = e.tagName().matches("h[2-4]");
            boolean listItem = e.tagName().equals("li");
            if ((listItem && text.length() < 60) || (!heading && text.length() < 30 && !endsLikeSentence(text))) {
                continue;
            }
            kept.add(text);
        }
        return kept.stream().collect(Collectors.joining("\n\n"));
    }

    private static boolean endsLikeSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return (last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201d')
                && text.split("\\s+").length >= 4;
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return Math.min(1.0, links / (double) total);
    }

    private static int countOf(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
