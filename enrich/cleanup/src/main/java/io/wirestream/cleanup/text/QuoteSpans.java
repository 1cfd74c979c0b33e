package io.wirestream.cleanup.text;

import java.util.BitSet;

/**
 * Which offsets lie inside a quotation, so word-level rules can leave quoted speech alone. Curly quotes
 * pair by direction; straight double quotes alternate within a paragraph. One linear pass.
 */
public final class QuoteSpans {
    private final BitSet inside;

    private QuoteSpans(BitSet inside) {
        this.inside = inside;
    }

    public static QuoteSpans of(String s) {
        BitSet bits = new BitSet(s.length());
        int curlyOpen = -1;
        int straightOpen = -1;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                // quotes do not carry over paragraphs for our purposes: an unclosed one covers to the line end
                if (curlyOpen >= 0) {
                    bits.set(curlyOpen, i);
                }
                if (straightOpen >= 0) {
                    bits.set(straightOpen, i);
                }
                curlyOpen = -1;
                straightOpen = -1;
            } else if (c == '\u201C' || c == '\u00AB') {
                if (curlyOpen < 0) {
                    curlyOpen = i;
                }
            } else if (c == '\u201D' || c == '\u00BB') {
                if (curlyOpen >= 0) {
                    bits.set(curlyOpen, i + 1);
                    curlyOpen = -1;
                }
            } else if (c == '"') {
                if (straightOpen < 0) {
                    straightOpen = i;
                } else {
                    bits.set(straightOpen, i + 1);
                    straightOpen = -1;
                }
            }
        }
        if (curlyOpen >= 0) {
            bits.set(curlyOpen, s.length());
        }
        if (straightOpen >= 0) {
            bits.set(straightOpen, s.length());
        }
        return new QuoteSpans(bits);
    }

    public boolean isQuoted(int offset) {
        return inside.get(offset);
    }
}
