package io.wirestream.local.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The hostile inputs of the fault suite. Lines ingest must refuse alone (and say why) or carry through, among good
 * ones; and records written to articles.raw past ingest, which enrich must dead-letter one by one. None may stop a
 * service or cost a good article.
 */
final class HostileInputs {

    /** A record written straight to articles.raw: what a broken or foreign producer could send. */
    record RawRecord(String name, byte[] key, byte[] value) {
    }

    private HostileInputs() {
    }

    /** JSON Lines in ingest's input shape; one line is not valid UTF-8. Returns the number of lines. */
    static int writeLines(Path file, String idPrefix) throws IOException {
        String big = "x".repeat(3 * 1024 * 1024);
        List<String> lines = new ArrayList<>();
        lines.add(json(idPrefix + "empty-body", "Wire", "Empty", "", "2025-03-01T10:00:00Z"));
        lines.add(json(idPrefix + "nbsp-body", "Wire", "Blank", "\u00a0\u00a0\u00a0", "2025-03-01T10:00:00Z"));
        lines.add(json(idPrefix + "nul", "Wire", "NUL inside", "The council met\u0000 on Monday to vote on the budget.",
                "2025-03-01T10:00:00Z"));
        lines.add(json(idPrefix + "long-id-" + "i".repeat(520), "Wire", "Long id", "A normal body of words here.",
                "2025-03-01T10:00:00Z"));
        lines.add(json(idPrefix + "long-source", "S".repeat(1_100), "Long source", "A normal body of words here.",
                "2025-03-01T10:00:00Z"));
        lines.add("{\"id\":\"" + idPrefix + "nested\",\"source\":{\"name\":{\"deep\":[1,[2,[3]]]}},\"body\":\"Nested.\"}");
        lines.add("{\"id\":\"" + idPrefix + "huge-number\",\"source\":\"Wire\",\"body\":\"Numbers.\",\"publishedAt\":"
                + "1" + "0".repeat(400) + "}");
        lines.add(json(idPrefix + "rtl", "Wire", "\u0627\u0644\u0639\u0646\u0648\u0627\u0646",
                "\u0642\u0627\u0644\u062a \u0627\u0644\u0648\u0632\u0627\u0631\u0629 \u064a\u0648\u0645 \u0627\u0644\u0627\u062b\u0646\u064a\u0646 "
                        + "\u0625\u0646 \u0627\u0644\u0645\u0639\u0628\u0631 \u0633\u064a\u0641\u062a\u062d \u063a\u062f\u0627.",
                "2025-03-01T10:00:00Z"));
        lines.add(json(idPrefix + "emoji", "Wire", "Fans \uD83C\uDF89", "Fans celebrated \uD83C\uDF89\uD83C\uDFC6 in the "
                + "square until late on Sunday night.", "2025-03-01T10:00:00Z"));
        lines.add(json(idPrefix + "pre-1970", "Wire", "Archive", "An archive piece about the 1960 elections.",
                "1960-06-30T00:00:00Z"));
        lines.add(json(idPrefix + "far-future", "Wire", "Future", "A story dated two days ahead by a broken clock.",
                java.time.Instant.now().plus(java.time.Duration.ofDays(2)).toString()));
        lines.add(json(idPrefix + "oversized", "Wire", "Huge", big, "2025-03-01T10:00:00Z"));
        lines.add("this is not JSON at all");
        lines.add("[\"an\", \"array\"]");
        lines.add("{\"id\": \"\", \"body\": \"An empty id.\"}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : lines) {
            out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        // one line that is not UTF-8: only it may be lost
        out.writeBytes(("{\"id\":\"" + idPrefix + "bad-utf8\",\"body\":\"caf").getBytes(StandardCharsets.UTF_8));
        out.write(0xE9);
        out.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(file, out.toByteArray());
        return lines.size() + 1;
    }

    private static String json(String id, String source, String title, String body, String published) {
        com.fasterxml.jackson.databind.node.ObjectNode node = new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode();
        node.put("id", id).put("source", source).put("title", title).put("body", body).put("publishedAt", published);
        return node.toString();
    }

    /**
     * Records past ingest: each must become one dead letter.
     *
     * @param good a valid raw record's value (wire format, a registered schema), taken from articles.raw
     */
    static List<RawRecord> rawRecords(String idPrefix, byte[] good) {
        byte[] key = (idPrefix + "raw").getBytes(StandardCharsets.UTF_8);
        byte[] trailing = Arrays.copyOf(good, good.length + 3);
        return List.of(
                new RawRecord("truncated Avro", key("truncated-avro", idPrefix), Arrays.copyOf(good, good.length / 2)),
                new RawRecord("trailing bytes", key("trailing", idPrefix), trailing),
                new RawRecord("key differs from id", key("other-key", idPrefix), good),
                new RawRecord("no magic byte", key("nomagic", idPrefix), "{\"id\":\"plain json\"}".getBytes(StandardCharsets.UTF_8)),
                new RawRecord("unknown schema id", key("unknownid", idPrefix), new byte[] {0, 0x7f, 0x7f, 0x7f, 0x7f, 2, 'a'}),
                new RawRecord("truncated header", key("truncated", idPrefix), new byte[] {0, 0, 0}),
                new RawRecord("tombstone", key, null),
                new RawRecord("empty value", key("empty", idPrefix), new byte[0]));
    }

    private static byte[] key(String name, String idPrefix) {
        return (idPrefix + name).getBytes(StandardCharsets.UTF_8);
    }
}
