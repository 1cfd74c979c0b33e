package io.wirestream.cleanup.text;

/** Character classes the rules share; ASCII is tested first because it is almost all of English news. */
public final class Chars {
    private Chars() {}

    public static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t';
    }

    public static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    public static boolean isLetter(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetter(c);
    }

    public static boolean isLower(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z';
        }
        return Character.isLowerCase(c);
    }

    public static boolean isUpper(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z';
        }
        return Character.isUpperCase(c);
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isLetterOrDigit(char c) {
        return isLetter(c) || isDigit(c);
    }

    /** Letters, digits and the marks that live inside words (apostrophes, hyphens). */
    public static boolean isWordChar(char c) {
        return isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-';
    }

    public static boolean isClosingQuote(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == '\u00BB';
    }

    public static boolean isClosingBracket(char c) {
        return c == ')' || c == ']' || c == '}';
    }

    /**
     * , ; : . ! and ?, from a table: per character of a scan the one test is almost always false, so it is
     * predicted; a chain of range tests ("at or below '?'") flips on every space and digit and is not.
     */
    public static boolean isMark(char c) {
        return c < 128 && ASCII_MARK[c];
    }

    private static final boolean[] ASCII_MARK = new boolean[128];

    static {
        for (char c : ",;:.!?".toCharArray()) {
            ASCII_MARK[c] = true;
        }
    }

    public static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** Arabic-script letters (Arabic, Persian, Urdu), including presentation forms. */
    public static boolean isArabicScript(char c) {
        return (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F')
                || (c >= '\u08A0' && c <= '\u08FF') || (c >= '\uFB50' && c <= '\uFDFF')
                || (c >= '\uFE70' && c <= '\uFEFC');
    }
}
