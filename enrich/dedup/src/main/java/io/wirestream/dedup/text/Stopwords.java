package io.wirestream.dedup.text;

import java.util.Set;

import io.wirestream.dedup.sketch.Hashing;

/**
 * English function words and reporting verbs. They carry no story identity, and retranslations vary them
 * most ("said" / "stated" / "told"), so they only add noise to the content-word sets.
 */
public final class Stopwords {

    private static final Set<String> WORDS = Set.of((
            "a an the of to in on at for by with and or but nor is are was were be been being am has have had"
            + " having it its this that these those which who whom whose what when where why how as from into"
            + " onto than then their theirs his her hers he she they them we our ours us you your i me my mine"
            + " not no said says say saying stated stating told tell added announced declared also there here"
            + " about after before over under up down out more most other such only own same so very just do"
            + " does did doing will would can could should may might must shall any some all each both either"
            + " neither one while if because until since during through between among against per via"
            + " according").split(" "));

    /**
     * {@link Hashing#hash64} of every word in an open-addressing table (0 = empty): the hot path checks a
     * token by its hash with one or two probes instead of building a String.
     */
    private static final long[] TABLE = new long[512];
    private static final int MASK = TABLE.length - 1;

    static {
        for (String word : WORDS) {
            long h = Hashing.hash64(word);
            int i = (int) h & MASK;
            while (TABLE[i] != 0) {
                i = (i + 1) & MASK;
            }
            TABLE[i] = h;
        }
    }

    private Stopwords() {
    }

    /** Whether a token with this {@link Hashing#hash64} is a stopword (64-bit hashes: no false hits in practice). */
    public static boolean containsHash(long hash64) {
        if (hash64 == 0) {
            return false;
        }
        for (int i = (int) hash64 & MASK; TABLE[i] != 0; i = (i + 1) & MASK) {
            if (TABLE[i] == hash64) {
                return true;
            }
        }
        return false;
    }

    public static boolean contains(String token) {
        return WORDS.contains(token);
    }
}
