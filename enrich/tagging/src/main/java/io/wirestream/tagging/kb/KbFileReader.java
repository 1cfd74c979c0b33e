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
    /** Longest alias: names are words, not paragraphs (the longest bundled one has 71 chars). */
    public static final int MAX_ALIAS_CHARS = 200;
    /** Most aliases one entry may carry. */
    public static final int MAX_ALIASES_PER_ENTRY = 1_000;
    /**
     * Most names (canonical names plus aliases) one file may hold. The loaded KB costs about 1 KB of heap per name
     * (bundled: 3.6 MB for ~3,700 entries and their aliases), so this caps a user file near 200 MB of heap;
     * docs/tagging.md gives the bound.
     */
    public static final int MAX_NAMES_PER_FILE = 200_000;
    /** A Wikidata item id, or a local id with a prefix of its own ({@code ws:person:…}, {@code newsroom:…}). */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("Q[1-9][0-9]*|[a-z][a-z0-9_-]*:\\S+");

    private KbFileReader() {
    }

    public static List<KbEntry> read(BufferedReader reader, String sourceName, int priority) throws IOException {
        List<KbEntry> out = new ArrayList<>();
        java.util.Map<String, Integer> idLines = new java.util.HashMap<>();
        long names = 0;
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
            KbEntry entry = parse(trimmed, sourceName, lineNo, priority);
            Integer first = idLines.putIfAbsent(entry.id(), lineNo);
            if (first != null) {
                throw fail(sourceName, lineNo, "duplicate id \"" + entry.id() + "\" (first on line " + first
                        + "): one line per entity");
            }
            names += 1 + entry.aliases().size();
            if (names > MAX_NAMES_PER_FILE) {
                throw fail(sourceName, lineNo, "more than " + MAX_NAMES_PER_FILE + " names and aliases in one file "
                        + "(the heap bound of docs/tagging.md); split the file or drop rarely used aliases");
            }
            out.add(entry);
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
        if (!ID.matcher(id).matches()) {
            throw fail(source, lineNo, "id \"" + abbreviate(id) + "\" is neither a Wikidata QID (Q42) nor a local id "
                    + "with a prefix (ws:person:jane-doe)");
        }
        List<String> aliases = strings(node, "aliases", source, lineNo);
        if (aliases.size() > MAX_ALIASES_PER_ENTRY) {
            throw fail(source, lineNo, aliases.size() + " aliases (at most " + MAX_ALIASES_PER_ENTRY + " per entity)");
        }
        for (String alias : aliases) {
            checkLength(alias, "alias", source, lineNo);
        }
        checkLength(name, "name", source, lineNo);
        java.util.Map<String, String> sameAs = sameAs(node, source, lineNo);
        Set<String> exact = new HashSet<>(strings(node, "exactCase", source, lineNo));
        boolean needsContext = node.path("needsContext").asBoolean(false);
        String country = country(node, source, lineNo);
        Set<String> inCountryOnly = new HashSet<>(strings(node, "inCountryOnly", source, lineNo));
        for (String alias : inCountryOnly) {
            if (!alias.equals(name) && !aliases.contains(alias)) {
                throw fail(source, lineNo, "\"inCountryOnly\" lists \"" + abbreviate(alias) + "\", which is neither "
                        + "the name nor an alias");
            }
        }
        if (!inCountryOnly.isEmpty() && country == null) {
            throw fail(source, lineNo, "\"inCountryOnly\" needs the entity's \"country\"");
        }
        return new KbEntry(id, name, type, aliases, exact, needsContext, priority, sameAs, country, inCountryOnly);
    }

    /** {@code "country":"US"}: an ISO 3166-1 alpha-2 code, or absent. */
    private static String country(JsonNode node, String source, int lineNo) {
        JsonNode v = node.get("country");
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() || !v.asText().matches("[A-Za-z]{2}")) {
            throw fail(source, lineNo, "\"country\" must be an ISO 3166-1 alpha-2 code such as \"US\"");
        }
        return v.asText().toUpperCase(Locale.ROOT);
    }

    private static void checkLength(String text, String what, String source, int lineNo) {
        if (text.length() > MAX_ALIAS_CHARS) {
            throw fail(source, lineNo, what + " of " + text.length() + " chars (at most " + MAX_ALIAS_CHARS + "): \""
                    + abbreviate(text) + "\"");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** {@code "sameAs":{"geonames":"170654","iso3166":"SY","ws":"ws:geonames:170654"}}: the entity's ids elsewhere. */
    private static java.util.Map<String, String> sameAs(JsonNode node, String source, int lineNo) {
        JsonNode v = node.get("sameAs");
        if (v == null || v.isNull()) {
            return java.util.Map.of();
        }
        if (!v.isObject()) {
            throw fail(source, lineNo, "\"sameAs\" must be an object of strings ({\"geonames\":\"170654\"})");
        }
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (var field : v.properties()) { // properties(): fields() is deprecated in Jackson 2.19
            if (!field.getValue().isTextual()) {
                throw fail(source, lineNo, "\"sameAs\" must be an object of strings ({\"geonames\":\"170654\"})");
            }
            out.put(field.getKey(), field.getValue().asText());
        }
        return out;
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
