package io.wirestream.cleanup.text;

/** Word boundaries in a plain scan: a word is a maximal run of letters (with inner apostrophes). */
public final class Words {
    private Words() {}

    /**
     * End (exclusive) of the letter run starting at {@code i} in {@code chars}; inner apostrophes and hyphens
     * included. Over the text's chars (not modified): the word index reads every character with it.
     */
    public static int wordEnd(char[] chars, int i) {
        int n = chars.length;
        int j = i;
        while (j < n) {
            char c = chars[j];
            if (Chars.isLetter(c)) {
                j++;
            } else if ((c == '\'' || c == '\u2019' || c == '-') && j + 1 < n && Chars.isLetter(chars[j + 1]) && j > i) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** Whether position {@code i} starts a word (a letter not preceded by a word character). */
    public static boolean startsWord(String s, int i) {
        return i < s.length() && Chars.isLetter(s.charAt(i)) && (i == 0 || !Chars.isWordChar(s.charAt(i - 1)));
    }

    public static boolean isAllLower(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Chars.isLetter(c) && !Chars.isLower(c)) {
                return false;
            }
        }
        return to > from;
    }

    /** First letter upper case, the rest lower case ("The", "It"). */
    public static boolean isCapitalised(String s, int from, int to) {
        return to > from && Chars.isUpper(s.charAt(from)) && (to - from == 1 || isAllLower(s, from + 1, to));
    }
}
