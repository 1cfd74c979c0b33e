package io.wirestream.cleanup;

/**
 * Refuses input no rule should see: a missing or blank body, binary content (NUL bytes, or many
 * control characters), unpaired UTF-16 surrogates, a body over the configured size. One linear scan.
 */
final class ArticleGuard {
    private ArticleGuard() {}

    static void check(String field, String text, int maxChars, boolean required) {
        if (text == null) {
            if (required) {
                throw new InvalidArticleException(field + " is missing (null)");
            }
            return;
        }
        if (text.length() > maxChars) {
            throw new InvalidArticleException(field + " too large: " + text.length() + " chars, limit " + maxChars
                    + " (cleanup.body.max.chars)");
        }
        boolean blank = true;
        int controls = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c < '\uD800') {
                // printable BMP text or a space, the common case: one test, whose outcome a space does not flip (a
                // space taking the long way below made the branch mispredict at nearly every word); a space leaves
                // blank as it is, anything else here clears it
                blank &= c == ' ';
                continue;
            }
            if (c == 0) {
                throw new InvalidArticleException(field + " looks binary: NUL character at offset " + i);
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                controls++;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    blank = false;
                    continue;
                }
                throw new InvalidArticleException(field + " holds an unpaired UTF-16 surrogate at offset " + i);
            }
            if (Character.isLowSurrogate(c)) {
                throw new InvalidArticleException(field + " holds an unpaired UTF-16 surrogate at offset " + i);
            }
            if (blank && !Character.isWhitespace(c)) {
                blank = false;
            }
        }
        if (controls > 8 && controls * 20 > n) {
            throw new InvalidArticleException(field + " looks binary: " + controls + " control characters in " + n);
        }
        if (required && blank) {
            throw new InvalidArticleException(field + " is empty");
        }
    }
}
