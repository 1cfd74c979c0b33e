package io.wirestream.tagging.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.wirestream.tagging.EntityType;
import io.wirestream.tagging.TaggingInputException;

/**
 * Reads the knowledge-base file format: JSON Lines, one entity per line,
 * {@code {"id","name","type","aliases":[...],"exactCase":[...],"needsContext":false}}; blank lines and lines
 * starting with {@code #} or {@code //} are skipped; unknown fields are ignored. DATE entities are refused.
 */
public final class KbFileReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longest accepted line: a KB line is one entity, never a blob. */
    private static final int MAX_LINE = 64 * 1024;

    private KbFileReader() {
    }

    public static List<KbEntry> read(BufferedReader reader, String sourceName, int priority) throws IOException {
        List<KbEntry> out = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("//")) {
                continue;
            }
            if (trimmed.length() > MAX_LINE) {
                throw fail(sourceName, lineNo, "line longer than " + MAX_LINE + " chars");
            }
            out.add(parse(trimmed, sourceName, lineNo, priority));
        }
        return out;
    }

    private static KbEntry parse(String line, String source, int lineNo, int priority) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new TaggingInputException(source + ":" + lineNo + ": not a JSON object: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw fail(source, lineNo, "not a JSON object");
        }
        String id = text(node, "id", source, lineNo);
        String name = text(node, "name", source, lineNo);
        String typeName = text(node, "type", source, lineNo);
        EntityType type;
        try {
            type = EntityType.valueOf(typeName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail(source, lineNo, "unknown type \"" + typeName + "\" (PERSON, ORGANIZATION or LOCATION)");
        }
        if (type == EntityType.DATE) {
            throw fail(source, lineNo, "DATE entities are found by rules, not listed in the knowledge base");
        }
        List<String> aliases = strings(node, "aliases", source, lineNo);
        Set<String> exact = new HashSet<>(strings(node, "exactCase", source, lineNo));
        boolean needsContext = node.path("needsContext").asBoolean(false);
        return new KbEntry(id, name, type, aliases, exact, needsContext, priority);
    }

    private static String text(JsonNode node, String field, String source, int lineNo) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw fail(source, lineNo, "missing or empty \"" + field + "\"");
        }
        return v.asText().strip();
    }

    private static List<String> strings(JsonNode node, String field, String source, int lineNo) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw fail(source, lineNo, "\"" + field + "\" must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw fail(source, lineNo, "\"" + field + "\" must be an array of strings");
            }
            if (!item.asText().isBlank()) {
                out.add(item.asText().strip());
            }
        }
        return out;
    }

    private static TaggingInputException fail(String source, int lineNo, String why) {
        return new TaggingInputException(source + ":" + lineNo + ": " + why);
    }
}
