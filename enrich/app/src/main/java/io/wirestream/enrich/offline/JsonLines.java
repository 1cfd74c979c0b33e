package io.wirestream.enrich.offline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an offline command over JSON Lines: one output line per input line, in input order. A line that cannot be
 * processed becomes {@code {"id":…, "line":N, "error":"…"}} on the output (and a message on stderr), so
 * the output stays aligned with the input and nothing is silently lost.
 */
public final class JsonLines {

    private static final Logger log = LoggerFactory.getLogger(JsonLines.class);
    static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {
    }

    /** Counts of one run. */
    public record Counts(long lines, long errors) {
    }

    public static Counts run(Path in, Path out, BiFunction<ObjectNode, Long, JsonNode> perLine) throws IOException {
        try (BufferedReader reader = in == null
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(in, StandardCharsets.UTF_8);
             Writer writer = out == null
                     ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                     : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            return run(reader, writer, perLine);
        }
    }

    public static Counts run(BufferedReader reader, Writer writer, BiFunction<ObjectNode, Long, JsonNode> perLine)
            throws IOException {
        long number = 0;
        long errors = 0;
        long lastReport = System.nanoTime();
        String line;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode result;
            try {
                JsonNode node = JSON.readTree(line);
                if (!(node instanceof ObjectNode object)) {
                    throw new IllegalArgumentException("line is not a JSON object");
                }
                result = perLine.apply(object, number);
            } catch (JsonProcessingException e) {
                errors++;
                result = error(null, number, "invalid JSON: " + e.getOriginalMessage());
            } catch (RuntimeException | StackOverflowError e) {
                errors++;
                result = error(idOf(line), number, e.getMessage() == null ? e.toString() : e.getMessage());
            }
            writer.write(JSON.writeValueAsString(result));
            writer.write('\n');
            if (System.nanoTime() - lastReport > 5_000_000_000L) {
                lastReport = System.nanoTime();
                log.info("{} lines done ({} errors)", number, errors);
            }
        }
        writer.flush();
        return new Counts(number, errors);
    }

    private static ObjectNode error(String id, long line, String message) {
        log.warn("line {}{}: {}", line, id == null ? "" : " (id " + id + ")", message);
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id);
        node.put("line", line);
        node.put("error", message);
        return node;
    }

    private static String idOf(String line) {
        try {
            JsonNode id = JSON.readTree(line).get("id");
            return id == null || id.isNull() ? null : id.asText();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Reads a required text field; a missing one is an error naming the field. */
    static String required(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing required field \"" + field + "\"");
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("field \"" + field + "\" must be a string");
        }
        return value.asText();
    }

    static String optional(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
