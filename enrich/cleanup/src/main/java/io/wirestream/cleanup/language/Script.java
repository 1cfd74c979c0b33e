package io.wirestream.cleanup.language;

import java.util.Map;

/** Writing systems the detector tells apart, with the languages a declared hint may name for each. */
enum Script {
    LATIN, ARABIC, CYRILLIC, GREEK, HEBREW, HAN, KANA, HANGUL, DEVANAGARI, THAI, ARMENIAN, GEORGIAN, OTHER,
    /** no letters at all */
    NONE,
    /** no script holds a clear majority */
    MIXED;

    private static final Map<String, Script> NON_LATIN = Map.ofEntries(
            Map.entry("ar", ARABIC), Map.entry("fa", ARABIC), Map.entry("ur", ARABIC), Map.entry("ps", ARABIC),
            Map.entry("ku", ARABIC), Map.entry("ru", CYRILLIC), Map.entry("uk", CYRILLIC), Map.entry("bg", CYRILLIC),
            Map.entry("sr", CYRILLIC), Map.entry("be", CYRILLIC), Map.entry("kk", CYRILLIC), Map.entry("mk", CYRILLIC),
            Map.entry("el", GREEK), Map.entry("he", HEBREW), Map.entry("yi", HEBREW), Map.entry("zh", HAN),
            Map.entry("ja", HAN), Map.entry("ko", HANGUL), Map.entry("hi", DEVANAGARI), Map.entry("mr", DEVANAGARI),
            Map.entry("ne", DEVANAGARI), Map.entry("th", THAI), Map.entry("hy", ARMENIAN), Map.entry("ka", GEORGIAN));

    /** The script a language is written in; Latin for anything not listed (en, fr, de, tr, id, ...). */
    static Script forLanguage(String iso6391) {
        return NON_LATIN.getOrDefault(iso6391, LATIN);
    }

    static Script of(char c) {
        if (c < 0x250) {
            return Character.isLetter(c) ? LATIN : null;
        }
        if (c >= 0x370 && c <= 0x3FF) {
            return GREEK;
        }
        if (c >= 0x400 && c <= 0x52F) {
            return CYRILLIC;
        }
        if (c >= 0x530 && c <= 0x58F) {
            return ARMENIAN;
        }
        if (c >= 0x590 && c <= 0x5FF) {
            return HEBREW;
        }
        if ((c >= 0x600 && c <= 0x6FF) || (c >= 0x750 && c <= 0x77F) || (c >= 0x8A0 && c <= 0x8FF)
                || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC)) {
            return Character.isLetter(c) ? ARABIC : null;
        }
        if (c >= 0x900 && c <= 0x97F) {
            return Character.isLetter(c) ? DEVANAGARI : null;
        }
        if (c >= 0xE00 && c <= 0xE7F) {
            return Character.isLetter(c) ? THAI : null;
        }
        if (c >= 0x10A0 && c <= 0x10FF) {
            return GEORGIAN;
        }
        if (c >= 0x1E00 && c <= 0x1EFF) {
            return LATIN;
        }
        if (c >= 0x3040 && c <= 0x30FF) {
            return KANA;
        }
        if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) {
            return HAN;
        }
        if (c >= 0xAC00 && c <= 0xD7AF) {
            return HANGUL;
        }
        return Character.isLetter(c) ? OTHER : null;
    }
}
