package io.wirestream.cleanup.rules.layout;

import io.wirestream.cleanup.edit.Findings;
import io.wirestream.cleanup.rules.Pass;
import io.wirestream.cleanup.rules.PassContext;
import io.wirestream.cleanup.rules.RuleSpec;
import io.wirestream.cleanup.rules.Scope;
import io.wirestream.cleanup.text.Chars;
import java.util.List;
import java.util.Set;

/**
 * A body that starts with the title run on into the first sentence ("The US shared information with
 * SyriaThe Washington Post reported ..."): the title is split off onto its own line. Only when the title
 * has at least four words and what follows it starts a new sentence (capital letter or opening quote),
 * so a lede that merely begins like a short headline is left alone.
 */
public final class TitleGluePass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("layout.title-glued", Scope.ANY_LANGUAGE,
            "Puts a title that runs on into the body's first sentence onto its own line (with or without a given title).",
            "US shares intelligence with SyriaThe Washington Post reported -> US shares intelligence with Syria\\nThe Washington Post reported");

    private static final int MIN_TITLE_WORDS = 4;
    /** How far into an untitled body a glued headline may end. */
    private static final int MAX_HEADLINE = 200;
    /** Words a news lede starts with; "In" is left out because of names such as "LinkedIn". */
    private static final Set<String> LEDE_STARTERS = Set.of("The", "According", "This", "These", "Officials");

    /**
     * No title given: the body's first line may itself be a headline glued to the lede without a space
     * ("... new leaders of SyriaThe Washington Post reported ..."). Only a word of three or more letters
     * ending in lower case directly followed by a typical lede opener and a space is split; brand names
     * (McDonald, iPhone, YouTube, LinkedIn) never take this shape.
     */
    private static void untitled(String s, Findings out) {
        int start = 0;
        while (start < s.length() && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        int limit = Math.min(s.length(), start + MAX_HEADLINE);
        int words = 0;
        for (int i = start + 1; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '\n' || Chars.isSentenceEnd(c)) {
                return; // the first line or sentence ended normally
            }
            if (c == ' ') {
                words++;
                continue;
            }
            if (words + 1 < MIN_TITLE_WORDS || !Chars.isUpper(c) || !Chars.isLower(s.charAt(i - 1))) {
                continue;
            }
            int wordStart = i;
            while (wordStart > 0 && Chars.isLetter(s.charAt(wordStart - 1))) {
                wordStart--;
            }
            int end = i;
            while (end < s.length() && Chars.isLetter(s.charAt(end))) {
                end++;
            }
            if (i - wordStart >= 3 && end < s.length() && s.charAt(end) == ' '
                    && LEDE_STARTERS.contains(s.substring(i, end))) {
                out.insert(RULE.id(), i, "\n");
                return;
            }
        }
    }

    @Override
    public List<RuleSpec> rules() {
        return List.of(RULE);
    }

    @Override
    public void repair(PassContext ctx, Findings out) {
        String title = ctx.title();
        if (ctx.isTitle()) {
            return;
        }
        if (title == null || title.isBlank()) {
            untitled(ctx.text(), out);
            return;
        }
        String t = title.strip();
        if (t.isEmpty() || t.split("\\s+").length < MIN_TITLE_WORDS) {
            return;
        }
        String s = ctx.text();
        int start = 0;
        while (start < s.length() && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        if (!s.startsWith(t, start)) {
            return;
        }
        int k = start + t.length();
        int j = k;
        while (j < s.length() && Chars.isHorizontalSpace(s.charAt(j))) {
            j++;
        }
        if (j >= s.length()) {
            return;
        }
        char next = s.charAt(j);
        boolean newSentence = Chars.isUpper(next) || next == '\u201C' || next == '"';
        if (newSentence && (j > k || !Chars.isUpper(s.charAt(k - 1)))) {
            out.replace(RULE.id(), k, j, "\n");
        }
    }
}
