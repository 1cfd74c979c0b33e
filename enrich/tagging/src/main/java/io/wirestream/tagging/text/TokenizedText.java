package io.wirestream.tagging.text;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/** A text and its tokens, in order. */
public final class TokenizedText {
    private final String text;
    private final List<Token> tokens;

    TokenizedText(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = new TokenList(tokens.toArray(new Token[0]));
    }

    /**
     * The tokens, unmodifiable, over an array. A class of our own rather than Collections.unmodifiableList: the
     * rules read tokens by index everywhere, and the JDK wrapper's call to the list inside it is shared with every
     * other wrapped list in the JVM, so the JIT could not inline it (a profile gave it a quarter of the samples).
     */
    private static final class TokenList extends AbstractList<Token> implements RandomAccess {
        private final Token[] tokens;

        TokenList(Token[] tokens) {
            this.tokens = tokens;
        }

        @Override
        public Token get(int index) {
            return tokens[Objects.checkIndex(index, tokens.length)]; // the exception ArrayList.get throws
        }

        @Override
        public int size() {
            return tokens.length;
        }
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int i) {
        return tokens.get(i);
    }

    /** The original characters of a token. */
    public String original(Token t) {
        return text.substring(t.start, t.end);
    }

    /** The characters between token {@code i - 1} and token {@code i} (from the start of the text for i = 0). */
    public String gapBefore(int i) {
        return text.substring(gapStart(i), tokens.get(i).start);
    }

    /**
     * Whether {@link #gapBefore(int) the gap before token i} is exactly {@code s}. Compared in place: the rules ask
     * this of many tokens, and a substring of each gap was most of what they cost.
     */
    public boolean gapIs(int i, String s) {
        int from = gapStart(i);
        int to = tokens.get(i).start;
        return to - from == s.length() && text.startsWith(s, from);
    }

    /** Whether the gap before token i is {@code s} once stripped of white space ({@code gapBefore(i).strip().equals(s)}). */
    public boolean strippedGapIs(int i, String s) {
        int from = strippedGapStart(i);
        int to = Math.max(from, strippedGapEnd(i)); // an all-white gap strips to nothing
        return to - from == s.length() && text.startsWith(s, from);
    }

    /** Whether the gap before token i, stripped of white space, ends with {@code c} ("X, known as": after a comma). */
    public boolean strippedGapEndsWith(int i, char c) {
        int to = strippedGapEnd(i);
        return to > gapStart(i) && text.charAt(to - 1) == c;
    }

    /** Whether the gap before token i, stripped of white space, starts with {@code c}. */
    public boolean strippedGapStartsWith(int i, char c) {
        int from = strippedGapStart(i);
        return from < tokens.get(i).start && text.charAt(from) == c;
    }

    // String.strip tests code points; no white space lies outside the BMP, so testing chars strips the same

    /** Where the gap before token i starts once leading white space is skipped (its end when all white). */
    private int strippedGapStart(int i) {
        int from = gapStart(i);
        int to = tokens.get(i).start;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /** Where the gap before token i ends once trailing white space is dropped (its start when all white). */
    private int strippedGapEnd(int i) {
        int from = gapStart(i);
        int to = tokens.get(i).start;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private int gapStart(int i) {
        return i == 0 ? 0 : tokens.get(i - 1).end;
    }
}
