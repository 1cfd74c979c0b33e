package io.wirestream.tagging.text;

import java.text.Normalizer;

/**
 * Folds one char to its matching form: lower case, no diacritics (Erdoğan = Erdogan), every apostrophe-like
 * char to {@code '}, every double quote to {@code "}, every dash to {@code -}. One char in, one char out, so
 * offsets in folded text equal offsets in the original.
 */
public final class CharFolding {
    private static final char[] TABLE = buildTable();

    private CharFolding() {
    }

    public static char fold(char c) {
        return TABLE[c];
    }

    /** Folds every char of {@code s[from, to)}. */
    public static String fold(CharSequence s, int from, int to) {
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = TABLE[s.charAt(i)];
        }
        return new String(out);
    }

    public static String fold(CharSequence s) {
        return fold(s, 0, s.length());
    }

    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u02BB' || c == '\u02BE'
                || c == '\u02BF' || c == '`' || c == '\u00B4' || c == '\u2032';
    }

    public static boolean isDoubleQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\u00AB'
                || c == '\u00BB' || c == '\u2033' || c == '\u300C' || c == '\u300D';
    }

    /** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus and their full-width forms. */
    public static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE63' || c == '\uFF0D';
    }

    private static char[] buildTable() {
        char[] t = new char[Character.MAX_VALUE + 1];
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            if (isApostrophe(c)) {
                t[i] = '\'';
            } else if (isDoubleQuote(c)) {
                t[i] = '"';
            } else if (isDash(c)) {
                t[i] = '-';
            } else if (Character.isSurrogate(c)) {
                t[i] = c;
            } else {
                t[i] = stripMarks(Character.toLowerCase(c));
            }
        }
        // letters whose base is not reachable by canonical decomposition
        t['\u0131'] = 'i'; // dotless i
        t['\u0130'] = 'i';
        t['\u0142'] = 'l';
        t['\u0141'] = 'l';
        t['\u00F8'] = 'o';
        t['\u00D8'] = 'o';
        t['\u0111'] = 'd';
        t['\u0110'] = 'd';
        t['\u0127'] = 'h';
        t['\u0126'] = 'h';
        return t;
    }

    private static char stripMarks(char c) {
        if (c < 0x80 || !Character.isLetter(c)) {
            return c;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return Character.isLetter(base) && decomposed.length() > 0 ? base : c;
    }
}
