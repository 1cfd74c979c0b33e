package io.wirestream.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.schemas.RecordLimits;
import io.wirestream.schemas.EventTimes;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * One JSON object in the offline input shape ({@code {"id","source","url","title","body","language","publishedAt"}})
 * to an {@link InputArticle}, or a problem naming the field. Shared by files, stdin and the HTTP endpoint.
 */
public final class JsonArticles {

    private final String defaultSource;

    public JsonArticles(String defaultSource) {
        this.defaultSource = defaultSource;
    }

    /**
     * @param origin where the node came from (file, {@code stdin}, {@code http})
     * @param line   its line in JSON Lines input, 0 otherwise
     * @param what   what the node is, for the problem text ("line", "element 3", "document")
     */
    public void toArticle(String origin, int line, JsonNode node, String what, Consumer<InputArticle> articles,
                          Consumer<InputProblem> problems) {
        if (node == null || !node.isObject()) {
            problems.accept(new InputProblem(origin, line, what + " is not a JSON object"));
            return;
        }
        String body = text(node, "body");
        if (Text.isBlank(body)) {
            problems.accept(new InputProblem(origin, line, "body", "empty or missing \"body\""));
            return;
        }
        String id = text(node, "id");
        if (id != null && Text.isBlank(id)) {
            problems.accept(new InputProblem(origin, line, "id", "\"id\" holds only invisible characters"));
            return;
        }
        Instant publishedAt;
        try {
            publishedAt = parseTime(text(node, "publishedAt"));
        } catch (IllegalArgumentException e) {
            problems.accept(new InputProblem(origin, line, "publishedAt", "unreadable \"publishedAt\": "
                    + text(node, "publishedAt")));
            return;
        }
        String source = text(node, "source");
        if (id != null && id.length() > RecordLimits.MAX_ID_CHARS) {
            problems.accept(new InputProblem(origin, line, "id", "\"id\" is " + id.length() + " characters, over the "
                    + RecordLimits.MAX_ID_CHARS + " an id may be"));
            return;
        }
        if (source != null && source.length() > RecordLimits.MAX_SOURCE_CHARS) {
            problems.accept(new InputProblem(origin, line, "source", "\"source\" is " + source.length()
                    + " characters, over the " + RecordLimits.MAX_SOURCE_CHARS + " a source name may be"));
            return;
        }
        String oversize = ArticlePublisher.oversize(id, source, text(node, "url"), text(node, "title"), body,
                text(node, "language"));
        if (oversize != null) {
            problems.accept(new InputProblem(origin, line, "body", oversize));
            return;
        }
        articles.accept(new InputArticle(Text.stripInvisible(id), source == null ? defaultSource : source,
                text(node, "url"), text(node, "title"), body, text(node, "language"), publishedAt,
                origin + (line > 0 ? ":" + line : "")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The forms {@link EventTimes} reads (ISO instant, offset, local as UTC, date, RFC 1123); null when blank. */
    static Instant parseTime(String value) {
        return EventTimes.parse(value);
    }
}
