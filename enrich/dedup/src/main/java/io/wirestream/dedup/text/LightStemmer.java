package io.wirestream.dedup.text;

/**
 * Strips a few English inflections ("talks"/"talk", "killed"/"kill") so two translations that inflect the
 * same word differently still share it. Deliberately crude: it only has to be consistent, not linguistic,
 * and a full stemmer library would be a dependency for a few percent of recall.
 */
public final class LightStemmer {

    private static final String[] SUFFIXES = {"ing", "ed", "es", "s", "ly"};

    private LightStemmer() {
    }

    public static String stem(String token) {
        char[] chars = token.toCharArray();
        int length = stemLength(chars, chars.length);
        return length == chars.length ? token : token.substring(0, length);
    }

    /** Length of the stem of the token in {@code chars[0, length)}: the allocation-free form of {@link #stem}. */
    public static int stemLength(char[] chars, int length) {
        if (!isAsciiLetters(chars, length)) {
            return length;
        }
        for (String suffix : SUFFIXES) {
            if (length > suffix.length() + 3 && endsWith(chars, length, suffix)
                    && !(suffix.equals("s") && keepsFinalS(chars, length))) {
                return length - suffix.length();
            }
        }
        return length;
    }

    private static boolean endsWith(char[] chars, int length, String suffix) {
        int offset = length - suffix.length();
        for (int i = 0; i < suffix.length(); i++) {
            if (chars[offset + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** "process", "damascus", "analysis": a final s that is not a plural. */
    private static boolean keepsFinalS(char[] chars, int length) {
        char before = chars[length - 2];
        return before == 's' || before == 'u' || before == 'i';
    }

    private static boolean isAsciiLetters(char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
