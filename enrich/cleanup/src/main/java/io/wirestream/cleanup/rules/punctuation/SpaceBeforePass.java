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
 * Removes spaces before , ; : . ! ? in English ("officials , said"). The mark must end its token (so
 * ".NET", ".5" and " ..." ellipses are left alone) and follow a word, number, quote or bracket.
 */
public final class SpaceBeforePass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("punctuation.space-before", Scope.ENGLISH,
            "Removes spaces before a comma, semicolon, colon, period, question or exclamation mark.",
            "officials , said -> officials, said", "in Damascus . -> in Damascus.", "officials ,who -> officials, who");

    @Override
    public boolean mayRepair(PassContext ctx) {
        return ctx.has(TextProfile.SPACE_THEN_MARK);
    }

    @Override
    public List<RuleSpec> rules() {
        return List.of(RULE);
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
        // Both repairs need a mark right after a run of spaces and tabs that opens with a space after a word (a run
        // opening with a tab, or at the text's start, has no word before its first space). So the scan stops at
        // marks, rare, and looks back for the run, rather than stopping at every space, which made the per-character
        // test flip at nearly every word.
        for (int j = 1; j < n; j++) {
            char mark = chars[j];
            if (!Chars.isMark(mark) || !Chars.isHorizontalSpace(chars[j - 1])) {
                continue;
            }
            int i = j - 1;
            while (i > 0 && Chars.isHorizontalSpace(chars[i - 1])) {
                i--;
            }
            if (i == 0 || chars[i] != ' ') {
                continue;
            }
            char prev = chars[i - 1];
            boolean prevOk = Chars.isLetterOrDigit(prev) || Chars.isClosingQuote(prev) || Chars.isClosingBracket(prev);
            if (prevOk && standsAlone(s, j, mark)) {
                out.delete(RULE.id(), i, j);
            } else if (prevOk && gluedToNextWord(s, i, j, mark)) {
                out.replace(RULE.id(), i, j + 1, mark + " "); // "word ,next" -> "word, next"
            }
        }
    }

    /**
     * "officials ,who" or "the port .The": the space sits on the wrong side of the mark. For a period,
     * only between a lower-case word of two letters or more and a capitalised word, as in SpaceAfterPass.
     */
    private static boolean gluedToNextWord(String s, int i, int j, char mark) {
        if (j + 2 >= s.length() || !Chars.isLetter(s.charAt(j + 1))) {
            return false;
        }
        if (mark == ',' || mark == ';') {
            return Chars.isLetterOrDigit(s.charAt(i - 1));
        }
        return mark == '.' && i >= 2 && Chars.isLower(s.charAt(i - 1)) && Chars.isLower(s.charAt(i - 2))
                && Chars.isUpper(s.charAt(j + 1)) && Chars.isLower(s.charAt(j + 2));
    }

    /** The mark ends its token and is not an ellipsis or an emoticon. */
    private static boolean standsAlone(String s, int j, char mark) {
        int k = j + 1;
        if (k >= s.length()) {
            return true;
        }
        char next = s.charAt(k);
        if (mark == '.' && (next == '.' || next == ' ' && k + 1 < s.length() && s.charAt(k + 1) == '.')) {
            return false;
        }
        if ((mark == ';' || mark == ':') && (next == ')' || next == '(' || next == '-')) {
            return false;
        }
        return next == ' ' || next == '\n' || next == '\r' || next == '\t' || next == '"' || next == '\u201D';
    }
}
