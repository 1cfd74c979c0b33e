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
 * Whitespace runs: two or more spaces/tabs inside a line become one space; spaces at a line's start or
 * end go; three or more line breaks become one blank line; leading blank lines and trailing whitespace
 * beyond a single final newline go. "\r\n" line ends are kept as they are.
 */
public final class WhitespacePass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("whitespace.runs", Scope.ANY_LANGUAGE,
            "Collapses runs of spaces and blank lines; trims spaces at line ends.",
            "the  officials -> the officials", "para one\\n\\n\\n\\npara two -> para one\\n\\npara two");

    @Override
    public boolean mayRepair(PassContext ctx) {
        return ctx.has(TextProfile.ODD_WHITESPACE) || (ctx.isTitle() && ctx.has(TextProfile.NEWLINE));
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
            char c = s.charAt(i);
            if (!Chars.isHorizontalSpace(c) && !Chars.isLineBreak(c)) {
                i++;
                continue;
            }
            if (c == ' ' && i > 0 && i + 1 < n && !Character.isWhitespace(s.charAt(i + 1))) {
                i += 2; // a single space between words: the overwhelmingly common case
                continue;
            }
            int j = i;
            int breaks = 0;
            boolean crlf = false;
            while (j < n && (Chars.isHorizontalSpace(s.charAt(j)) || Chars.isLineBreak(s.charAt(j)))) {
                char d = s.charAt(j);
                if (d == '\n') {
                    breaks++;
                } else if (d == '\r') {
                    crlf = true;
                    if (j + 1 >= n || s.charAt(j + 1) != '\n') {
                        breaks++; // a lone CR ends a line too
                    }
                }
                j++;
            }
            String want = normalRun(s, i, j, breaks, crlf, ctx.isTitle());
            if (!s.regionMatches(i, want, 0, want.length()) || want.length() != j - i) {
                out.replace(RULE.id(), i, j, want);
            }
            i = j;
        }
    }

    /** What the whitespace run {@code s[i, j)} should be. */
    private static String normalRun(String s, int i, int j, int breaks, boolean crlf, boolean title) {
        boolean atStart = i == 0;
        boolean atEnd = j == s.length();
        if (title) {
            return atStart || atEnd ? "" : " ";
        }
        if (breaks == 0) {
            if (atStart || atEnd) {
                return "";
            }
            return s.charAt(i) == ' ' && j == i + 1 ? " " : (j == i + 1 ? s.substring(i, j) : " ");
        }
        if (atStart) {
            return "";
        }
        String nl = crlf ? "\r\n" : "\n";
        if (atEnd) {
            return breaks == 1 && isPlainBreak(s, i, j) ? s.substring(i, j) : "";
        }
        if (isPlainBreak(s, i, j)) {
            return s.substring(i, j); // already "\n", "\r\n", "\n\n" or "\r\n\r\n"
        }
        return breaks == 1 ? nl : nl + nl;
    }

    /** One or two line breaks and nothing else (no spaces around, no lone CR). */
    private static boolean isPlainBreak(String s, int i, int j) {
        String run = s.substring(i, j);
        return run.equals("\n") || run.equals("\n\n") || run.equals("\r\n") || run.equals("\r\n\r\n");
    }
}
