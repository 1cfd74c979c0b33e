package io.wirestream.cleanup.edit;

/** A rewrite proposed by one rule against the text that rule saw: {@code [start, end)} becomes {@code after}. */
public record LocalEdit(int start, int end, String after, String rule) {
    public LocalEdit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit range [" + start + "," + end + ")");
        }
    }

    boolean isInsertion() {
        return start == end;
    }
}
