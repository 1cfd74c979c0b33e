package io.wirestream.cleanup.rules.structure;

import io.wirestream.cleanup.edit.Findings;
import io.wirestream.cleanup.rules.Pass;
import io.wirestream.cleanup.rules.PassContext;
import io.wirestream.cleanup.rules.RuleSpec;
import io.wirestream.cleanup.rules.Scope;
import io.wirestream.cleanup.text.Chars;
import io.wirestream.cleanup.text.QuoteSpans;
import io.wirestream.cleanup.text.TextProfile;
import java.util.List;

/**
 * Unbalanced ( ) [ ] { } within a paragraph. The one certain repair is a doubled bracket whose twin is
 * unmatched ("(the talks))" -> "(the talks)"), outside quotations; every other unmatched bracket is
 * flagged, since guessing where the missing partner goes would rewrite the sentence. List markers ("a)",
 * "2)") and emoticons are not brackets. An explicit stack keeps deep nesting linear and off the call stack.
 */
public final class BracketPass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("brackets.unbalanced", Scope.ENGLISH,
            "Removes a doubled unmatched bracket; flags any other unmatched bracket in a paragraph.",
            "(the talks)) -> (the talks)", "(the new officials) Syria) -> flagged");

    @Override
    public boolean mayRepair(PassContext ctx) {
        return ctx.has(TextProfile.DOUBLED_BRACKET); // the only repair is of a doubled bracket
    }

    @Override
    public boolean mayInspect(PassContext ctx) {
        return ctx.has(TextProfile.BRACKET);
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
        scan(ctx, out, false);
    }

    @Override
    public void inspect(PassContext ctx, Findings out) {
        scan(ctx, out, true);
    }

    private static void scan(PassContext ctx, Findings out, boolean flagging) {
        String s = ctx.text();
        char[] chars = ctx.chars();
        int n = chars.length;
        int[] stack = new int[16];
        int depth = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? chars[i] : '\n';
            if (c == '\n') {
                for (int k = 0; k < depth; k++) {
                    int pos = stack[k];
                    report(s, pos, pos + 1 < n && s.charAt(pos + 1) == s.charAt(pos), ctx.quotes(), out, flagging, pos, pos + 1);
                }
                depth = 0;
            } else if (c == '(' || c == '[' || c == '{') {
                if (c == '(' && isEmoticon(s, i)) {
                    continue;
                }
                if (depth == stack.length) {
                    stack = java.util.Arrays.copyOf(stack, depth * 2);
                }
                stack[depth++] = i;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth > 0 && s.charAt(stack[depth - 1]) == opener(c)) {
                    depth--;
                } else if (depth > 0 && contains(s, stack, depth, opener(c))) {
                    // crossed brackets "( [ )": pop to the matching opener, the skipped ones are unmatched
                    while (s.charAt(stack[depth - 1]) != opener(c)) {
                        int pos = stack[--depth];
                        if (flagging) {
                            out.flag(RULE.id(), pos, pos + 1);
                        }
                    }
                    depth--;
                } else if (!isListMarker(s, i) && !isEmoticon(s, i)) {
                    report(s, i, i > 0 && s.charAt(i - 1) == c, ctx.quotes(), out, flagging, i, i + 1);
                }
            }
        }
    }

    /** A doubled unmatched bracket outside quotes is deleted; anything else is flagged. */
    private static void report(String s, int pos, boolean doubled, QuoteSpans quotes, Findings out,
            boolean flagging, int start, int end) {
        boolean repairable = doubled && !quotes.isQuoted(pos);
        if (repairable && !flagging) {
            out.delete(RULE.id(), start, end);
        } else if (!repairable && flagging) {
            out.flag(RULE.id(), start, end);
        }
    }

    private static boolean contains(String s, int[] stack, int depth, char open) {
        for (int k = depth - 1; k >= 0 && depth - k <= 8; k--) {
            if (s.charAt(stack[k]) == open) {
                return true;
            }
        }
        return false;
    }

    private static char opener(char close) {
        return close == ')' ? '(' : close == ']' ? '[' : '{';
    }

    /** "a)", "2)", "iv)" at a line start or after a space: an enumeration, not a bracket. */
    private static boolean isListMarker(String s, int i) {
        int k = i - 1;
        while (k >= 0 && i - k <= 3 && Chars.isLetterOrDigit(s.charAt(k))) {
            k--;
        }
        return k < i - 1 && i - k <= 4 && (k < 0 || Character.isWhitespace(s.charAt(k)));
    }

    private static boolean isEmoticon(String s, int i) {
        return i > 0 && (s.charAt(i - 1) == ':' || s.charAt(i - 1) == ';');
    }
}
