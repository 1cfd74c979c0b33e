package io.wirestream.cleanup.rules.layout;

import io.wirestream.cleanup.edit.Findings;
import io.wirestream.cleanup.rules.Pass;
import io.wirestream.cleanup.rules.PassContext;
import io.wirestream.cleanup.rules.RuleSpec;
import io.wirestream.cleanup.rules.Scope;
import io.wirestream.cleanup.text.Chars;
import io.wirestream.cleanup.text.TextProfile;
import java.util.List;

/**
 * A single line break inside a sentence, left by hard wrapping: the line ends in a letter, digit or comma
 * and the next line starts with a lower-case letter, so no paragraph, heading or list item can be
 * meant. Joined with a space. A word hyphenated across the break ("inter-\nnational") is flagged, since
 * whether the hyphen belongs to the word is not knowable here.
 *
 * <p>Short lines set on purpose (verse, song lyrics, lists, addresses, a byline and place) have the same local
 * shape ("in rows,\nthe string"), so each block of lines is judged as a whole first, see
 * {@link #blockLayout}: a wrapping tool fills lines greedily and cuts anywhere, a poet does neither.
 */
public final class BrokenWrapPass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("layout.broken-wrap", Scope.ENGLISH,
            "Joins a line broken in mid-sentence (next line starts lower-case, or the line ends in a comma or \"of\", \"the\"...); flags hyphenated breaks. Short lines set on purpose (verse, lyrics, lists, addresses) stay: a block is joined only when a line is too long for verse, its lines are filled greedily as by a wrapping tool, or a line ends in an article.",
            "the interim\\ngovernment said -> the interim government said",
            "It runs:\\nthe lamps burn low,\\nthe river high;\\nsing on till light. -> unchanged (verse)");

    @Override
    public boolean mayRepair(PassContext ctx) {
        return ctx.has(TextProfile.NEWLINE);
    }

    @Override
    public boolean mayInspect(PassContext ctx) {
        return ctx.has(TextProfile.NEWLINE);
    }

    @Override
    public List<RuleSpec> rules() {
        return List.of(RULE);
    }

    @Override
    public void repair(PassContext ctx, Findings out) {
        scan(ctx, out, false);
    }

    @Override
    public void inspect(PassContext ctx, Findings out) {
        scan(ctx, out, true);
    }

    private static void scan(PassContext ctx, Findings out, boolean flagging) {
        if (ctx.isTitle()) {
            return;
        }
        String s = ctx.text();
        int n = s.length();
        // block by block (lines between blank lines; a line ending in ':' closes its block), so each block's layout
        // is judged once; only the breaks inside a block can be joins
        int a = 0;
        while (a < n) {
            int blockStart = a;
            int e = lineEnd(s, a, n);
            while (e < n) {
                int len = trimmedLength(s, a, e);
                if (len == 0 || s.charAt(a + len - 1) == ':') {
                    break;
                }
                int next = e + 1;
                int nextLen = trimmedLength(s, next, lineEnd(s, next, n));
                if (nextLen == 0) {
                    break;
                }
                a = next;
                e = lineEnd(s, a, n);
            }
            // the block is [blockStart, e)
            int layout = a > blockStart ? blockLayout(s, blockStart, e) : LAYOUT;
            if (layout != LAYOUT) {
                for (int i = s.indexOf('\n', blockStart); i >= 0 && i < e; i = s.indexOf('\n', i + 1)) {
                    join(s, i, out, flagging, layout == COLUMN);
                }
            }
            a = e + 1;
        }
    }

    /**
     * The per-break rule for a break at {@code i} ('\n') inside a prose block: a lower-case next line, or a line
     * ending in a comma or a word no sentence ends with; in a wrapped column also a capital or digit next (the
     * line does not end a sentence: that break may be the writer's).
     */
    private static void join(String s, int i, Findings out, boolean flagging, boolean column) {
        int br = i > 0 && s.charAt(i - 1) == '\r' ? i - 1 : i;
        int next = i + 1;
        if (br > 0 && next < s.length() && (Chars.isLower(s.charAt(next)) || continuesSentence(s, br, next)
                || column && Chars.isLetterOrDigit(s.charAt(next)))) {
            char last = s.charAt(br - 1);
            if (last == '-' && br > 1 && Chars.isLetter(s.charAt(br - 2))) {
                if (flagging) {
                    out.flag(RULE.id(), br - 1, next);
                }
            } else if ((Chars.isLetterOrDigit(last) || last == ',') && !flagging && !isListLine(s, br)) {
                out.replace(RULE.id(), br, next, " ");
            }
        }
    }

    /**
     * Lines longer than this are prose: verse, lyrics, list items and address lines are shorter. A width-wrapped
     * paragraph can have lines up to its width, but it is recognised by its greedy fill (see below) first.
     */
    static final int MAX_LAYOUT_LINE = 80;
    /** A "wrap width" below this is a list or an address, not a column of prose. */
    static final int MIN_WRAP_WIDTH = 30;

    /** A block of lines with breaks that may be wraps. */
    static final int PROSE = 0;
    /** Set in short lines on purpose: every break stays. */
    static final int LAYOUT = 1;
    /** A column filled greedily by a wrapping tool: every break inside a sentence is a wrap, even before a capital. */
    static final int COLUMN = 2;

    /**
     * How the block of lines in {@code [start, end)} (no blank line inside; a line ending in ':' closes a block,
     * since it introduces what follows) is set. {@link #LAYOUT}, short lines on purpose (verse, song lyrics, a list,
     * an address, a byline and place), keeps every break. It is prose broken by a bad wrap instead when
     * <ul>
     *   <li>a line is too long for a verse or list line ({@link #MAX_LAYOUT_LINE}), or</li>
     *   <li>it is filled greedily, as a wrapping tool does: at every break the next line's first word would not
     *       have fitted on the line before it within the widest line (the wrap width is at least that); with three
     *       or more lines that is a {@link #COLUMN}, or</li>
     *   <li>a line ends in an article or a possessive ("the", "their"): no verse or list line ends so, a cut does.</li>
     * </ul>
     * A block of three or more lines (or two after a colon) whose every break follows a mark (",", ";", ".") is
     * verse even when its lines are as even as a column's. Otherwise three or more lines are layout; two lines only
     * when a colon introduced them ("The poem opens:") or they are short and neither ends a sentence (a byline and
     * place). Linear in the block's length.
     */
    static int blockLayout(String s, int start, int end) {
        int lines = 0;
        int maxLen = 0;
        boolean sentenceEnd = false;
        boolean cut = false;
        boolean punctuatedBreaks = true;
        // pass 1: line count, widest line, prose signals
        for (int a = start; a < end; ) {
            int e = lineEnd(s, a, end);
            int len = trimmedLength(s, a, e);
            if (len > MAX_LAYOUT_LINE) {
                return PROSE;
            }
            maxLen = Math.max(maxLen, len);
            int last = a + len - 1;
            if (len > 0) {
                char c = s.charAt(last);
                sentenceEnd |= Chars.isSentenceEnd(c)
                        || (Chars.isClosingQuote(c) && len > 1 && Chars.isSentenceEnd(s.charAt(last - 1)));
                if (e < end) {
                    cut |= endsWithCutWord(s, a, a + len);
                    punctuatedBreaks &= isLineEndMark(c);
                }
            }
            lines++;
            a = e + 1;
        }
        if (lines < 2) {
            return PROSE;
        }
        boolean colon = introducedByColon(s, start);
        // every line of three or more (or of a couplet a colon introduced) ends in a mark: verse, whatever the fill
        if (!cut && punctuatedBreaks && (lines >= 3 || colon)) {
            return LAYOUT;
        }
        // pass 2: greedy fill, the mark of a wrapping tool
        if (maxLen >= MIN_WRAP_WIDTH) {
            boolean greedy = true;
            for (int a = start; a < end && greedy; ) {
                int e = lineEnd(s, a, end);
                if (e >= end) {
                    break;
                }
                int nextStart = e + 1;
                int word = firstWordLength(s, nextStart, lineEnd(s, nextStart, end));
                greedy = trimmedLength(s, a, e) + 1 + word > maxLen;
                a = nextStart;
            }
            if (greedy) {
                return lines >= 3 ? COLUMN : PROSE;
            }
        }
        if (cut) {
            return PROSE;
        }
        if (lines >= 3) {
            return LAYOUT;
        }
        return colon || (!sentenceEnd && maxLen <= 40) ? LAYOUT : PROSE;
    }

    /** A mark a verse or list line ends with. */
    private static boolean isLineEndMark(char c) {
        return c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '\u2014' || c == '\u2013'
                || Chars.isClosingQuote(c);
    }

    private static int lineEnd(String s, int a, int end) {
        int e = s.indexOf('\n', a);
        return e < 0 || e > end ? end : e;
    }

    /** Length of the line {@code [a, e)} without trailing spaces and '\r'. */
    private static int trimmedLength(String s, int a, int e) {
        while (e > a && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '\t' || s.charAt(e - 1) == '\r')) {
            e--;
        }
        return e - a;
    }

    private static int firstWordLength(String s, int a, int e) {
        int k = a;
        while (k < e && s.charAt(k) != ' ' && s.charAt(k) != '\t' && s.charAt(k) != '\r') {
            k++;
        }
        return k - a;
    }

    /**
     * The line {@code [a, e)} ends in a word that cannot end a clause: an article or a possessive determiner. Not
     * prepositions: a verse line may strand one ("where I come from").
     */
    private static boolean endsWithCutWord(String s, int a, int e) {
        int w = e;
        while (w > a && Chars.isLetter(s.charAt(w - 1)) && e - w <= 5) {
            w--;
        }
        return w < e && (w == a || !Chars.isLetter(s.charAt(w - 1))) && CUT_WORDS.contains(s.substring(w, e));
    }

    private static final java.util.Set<String> CUT_WORDS = java.util.Set.of("the", "a", "an", "its", "their", "our",
            "your", "my");

    /** The text before the block, past spaces and line breaks, ends in ':' ("The poem opens:"). */
    private static boolean introducedByColon(String s, int start) {
        int k = start - 1;
        while (k >= 0 && Character.isWhitespace(s.charAt(k))) {
            k--;
        }
        return k >= 0 && s.charAt(k) == ':';
    }

    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "a", "an", "of", "to", "in",
            "on", "at", "for", "with", "from", "by", "and", "or", "that", "which", "its", "their", "his", "her");

    /**
     * A line ending in a comma or in a word no sentence ends with ("of", "the") continues into the next
     * line whatever the case of the next letter ("the\nUnited States").
     */
    private static boolean continuesSentence(String s, int br, int next) {
        if (!Chars.isLetter(s.charAt(next))) {
            return false;
        }
        char last = s.charAt(br - 1);
        if (last == ',') {
            return true;
        }
        int w = br;
        while (w > 0 && Chars.isLetter(s.charAt(w - 1)) && br - w <= 6) {
            w--;
        }
        boolean wholeWord = w == 0 || !Chars.isLetter(s.charAt(w - 1));
        return wholeWord && w < br && FUNCTION_WORDS.contains(s.substring(w, br));
    }

    /** The line ending at {@code br} is a list item ("- item", "* item", "1. item", "• item"). */
    private static boolean isListLine(String s, int br) {
        int start = s.lastIndexOf('\n', br - 1) + 1;
        if (start >= br) {
            return false;
        }
        char c = s.charAt(start);
        if (c == '-' || c == '*' || c == '\u2022' || c == '\u2013' || c == '\u2014') {
            return true;
        }
        int k = start;
        while (k < br && k - start < 3 && Chars.isDigit(s.charAt(k))) {
            k++;
        }
        return k > start && k < br && (s.charAt(k) == '.' || s.charAt(k) == ')');
    }
}
