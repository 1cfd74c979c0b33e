package io.wirestream.cleanup.rules.unicode;

import io.wirestream.cleanup.edit.Findings;
import io.wirestream.cleanup.rules.Pass;
import io.wirestream.cleanup.rules.PassContext;
import io.wirestream.cleanup.rules.RuleSpec;
import io.wirestream.cleanup.rules.Scope;
import java.text.Normalizer;
import io.wirestream.cleanup.text.TextProfile;
import java.util.List;

/**
 * Canonical composition (NFC) of words that are not already composed: "e" + combining acute becomes "é".
 * Canonical only, never compatibility (NFKC would turn "²" into "2" or "ﬁ" into "fi"), and only where a
 * combining mark is composed (see {@link #hasCombiningPart}): that is what makes it safe. Works word by
 * word so an edit covers only the characters that change.
 */
public final class NfcPass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("unicode.nfc", Scope.ANY_LANGUAGE,
            "Composes decomposed characters to Unicode NFC (canonical only, never compatibility forms).",
            "Caf" + "e\u0301 -> Café");

    @Override
    public boolean mayRepair(PassContext ctx) {
        return ctx.has(TextProfile.ABOVE_COMBINING);
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
        if (!mayBeDenormalised(ctx.chars()) || Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            return;
        }
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            if (j > i) {
                String word = s.substring(i, j);
                if (!Normalizer.isNormalized(word, Normalizer.Form.NFC)) {
                    emitDiff(out, i, word, Normalizer.normalize(word, Normalizer.Form.NFC));
                }
            }
            i = j + 1;
        }
    }

    /**
     * Whether the text holds a char that may make it other than NFC. Below U+0300 every character is already NFC
     * and composes with nothing before it; so are the {@link #isInertPunctuation punctuation and currency signs}
     * nearly every news text carries (curly quotes, dashes): a text of nothing else is NFC, and the normaliser's
     * own check of it, a scan costlier than this one, is skipped.
     */
    private static boolean mayBeDenormalised(char[] chars) {
        for (char c : chars) {
            if (c >= '\u0300' && !isInertPunctuation(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * General punctuation (U+2010..U+2027, U+2030..U+205E) and currency signs (U+20A0..U+20BF): NFC as they stand,
     * not combining, and never composed with what precedes them ({@code NfcPassTest} checks each).
     */
    static boolean isInertPunctuation(char c) {
        return (c >= '\u2010' && c <= '\u2027') || (c >= '\u2030' && c <= '\u205E') || (c >= '\u20A0' && c <= '\u20BF');
    }

    /** Emits only the changed middle of {@code word}, trimming the common prefix and suffix. */
    private static void emitDiff(Findings out, int offset, String word, String composed) {
        int p = 0;
        int max = Math.min(word.length(), composed.length());
        while (p < max && word.charAt(p) == composed.charAt(p)) {
            p++;
        }
        int q = 0;
        while (q < max - p && word.charAt(word.length() - 1 - q) == composed.charAt(composed.length() - 1 - q)) {
            q++;
        }
        // keep surrogate pairs whole
        if (p > 0 && Character.isHighSurrogate(word.charAt(p - 1))) {
            p--;
        }
        if (q > 0 && Character.isLowSurrogate(word.charAt(word.length() - q))) {
            q--;
        }
        if (!hasCombiningPart(word, p, word.length() - q)) {
            return; // a singleton mapping (CJK compatibility ideograph, Devanagari nukta letter): not safe
        }
        out.replace(RULE.id(), offset + p, offset + word.length() - q, composed.substring(p, composed.length() - q));
    }

    /**
     * NFC is "safe" only where it composes: the changed span holds a combining mark or a conjoining Hangul
     * jamo. Where NFC would swap one precomposed character for another (the CJK compatibility ideographs
     * some Japanese names are written with, the Devanagari letters excluded from composition) we leave the
     * text as written.
     */
    private static boolean hasCombiningPart(String word, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = word.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || (c >= '\u1100' && c <= '\u11FF')) {
                return true;
            }
        }
        return false;
    }
}
