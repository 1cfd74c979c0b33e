package io.wirestream.cleanup.language;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A cheap language gate: the dominant script decides most languages outright (Arabic script by its
 * Persian/Urdu/Arabic-only letters, Cyrillic by Ukrainian/Serbian-only letters), and Latin script is
 * decided by counting stop-words of a few languages. Good enough to keep English-only rules off other
 * languages, at a fraction of a statistical model's size and cost. Returns "und" when unsure; a declared
 * language only settles the unsure cases, and only if its script matches the text.
 */
public final class LanguageDetector {
    public static final String UNDETERMINED = "und";

    /** Letters examined at most; the opening of an article is representative. */
    private static final int SAMPLE = 2_500;
    private static final int MAX_TOKENS = 250;

    private static final Map<String, Set<String>> STOP_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "was", "that", "it", "with", "for", "on", "are", "as", "this",
                    "be", "by", "have", "has", "from", "at", "which", "not", "were", "they", "he", "she", "his", "their",
                    "been", "will", "would", "an", "or", "said", "its", "who", "after", "also", "than", "but", "had",
                    "into", "over", "about", "we", "you", "could", "there", "what", "when", "more", "i", "in", "a",
                    "these", "those", "them", "some", "can", "did", "does", "new", "last", "our", "all", "if", "how",
                    "other", "then", "just", "while", "where", "because", "should", "may", "him", "her", "before"),
            "fr", Set.of("le", "les", "des", "du", "et", "est", "une", "un", "que", "qui", "dans", "pour", "pas", "sur",
                    "au", "avec", "ce", "il", "elle", "sont", "ont", "été", "par", "plus", "mais", "aux", "ses", "leur"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "ein", "eine", "zu", "von",
                    "sich", "auf", "für", "auch", "es", "im", "wird", "wurde", "sie", "nach", "bei", "aus", "hat", "sind"),
            "es", Set.of("el", "los", "las", "del", "y", "que", "es", "por", "con", "para", "una", "se", "su", "al",
                    "lo", "como", "más", "pero", "fue", "ha", "sus", "este", "esta", "entre"),
            "it", Set.of("il", "gli", "della", "di", "che", "è", "per", "con", "una", "sono", "del", "nel", "alla",
                    "dei", "delle", "anche", "non", "più", "ha", "questo", "stato"),
            "pt", Set.of("os", "do", "da", "dos", "das", "que", "não", "com", "para", "uma", "em", "foi", "pelo",
                    "pela", "mais", "ao", "seu", "sua", "são", "também"),
            "nl", Set.of("de", "het", "een", "van", "en", "niet", "zijn", "op", "met", "voor", "dat", "die", "ook",
                    "worden", "werd", "naar", "bij", "uit", "door"),
            "tr", Set.of("ve", "bir", "bu", "ile", "için", "da", "de", "olarak", "daha", "çok", "gibi", "olan", "ama",
                    "sonra", "kadar", "ise"),
            "id", Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan",
                    "pada", "juga", "oleh", "sudah", "adalah"));

    /** Languages in a fixed order, and for each stop-word the bit set of languages listing it. */
    private static final String[] LANGUAGES = STOP_WORDS.keySet().stream().sorted().toArray(String[]::new);
    private static final Map<String, Integer> WORD_LANGUAGES = wordLanguages();

    /** Longest stop-word, in chars; longer tokens are never looked up. */
    private static final int MAX_STOP_WORD = 8;
    /**
     * For each token length, the first and the last (lower-cased) chars some stop-word of that length has, as
     * {@code [length * 256 + char]}: most tokens fail one of the two, and are then not looked up at all, which
     * spares a String and a hash per token. Every stop-word's chars are below U+0100.
     */
    private static final boolean[] STOP_WORD_FIRST = new boolean[(MAX_STOP_WORD + 1) * 256];
    private static final boolean[] STOP_WORD_LAST = new boolean[(MAX_STOP_WORD + 1) * 256];

    static {
        for (String w : WORD_LANGUAGES.keySet()) {
            char first = w.charAt(0);
            char last = w.charAt(w.length() - 1);
            if (w.length() > MAX_STOP_WORD || first > 0xFF || last > 0xFF) {
                throw new IllegalStateException("stop-word outside the look-up filter: " + w);
            }
            STOP_WORD_FIRST[w.length() * 256 + first] = true;
            STOP_WORD_LAST[w.length() * 256 + last] = true;
        }
    }

    /** Whether a token of {@code len} lower-cased chars in {@code word} may be a stop-word: look it up only then. */
    private static boolean mayBeStopWord(char[] word, int len) {
        char first = word[0];
        char last = word[len - 1];
        return first <= 0xFF && last <= 0xFF && STOP_WORD_FIRST[len * 256 + first] && STOP_WORD_LAST[len * 256 + last];
    }

    private static Map<String, Integer> wordLanguages() {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int k = 0; k < LANGUAGES.length; k++) {
            for (String w : STOP_WORDS.get(LANGUAGES[k])) {
                m.merge(w, 1 << k, (a, b) -> a | b);
            }
        }
        return Map.copyOf(m);
    }

    public String detect(String body, String title, String declared) {
        String hint = normaliseDeclared(declared);
        // the openings both counts read, copied once: array reads instead of a checked charAt per character
        char[] bodySample = sample(body);
        char[] titleSample = title == null ? null : sample(title);
        ScriptCounts counts = ScriptCounts.of(bodySample, titleSample);
        Script dominant = counts.dominant();
        String detected = switch (dominant) {
            case LATIN -> latin(bodySample, titleSample);
            case ARABIC -> counts.arabicLanguage();
            case CYRILLIC -> counts.cyrillicLanguage();
            case GREEK -> "el";
            case HEBREW -> "he";
            case HAN -> counts.hasKana() ? "ja" : "zh";
            case KANA -> "ja";
            case HANGUL -> "ko";
            case DEVANAGARI -> "hi";
            case THAI -> "th";
            case ARMENIAN -> "hy";
            case GEORGIAN -> "ka";
            case NONE, MIXED, OTHER -> UNDETERMINED;
        };
        if (!UNDETERMINED.equals(detected) || hint == null) {
            return detected;
        }
        if (dominant == Script.NONE || Script.forLanguage(hint) == dominant) {
            return hint;
        }
        return UNDETERMINED;
    }

    /** The first {@link #SAMPLE} chars of {@code text}: all either count ever reads. */
    private static char[] sample(String text) {
        char[] chars = new char[Math.min(text.length(), SAMPLE)];
        text.getChars(0, chars.length, chars, 0);
        return chars;
    }

    private static String normaliseDeclared(String declared) {
        if (declared == null) {
            return null;
        }
        String d = declared.strip().toLowerCase(Locale.ROOT);
        int sep = Math.max(d.indexOf('-'), d.indexOf('_'));
        if (sep > 0) {
            d = d.substring(0, sep);
        }
        return d.length() == 2 && Character.isLetter(d.charAt(0)) && Character.isLetter(d.charAt(1)) ? d : null;
    }

    /** Stop-word vote over the first tokens of title and body. */
    private static String latin(char[] body, char[] title) {
        int[] hits = new int[LANGUAGES.length];
        int tokens = title == null ? 0 : countTokens(title, hits, 0);
        tokens = countTokens(body, hits, tokens);
        int best = -1;
        int bestHits = 0;
        int second = 0;
        for (int k = 0; k < hits.length; k++) {
            int h = hits[k];
            if (h > bestHits) {
                second = bestHits;
                bestHits = h;
                best = k;
            } else if (h > second) {
                second = h;
            }
        }
        if (best < 0 || tokens == 0) {
            return UNDETERMINED;
        }
        boolean clearWinner = bestHits >= 2 * second + 1;
        boolean dense = tokens < 12 ? bestHits >= 1 : tokens < 40 ? bestHits >= 2 : bestHits * 100 >= tokens * 8;
        return clearWinner && dense ? LANGUAGES[best] : UNDETERMINED;
    }

    /**
     * Tokens are runs between whitespace and ASCII punctuation; only letters count towards a token's
     * spelling. Non-ASCII symbols and combining marks stay inside the token, so the repairs the cleaner
     * makes (composing "e" + accent, decoding mojibake) do not split or merge tokens and the verdict on
     * the cleaned text is the verdict on the original.
     */
    private static int countTokens(char[] text, int[] hits, int already) {
        int tokens = already;
        int n = text.length;
        int i = 0;
        char[] word = new char[MAX_STOP_WORD];
        while (i < n && tokens < MAX_TOKENS) {
            while (i < n && isSeparator(text[i])) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int len = 0;
            boolean clean = true;
            while (i < n && !isSeparator(text[i])) {
                char c = text[i];
                if (c < 128 ? isAsciiLetter(c) : Character.isLetter(c)) {
                    if (len < word.length) {
                        word[len] = lowerCase(c);
                    }
                    len++;
                } else {
                    clean = false;
                }
                i++;
            }
            tokens++;
            if (clean && len > 0 && len <= word.length && mayBeStopWord(word, len)) {
                Integer langs = WORD_LANGUAGES.get(new String(word, 0, len));
                if (langs != null) {
                    for (int k = 0; k < LANGUAGES.length; k++) {
                        if ((langs & (1 << k)) != 0) {
                            hits[k]++;
                        }
                    }
                }
            }
        }
        return tokens;
    }

    private static boolean isSeparator(char c) {
        if (c < 128) {
            // below 128 the only letters are A-Z and a-z, and whitespace is neither a letter nor ' or -
            return !isAsciiLetter(c) && c != '\'' && c != '-';
        }
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    /** {@link Character#toLowerCase(char)}, with ASCII letters (almost every one read) folded by a bit. */
    private static char lowerCase(char c) {
        return c < 128 ? (char) (c | 0x20) : Character.toLowerCase(c);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
