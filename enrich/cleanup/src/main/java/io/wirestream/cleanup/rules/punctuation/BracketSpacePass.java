package io.wirestream.cleanup.rules.punctuation;

import io.wirestream.cleanup.edit.Findings;
import io.wirestream.cleanup.rules.Pass;
import io.wirestream.cleanup.rules.PassContext;
import io.wirestream.cleanup.rules.RuleSpec;
import io.wirestream.cleanup.rules.Scope;
import io.wirestream.cleanup.text.Chars;
import io.wirestream.cleanup.text.TextProfile;
import java.util.List;

/** Spaces just inside parentheses or square brackets ("( who resigned )"), which English never writes. */
public final class BracketSpacePass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("punctuation.bracket-space", Scope.ENGLISH,
            "Removes spaces just inside parentheses and square brackets.",
            "the minister ( who resigned ) spoke -> the minister (who resigned) spoke");

    @Override
    public boolean mayRepair(PassContext ctx) {
        return ctx.has(TextProfile.BRACKET_SPACE);
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
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                int j = i + 1;
                while (j < n && Chars.isHorizontalSpace(s.charAt(j))) {
                    j++;
                }
                if (j > i + 1 && j < n && (Chars.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '\u201C' || s.charAt(j) == '"')) {
                    out.delete(RULE.id(), i + 1, j);
                }
                i = j - 1;
            } else if ((c == ')' || c == ']') && i > 0 && Chars.isHorizontalSpace(s.charAt(i - 1))) {
                int k = i - 1;
                while (k > 0 && Chars.isHorizontalSpace(s.charAt(k - 1))) {
                    k--;
                }
                char before = k > 0 ? s.charAt(k - 1) : '\n';
                boolean content = Chars.isLetterOrDigit(before) || Chars.isSentenceEnd(before) || Chars.isClosingQuote(before);
                if (content && !isListMarker(s, k)) {
                    out.delete(RULE.id(), k, i);
                }
            }
        }
    }

    /** "a )" or "2 )" starting a line: an enumeration. */
    private static boolean isListMarker(String s, int k) {
        int w = k;
        while (w > 0 && Chars.isLetterOrDigit(s.charAt(w - 1)) && k - w < 3) {
            w--;
        }
        return k - w <= 2 && (w == 0 || s.charAt(w - 1) == '\n');
    }
}
