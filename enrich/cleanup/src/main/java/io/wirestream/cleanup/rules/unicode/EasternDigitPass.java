package io.wirestream.cleanup.rules.unicode;

import io.wirestream.cleanup.edit.Findings;
import io.wirestream.cleanup.rules.Pass;
import io.wirestream.cleanup.rules.PassContext;
import io.wirestream.cleanup.rules.RuleSpec;
import io.wirestream.cleanup.rules.Scope;
import io.wirestream.cleanup.text.Chars;
import io.wirestream.cleanup.text.TextProfile;
import java.util.List;

/**
 * In English text, turns Arabic-Indic (U+0660-0669) and Persian (U+06F0-06F9) digits into ASCII digits,
 * with the Arabic decimal and thousands separators between them. Runs that touch Arabic-script letters
 * belong to quoted Persian or Arabic and are left as written.
 */
public final class EasternDigitPass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("digits.eastern", Scope.ENGLISH,
            "Converts Arabic-Indic and Persian digits inside English text to ASCII digits.",
            "on \u06F1\u06F1 January -> on 11 January", "\u0661\u0669\u0667\u0669 -> 1979");

    @Override
    public boolean mayRepair(PassContext ctx) {
        return ctx.has(TextProfile.EASTERN_DIGIT);
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
        int i = 0;
        while (i < n) {
            if (digit(s.charAt(i)) < 0) {
                i++;
                continue;
            }
            StringBuilder sb = new StringBuilder();
            int j = i;
            while (j < n) {
                char c = s.charAt(j);
                int d = digit(c);
                if (d >= 0) {
                    sb.append((char) ('0' + d));
                } else if ((c == '\u066B' || c == '\u066C') && j + 1 < n && digit(s.charAt(j + 1)) >= 0) {
                    sb.append(c == '\u066B' ? '.' : ',');
                } else {
                    break;
                }
                j++;
            }
            boolean arabicContext = (i > 0 && Chars.isArabicScript(s.charAt(i - 1)) && digit(s.charAt(i - 1)) < 0)
                    || (j < n && Chars.isArabicScript(s.charAt(j)));
            if (!arabicContext) {
                out.replace(RULE.id(), i, j, sb.toString());
            }
            i = j;
        }
    }

    private static int digit(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return c - '\u0660';
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return c - '\u06F0';
        }
        return -1;
    }
}
