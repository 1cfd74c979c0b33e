package io.wirestream.tagging.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into word tokens and classifies the punctuation between them. Hand-written rather than a
 * BreakIterator or regex: we need one linear pass that also records possessives, abbreviation periods and
 * which gaps may sit inside a name ({@code al-Sham}, {@code “Washington Post}) and which end one.
 */
public final class Tokenizer {
    /** Abbreviations whose period does not end a sentence (folded, without the period). */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt",
            "jr", "sr", "prof", "rep", "sen", "gov", "no", "vs", "inc", "co", "corp", "ltd", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "capt", "maj", "adm", "brig", "mt", "ft");

    private Tokenizer() {
    }

    public static TokenizedText tokenize(String text) {
        char[] chars = text.toCharArray(); // one copy: array reads are cheaper than charAt on a hot path
        List<Token> tokens = new ArrayList<>(Math.max(16, chars.length / 6));
        char[] folded = new char[64];
        int n = chars.length;
        int pos = 0;
        int prevEnd = 0;
        Token prev = null;
        while (pos < n) {
            if (!isWordChar(chars[pos])) {
                pos++;
                continue;
            }
            int start = pos;
            int end = scanWord(chars, start);
            boolean possessive = false;
            int next = end;
            if (end < n && CharFolding.isApostrophe(chars[end])) {
                if (end + 1 < n && (chars[end + 1] == 's' || chars[end + 1] == 'S')
                        && (end + 2 >= n || !Character.isLetterOrDigit(chars[end + 2]))) {
                    possessive = true;
                    next = end + 2;
                } else if (end + 1 >= n || !Character.isLetterOrDigit(chars[end + 1])) {
                    possessive = true;
                    next = end + 1;
                }
            }
            // one pass over the word: its folded form and its case and digit flags
            int len = end - start;
            if (folded.length < len) {
                folded = new char[Math.max(len, folded.length * 2)];
            }
            boolean lower = false;
            boolean upperAfterFirst = false;
            boolean letters = false;
            boolean numeric = true;
            for (int i = 0; i < len; i++) {
                char c = chars[start + i];
                folded[i] = CharFolding.fold(c);
                if (c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c)) {
                    lower = true;
                } else if (i > 0 && (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c))) {
                    upperAfterFirst = true;
                }
                if (c < 128 ? (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') : Character.isLetter(c)) {
                    letters = true;
                }
                if (numeric && !(c < 128 ? c >= '0' && c <= '9' || c == ',' || c == '.' : Character.isDigit(c))) {
                    numeric = false;
                }
            }
            int gap = classifyGap(chars, prevEnd, start, prev);
            boolean first = prev == null;
            Token t = new Token(tokens.size(), start, end, foldedWord(folded, len), isCapitalised(chars[start]),
                    letters && !lower, lower && upperAfterFirst, numeric, first || (gap & BREAK) != 0,
                    first || (gap & SENTENCE) != 0, possessive);
            tokens.add(t);
            prev = t;
            prevEnd = next;
            pos = next;
        }
        return new TokenizedText(text, tokens);
    }

    /**
     * Folded words met before, by a hash of their chars. Most words of an article are in every article ("the", "said",
     * "minister"): one String for each spares a copy and an allocation per token, and keeps the hash that every
     * lexicon and trie lookup of the word needs (a new String computes it again). Shared by all threads without a
     * lock: a slot holds one whole String or another (Strings are immutable), and one is used only when its chars
     * are the word's.
     */
    private static final String[] FOLDED_WORDS = new String[1 << 13];
    /** Longer words are rare enough that caching them would only evict common ones. */
    private static final int MAX_CACHED_WORD = 16;

    /** {@code new String(folded, 0, len)}, or an equal String made before. */
    private static String foldedWord(char[] folded, int len) {
        if (len > MAX_CACHED_WORD) {
            return new String(folded, 0, len);
        }
        int hash = 0;
        for (int i = 0; i < len; i++) {
            hash = 31 * hash + folded[i];
        }
        int slot = (hash ^ (hash >>> 13)) & (FOLDED_WORDS.length - 1);
        String cached = FOLDED_WORDS[slot];
        if (cached != null && cached.length() == len && sameChars(cached, folded, len)) {
            return cached;
        }
        String word = new String(folded, 0, len);
        FOLDED_WORDS[slot] = word;
        return word;
    }

    private static boolean sameChars(String s, char[] chars, int len) {
        for (int i = 0; i < len; i++) {
            if (s.charAt(i) != chars[i]) {
                return false;
            }
        }
        return true;
    }

    private static final int BREAK = 1;
    private static final int SENTENCE = 2;

    private static int classifyGap(char[] text, int from, int to, Token prev) {
        int flags = 0;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c == ' ') {
                continue; // most gaps are one space: inside a name, as in the white-space branch below
            }
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '!' || c == '?' || c == ':') {
                flags |= BREAK | SENTENCE;
            } else if (c == '.') {
                boolean abbreviation = prev != null && i == from && prev.end == from
                        && (prev.length() == 1 && Character.isLetter(text[prev.start]) || ABBREVIATIONS.contains(prev.fold));
                if (!abbreviation) {
                    flags |= BREAK | SENTENCE;
                }
            } else if (CharFolding.isDash(c)) {
                // a hyphen glued to words on both sides joins them (al-Sham); a spaced dash is a clause break
                boolean joining = to - from == 1 && (c == '-' || c == '\u2010' || c == '\u2011');
                if (!joining) {
                    flags |= BREAK;
                }
            } else if (CharFolding.isDoubleQuote(c)) {
                // a double quote opens or closes a quotation: a name may start or end there, never run across it
                // ("the envoy for Afghanistan “Zalmay Khalilzad”")
                flags |= BREAK;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || CharFolding.isApostrophe(c) || c == '&') {
                // inside a name: spaces, single quotes, ampersands
            } else {
                flags |= BREAK;
            }
        }
        return flags;
    }

    private static int scanWord(char[] text, int start) {
        int n = text.length;
        int i = start + 1;
        while (i < n) {
            char c = text[i];
            if (isWordChar(c)) {
                i++;
            } else if (CharFolding.isApostrophe(c) && i == start + 1 && (text[start] == 'd' || text[start] == 'l')
                    && i + 1 < n && Character.isUpperCase(text[i + 1])) {
                return i; // "Bureau d'Enquetes et d'Analyses": an elided article is a word of its own, like "de"
            } else if (CharFolding.isApostrophe(c) && i + 1 < n && Character.isLetter(text[i + 1])
                    && Character.isLetter(text[i - 1]) && !isPossessiveS(text, i)) {
                i += 2; // O'Brien, Qa'ida
            } else if ((c == ',' || c == '.') && i + 1 < n && Character.isDigit(text[i + 1])
                    && Character.isDigit(text[i - 1])) {
                i += 2; // 2,000 and 3.5
            } else if (c == '+' && (i + 1 >= n || !Character.isLetterOrDigit(text[i + 1]))) {
                return i + 1; // "OPEC+" is not OPEC
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isPossessiveS(char[] text, int apostrophe) {
        int n = text.length;
        char s = text[apostrophe + 1];
        return (s == 's' || s == 'S') && (apostrophe + 2 >= n || !Character.isLetterOrDigit(text[apostrophe + 2]));
    }

    /** ASCII letters and digits: most of any English text, answered without Character's tables. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    static boolean isWordChar(char c) {
        // the table test alone, small enough for the JIT to inline into the loops (the whole method was not)
        return c < 128 ? ASCII_WORD[c] : isNonAsciiWordChar(c);
    }

    private static boolean isNonAsciiWordChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return !CharFolding.isApostrophe(c);
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isCapitalised(char c) {
        // ASCII answered without Character's tables (no ASCII char is title case): asked for every token
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c) || Character.isTitleCase(c);
    }


}
