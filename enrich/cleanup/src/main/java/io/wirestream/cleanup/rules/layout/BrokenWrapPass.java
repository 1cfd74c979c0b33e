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
 * A single line break inside a sentence, left by hard wrapping: the line ends in a letter, digit or comma
 * and the next line starts with a lower-case letter, so no paragraph, heading or list item can be
 * meant. Joined with a space. A word hyphenated across the break ("inter-\nnational") is flagged, since
 * whether the hyphen belongs to the word is not knowable here.
 */
public final class BrokenWrapPass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("layout.broken-wrap", Scope.ENGLISH,
            "Joins a line broken in mid-sentence (next line starts lower-case, or the line ends in a comma or \"of\", \"the\"...); flags hyphenated breaks.",
            "the interim\\ngovernment said -> the interim government said");

    @Override
    public boolean mayRepair(PassContext ctx) {
        return ctx.has(TextProfile.NEWLINE);
    }

    @Override
    public boolean mayInspect(PassContext ctx) {
        return ctx.has(TextProfile.NEWLINE);
    }

    @Override
    public List<RuleSpec> rules() {
        return List.of(RULE);
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
        if (ctx.isTitle()) {
            return;
        }
        String s = ctx.text();
        int n = s.length();
        int i = s.indexOf('\n');
        while (i > 0) {
            int br = i > 0 && s.charAt(i - 1) == '\r' ? i - 1 : i;
            int next = i + 1;
            if (br > 0 && next < n && (Chars.isLower(s.charAt(next)) || continuesSentence(s, br, next))) {
                char last = s.charAt(br - 1);
                if (last == '-' && br > 1 && Chars.isLetter(s.charAt(br - 2))) {
                    if (flagging) {
                        out.flag(RULE.id(), br - 1, next);
                    }
                } else if ((Chars.isLetterOrDigit(last) || last == ',') && !flagging && !isListLine(s, br)) {
                    out.replace(RULE.id(), br, next, " ");
                }
            }
            i = s.indexOf('\n', i + 1);
        }
    }

    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "a", "an", "of", "to", "in",
            "on", "at", "for", "with", "from", "by", "and", "or", "that", "which", "its", "their", "his", "her");

    /**
     * A line ending in a comma or in a word no sentence ends with ("of", "the") continues into the next
     * line whatever the case of the next letter ("the\nUnited States").
     */
    private static boolean continuesSentence(String s, int br, int next) {
        if (!Chars.isLetter(s.charAt(next))) {
            return false;
        }
        char last = s.charAt(br - 1);
        if (last == ',') {
            return true;
        }
        int w = br;
        while (w > 0 && Chars.isLetter(s.charAt(w - 1)) && br - w <= 6) {
            w--;
        }
        boolean wholeWord = w == 0 || !Chars.isLetter(s.charAt(w - 1));
        return wholeWord && w < br && FUNCTION_WORDS.contains(s.substring(w, br));
    }

    /** The line ending at {@code br} is a list item ("- item", "* item", "1. item", "• item"). */
    private static boolean isListLine(String s, int br) {
        int start = s.lastIndexOf('\n', br - 1) + 1;
        if (start >= br) {
            return false;
        }
        char c = s.charAt(start);
        if (c == '-' || c == '*' || c == '\u2022' || c == '\u2013' || c == '\u2014') {
            return true;
        }
        int k = start;
        while (k < br && k - start < 3 && Chars.isDigit(s.charAt(k))) {
            k++;
        }
        return k > start && k < br && (s.charAt(k) == '.' || s.charAt(k) == ')');
    }
}
