package io.wirestream.cleanup.rules.punctuation;

import io.wirestream.cleanup.edit.Findings;
import io.wirestream.cleanup.rules.Pass;
import io.wirestream.cleanup.rules.PassContext;
import io.wirestream.cleanup.rules.RuleSpec;
import io.wirestream.cleanup.rules.Scope;
import io.wirestream.cleanup.text.Chars;
import io.wirestream.cleanup.text.TextProfile;
import java.util.List;

/**
 * A second '.' or ',' separated from the preceding mark by spaces (". .", ", ,", "U.S. ."). The spaced
 * ellipsis ". . ." is a legitimate style and is left alone.
 */
public final class SpacedDoublePass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("punctuation.spaced-double", Scope.ENGLISH,
            "Removes a period or comma repeated after a space (\". .\", \", ,\").",
            "a third country. . The -> a third country. The", "officials, , said -> officials, said");
    public static final RuleSpec LOOSE = RuleSpec.of("punctuation.loose-double", Scope.ENGLISH,
            "A doubled period or comma with a space before each mark: one mark, no space (\" . . .\" kept).",
            "resume next month . . -> resume next month.", "the officials , , said -> the officials, said");

    @Override
    public boolean mayRepair(PassContext ctx) {
        return ctx.has(TextProfile.SPACE_THEN_MARK);
    }

    @Override
    public List<RuleSpec> rules() {
        return List.of(RULE, LOOSE);
    }

    @Override
    public boolean appliesToTitle() {
        return true;
    }

    @Override
    public void repair(PassContext ctx, Findings out) {
        String s = ctx.text();
        char[] chars = ctx.chars(); // the shared copy: an array read per character, not a checked charAt
        int n = chars.length;
        for (int i = 0; i < n; i++) {
            char first = chars[i];
            if (!Chars.isMark(first)) {
                continue;
            }
            int j = i + 1;
            while (j < n && Chars.isHorizontalSpace(chars[j])) {
                j++;
            }
            if (j == i + 1 && first == '.' && looseDoubleDot(ctx, s, i, out)) {
                i++;
                continue;
            }
            if (j == i + 1 || j >= n) {
                continue;
            }
            char second = s.charAt(j);
            if ((second != '.' && second != ',') || !endsToken(s, j + 1) || isSpacedEllipsis(s, i, j)
                    || second == '.' && continuesWithPeriod(s, j + 1)) {
                continue;
            }
            if (i > 0 && s.charAt(i - 1) == ' ') {
                if (loose(ctx, s, i, j, out)) { // "month . ." : both marks loose
                    i = j;
                }
                continue;
            }
            if (i > 0 && Chars.isMark(s.charAt(i - 1))) {
                continue; // "... ." : a different shape, left alone
            }
            if (!ctx.allows(RULE)) {
                continue;
            }
            if (second == '.' && (first == ',' || first == ';' || first == ':')) {
                out.replace(RULE.id(), i, j + 1, ".");
            } else if (first == '.' && second == ',' && endsAbbreviation(s, i)) {
                out.delete(RULE.id(), i + 1, j); // "the U.K. , the" -> "the U.K., the"
            } else {
                out.delete(RULE.id(), i + 1, j + 1);
            }
            i = j;
        }
    }

    /**
     * "month . ." or "officials , , said": both marks stand after spaces; they become one mark against the
     * word. Only after a word, a digit, a closing quote or bracket, so a spaced ellipsis or a list of marks
     * is not touched.
     */
    private static boolean loose(PassContext ctx, String s, int first, int second, Findings out) {
        if (!ctx.allows(LOOSE)) {
            return false;
        }
        int b = first;
        while (b > 0 && s.charAt(b - 1) == ' ') {
            b--;
        }
        if (b == 0) {
            return false;
        }
        char before = s.charAt(b - 1);
        if (!Chars.isLetterOrDigit(before) && !Chars.isClosingQuote(before) && !Chars.isClosingBracket(before)) {
            return false;
        }
        char a = s.charAt(first);
        char c = s.charAt(second);
        if ((a == '.' && c == '.' || a == ',' && c == '.') && sentenceFollows(s, second + 1)) {
            out.replace(LOOSE.id(), b, second + 1, ".");
            return true;
        } else if (a == ',' && c == ',') {
            out.replace(LOOSE.id(), b, second + 1, ",");
            return true;
        }
        return false;
    }

    /** The period at {@code dot} closes an abbreviation: "U.K.", "a.m.", "Inc.", "Jr.", "Dr.". */
    private static boolean endsAbbreviation(String s, int dot) {
        int k = dot - 1;
        int letters = 0;
        boolean innerDot = false;
        while (k >= 0 && dot - k <= 12 && (Chars.isLetter(s.charAt(k)) || s.charAt(k) == '.')) {
            if (s.charAt(k) == '.') {
                innerDot = true;
            } else {
                letters++;
            }
            k--;
        }
        boolean wordStart = k < 0 || !Chars.isLetterOrDigit(s.charAt(k));
        if (!wordStart || letters == 0) {
            return false;
        }
        return innerDot || (letters <= 3 && Chars.isUpper(s.charAt(k + 1)));
    }

    /** The second mark must stand alone: followed by a space, line end, closing quote or bracket. */
    private static boolean endsToken(String s, int k) {
        if (k >= s.length()) {
            return true;
        }
        char c = s.charAt(k);
        return Character.isWhitespace(c) || Chars.isClosingQuote(c) || Chars.isClosingBracket(c);
    }

    /** "month .." : exactly two periods after a space (not an ellipsis) become one against the word. */
    private static boolean looseDoubleDot(PassContext ctx, String s, int i, Findings out) {
        if (i == 0 || s.charAt(i - 1) != ' ' || i + 1 >= s.length() || s.charAt(i + 1) != '.'
                || !endsToken(s, i + 2) || !ctx.allows(LOOSE)) {
            return false;
        }
        int b = i;
        while (b > 0 && s.charAt(b - 1) == ' ') {
            b--;
        }
        if (b == 0 || !Chars.isLetterOrDigit(s.charAt(b - 1)) || !sentenceFollows(s, i + 2)) {
            return false;
        }
        out.replace(LOOSE.id(), b, i + 2, ".");
        return true;
    }

    /**
     * After a loose double period a sentence must end: the line or text ends, or a capital follows ("good ..
     * really" or "2 .. 3" may be an ellipsis or a range, so they are left alone).
     */
    private static boolean sentenceFollows(String s, int k) {
        int e = k;
        while (e < s.length() && (s.charAt(e) == ' ' || s.charAt(e) == '\t')) {
            e++;
        }
        return e >= s.length() || Chars.isLineBreak(s.charAt(e)) || Chars.isUpper(s.charAt(e))
                || Chars.isClosingQuote(s.charAt(e)) || s.charAt(e) == '\u201C' || s.charAt(e) == '"';
    }

    /** "? . . ." : the second mark starts a spaced ellipsis; taking it would eat the ellipsis one period a round. */
    private static boolean continuesWithPeriod(String s, int k) {
        int e = k;
        while (e < s.length() && s.charAt(e) == ' ') {
            e++;
        }
        return e > k && e < s.length() && s.charAt(e) == '.';
    }

    private static boolean isSpacedEllipsis(String s, int i, int j) {
        if (s.charAt(i) != '.' || s.charAt(j) != '.') {
            return false;
        }
        // ". . ." forward, or we are the tail of one
        int k = j + 1;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        if (k > j + 1 && k < s.length() && s.charAt(k) == '.') {
            return true;
        }
        int b = i - 1;
        while (b >= 0 && s.charAt(b) == ' ') {
            b--;
        }
        return b < i - 1 && b >= 0 && s.charAt(b) == '.';
    }
}
