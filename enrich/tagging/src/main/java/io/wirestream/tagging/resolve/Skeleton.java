package io.wirestream.tagging.resolve;

/**
 * A consonant skeleton of a folded word, for transliteration variants of one name: Mohammed, Muhammad and
 * Mohamed all give "mhmd"; Qassem and Kasem give "ksm"; al-Shora and al-Sharaa give "shr". Used only to
 * merge names already found in one document, never to find names, so its looseness costs little.
 */
final class Skeleton {
    private Skeleton() {
    }

    /** Skeletons shorter than this say too little to merge on ("Touray" and "Traoré" both give "tr"). */
    static final int MIN_LENGTH = 3;

    /**
     * The skeleton of a surname, marked when the name begins with a vowel, or null when it is too short to merge on.
     * A variant keeps its first letter or changes one vowel for another (Osama, Usama); "Amoroso" is not "Moros".
     */
    static String usable(String fold) {
        String s = of(fold);
        if (s.length() < MIN_LENGTH) {
            return null;
        }
        for (int i = 0; i < fold.length(); i++) {
            char c = fold.charAt(i);
            if (Character.isLetter(c)) {
                return "aeiouy".indexOf(c) >= 0 ? "_" + s : s;
            }
        }
        return s;
    }

    static String of(String fold) {
        char[] out = new char[fold.length()];
        return new String(out, 0, write(fold, out, 0));
    }

    /**
     * Writes the skeleton of {@code fold} into {@code out} from {@code at} (room for {@code fold.length()} chars
     * needed) and returns where it ends. Into an array rather than a StringBuilder: this runs for every char of
     * every name the resolver compares, and an append per char cost more than the rule itself.
     */
    static int write(String fold, char[] out, int at) {
        char last = 0;
        for (int i = 0; i < fold.length(); i++) {
            char c = fold.charAt(i);
            if (c < 128 ? !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') : !Character.isLetter(c)) {
                continue;
            }
            if (c == 'q' || c == 'c') {
                c = 'k';
            } else if (c == 'z') {
                c = 's';
            } else if (c == 'j') {
                c = 'g';
            }
            boolean vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w';
            if (vowel || c == last || c == 'h' && (last == 'k' || last == 'g' || last == 'd' || last == 't')) {
                continue; // vowels, doubled letters, and h after k/g/d/t ("Khaled" ~ "Kaled", "Mahmoud" keeps its h)
            }
            out[at++] = c;
            last = c;
        }
        return at;
    }
}
