package io.wirestream.sink.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where the next page of a list starts: just after the last row of this page in the list's order (rank, then
 * event time, then id, all descending). A keyset, not an offset, so rows sharing an event time are neither
 * skipped nor repeated and new rows do not shift the pages. Clients treat it as an opaque string: base64url of
 * a small JSON object naming the list it belongs to.
 *
 * @param list      which list issued it ("articles", "search", "entity") with its fixed parameters
 * @param rank      the search rank of the last row (0 for lists without a rank)
 * @param eventTime the last row's event time
 * @param id        the last row's id
 */
public record Cursor(String list, double rank, Instant eventTime, String id) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ENCODED_LENGTH = 2048;

    public String encode() {
        ObjectNode node = JSON.createObjectNode();
        node.put("l", list);
        node.put("r", rank);
        node.put("t", eventTime.toString());
        node.put("i", id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor in {@code raw}, which must have been issued by {@code expectedList}. */
    static Cursor decode(String raw, String expectedList) {
        if (raw.length() > MAX_ENCODED_LENGTH) {
            throw invalid("it is " + raw.length() + " characters long");
        }
        JsonNode node;
        try {
            node = JSON.readTree(Base64.getUrlDecoder().decode(raw.strip()));
        } catch (IllegalArgumentException | IOException e) {
            throw invalid("it is not one this API issued");
        }
        if (node == null || !node.path("l").isTextual() || !node.path("r").isNumber() || !node.path("t").isTextual()
                || !node.path("i").isTextual()) {
            throw invalid("it is not one this API issued");
        }
        if (!node.get("l").asText().equals(expectedList)) {
            throw invalid("it belongs to another list or other parameters; start again without it");
        }
        try {
            return new Cursor(expectedList, node.get("r").asDouble(), Instant.parse(node.get("t").asText()),
                    node.get("i").asText());
        } catch (DateTimeParseException e) {
            throw invalid("it is not one this API issued");
        }
    }

    private static BadRequestException invalid(String why) {
        return new BadRequestException("cursor is invalid: " + why);
    }
}
