package io.wirestream.tagging.text;

import java.util.List;

/** A text and its tokens, in order. */
public final class TokenizedText {
    private final String text;
    private final List<Token> tokens;

    TokenizedText(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
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
        int from = i == 0 ? 0 : tokens.get(i - 1).end;
        return text.substring(from, tokens.get(i).start);
    }
}
