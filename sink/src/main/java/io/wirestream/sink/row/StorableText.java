package io.wirestream.sink.row;

/**
 * Makes text storable in every database the sink supports, without moving any offset: PostgreSQL refuses the
 * NUL character in text, and an unpaired surrogate has no UTF-8 encoding, so each such char becomes U+FFFD.
 * Replacing char for char keeps the mention and edit offsets pointing at the same places. Linear time.
 */
public final class StorableText {

    static final char REPLACEMENT = '\uFFFD';

    private StorableText() {
    }

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        int first = firstUnstorable(text);
        if (first < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\u0000') {
                chars[i] = REPLACEMENT;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                    i++; // a proper pair: keep both
                } else {
                    chars[i] = REPLACEMENT;
                }
            } else if (Character.isLowSurrogate(c)) {
                chars[i] = REPLACEMENT; // a low surrogate not preceded by a high one
            }
        }
        return new String(chars);
    }

    private static int firstUnstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
