package io.wirestream.tagging.kb;

import java.util.List;

import io.wirestream.tagging.rules.Lexicon;
import io.wirestream.tagging.text.Token;

/**
 * One alias of an entry as the matcher checks it: per token, the case the surface must show and whether
 * punctuation may stand before it.
 */
public final class AliasPattern {
    /** The surface token may be written in any case. */
    static final byte ANY_CASE = 0;
    /** The surface token must start with a capital (or be all caps). */
    static final byte CAPITALISED = 1;
    /** The surface token must be all caps. */
    static final byte ALL_CAPS = 2;
    /** The surface token must be all lower case (exact-case aliases only). */
    static final byte LOWER = 3;
    /**
     * The surface token must be in mixed case with a capital after its first letter (exact-case aliases only): "LeT"
     * is Lashkar-e-Taiba, the sentence's first word "Let" is not.
     */
    static final byte INNER_CAPITAL = 4;

    public final KbEntry entry;
    /** This alias names the entry only in an article that names the entry's country ({@link KbEntry#inCountryOnly()}). */
    public final boolean inCountryOnly;
    private final byte[] tokenCase;
    private final boolean[] breakBefore;
    private final boolean[] possessive;

    AliasPattern(KbEntry entry, List<Token> aliasTokens, boolean exactCase, boolean inCountryOnly) {
        this.entry = entry;
        this.inCountryOnly = inCountryOnly;
        int n = aliasTokens.size();
        this.tokenCase = new byte[n];
        this.breakBefore = new boolean[n];
        this.possessive = new boolean[n];
        int siteHead = n;
        // a site's head words, which news text writes in lower case as often as not: "Zaporizhzhia nuclear power plant"
        // is the KB's "Zaporizhzhia Nuclear Power Plant" whatever their case
        Lexicon lexicon = Lexicon.get();
        while (!exactCase && siteHead > 1 && siteWord(lexicon, aliasTokens.get(siteHead - 1))) {
            siteHead--;
        }
        for (int i = 0; i < n; i++) {
            Token t = aliasTokens.get(i);
            if (i >= siteHead) {
                tokenCase[i] = ANY_CASE; // "Zaporizhzhia nuclear power plant" is "Zaporizhzhia Nuclear Power Plant"
            } else if (exactCase) {
                tokenCase[i] = t.allCaps ? ALL_CAPS : t.innerCapital ? INNER_CAPITAL : t.capitalised ? CAPITALISED : LOWER;
            } else if (i > 0 && Lexicon.ARABIC_NAME_PARTICLES.contains(t.fold)) {
                tokenCase[i] = ANY_CASE; // "Sabah Al-Ahmad Al-Jaber Al-Sabah" is written "Sabah al-Ahmad al-Jaber al-Sabah" too
            } else {
                tokenCase[i] = t.capitalised ? CAPITALISED : ANY_CASE;
            }
            breakBefore[i] = i > 0 && t.breakBefore;
            possessive[i] = t.possessive;
        }
    }

    private static boolean siteWord(Lexicon lexicon, Token t) {
        return lexicon.siteHeads.contains(t) || lexicon.siteHeadsAfterKind.contains(t) || lexicon.siteModifiers.contains(t);
    }

    public int length() {
        return tokenCase.length;
    }

    /** Whether the surface tokens {@code [from, from + length())} show this alias's case and punctuation. */
    public boolean accepts(List<Token> tokens, int from) {
        for (int i = 0; i < tokenCase.length; i++) {
            Token t = tokens.get(from + i);
            if (i > 0 && t.breakBefore != breakBefore[i]) {
                return false;
            }
            if (i < tokenCase.length - 1 && t.possessive != possessive[i]) {
                return false;
            }
            boolean ok = switch (tokenCase[i]) {
                case CAPITALISED -> t.capitalised;
                case ALL_CAPS -> t.allCaps;
                case LOWER -> !t.capitalised && !t.allCaps;
                case INNER_CAPITAL -> t.innerCapital;
                default -> true;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
