package io.wirestream.sink.row;

/** One mention of an entity: [start, end) of the article's clean body. */
public record MentionRow(String entityId, int start, int end, String text) {
}
