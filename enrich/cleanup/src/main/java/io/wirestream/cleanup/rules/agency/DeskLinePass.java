package io.wirestream.cleanup.rules.agency;

import io.wirestream.cleanup.edit.Findings;
import io.wirestream.cleanup.patterns.PatternSet;
import io.wirestream.cleanup.rules.Pass;
import io.wirestream.cleanup.rules.PassContext;
import io.wirestream.cleanup.rules.RuleSpec;
import io.wirestream.cleanup.rules.Scope;
import io.wirestream.cleanup.text.Chars;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Wire-desk residue inside the body, not only at its end: editors' initials and desk codes ("K.R / T.M",
 * "QNA/Name Surname/Name Surname", "**5521**") as a whole line or after the last sentence of a paragraph,
 * and an agency's short name alone on a line between paragraphs ("MENA", "AA").
 *
 * <p>It runs before {@link TrailerPass}, so a desk line among the trailer lines does not stop that walk.
 * The first line is never removed whole. A short name alone between paragraphs goes when the pattern file
 * names the agency, or when the same capitals stand alone on another line too or sign the dateline
 * ("CAIRO (XYZ) -"): a heading such as "NATO" alone once is left as it is. Short names among the last lines
 * are left to {@link TrailerPass} (rule {@code trailer.agency-name}).
 */
public final class DeskLinePass implements Pass {
    public static final RuleSpec DESK_LINE = RuleSpec.of("agency.desk-line", Scope.ENGLISH,
            "Removes editors' initials and desk codes as a line or after a paragraph's last sentence"
                    + " (patterns file: desk-line, agency).",
            "...talks.\\nK.R / T.M -> ...talks.", "...talks. N.A/J.S -> ...talks.", "...talks.\\nP.D -> ...talks.",
            "...talks.\\nQNA/Name Surname/Name Surname -> ...talks.", "...talks. **5521** -> ...talks.");
    public static final RuleSpec NAME_LINE = RuleSpec.of("agency.name-line", Scope.ENGLISH,
            "Removes an agency's short name in capitals alone on a line between paragraphs (a named agency, or"
                    + " capitals repeated alone or in the dateline); a heading used once is kept.",
            "para one\\nMENA\\npara two -> para one\\npara two", "para one\\nNATO\\npara two -> unchanged");

    /** Longest line tried as a whole desk line, and how far back from a line's end a desk tail may start. */
    private static final int MAX_DESK_LINE = 100;
    private static final int MAX_TAIL = 60;
    private static final int MAX_CODE = 6;
    /** The longest desk tail tried without a '/', '*', '#' or '(' in it. */
    private static final int MAX_PLAIN_TAIL = 8;

    private final PatternSet patterns;

    public DeskLinePass(PatternSet patterns) {
        this.patterns = patterns;
    }

    @Override
    public List<RuleSpec> rules() {
        return List.of(DESK_LINE, NAME_LINE);
    }

    @Override
    public void repair(PassContext ctx, Findings out) {
        if (ctx.isTitle() || !ctx.isEnglish()) {
            return;
        }
        String s = ctx.text();
        boolean desk = ctx.allows(DESK_LINE);
        boolean names = ctx.allows(NAME_LINE);
        int lastProse = names ? lastProseLineStart(s) : -1;
        Map<String, Integer> loneCodes = names ? loneCapitals(s) : Map.of();
        char[] chars = ctx.chars(); // the shared copy: the line scans read arrays, not a checked charAt
        // one matcher for every line tried, re-aimed by region(): a new one per line cost more than most matches
        Matcher deskLine = patterns.deskLine().matcher(s);
        int n = s.length();
        int lineStart = 0;
        int deletedTo = 0; // a deletion may take the break after its line; the next one must start after it
        while (lineStart < n) {
            int lineEnd = s.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int a = lineStart;
            int b = lineEnd;
            while (a < b && Character.isWhitespace(chars[a])) {
                a++;
            }
            while (b > a && Character.isWhitespace(chars[b - 1])) {
                b--;
            }
            if (b > a) {
                boolean whole = lineStart > 0 && b - a <= MAX_DESK_LINE;
                if (whole && desk && isDeskLine(deskLine, chars, a, b)) {
                    deletedTo = deleteLine(s, lineStart, b, deletedTo, out, DESK_LINE);
                } else if (whole && names && lineStart < lastProse && isNameLine(s, a, b, loneCodes)) {
                    deletedTo = deleteLine(s, lineStart, b, deletedTo, out, NAME_LINE);
                } else if (desk) {
                    deskTail(s, chars, deskLine, a, b, out);
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /** Whether {@code [a, b)} is a desk line, asked of {@code deskLine}, the text's desk-line matcher. */
    private static boolean isDeskLine(Matcher deskLine, char[] chars, int a, int b) {
        char c = chars[a];
        return (Chars.isUpper(c) || c == '*' || c == '#' || c == '(') && deskLine.region(a, b).matches();
    }

    /**
     * "... said. K.R / T.M": the text after one of the line's last sentence ends, if it is a desk line. Tried
     * from the earliest candidate so "K.R. / T.M." is taken whole; only short candidates with a slash or
     * marker, or a few characters, reach the regex.
     */
    private static void deskTail(String s, char[] chars, Matcher deskLine, int a, int b, Findings out) {
        int from = Math.max(a + 1, b - MAX_TAIL);
        // the tail's last marker, found once rather than by a rescan of the rest of the line at every space
        int lastMarker = lastMarker(chars, from, b);
        // without a marker only the last few characters can be tried (the test below): start there
        int start = lastMarker < from ? Math.max(from, b - MAX_PLAIN_TAIL) : from;
        for (int p = start; p < b; p++) {
            if (chars[p - 1] != ' ') {
                continue;
            }
            if (b - p > MAX_PLAIN_TAIL && lastMarker < p) {
                continue; // too long and no marker from here on: not worth the regex
            }
            int q = p - 1;
            while (q > a && s.charAt(q - 1) == ' ') {
                q--;
            }
            if (q == a || !endsSentence(s, a, q)) {
                continue;
            }
            if (isDeskLine(deskLine, chars, p, b)) {
                out.delete(DESK_LINE.id(), q, b);
                return;
            }
        }
    }

    /**
     * The mark before {@code q} ends a sentence, not an abbreviation: "talks." or "said:" no, "Dr." and "U.S."
     * no (so "written by Dr. J.R." keeps its initials).
     */
    private static boolean endsSentence(String s, int a, int q) {
        char mark = s.charAt(q - 1);
        if (mark != '.') {
            return isSentenceEnd(mark);
        }
        int w = q - 1;
        while (w > a && Chars.isLetter(s.charAt(w - 1))) {
            w--;
        }
        if (q - 1 - w == 0) {
            return w > a && (Chars.isDigit(s.charAt(w - 1)) || Chars.isClosingQuote(s.charAt(w - 1))
                    || Chars.isClosingBracket(s.charAt(w - 1)));
        }
        boolean dotBefore = w > a && s.charAt(w - 1) == '.';
        return q - 1 - w >= 2 && !dotBefore
                && !ABBREVIATIONS.contains(s.substring(w, q - 1));
    }

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("Mr", "Mrs", "Ms", "Dr", "Prof",
            "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Rev", "Jr", "Sr", "No", "Inc", "Co",
            "Corp", "Ltd", "vs", "etc", "Mt", "Ft", "Ave", "Blvd", "Dept", "Univ", "approx", "Jan", "Feb", "Mar",
            "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201D';
    }

    /**
     * Where the last '/', '*', '#' or '(' of {@code [from, b)} is, or -1. Only a candidate tail with such a marker,
     * or of a few characters, is worth trying against the desk-line regex.
     */
    private static int lastMarker(char[] chars, int from, int b) {
        for (int i = b - 1; i >= from; i--) {
            char c = chars[i];
            if (c == '/' || c == '*' || c == '#' || c == '(') {
                return i;
            }
        }
        return -1;
    }

    private boolean isNameLine(String s, int a, int b, Map<String, Integer> loneCodes) {
        if (b - a > 40 || !Chars.isUpper(s.charAt(a))) {
            return false;
        }
        if (!hasLower(s, a, b) && patterns.agencyLine().matcher(s).region(a, b).matches()) {
            return true; // in capitals only: "Bernama" or "Xinhua" alone could be a heading, "BERNAMA" is a sign
        }
        Integer seen = isCapitals(s, a, b) ? loneCodes.get(s.substring(a, b)) : null;
        return seen != null && (seen >= 2 || signsDateline(s, s.substring(a, b)));
    }

    /** "CAIRO, May 3 (XYZ) - ...": the code in brackets followed by a dash, within the first line. */
    private static boolean signsDateline(String s, String code) {
        int firstLineEnd = s.indexOf('\n');
        int limit = Math.min(firstLineEnd < 0 ? s.length() : firstLineEnd, 300);
        int at = s.indexOf("(" + code + ")", 0);
        if (at < 0 || at > limit) {
            return false;
        }
        int k = at + code.length() + 2;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        return k < s.length() && (s.charAt(k) == '-' || s.charAt(k) == '\u2013' || s.charAt(k) == '\u2014');
    }

    /** How often each short capitals code stands alone on a line (the first line excluded). */
    private static Map<String, Integer> loneCapitals(String s) {
        Map<String, Integer> out = new HashMap<>();
        int lineStart = s.indexOf('\n') + 1;
        while (lineStart > 0 && lineStart < s.length()) {
            int lineEnd = s.indexOf('\n', lineStart);
            int end = lineEnd < 0 ? s.length() : lineEnd;
            int a = lineStart;
            int b = end;
            while (a < b && Character.isWhitespace(s.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
                b--;
            }
            if (b - a >= 2 && b - a <= MAX_CODE && isCapitals(s, a, b)) {
                out.merge(s.substring(a, b), 1, Integer::sum);
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static boolean hasLower(String s, int a, int b) {
        for (int i = a; i < b; i++) {
            if (Chars.isLower(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapitals(String s, int a, int b) {
        if (b - a < 2 || b - a > MAX_CODE) {
            return false;
        }
        for (int i = a; i < b; i++) {
            char c = s.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /**
     * Start of the last line that reads as prose (a sentence of three words or more, or a long line): lines
     * after it are the trailer, which {@link TrailerPass} owns.
     */
    private static int lastProseLineStart(String s) {
        int end = s.length();
        while (end > 0) {
            int lineStart = s.lastIndexOf('\n', end - 1) + 1;
            int b = end;
            while (b > lineStart && Character.isWhitespace(s.charAt(b - 1))) {
                b--;
            }
            if (b - lineStart > 80 || (b > lineStart && isSentenceEnd(s.charAt(b - 1)) && spaces(s, lineStart, b) >= 2)) {
                return lineStart;
            }
            end = lineStart - 1;
        }
        return 0;
    }

    private static int spaces(String s, int from, int to) {
        int count = 0;
        for (int i = from; i < to && count < 2; i++) {
            if (s.charAt(i) == ' ') {
                count++;
            }
        }
        return count;
    }

    /**
     * Deletes a whole line and one of the whitespace runs around it, keeping the run with more line breaks,
     * so the paragraphs around it keep their spacing ("para\n\nMENA\npara" -> "para\n\npara").
     */
    private static int deleteLine(String s, int lineStart, int contentEnd, int floor, Findings out, RuleSpec rule) {
        int n = s.length();
        int before = Math.max(lineStart, floor);
        while (before > floor && Character.isWhitespace(s.charAt(before - 1))) {
            before--;
        }
        int after = contentEnd;
        while (after < n && Character.isWhitespace(s.charAt(after))) {
            after++;
        }
        if (after == n) {
            out.delete(rule.id(), before, n); // the last line: its trailing whitespace goes too, as trailers do
            return n;
        }
        int nextBreak = s.indexOf('\n', contentEnd);
        if (breaks(s, before, lineStart) > breaks(s, contentEnd, after)) {
            out.delete(rule.id(), lineStart, after);
            return after;
        }
        out.delete(rule.id(), before, nextBreak);
        return nextBreak;
    }

    private static int breaks(String s, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
