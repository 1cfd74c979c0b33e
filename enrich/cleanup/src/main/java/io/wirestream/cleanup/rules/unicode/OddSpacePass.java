package io.wirestream.cleanup.rules.unicode;

import io.wirestream.cleanup.edit.Findings;
import io.wirestream.cleanup.rules.Pass;
import io.wirestream.cleanup.rules.PassContext;
import io.wirestream.cleanup.rules.RuleSpec;
import io.wirestream.cleanup.rules.Scope;
import io.wirestream.cleanup.text.TextProfile;
import java.util.List;

/** Turns non-breaking and typographic spaces into plain spaces, and Unicode line separators into '\n'. */
public final class OddSpacePass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("unicode.spaces", Scope.ANY_LANGUAGE,
            "Replaces non-breaking, thin, ideographic and other odd spaces with a plain space.",
            "10\u00A0km -> 10 km", "Mr.\u2009Smith -> Mr. Smith");

    @Override
    public boolean mayRepair(PassContext ctx) {
        return ctx.has(TextProfile.ODD_SPACE);
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
            String r = replacement(s.charAt(i), ctx.isTitle());
            if (r == null) {
                i++;
                continue;
            }
            StringBuilder sb = new StringBuilder(r);
            int j = i + 1;
            String more;
            while (j < n && (more = replacement(s.charAt(j), ctx.isTitle())) != null) {
                sb.append(more);
                j++;
            }
            out.replace(RULE.id(), i, j, sb.toString());
            i = j;
        }
    }

    private static String replacement(char c, boolean title) {
        if (c < '\u00A0') {
            return null;
        }
        if (c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F'
                || c == '\u3000') {
            return " ";
        }
        if (c == '\u2028' || c == '\u2029') {
            return title ? " " : "\n";
        }
        return null;
    }
}
