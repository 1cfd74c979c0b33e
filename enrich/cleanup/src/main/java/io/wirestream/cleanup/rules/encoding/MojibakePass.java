package io.wirestream.cleanup.rules.encoding;

import io.wirestream.cleanup.edit.Findings;
import io.wirestream.cleanup.rules.Pass;
import io.wirestream.cleanup.rules.PassContext;
import io.wirestream.cleanup.rules.RuleSpec;
import io.wirestream.cleanup.rules.Scope;
import io.wirestream.cleanup.text.TextProfile;
import java.util.List;

/**
 * Repairs UTF-8 that was decoded as cp1252/Latin-1 ("â€™" for "’", "Ã©" for "é"). A run is rewritten only
 * when its characters map back to bytes that form strictly valid UTF-8 (no overlong forms, no surrogates)
 * AND the decoded character is one real text plausibly holds: that is what makes the round trip certain.
 * Leftovers we cannot decode for sure (a truncated "â€", U+FFFD) are flagged.
 *
 * <p>Hand-written because charset decoders either replace silently or fail the whole input; we need
 * per-run decisions with offsets.
 */
public final class MojibakePass implements Pass {
    public static final RuleSpec RULE = RuleSpec.of("encoding.mojibake", Scope.ANY_LANGUAGE,
            "Repairs UTF-8 text that was decoded as cp1252/Latin-1, where the byte round trip is certain; flags leftovers.",
            "itâ€™s -> it’s", "cafÃ© -> café", "â€œquotedâ€\u009D -> “quoted”", "10Â km -> 10 km");

    @Override
    public boolean mayRepair(PassContext ctx) {
        return ctx.has(TextProfile.MOJIBAKE_LEAD);
    }

    @Override
    public boolean mayInspect(PassContext ctx) {
        return ctx.has(TextProfile.MOJIBAKE_LEAD);
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
            if (c < '\u00C2' || c > '\u00F4') {
                i++;
                continue;
            }
            int runStart = i;
            StringBuilder decoded = null;
            int j = i;
            while (j < n) {
                int len = sequenceLength(s, j);
                if (len == 0) {
                    break;
                }
                int cp = decode(s, j, len);
                if (cp < 0 || !plausible(cp)) {
                    break;
                }
                if (decoded == null) {
                    decoded = new StringBuilder();
                }
                decoded.appendCodePoint(cp);
                j += len;
            }
            if (decoded != null) {
                out.replace(RULE.id(), runStart, j, decoded.toString());
                i = j;
            } else if (isOrphanedNbspLead(s, i)) {
                out.delete(RULE.id(), i, i + 1);
                i++;
            } else {
                i++;
            }
        }
    }

    @Override
    public void inspect(PassContext ctx, Findings out) {
        String s = ctx.text();
        // a flag needs U+FFFD or an "â": the two (vectorised) searches spare the loop on nearly every text
        if (s.indexOf('\uFFFD') < 0 && s.indexOf('\u00E2') < 0) {
            return;
        }
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\uFFFD') {
                out.flag(RULE.id(), i, i + 1);
            } else if (c == '\u00E2' && i + 1 < n && s.charAt(i + 1) == '\u20AC') {
                out.flag(RULE.id(), i, Math.min(n, i + 3));
                i += 2;
            }
        }
    }

    /**
     * "Â" before a plain space or line end: the lead byte of a non-breaking space (C2 A0) whose second
     * byte was already turned into a space ("10Â km", a line holding only "Â"). No language writes a
     * capital A-circumflex at the end of a word after a lower-case letter, digit or space, so it goes.
     */
    private static boolean isOrphanedNbspLead(String s, int i) {
        if (s.charAt(i) != '\u00C2') {
            return false;
        }
        boolean endsToken = i + 1 >= s.length() || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t'
                || s.charAt(i + 1) == '\n' || s.charAt(i + 1) == '\r';
        char prev = i == 0 ? ' ' : s.charAt(i - 1);
        return endsToken && !Character.isUpperCase(prev);
    }

    /** Length in chars of a UTF-8 sequence rendered as cp1252 starting at {@code i}, or 0. */
    private static int sequenceLength(String s, int i) {
        char lead = s.charAt(i);
        int len;
        if (lead >= '\u00C2' && lead <= '\u00DF') {
            len = 2;
        } else if (lead >= '\u00E0' && lead <= '\u00EF') {
            len = 3;
        } else if (lead >= '\u00F0' && lead <= '\u00F4') {
            len = 4;
        } else {
            return 0;
        }
        if (i + len > s.length()) {
            return 0;
        }
        for (int k = 1; k < len; k++) {
            if (Cp1252.continuationByte(s.charAt(i + k)) < 0) {
                return 0;
            }
        }
        return len;
    }

    /** Strict UTF-8 decode of the bytes behind {@code s[i, i+len)}; -1 when overlong or a surrogate. */
    private static int decode(String s, int i, int len) {
        int b0 = s.charAt(i);
        int b1 = Cp1252.continuationByte(s.charAt(i + 1));
        switch (len) {
            case 2:
                return ((b0 & 0x1F) << 6) | (b1 & 0x3F);
            case 3: {
                if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 > 0x9F)) {
                    return -1;
                }
                int b2 = Cp1252.continuationByte(s.charAt(i + 2));
                return ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
            }
            default: {
                if ((b0 == 0xF0 && b1 < 0x90) || (b0 == 0xF4 && b1 > 0x8F)) {
                    return -1;
                }
                int b2 = Cp1252.continuationByte(s.charAt(i + 2));
                int b3 = Cp1252.continuationByte(s.charAt(i + 3));
                return ((b0 & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F);
            }
        }
    }

    /**
     * Characters mojibake really comes from. Excluding rare blocks (C1 controls, IPA, combining marks,
     * Syriac/Thaana/NKo, private use) keeps legitimate pairs such as German "ß“" from being "repaired".
     */
    private static boolean plausible(int cp) {
        if (cp < 0xA0) {
            return false;
        }
        if (cp < 0x800) {
            return cp <= 0x24F || (cp >= 0x370 && cp <= 0x6FF);
        }
        if (cp >= 0xE000 && cp <= 0xF8FF) {
            return false;
        }
        return true;
    }
}
