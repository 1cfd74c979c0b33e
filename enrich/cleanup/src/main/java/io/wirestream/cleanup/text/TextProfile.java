package io.wirestream.cleanup.text;

/**
 * Which kinds of character (and character pair) a text contains, found in one scan. A pass whose trigger
 * is absent is skipped outright: on clean English most of them are, and one scan is far cheaper than a
 * dozen.
 */
public final class TextProfile {
    public static final int MOJIBAKE_LEAD = 1;          // U+00C2..U+00F4 or U+FFFD
    public static final int AMPERSAND = 1 << 1;
    public static final int LESS_THAN = 1 << 2;
    public static final int INVISIBLE = 1 << 3;         // controls, zero-width, bidi, soft hyphen, BOM
    public static final int ODD_SPACE = 1 << 4;         // NBSP, thin, ideographic, line/paragraph separators
    public static final int ABOVE_COMBINING = 1 << 5;   // any char >= U+0300
    public static final int EASTERN_DIGIT = 1 << 6;
    public static final int SPACE_THEN_MARK = 1 << 7;   // " ," " ." " ?" ...
    public static final int DOUBLED_MARK = 1 << 8;      // ",," ";;" ".." ",."
    public static final int MARK_THEN_LETTER = 1 << 9;  // ",x" ".X" ...
    public static final int BRACKET = 1 << 10;
    public static final int BRACKET_SPACE = 1 << 11;    // "( " " )" "[ " " ]"
    public static final int ODD_WHITESPACE = 1 << 12;   // double space, tab, CR, space at a line edge, 3+ breaks, edges
    public static final int NEWLINE = 1 << 13;
    public static final int QUOTE = 1 << 14;            // “ ” " « »
    public static final int DOUBLED_BRACKET = 1 << 15;  // "((" "))" "[[" "]]" "{{" "}}"

    private final int bits;

    private TextProfile(int bits) {
        this.bits = bits;
    }

    public boolean has(int mask) {
        return (bits & mask) != 0;
    }

    /**
     * The kinds in {@code s}, read from {@code chars}, its characters (not modified): the caller's one copy of the
     * text, shared with the other scans, is read instead of a checked {@code String.charAt} for every character.
     */
    public static TextProfile of(String s, char[] chars) {
        return new TextProfile(edges(s) | scan(chars, 0, chars.length, '\n'));
    }

    /**
     * The kinds the regions {@code [starts[k], ends[k])} of {@code s} (spans an edit rewrote, or is about to) hold
     * with their neighbourhood. Kinds are characters and pairs of neighbours (and runs of line breaks), so an edit
     * can add or remove kinds only there: {@code PassContext} keeps a text's profile up to date from these windows
     * instead of rescanning the whole text after every repair.
     */
    public static int windowBits(String s, int[] starts, int[] ends, int count) {
        int n = s.length();
        int add = 0;
        for (int k = 0; k < count; k++) {
            // the span and one character either side: kinds are characters and pairs of neighbours
            int from = Math.max(0, starts[k] - 1);
            int to = Math.min(n, ends[k] + 1);
            char[] window = new char[to - from];
            s.getChars(from, to, window, 0);
            add |= scan(window, 0, window.length, from == 0 ? '\n' : s.charAt(from - 1));
            // a run of line breaks the edit joined is as long as the whitespace around its edges; any run of three
            // or more whitespace characters is odd whitespace, so three are enough to look at (a longer look would
            // make many edits in one long run quadratic)
            if (spaceAround(s, starts[k]) >= 3 || spaceAround(s, ends[k]) >= 3) {
                add |= ODD_WHITESPACE;
            }
            if (from == 0 || to == n) {
                add |= edges(s);
            }
        }
        return add;
    }

    /** This profile with the kinds in {@code more} added. */
    public TextProfile with(int more) {
        return (bits | more) == bits ? this : new TextProfile(bits | more);
    }

    public int bits() {
        return bits;
    }

    /** Whitespace characters just before and from {@code p}, counted up to three each way. */
    private static int spaceAround(String s, int p) {
        int count = 0;
        for (int i = p - 1; i >= 0 && i >= p - 3 && isSpace(s.charAt(i)); i--) {
            count++;
        }
        for (int i = p; i < s.length() && i < p + 3 && isSpace(s.charAt(i)); i++) {
            count++;
        }
        return count;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static int edges(String s) {
        int n = s.length();
        return n > 0 && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(n - 1)))
                ? ODD_WHITESPACE : 0;
    }

    /**
     * The kinds in {@code chars[from, n)}, the pair of {@code before} (the character ahead of {@code from}, a line
     * break at the text's start) and {@code chars[from]} included; line breaks counted from {@code from}.
     */
    private static int scan(char[] chars, int from, int n, char before) {
        int bits = 0;
        char prev = before;
        int breaks = 0;
        for (int i = from; i < n; i++) {
            char c = chars[i];
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                // the bulk of English text: only a letter right after a mark matters
                if (prev < 128 && MARKS[prev] && c >= 'A') {
                    bits |= MARK_THEN_LETTER;
                }
                breaks = 0;
                prev = c;
                continue;
            }
            if (c < 128) {
                switch (c) {
                    case ' ' -> {
                        if (prev == ' ' || prev == '\n') {
                            bits |= ODD_WHITESPACE;
                        } else if (prev == '(' || prev == '[') {
                            bits |= BRACKET_SPACE;
                        }
                    }
                    case '\n' -> {
                        bits |= NEWLINE;
                        if (prev == ' ' || prev == '\t') {
                            bits |= ODD_WHITESPACE;
                        }
                        if (++breaks >= 3) {
                            bits |= ODD_WHITESPACE;
                        }
                    }
                    case '\t' -> bits |= prev == '(' || prev == '[' ? ODD_WHITESPACE | BRACKET_SPACE : ODD_WHITESPACE;
                    case '\r' -> bits |= ODD_WHITESPACE;
                    case '&' -> bits |= AMPERSAND;
                    case '<' -> bits |= LESS_THAN;
                    case '"' -> bits |= QUOTE;
                    case '(', '[', '{', '}' -> bits |= prev == c ? BRACKET | DOUBLED_BRACKET : BRACKET;
                    case ')', ']' -> bits |= (prev == ' ' || prev == '\t' ? BRACKET | BRACKET_SPACE : BRACKET)
                            | (prev == c ? DOUBLED_BRACKET : 0);
                    case ',', ';', '.' -> {
                        if (prev == ' ' || prev == '\t') {
                            bits |= SPACE_THEN_MARK;
                        } else if (prev == c || (c == '.' && prev == ',')) {
                            bits |= DOUBLED_MARK;
                        }
                    }
                    case ':', '!', '?' -> {
                        if (prev == ' ' || prev == '\t') {
                            bits |= SPACE_THEN_MARK;
                        } else if (c == ':' && prev == ':') {
                            bits |= DOUBLED_MARK;
                        }
                    }
                    default -> {
                        if (c < 0x20 || c == 0x7F) {
                            bits |= INVISIBLE;
                        } else if (Chars.isLetter(c) && isMark(prev)) {
                            bits |= MARK_THEN_LETTER;
                        }
                    }
                }
                if (c != '\n' && c != '\r' && c != ' ' && c != '\t') {
                    breaks = 0;
                }
            } else {
                breaks = 0;
                bits |= nonAscii(c, prev);
            }
            prev = c;
        }
        return bits;
    }

    private static final boolean[] MARKS = new boolean[128];

    static {
        for (char c : ",;:?!.".toCharArray()) {
            MARKS[c] = true;
        }
    }

    private static boolean isMark(char c) {
        return c < 128 && MARKS[c];
    }

    private static int nonAscii(char c, char prev) {
        int bits = c >= '\u0300' ? ABOVE_COMBINING : 0;
        if (isMark(prev) && (Character.isLetter(c) || c == '\u201C')) {
            bits |= MARK_THEN_LETTER; // before any early return below: "Damascus,é" needs it too
        }
        if (c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB') {
            return bits | QUOTE;
        }
        if (c <= '\u009F' || c == '\u00AD') {
            return bits | INVISIBLE;
        }
        if (c >= '\u00C2' && c <= '\u00F4') {
            return bits | MOJIBAKE_LEAD;
        }
        if (c == '\u00A0') {
            return bits | ODD_SPACE;
        }
        if (c < '\u0600') {
            return bits;
        }
        if ((c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9')) {
            return bits | EASTERN_DIGIT;
        }
        switch (c) {
            case '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF', '\u061C', '\u180E',
                    '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069':
                return bits | INVISIBLE;
            case '\u1680', '\u202F', '\u205F', '\u3000', '\u2028', '\u2029':
                return bits | ODD_SPACE;
            case '\uFFFD':
                return bits | MOJIBAKE_LEAD;
            default:
                if (c >= '\u2000' && c <= '\u200A') {
                    return bits | ODD_SPACE;
                }
                return bits;
        }
    }
}
