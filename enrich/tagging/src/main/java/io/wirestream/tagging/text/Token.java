package io.wirestream.tagging.text;

/**
 * A word of the text: letters and digits (with inner apostrophes, and inner separators of numbers).
 * The flags describe the token and the gap before it; the rules read only these, never the raw text.
 */
public final class Token {
    public final int index;
    public final int start;
    public final int end;
    /** {@link CharFolding folded} text of the token. */
    public final String fold;
    /** First char is an upper-case (or title-case) letter. */
    public final boolean capitalised;
    /** Has letters and all of them are upper case. */
    public final boolean allCaps;
    /** Mixed case with a capital after the first letter ("LeT", "DoD", "McCarthy"), as an exact-case alias may ask. */
    public final boolean innerCapital;
    public final boolean numeric;
    /** Punctuation that ends a name (comma, bracket, colon, sentence end, line break...) lies before this token. */
    public final boolean breakBefore;
    /** First token of a sentence, a line or a quotation. */
    public final boolean sentenceStart;
    /** Followed by {@code 's} or a bare apostrophe: a name may end here but not go on. */
    public final boolean possessive;

    /**
     * Cache of the rules lexicon's word classes for this token (-1 until first asked). Tokens live in one
     * call of the tagger, on one thread, so a plain field is safe; it saves a hash lookup per rule test.
     */
    public int lexFlags = -1;

    Token(int index, int start, int end, String fold, boolean capitalised, boolean allCaps, boolean innerCapital,
          boolean numeric, boolean breakBefore, boolean sentenceStart, boolean possessive) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.fold = fold;
        this.capitalised = capitalised;
        this.allCaps = allCaps;
        this.innerCapital = innerCapital;
        this.numeric = numeric;
        this.breakBefore = breakBefore;
        this.sentenceStart = sentenceStart;
        this.possessive = possessive;
    }

    /**
     * The knowledge-base key: {@link #fold} without inner apostrophes, so that transliterations written with and
     * without one ("Khamene'i" and "Khamenei", "Sana'a" and "Sanaa") look up the same aliases. The same string as
     * {@code fold} when the word has none (computed per call rather than stored: a field would cost every token
     * 8 bytes for the rare word with an apostrophe).
     */
    public String key() {
        // fold itself when there is none; the char search first because replace(CharSequence, ...) costs more
        // than indexOf even when it finds nothing, and the trie asks for every token's key
        return fold.indexOf('\'') < 0 ? fold : fold.replace("'", "");
    }

    public int length() {
        return end - start;
    }

    @Override
    public String toString() {
        return fold + "@" + start;
    }
}
