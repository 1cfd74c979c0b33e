package io.wirestream.ingest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.wirestream.ingest.ArticlePublisher;
import io.wirestream.ingest.InputArticle;
import io.wirestream.ingest.InputProblem;
import io.wirestream.ingest.JsonArticles;
import io.wirestream.ingest.JsonLinesReader;
import io.wirestream.ingest.service.SourceMetrics;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /articles}: one JSON article, or JSON Lines (the offline input shape). Every good article is
 * produced and the answer waits for the broker's acknowledgement (acks=all) before it says 200. Answers:
 * <ul>
 *   <li>200 {@code {"ids":[{"line","id"}],"errors":[{"line","field","reason"}]}}: at least one article taken (the
 *   bad lines, if any, are listed and were not produced);</li>
 *   <li>400 with the same shape: no article in the body could be taken (not JSON, no body field, ...);</li>
 *   <li>413: the body is over {@code ingest.http.max.bytes};</li>
 *   <li>503 with the ids acknowledged and those not: the broker did not take every article; the client sends
 *   the batch again (the ids are deterministic, so the repeats are REDELIVERY downstream).</li>
 * </ul>
 */
public final class ArticlesHandler {

    private static final Logger log = LoggerFactory.getLogger(ArticlesHandler.class);

    private final long maxBytes;
    private final JsonArticles jsonArticles;
    private final JsonLinesReader jsonLines;
    private final ArticlePublisher publisher;
    private final SourceMetrics metrics;
    private final ObjectMapper strictJson = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public ArticlesHandler(long maxBytes, JsonArticles jsonArticles, ArticlePublisher publisher,
                           SourceMetrics metrics) {
        this.maxBytes = maxBytes;
        this.jsonArticles = jsonArticles;
        this.jsonLines = new JsonLinesReader(maxBytes, jsonArticles);
        this.publisher = publisher;
        this.metrics = metrics;
    }

    void handle(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        byte[] body = declared != null && declared.chars().allMatch(Character::isDigit) && declared.length() < 19
                && Long.parseLong(declared) > maxBytes ? null : readAtMost(exchange.getRequestBody(), maxBytes);
        if (body == null) {
            metrics.error();
            log.warn("source http: request body over the limit of {} bytes, refused", maxBytes);
            ArticleEndpoint.json(exchange, 413, Map.of("error", "body is over the limit of " + maxBytes + " bytes"));
            return;
        }
        List<Taken> taken = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        parse(body, taken, problems);
        metrics.fetched(taken.size());
        metrics.fresh(taken.size());
        problems.forEach(problem -> {
            metrics.error();
            log.warn("source http: skipped {}", problem);
        });
        if (taken.isEmpty()) {
            ArticleEndpoint.json(exchange, 400, answer(List.of(), problems, List.of()));
            return;
        }
        for (Taken t : taken) {
            t.send = publisher.publish(t.article);
        }
        publisher.flush();
        List<Taken> acknowledged = new ArrayList<>();
        List<Map<String, Object>> failed = new ArrayList<>();
        for (Taken t : taken) {
            try {
                t.send.join();
                metrics.acknowledged();
                acknowledged.add(t);
            } catch (CompletionException e) {
                metrics.error();
                failed.add(row(t.line, "id", t.id, "reason", String.valueOf(e.getCause())));
            }
        }
        ArticleEndpoint.json(exchange, failed.isEmpty() ? 200 : 503, answer(acknowledged, problems, failed));
    }

    /** One JSON value for the whole body when it is one; else JSON Lines. */
    private void parse(byte[] body, List<Taken> taken, List<InputProblem> problems) throws IOException {
        JsonNode whole = wholeDocument(body);
        if (whole != null) {
            jsonArticles.toArticle("http", 1, whole, "body", a -> taken.add(new Taken(1, a)), problems::add);
            return;
        }
        jsonLines.read(new ByteArrayInputStream(body), "http", a -> taken.add(new Taken(lineOf(a), a)),
                problems::add);
    }

    private JsonNode wholeDocument(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
            JsonNode node = strictJson.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (CharacterCodingException | JsonProcessingException e) {
            return null; // JSON Lines, or bad: the line reader names the line
        }
    }

    private static int lineOf(InputArticle article) {
        String origin = article.origin();
        return Integer.parseInt(origin.substring(origin.lastIndexOf(':') + 1));
    }

    private static Map<String, Object> answer(List<Taken> ids, List<InputProblem> problems,
                                              List<Map<String, Object>> failed) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ids", ids.stream().map(t -> row(t.line, "id", t.id)).toList());
        answer.put("errors", problems.stream().map(p -> row(p.line(), "field", p.field(), "reason", p.reason()))
                .toList());
        if (!failed.isEmpty()) {
            answer.put("notAcknowledged", failed);
        }
        return answer;
    }

    private static Map<String, Object> row(int line, Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("line", line);
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    /** The body, or null when it is longer than {@code limit} (read no further than that). */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return bytes.length > limit ? null : bytes;
    }

    private static final class Taken {
        final int line;
        final InputArticle article;
        final String id;
        CompletableFuture<?> send;

        Taken(int line, InputArticle article) {
            this.line = line;
            this.article = article;
            this.id = ArticlePublisher.idOf(article);
        }
    }
}
