package io.wirestream.dedup.text;

import java.text.Normalizer;

/**
 * The one normal form every comparison starts from: Unicode NFKC (full-width digits, ligatures, no-break
 * spaces fold to their plain forms) with agency trailers removed. Case, quotes and whitespace are dealt with
 * by {@link Tokeniser}, which lower-cases and keeps only letters and digits.
 */
public final class TextNormaliser {

    private TextNormaliser() {
    }

    public static String normalise(String text) {
        // NFKC first: a trailer written with full-width or compatibility characters must still be recognised
        String nfkc = isAscii(text) || Normalizer.isNormalized(text, Normalizer.Form.NFKC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        return AgencyTrailers.strip(nfkc);
    }

    /** ASCII is its own NFKC form, and checking that is several times cheaper than asking the normaliser. */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
