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
 * Doubled punctuation written without a space: ",," ";;" "::" ",." and exactly two periods after a word
 * (three or more is an ellipsis; "..." in paths and URLs is not followed by a space). "?!" and "!!" are
 * style, not artifacts, and stay.
 */
public final class DoubledMarkPass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("punctuation.doubled", Scope.ENGLISH,
            "Collapses doubled punctuation (\",,\", \";;\", \",.\", and exactly two periods after a word).",
            "officials,, said -> officials, said", "the border.. The -> the border. The");

    @Override
    public boolean mayRepair(PassContext ctx) {
        return ctx.has(TextProfile.DOUBLED_MARK);
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
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (c != ',' && c != ';' && c != '.' && c != ':') {
                continue;
            }
            char prev = s.charAt(i - 1);
            if (!(Chars.isLetterOrDigit(prev) || Chars.isClosingQuote(prev) || Chars.isClosingBracket(prev))) {
                continue;
            }
            int j = i + 1;
            if (c == '.') {
                while (j < n && s.charAt(j) == '.') {
                    j++;
                }
                if (j - i == 2 && isBoundary(s, j)) {
                    out.delete(RULE.id(), i + 1, j);
                }
            } else {
                while (j < n && (s.charAt(j) == c || s.charAt(j) == '.' && c == ',')) {
                    j++;
                }
                if (j - i >= 2 && isBoundary(s, j)) {
                    boolean hasPeriod = s.substring(i, j).indexOf('.') >= 0;
                    if (hasPeriod && s.charAt(j - 1) == '.' && s.substring(i, j - 1).indexOf('.') < 0) {
                        out.replace(RULE.id(), i, j, "."); // ",." -> "."
                    } else if (!hasPeriod) {
                        out.delete(RULE.id(), i + 1, j);
                    }
                }
            }
            i = j - 1;
        }
    }

    private static boolean isBoundary(String s, int k) {
        if (k >= s.length()) {
            return true;
        }
        char c = s.charAt(k);
        return Character.isWhitespace(c) || Chars.isClosingQuote(c) || Chars.isClosingBracket(c);
    }
}
