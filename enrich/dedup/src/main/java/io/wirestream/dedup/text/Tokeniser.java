package io.wirestream.dedup.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits normalised text into lower-case word tokens: maximal runs of letters, digits and combining marks.
 * Everything else (whitespace of any kind, quotes of any style, punctuation, control and unpaired surrogate
 * code points) separates tokens, which is what makes the fingerprint blind to whitespace and quote style.
 *
 * <p>A '.' or ',' between two digits stays inside the number ("6.25", "3,200"), and the comma is dropped so
 * "3,200" and "3200" are the same token: translations disagree on thousands separators, not on figures.
 *
 * <p>Lower-casing is per code point here rather than {@link String#toLowerCase} on the whole text: one pass
 * instead of two, and the result only has to be consistent, not locale-correct.
 */
public final class Tokeniser {

    private Tokeniser() {
    }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>(text.length() / 6 + 1);
        scan(text, (chars, length, hasDigit) -> out.add(new String(chars, 0, length)));
        return out;
    }

    /** Hands every token to {@code sink}, in order; the same tokens {@link #tokens} returns. */
    public static void scan(String text, TokenSink sink) {
        int n = text.length();
        char[] token = new char[32];
        int len = 0;
        boolean digit = false;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 128) {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    token = ensure(token, len + 1);
                    token[len++] = c;
                    digit |= c <= '9';
                } else if (c >= 'A' && c <= 'Z') {
                    token = ensure(token, len + 1);
                    token[len++] = (char) (c + 32);
                } else if ((c == '.' || c == ',') && len > 0 && isAsciiDigit(token[len - 1]) && i + 1 < n
                        && Character.isDigit(text.codePointAt(i + 1))) {
                    if (c == '.') {
                        token = ensure(token, len + 1);
                        token[len++] = '.';
                    }
                } else if (len > 0) {
                    sink.token(token, len, digit);
                    len = 0;
                    digit = false;
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                token = ensure(token, len + 2);
                int added = Character.toChars(Character.toLowerCase(cp), token, len);
                for (int k = len; k < len + added; k++) {
                    digit |= Character.isDigit(token[k]);
                }
                len += added;
            } else if (len > 0) {
                sink.token(token, len, digit);
                len = 0;
                digit = false;
            }
            i += Character.charCount(cp);
        }
        if (len > 0) {
            sink.token(token, len, digit);
        }
    }

    public static boolean isNumber(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static char[] ensure(char[] buffer, int needed) {
        return needed <= buffer.length ? buffer : Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
