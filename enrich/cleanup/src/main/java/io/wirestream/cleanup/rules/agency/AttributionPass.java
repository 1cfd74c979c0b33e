package io.wirestream.cleanup.rules.agency;

import io.wirestream.cleanup.edit.Findings;
import io.wirestream.cleanup.patterns.PatternSet;
import io.wirestream.cleanup.rules.Pass;
import io.wirestream.cleanup.rules.PassContext;
import io.wirestream.cleanup.rules.RuleSpec;
import io.wirestream.cleanup.rules.Scope;
import io.wirestream.cleanup.text.Chars;
import io.wirestream.cleanup.text.WordIndex;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;

/**
 * Finds attributions the translating agency inserted at the start of a sentence ("According to RCO News
 * Agency, according to these officials, ..."). They are flagged by default; with
 * {@code cleanup.attribution.remove=true} they are cut and the next word is capitalised.
 */
public final class AttributionPass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("attribution.prefix", Scope.ENGLISH,
            "Flags agency attributions inserted at a sentence start; removes them when cleanup.attribution.remove=true.",
            "According to RCO News Agency, according to these officials, ... -> (flag) or According to these officials, ...");

    private static final int MAX_ATTRIBUTION = 120;

    private final PatternSet patterns;
    private final boolean remove;

    /** For two ASCII letters (case folded): could an attribution start with them? Asked of the regex itself. */
    private final boolean[] canStartWith = new boolean[26 * 26];

    public AttributionPass(PatternSet patterns, boolean remove) {
        this.patterns = patterns;
        this.remove = remove;
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b++) {
                Matcher m = patterns.attribution().matcher(new String(new char[] {a, b}));
                // no match on two letters, yet the matcher ran out of input: more text could complete it
                canStartWith[(a - 'a') * 26 + (b - 'a')] = m.lookingAt() || m.hitEnd();
            }
        }
    }

    @Override
    public List<RuleSpec> rules() {
        return List.of(RULE);
    }

    @Override
    public void repair(PassContext ctx, Findings out) {
        if (!remove || ctx.isTitle()) {
            return;
        }
        String s = ctx.text();
        forEachMatch(ctx, (start, end) -> {
            int next = end;
            while (next < s.length() && Chars.isHorizontalSpace(s.charAt(next))) {
                next++;
            }
            if (next < s.length() && Chars.isLetter(s.charAt(next))) {
                out.replace(RULE.id(), start, next + 1, String.valueOf(Character.toUpperCase(s.charAt(next))));
            }
        });
    }

    @Override
    public void inspect(PassContext ctx, Findings out) {
        if (remove || ctx.isTitle()) {
            return;
        }
        forEachMatch(ctx, (start, end) -> out.flag(RULE.id(), start, end));
    }

    /** Calls back with each attribution's [start, end) (end after its comma), tried at sentence starts only. */
    private void forEachMatch(PassContext ctx, BiConsumer<Integer, Integer> found) {
        String s = ctx.text();
        WordIndex words = ctx.words();
        Matcher m = patterns.attribution().matcher(s);
        m.useTransparentBounds(false);
        int n = s.length();
        int after = 0;
        for (int k = 0; k < words.size(); k++) {
            int i = words.start(k);
            if (i < after || !Chars.isUpper(s.charAt(i)) || !mayStart(s, i) || !isSentenceStart(s, i)) {
                continue;
            }
            m.region(i, Math.min(n, i + MAX_ATTRIBUTION));
            if (m.lookingAt()) {
                int end = m.end();
                while (end > i && Chars.isHorizontalSpace(s.charAt(end - 1))) {
                    end--;
                }
                found.accept(i, end);
                after = end;
            }
        }
    }

    private boolean mayStart(String s, int i) {
        if (i + 1 >= s.length()) {
            return false;
        }
        int a = Character.toLowerCase(s.charAt(i)) - 'a';
        int b = Character.toLowerCase(s.charAt(i + 1)) - 'a';
        if (a < 0 || a >= 26 || b < 0 || b >= 26) {
            return true; // not two ASCII letters: let the regex decide
        }
        return canStartWith[a * 26 + b];
    }

    private static boolean isSentenceStart(String s, int i) {
        int k = i - 1;
        while (k >= 0 && (s.charAt(k) == '\u201C' || s.charAt(k) == '"')) {
            k--;
        }
        if (k < 0 || s.charAt(k) == '\n') {
            return true;
        }
        if (!Chars.isHorizontalSpace(s.charAt(k))) {
            return false;
        }
        while (k >= 0 && Chars.isHorizontalSpace(s.charAt(k))) {
            k--;
        }
        return k < 0 || s.charAt(k) == '\n' || Chars.isSentenceEnd(s.charAt(k)) || Chars.isClosingQuote(s.charAt(k));
    }
}
