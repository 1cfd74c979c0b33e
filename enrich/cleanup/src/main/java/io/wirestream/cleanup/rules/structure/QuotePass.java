package io.wirestream.cleanup.rules.structure;

import io.wirestream.cleanup.edit.Findings;
import io.wirestream.cleanup.rules.Pass;
import io.wirestream.cleanup.rules.PassContext;
import io.wirestream.cleanup.rules.RuleSpec;
import io.wirestream.cleanup.rules.Scope;
import io.wirestream.cleanup.text.TextProfile;
import java.util.List;

/**
 * Flags unbalanced double quotes within a paragraph. Never rewrites: where the missing mark belongs is a
 * guess. An open quote left open at the paragraph end is fine when the next paragraph opens a quote too,
 * which is how English continues a quotation across paragraphs.
 */
public final class QuotePass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("quotes.unbalanced", Scope.ENGLISH,
            "Flags a paragraph whose double quotes do not pair up.",
            "He said “we will return. -> flagged");

    @Override
    public boolean mayInspect(PassContext ctx) {
        return ctx.has(TextProfile.QUOTE);
    }

    @Override
    public List<RuleSpec> rules() {
        return List.of(RULE);
    }

    @Override
    public void inspect(PassContext ctx, Findings out) {
        String s = ctx.text();
        char[] chars = ctx.chars();
        int n = s.length();
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = s.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            checkParagraph(s, chars, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
    }

    private static void checkParagraph(String s, char[] chars, int from, int to, Findings out) {
        int open = -1;
        int straight = -1;
        int straightCount = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == '\u201C') {
                if (open >= 0) {
                    out.flag(RULE.id(), open, open + 1); // opened twice without closing
                }
                open = i;
            } else if (c == '\u201D') {
                if (open < 0) {
                    out.flag(RULE.id(), i, i + 1);
                }
                open = -1;
            } else if (c == '"') {
                straightCount++;
                straight = i;
            }
        }
        boolean continues = nextParagraphOpensQuote(s, to);
        if (open >= 0 && !continues) {
            out.flag(RULE.id(), open, open + 1);
        }
        if (straightCount % 2 == 1 && !continues) {
            out.flag(RULE.id(), straight, straight + 1);
        }
    }

    private static boolean nextParagraphOpensQuote(String s, int lineEnd) {
        int k = lineEnd;
        while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
            k++;
        }
        return k < s.length() && k > lineEnd && (s.charAt(k) == '\u201C' || s.charAt(k) == '"');
    }
}
