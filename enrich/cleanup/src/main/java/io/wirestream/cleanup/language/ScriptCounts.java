package io.wirestream.cleanup.language;


/** Letter counts per script over a bounded sample, plus the letters that single out one language. */
final class ScriptCounts {
    private final int[] counts = new int[Script.values().length];
    private int letters;
    private int persianOnly;   // پ چ ژ گ ک ی
    private int arabicOnly;    // ة ي ك ى
    private int urduOnly;      // ٹ ڈ ڑ ں ے ھ
    private int ukrainianOnly; // і ї є ґ
    private int serbianOnly;   // ђ ћ џ љ њ ј

    /** 1 for A-Z and a-z, 0 for the rest of ASCII. */
    private static final int[] ASCII_LETTER = new int[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_LETTER[c] = 1;
            ASCII_LETTER[c - 'a' + 'A'] = 1;
        }
    }

    /** Counts over the samples (a text's opening chars) of body and title; the title may be null. */
    static ScriptCounts of(char[] body, char[] title) {
        ScriptCounts c = new ScriptCounts();
        if (title != null) {
            c.add(title);
        }
        c.add(body);
        return c;
    }

    private void add(char[] text) {
        // ASCII letters, nearly all of most texts, counted in a local and added once at the end: a field and an
        // array element incremented per letter make every iteration wait on the last one's store
        int asciiLetters = 0;
        for (char ch : text) {
            if (ch < 128) {
                // a table read, not a test: letters and spaces alternate too irregularly for a branch to be predicted
                asciiLetters += ASCII_LETTER[ch];
                continue; // ASCII fast path: nothing below 128 singles out a language
            }
            Script s = Script.of(ch);
            if (s == null) {
                continue;
            }
            letters++;
            counts[s.ordinal()]++;
            switch (ch) {
                case '\u067E', '\u0686', '\u0698', '\u06AF', '\u06A9', '\u06CC' -> persianOnly++;
                case '\u0629', '\u064A', '\u0643', '\u0649' -> arabicOnly++;
                case '\u0679', '\u0688', '\u0691', '\u06BA', '\u06D2', '\u06BE' -> urduOnly++;
                case '\u0456', '\u0457', '\u0454', '\u0491' -> ukrainianOnly++;
                case '\u0452', '\u045B', '\u045F', '\u0459', '\u045A', '\u0458' -> serbianOnly++;
                default -> { }
            }
        }
        letters += asciiLetters;
        counts[Script.LATIN.ordinal()] += asciiLetters;
    }

    /** The script of at least 60% of the letters; NONE without letters, MIXED without a majority. */
    Script dominant() {
        if (letters == 0) {
            return Script.NONE;
        }
        Script best = Script.NONE;
        int bestCount = 0;
        for (Script s : Script.values()) {
            if (counts[s.ordinal()] > bestCount) {
                best = s;
                bestCount = counts[s.ordinal()];
            }
        }
        if (best == Script.HAN || best == Script.KANA) {
            int cjk = counts[Script.HAN.ordinal()] + counts[Script.KANA.ordinal()];
            return cjk * 10 >= letters * 6 ? best : Script.MIXED;
        }
        return bestCount * 10 >= letters * 6 ? best : Script.MIXED;
    }

    boolean hasKana() {
        return counts[Script.KANA.ordinal()] > 0;
    }

    String arabicLanguage() {
        if (urduOnly > 0 && urduOnly >= persianOnly / 2 && urduOnly > arabicOnly) {
            return "ur";
        }
        if (persianOnly > arabicOnly) {
            return "fa";
        }
        if (arabicOnly > persianOnly) {
            return "ar";
        }
        return LanguageDetector.UNDETERMINED;
    }

    String cyrillicLanguage() {
        if (ukrainianOnly > 0 && ukrainianOnly >= serbianOnly) {
            return "uk";
        }
        if (serbianOnly > 0) {
            return "sr";
        }
        return "ru";
    }
}
