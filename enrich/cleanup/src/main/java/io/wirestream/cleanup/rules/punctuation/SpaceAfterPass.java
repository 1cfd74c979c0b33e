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
 * Inserts the missing space after , ; : ? ! between two words, and after a sentence period between a
 * lower-case word and a capitalised one ("officials.The"). Abbreviations ("U.S.", "Ph.D", "Dr.Smith"),
 * numbers ("1,000", "10:30", "3.5") and tokens that look like URLs, e-mail or paths are never touched.
 */
public final class SpaceAfterPass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("punctuation.space-after", Scope.ENGLISH,
            "Inserts a missing space after a comma, semicolon, colon, ?, ! or sentence period between words.",
            "officials,who -> officials, who", "in Damascus.The -> in Damascus. The");

    private static final int MAX_TOKEN = 100;

    @Override
    public boolean mayRepair(PassContext ctx) {
        return ctx.has(TextProfile.MARK_THEN_LETTER);
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
        char[] chars = ctx.chars();
        int n = chars.length;
        for (int i = 1; i + 1 < n; i++) {
            char c = chars[i];
            if (!Chars.isMark(c)) {
                continue;
            }
            char prev = chars[i - 1];
            char next = chars[i + 1];
            boolean listMark = c == ',' || c == ';';
            // "2024,the" and "3.1%,officials" too; "1,000" never, as a letter must follow
            boolean prevOk = Chars.isLetter(prev) || (listMark && (Chars.isDigit(prev) || prev == '%'
                    || Chars.isClosingQuote(prev) || Chars.isClosingBracket(prev)));
            if (prevOk && next == '\u201C' && (c == ',' || c == ':')) {
                out.insert(RULE.id(), i + 1, " "); // said:“We -> said: “We (an opening curly quote is unambiguous)
                continue;
            }
            if (!prevOk || !Chars.isLetter(next)) {
                continue;
            }
            if (c == '.' ? !sentenceJoin(s, i) : !wordJoin(s, i, c)) {
                continue;
            }
            if (looksLikeAddress(s, i)) {
                continue;
            }
            out.insert(RULE.id(), i + 1, " ");
        }
    }

    private static boolean wordJoin(String s, int i, char c) {
        if ((c == ':' || c == ';') && Chars.isUpper(s.charAt(i - 1)) && Chars.isUpper(s.charAt(i + 1))) {
            return false; // "TL;DR", "RE:INVENT": capitals on both sides make a token, not two words
        }
        if (c == ':') {
            // "Note:the" yes; "re:Invent"-like brands are rare, but demand two letters on the left
            return i >= 2 && Chars.isLetter(s.charAt(i - 2));
        }
        return true;
    }

    /** "officials.The": at least two lower-case letters before, a capital then a lower-case letter after. */
    private static boolean sentenceJoin(String s, int i) {
        if (i < 2 || !Chars.isLower(s.charAt(i - 1)) || !Chars.isLower(s.charAt(i - 2))) {
            return false;
        }
        if (i + 2 >= s.length() || !Chars.isUpper(s.charAt(i + 1)) || !Chars.isLower(s.charAt(i + 2))) {
            return false;
        }
        // the token to the left must have no other period ("e.g.The", "www.site.Com" are left alone)
        for (int k = i - 1; k >= 0 && !Character.isWhitespace(s.charAt(k)); k--) {
            if (s.charAt(k) == '.' || i - k > MAX_TOKEN) {
                return false;
            }
        }
        return true;
    }

    /** Whitespace-delimited token around {@code i} contains '/', '@', '=', '&' (an entity), or starts with "www". */
    private static boolean looksLikeAddress(String s, int i) {
        int a = i;
        while (a > 0 && !Character.isWhitespace(s.charAt(a - 1))) {
            if (i - a > MAX_TOKEN) {
                return true; // a token this long is not prose; bounded so a huge "word" stays linear
            }
            a--;
        }
        int b = i;
        while (b < s.length() && !Character.isWhitespace(s.charAt(b))) {
            if (b - i > MAX_TOKEN) {
                return true;
            }
            b++;
        }
        for (int k = a; k < b; k++) {
            char c = s.charAt(k);
            if (c == '/' || c == '@' || c == '=' || c == '\\' || c == '_' || c == '&') {
                return true;
            }
        }
        return s.regionMatches(true, a, "www", 0, 3);
    }
}
