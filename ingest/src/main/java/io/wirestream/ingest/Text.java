package io.wirestream.ingest;

/**
 * Checks on input text that {@link String#isBlank()} and {@link String#strip()} get wrong for news input: they do
 * not count the no-break spaces (U+00A0, U+2007, U+202F) or the invisible format characters a copy-paste or an
 * editor leaves (BOM U+FEFF, zero-width space U+200B, joiners U+200C/U+200D, word joiner U+2060).
 */
public final class Text {

    private Text() {
    }

    /** True when {@code text} is null or holds nothing a reader could see. */
    public static boolean isBlank(String text) {
        if (text == null) {
            return true;
        }
        return text.codePoints().allMatch(Text::isInvisible);
    }

    /** {@code text} without leading and trailing whitespace and invisible characters; null stays null. */
    public static String stripInvisible(String text) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int end = text.length();
        while (start < end && isInvisible(text.charAt(start))) {
            start++;
        }
        while (end > start && isInvisible(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isInvisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060';
    }
}
