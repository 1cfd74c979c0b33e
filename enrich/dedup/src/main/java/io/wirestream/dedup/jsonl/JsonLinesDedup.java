package io.wirestream.dedup.jsonl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.wirestream.dedup.DedupInput;
import io.wirestream.dedup.Deduplicator;
import io.wirestream.dedup.InvalidArticleException;
import io.wirestream.dedup.Verdict;

/**
 * The JSON Lines form of deduplication (the core of {@code ./wirestream dedup}): one verdict line per input
 * line, in arrival order. Reads {@code cleanBody} when a cleanup stage has added it, else {@code body}.
 * Event time is {@code publishedAt}; a line without a usable one takes the current stream time, never the
 * wall clock, so a rerun gives the same verdicts.
 */
public final class JsonLinesDedup {

    private final ObjectMapper mapper = new ObjectMapper();
    private final Deduplicator deduplicator;
    private long lastEventTime = 0;

    public JsonLinesDedup(Deduplicator deduplicator) {
        this.deduplicator = deduplicator;
    }

    /** Judges every line of {@code in}, writing one verdict line each to {@code out}; returns the line count. */
    public long run(Reader in, Writer out) {
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
        long lineNumber = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                Verdict verdict;
                try {
                    verdict = judgeLine(line);
                } catch (InvalidArticleException e) {
                    throw new InvalidArticleException("line " + lineNumber + ": " + e.getMessage());
                }
                out.write(toJson(verdict));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lineNumber;
    }

    /** Judges one input line. */
    public Verdict judgeLine(String line) {
        return deduplicator.judge(toInput(line));
    }

    DedupInput toInput(String line) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException("not a JSON object: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidArticleException("not a JSON object");
        }
        String id = text(node, "id");
        String body = text(node, "cleanBody");
        if (body == null) {
            body = text(node, "body");
        }
        if (id == null) {
            throw new InvalidArticleException("article id is missing");
        }
        if (body == null) {
            throw new InvalidArticleException("article body is missing");
        }
        Long published = EventTimes.parse(text(node, "publishedAt"));
        long eventTime = published != null ? published : lastEventTime;
        lastEventTime = Math.max(lastEventTime, eventTime);
        return new DedupInput(id, text(node, "source"), text(node, "title"), body, eventTime);
    }

    String toJson(Verdict v) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", v.id());
        node.put("verdict", v.isDuplicate() ? "DUPLICATE" : "UNIQUE");
        if (v.kind() == null) {
            node.putNull("kind");
            node.putNull("duplicateOf");
        } else {
            node.put("kind", v.kind().name());
            node.put("duplicateOf", v.duplicateOf());
        }
        node.put("similarity", Math.round(v.similarity() * 10_000) / 10_000.0);
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
