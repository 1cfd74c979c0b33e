package io.wirestream.tagging.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wirestream.tagging.text.CharFolding;
import io.wirestream.tagging.text.Token;
import io.wirestream.tagging.text.TokenizedText;

/**
 * The word lists the rules read, loaded once from {@code lexicon/*.txt} (folded, {@code #} comments).
 * All lists share one map from word to a bit set of its classes, and each token caches its bits, so a
 * rule test on a token is one bit test after the first.
 */
public final class Lexicon {
    private static final Lexicon INSTANCE = new Lexicon();

    private final Map<String, Integer> classes = new HashMap<>();
    private int nextBit;

    public final WordSet stopwords = load("stopwords.txt");
    public final WordSet titles = load("titles.txt");
    public final WordSet orgHeads = load("org-heads.txt", "company-suffixes.txt");
    public final WordSet companySuffixes = load("company-suffixes.txt");
    public final WordSet orgStrong = load("org-strong.txt");
    public final WordSet locHeads = load("loc-heads.txt");
    public final WordSet siteModifiers = load("site-modifiers.txt");
    public final WordSet siteHeads = load("site-heads.txt");
    public final WordSet siteHeadsAfterKind = load("site-heads-after-kind.txt");
    public final WordSet locPrepositions = load("loc-prepositions.txt");
    public final WordSet locFirst = load("loc-first.txt");
    public final WordSet orgNouns = load("org-nouns.txt");
    public final WordSet orgWords = load("org-words.txt");
    public final WordSet orgSectors = load("org-sectors.txt");
    public final WordSet portfolios = load("portfolios.txt");
    public final WordSet eventHeads = load("event-heads.txt");
    public final WordSet motionWords = load("motion-words.txt");
    public final WordSet connectors = load("connectors.txt");
    public final WordSet personVerbs = load("person-verbs.txt");
    public final WordSet demonyms = load("demonyms.txt");
    public final WordSet givenNames = load("given-names.txt");

    /** Arabic particles inside a person's name: "Hafez al-Assad", "Mohammed bin Salman". */
    /** A monarch's titles: written before a known monarch's name, they are not part of the mention ("King Salman"). */
    public static final Set<String> MONARCHS_TITLES = Set.of("king", "queen", "emperor", "empress", "emeritus", "emerita",
            "sultan", "emir", "prince", "princess", "crown");
    public static final Set<String> ARABIC_NAME_PARTICLES = Set.of("al", "el", "bin", "ibn", "bint");

    /**
     * Heads translated text writes before a region's name ("the Region of Liguria", "the Province of Kandahar"): the
     * knowledge base's region then, or one place with its bare name.
     */
    public static final Set<String> REGION_HEADS_BEFORE_THE_NAME = Set.of("region", "province", "governorate",
            "prefecture", "canton");

    /**
     * Heads that end a province's name and never stand inside a site's ("Kherson Oblast", not "Orange County"): a site
     * named after one is another place ("South Jeolla Province Muan International Airport", as Korean is translated).
     */
    public static final Set<String> PROVINCE_HEADS = Set.of("province", "prefecture", "oblast", "governorate");

    /**
     * Whether a capitalised province's head at {@code k} is followed by a site's name of two words or more that ends
     * at {@code end} in a site's head: "South Jeolla Province Muan International Airport".
     */
    public boolean siteAfterProvinceHead(List<Token> tokens, int k, int end) {
        Token head = tokens.get(k);
        return PROVINCE_HEADS.contains(head.fold) && head.capitalised && end - k >= 2 && siteHeads.contains(tokens.get(end));
    }

    /** Nouns of lands and peoples that a place's word describes as an adjective ("the Pacific territory"). */
    private static final Set<String> POLITIES = Set.of("territory", "territories", "nation", "nations", "country",
            "countries", "state", "states", "region", "leaders", "neighbour", "neighbours", "neighbor", "neighbors",
            "community", "communities", "people", "peoples", "archipelago");

    /** The word at {@code k} stands before a noun of lands or peoples, as an adjective ("the Pacific territory"). */
    public static boolean beforeAPolity(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && !tokens.get(k + 1).breakBefore && POLITIES.contains(tokens.get(k + 1).fold);
    }

    /** Particles that join the parts of a Spanish, Portuguese, French or Italian place name: "Santiago de Cuba". */
    public static final Set<String> PLACE_PARTICLES = Set.of("de", "del", "do", "da", "dos", "das", "di", "du", "des");
    public final WordSet weekdays = load("weekdays.txt");
    public final Map<String, Integer> months = monthNumbers();
    public final WordSet monthNames = register(months.keySet());
    private final int functionWords = stopwords.bit | monthNames.bit | weekdays.bit | demonyms.bit;

    /** One word list, as a bit in the shared class map. */
    public final class WordSet {
        private final int bit;

        private WordSet(int bit) {
            this.bit = bit;
        }

        public boolean contains(String fold) {
            Integer c = classes.get(fold);
            return c != null && (c & bit) != 0;
        }

        public boolean contains(Token t) {
            return (classesOf(t) & bit) != 0;
        }
    }

    /**
     * Lower-case English words (SCOWL's list), apart from the class map every token is looked up in: 64,000 words
     * there would make each lookup slower, and these are asked about only for names no other cue typed.
     */
    private final Set<String> commonWords = wordPerLine("common-words.txt");

    /**
     * Words of institutions and places in other languages that do not begin like their English translation ("ejército":
     * army, "badan": agency, "praça": square), for names written in both languages; the pairing finds cognates
     * ("nacional", "institut") by their letters.
     */
    private final Map<String, String[]> translations = translations("translations.txt");
    /** Each form of a given name to the full name that heads its line in {@code given-name-forms.txt}. */
    private final Map<String, String> givenNameForms = firstOfLine("given-name-forms.txt");
    /** The words {@link #translations} holds, as a class: a token's cached bits answer whether it has one. */
    private final WordSet translated = register(translations.keySet());

    private Lexicon() {
    }

    /**
     * A capitalised "Said" before another name word, glued, is the given name ("Saïd Bouteflika", "Said Jalili"), not
     * the verb; at a sentence's start only when written otherwise than "Said" ("Saïd"): "Said Trump: ..." is the verb.
     */
    public boolean saidBeforeAName(TokenizedText tt, int k) {
        Token t = tt.get(k);
        if (!t.fold.equals("said") || !t.capitalised || t.allCaps || k + 1 >= tt.size()) {
            return false;
        }
        Token next = tt.get(k + 1);
        return next.capitalised && !next.breakBefore && !stopwords.contains(next)
                && (!t.sentenceStart || !tt.original(t).equals("Said"));
    }

    /**
     * A capitalised word of another language that translates to the head of a body ("Tribunal": court, "Fuerza": force,
     * "Corpo": corps, "Majlis": council), as those languages write first; not a known given name, nor an English word
     * unless it is a body's head in English too ("Tribunal").
     */
    public boolean foreignBodyHead(Token t) {
        // most words: one bit test of the token's cached classes
        String[] english = t.capitalised && !t.allCaps && translated.contains(t) ? translations.get(t.fold) : null;
        if (english == null || givenNames.contains(t) || isCommonWord(t) && !orgHeads.contains(t)) {
            return false;
        }
        for (String e : english) {
            if (orgHeads.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Faiths, creeds and kinds of armed group that describe the body named after them, capitalised before it ("the
     * Islamist Jamaat-e-Islami", "Paramilitary Rapid Support Forces"): no part of its name.
     */
    public static final Set<String> BODY_DESCRIBERS = Set.of("islamist", "jihadist", "christian", "muslim", "catholic",
            "sunni", "shia", "shiite", "maoist", "marxist", "zionist", "salafist", "peronist", "paramilitary", "rebel",
            "militant", "separatist", "far-right", "far-left");

    private static final Set<String> PLACE_JOINS = Set.of("of", "for", "to", "in");

    /**
     * A body's head followed by "of", "for", "to" or "in" inside {@code tokens[from..to]}: "Bank of the Philippine
     * Islands", "Regional Assistance Mission to Solomon Islands" are bodies whatever place head ends them.
     */
    public boolean bodyHeadBeforeItsPlace(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            Token next = tokens.get(k + 1);
            if (orgHeads.contains(t) && !t.allCaps && !next.capitalised && PLACE_JOINS.contains(next.fold)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the translations list holds the token's word ({@code englishFor(t.fold) != null}), from its cached classes. */
    public boolean hasTranslation(Token t) {
        return translated.contains(t);
    }

    /** The English words a folded word of another language translates to, or null when the list has none. */
    public String[] englishFor(String fold) {
        return translations.get(fold);
    }

    /** An ordinary English word, as a spelling list has it in lower case ("garden", "patrol"; not "Hui"). */
    public boolean isCommonWord(Token t) {
        // the answer kept in the token's class bits: the rules and the resolver ask it of one token many times
        int c = classesOf(t);
        if ((c & COMMON_ASKED) == 0) {
            c |= COMMON_ASKED | (commonWords.contains(t.fold) ? COMMON : 0);
            t.lexFlags = c;
        }
        return (c & COMMON) != 0;
    }

    /**
     * Bits of a token's cached classes kept for {@link #isCommonWord}: whether the ordinary-word list was asked, and
     * its answer (that list stays out of the class map, see {@link #commonWords}). Above every word list's bit.
     */
    private static final int COMMON_ASKED = 1 << 30;
    private static final int COMMON = 1 << 29;

    /** Every word of {@code tokens[from..to]} an ordinary English word ("Country Garden", "Students Against Hunger"). */
    public boolean allCommonWords(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!isCommonWord(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * An adjective written after an organisation's head, as word-for-word translation from French, Spanish or
     * Portuguese does ("Police Military", "Court Administrative", "Committee Investigative"): an organisation word that
     * is no head, or a word ending like an adjective; no title ("Army General") and no given name.
     */
    public boolean adjectiveAfterHead(Token t) {
        if (!t.capitalised || t.allCaps || t.possessive || titles.contains(t) || orgHeads.contains(t)
                || givenNames.contains(t)) {
            return false;
        }
        String w = t.fold;
        return orgWords.contains(t) || w.length() > 5 && (w.endsWith("al") || w.endsWith("ic") || w.endsWith("ary")
                || w.endsWith("ive"));
    }

    public static Lexicon get() {
        return INSTANCE;
    }

    /**
     * A sentence's first word that ends like an adjective or adverb ("Neighbouring", "Landlocked", "Nearby",
     * "Formerly"): before a known place it describes the place rather than naming something with it.
     */
    public static boolean opensLikeADescription(Token t) {
        String f = t.fold;
        return t.sentenceStart && (f.endsWith("ing") || f.endsWith("ed") || f.endsWith("ly") || f.endsWith("by"));
    }

    /** A capitalised word that is no name by itself: stopword, month, weekday or demonym. */
    public boolean isFunctionWord(Token t) {
        return (classesOf(t) & functionWords) != 0;
    }

    private int classesOf(Token t) {
        int c = t.lexFlags;
        if (c < 0) {
            Integer found = classes.get(t.fold);
            c = found == null ? 0 : found;
            t.lexFlags = c;
        }
        return c;
    }

    private WordSet load(String... files) {
        List<String> words = new ArrayList<>();
        for (String file : files) {
            words.addAll(words(file));
        }
        return register(words);
    }

    /** A list written one lower-case ASCII word a line (generated), read without splitting or folding: 65,000 lines. */
    private static Set<String> wordPerLine(String file) {
        List<String> lines = lines(file);
        Set<String> words = new HashSet<>(lines.size() * 2);
        for (String line : lines) {
            words.add(line.strip());
        }
        return Collections.unmodifiableSet(words);
    }

    private static List<String> words(String file) {
        List<String> words = new ArrayList<>();
        for (String line : lines(file)) {
            for (String w : line.split("\\s+")) {
                if (!w.isEmpty()) {
                    words.add(CharFolding.fold(w));
                }
            }
        }
        return words;
    }

    private WordSet register(Iterable<String> words) {
        if (nextBit >= 29) { // the bits above are isCommonWord's
            throw new IllegalStateException("too many word lists for one int of classes");
        }
        int bit = 1 << nextBit++;
        for (String w : words) {
            classes.merge(w, bit, (x, y) -> x | y);
        }
        return new WordSet(bit);
    }

    /** "foreign english..." a line, every word folded. */
    private static Map<String, String[]> translations(String file) {
        Map<String, String[]> out = new HashMap<>();
        for (String line : lines(file)) {
            String[] words = CharFolding.fold(line.strip()).split("\\s+");
            if (words.length < 2) {
                throw new IllegalStateException(file + ": no translation on line '" + line + "'");
            }
            out.merge(words[0], Arrays.copyOfRange(words, 1, words.length), Lexicon::union);
        }
        return Map.copyOf(out);
    }

    private static String[] union(String[] a, String[] b) {
        Set<String> all = new LinkedHashSet<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(new String[0]);
    }

    /**
     * The full given name a form stands for ("nadya" gives "nadezhda", "bill" "william"), or the fold itself; a form
     * two lines share ("sasha") stands for the first.
     */
    public String fullGivenName(String fold) {
        return givenNameForms.getOrDefault(fold, fold);
    }

    private static Map<String, String> firstOfLine(String file) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines(file)) {
            String[] words = line.trim().split("\\s+");
            for (String w : words) {
                out.putIfAbsent(w, words[0]);
            }
        }
        return Map.copyOf(out);
    }

    private static Map<String, Integer> monthNumbers() {
        Map<String, Integer> out = new HashMap<>();
        for (String line : lines("months.txt")) {
            String[] parts = line.trim().split("\\s+");
            out.put(parts[0], Integer.parseInt(parts[1]));
        }
        return Map.copyOf(out);
    }

    private static List<String> lines(String file) {
        String path = "/io/wirestream/tagging/lexicon/" + file;
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
