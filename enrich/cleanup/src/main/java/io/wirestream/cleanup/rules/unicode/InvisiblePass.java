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
 * Deletes characters that are invisible in news text: zero-width space/joiners, word joiner, BOM, bidi
 * controls, soft hyphens, and stray control characters. ZWNJ/ZWJ are kept between two letters of a
 * joining script (Persian needs ZWNJ to spell words) and ZWJ next to emoji, where they carry meaning.
 */
public final class InvisiblePass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("unicode.invisible", Scope.ANY_LANGUAGE,
            "Removes zero-width characters, BOM, bidi controls, soft hyphens and control characters.",
            "Da\u200Bmascus -> Damascus", "\u202Bofficials\u202C -> officials", "inter\u00ADnational -> international");

    @Override
    public boolean mayRepair(PassContext ctx) {
        return ctx.has(TextProfile.INVISIBLE);
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
            if (!removable(s, i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && removable(s, j)) {
                j++;
            }
            out.delete(RULE.id(), i, j);
            i = j;
        }
    }

    private static boolean removable(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c != '\n' && c != '\r' && c != '\t';
        }
        if (c < 0x7F) {
            return false;
        }
        if (c <= 0x9F) {
            return true; // DEL and C1 controls
        }
        switch (c) {
            case '\u00AD', '\u200B', '\u2060', '\uFEFF', '\u200E', '\u200F', '\u061C', '\u180E',
                    '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069':
                return true;
            case '\u200C':
                return !betweenJoiningLetters(s, i);
            case '\u200D':
                return !betweenJoiningLetters(s, i) && !nextToEmoji(s, i);
            default:
                return false;
        }
    }

    private static boolean betweenJoiningLetters(String s, int i) {
        if (i == 0 || i + 1 >= s.length()) {
            return false;
        }
        char a = s.charAt(i - 1);
        char b = s.charAt(i + 1);
        return isJoiningLetter(a) && isJoiningLetter(b);
    }

    /** Letters or marks of scripts where ZWNJ/ZWJ shape words (Arabic script, Indic scripts). */
    private static boolean isJoiningLetter(char c) {
        return Chars.isArabicScript(c) || (c >= '\u0900' && c <= '\u0DFF');
    }

    private static boolean nextToEmoji(String s, int i) {
        char a = i > 0 ? s.charAt(i - 1) : ' ';
        char b = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        return Character.isSurrogate(a) || Character.isSurrogate(b) || a == '\uFE0F'
                || Character.getType(a) == Character.OTHER_SYMBOL || Character.getType(b) == Character.OTHER_SYMBOL;
    }
}
