package io.wirestream.tagging;

/** One occurrence of an entity: {@code [start, end)} are char offsets into the text given to {@link EntityTagger#tag}. */
public record Mention(int start, int end, String text) {
    public Mention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("mention offsets out of order: " + start + ".." + end);
        }
    }
}
