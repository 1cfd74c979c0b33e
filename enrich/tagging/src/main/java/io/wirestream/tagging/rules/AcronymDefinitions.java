package io.wirestream.tagging.rules;

import io.wirestream.tagging.EntityType;
import io.wirestream.tagging.match.Candidate;
import io.wirestream.tagging.text.Token;
import io.wirestream.tagging.text.TokenizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Coordinator of Government Activities in the Territories (COGAT)", "US Geological Survey (USGS)", "Committee on
 * Foreign Investment in the United States (CFIUS)": a bracketed acronym defines the name before it, and its letters
 * say where that name begins, across the lower-case joins ("in the") and known places ("United States") that would
 * otherwise split it. The shortest run of words before the bracket whose initials spell the acronym becomes one name
 * (the idea of Schwartz and Hearst's abbreviation finder, on words rather than letters). Runs before the span finder,
 * so the words it claims are not split again; a place of the knowledge base inside such a name is no place of its
 * own (Conventions, docs/tagging.md).
 */
public final class AcronymDefinitions {

    /** Words an acronym may take a letter from or skip ("Coordinator of ... (COGAT)", "Bank of England (BoE)"). */
    public static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "on", "in", "at", "to", "de",
            "la", "le", "les", "du", "des", "del", "della", "di", "da", "do", "dos", "das", "al", "el", "wal", "e", "y",
            "und", "fur", "van", "von", "der", "den", "et", "with", "d", "l");
    /** Particles of French, Spanish, Portuguese and Italian names that English names do not have. */
    private static final Set<String> ROMANCE_PARTICLES = Set.of("de", "du", "des", "del", "della", "di", "da", "do",
            "dos", "das");
    private static final int MIN_LETTERS = 2;
    private static final int MAX_LETTERS = 8;
    /** Words a defined name may have beyond its acronym's letters (the skipped function words). */
    private static final int EXTRA_WORDS = 4;

    private final Lexicon lexicon = Lexicon.get();

    /**
     * Finds the defined names, marks their words consumed, and drops the knowledge-base candidates inside them.
     *
     * @return the names found (ORGANIZATION, or LOCATION when a place head ends the name: "... Renaissance Dam (GERD)")
     */
    public List<Candidate> find(TokenizedText tt, boolean[] consumed, List<Candidate> candidates) {
        List<Candidate> found = new ArrayList<>();
        String text = tt.text();
        for (int k = 1; k < tt.size(); k++) {
            Token acronym = tt.get(k);
            if (!isAcronym(acronym, MIN_LETTERS, MAX_LETTERS)) {
                continue;
            }
            int last = nameEnd(tt, k);
            int first = last < 0 ? -1 : definedFrom(tt, last, acronym.fold);
            if (first < 0 && (tt.strippedGapIs(k, "(") || tt.strippedGapIs(k, ",") && closes(text, acronym.end))) {
                // "the Nouveau Front populaire (NFP)", "the Groupement des forces spéciales (GFS, Special ...)", and the
                // name in its language in brackets before its acronym: "(Brigade de sapeurs-pompiers de Paris, BSPP)"
                last = k - 1;
                first = definedInItsLanguage(tt, last, acronym.fold);
            }
            if (first < 0 || anyConsumed(consumed, first, last) && !claim(tt, first, last, candidates)) {
                continue;
            }
            for (int t = first; t <= last; t++) {
                consumed[t] = true;
            }
            found.add(name(tt, first, last));
        }
        return found;
    }

    /**
     * The last word of the name the acronym at {@code k} defines: the word before "(ACR)", or before ", or ACR," ("the
     * Coordination of Government Activities in the Territories, or COGAT, said"); -1 when it is written neither way.
     */
    private static int nameEnd(TokenizedText tt, int k) {
        String text = tt.text();
        Token acronym = tt.get(k);
        if (tt.strippedGapIs(k, "(")) {
            return closes(text, acronym.end) ? k - 1 : -1;
        }
        if (k < 2 || !tt.get(k - 1).fold.equals("or") || tt.get(k - 1).capitalised
                || !tt.strippedGapIs(k - 1, ",") || !tt.gapBefore(k).isBlank()) {
            return -1;
        }
        int after = acronym.end;
        return after == text.length() || ",.;".indexOf(text.charAt(after)) >= 0 ? k - 2 : -1;
    }

    /**
     * Takes the words from the knowledge-base candidates lying wholly inside the name, when the name says it is an
     * organisation or a site; false (and nothing taken) when a candidate crosses its edge, is a date, or is the
     * name itself (the knowledge base already knows it).
     */
    private boolean claim(TokenizedText tt, int first, int last, List<Candidate> candidates) {
        List<Candidate> inside = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.lastToken < first || c.firstToken > last) {
                continue;
            }
            if (c.firstToken < first || c.lastToken > last || c.type == EntityType.DATE
                    || c.firstToken == first && c.lastToken == last) {
                return false;
            }
            inside.add(c);
        }
        if (!saysOrganisationOrSite(tt, first, last) && !placeOpensNameInItsLanguage(tt, first, last, inside)) {
            return false;
        }
        candidates.removeAll(inside);
        return true;
    }

    /**
     * "the Sri Lanka Podujana Peramuna (SLPP)": a known place, then two words or more of another language, all spelt
     * by the acronym, is a party's or a body's name in that language, though no English head says so. The place alone
     * is claimed, and only when no word after it is an English one ("the Kenya Tea Pickers (KTP)" wants a head).
     */
    private boolean placeOpensNameInItsLanguage(TokenizedText tt, int first, int last, List<Candidate> inside) {
        if (inside.size() != 1 || inside.get(0).type != EntityType.LOCATION || inside.get(0).firstToken != first
                || last - inside.get(0).lastToken < 2) {
            return false;
        }
        for (int t = inside.get(0).lastToken + 1; t <= last; t++) {
            Token token = tt.get(t);
            if (!token.capitalised || lexicon.isCommonWord(token) || lexicon.givenNames.contains(token)) {
                return false;
            }
        }
        return true;
    }

    private boolean saysOrganisationOrSite(TokenizedText tt, int first, int last) {
        if (lexicon.locHeads.contains(tt.get(last))) {
            return true;
        }
        for (int t = first; t <= last; t++) {
            Token token = tt.get(t);
            if (lexicon.orgHeads.contains(token) || lexicon.orgStrong.contains(token)
                    || lexicon.orgWords.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private Candidate name(TokenizedText tt, int first, int last) {
        Token head = tt.get(last);
        // "Bank of the Philippine Islands (BPI)": a body's head before its place outweighs the place head that ends its name
        boolean site = lexicon.locHeads.contains(head) && !lexicon.orgHeads.contains(head)
                && !lexicon.bodyHeadBeforeItsPlace(tt.tokens(), first, last);
        return new Candidate(first, last, tt.get(first).start, head.end,
                site ? EntityType.LOCATION : EntityType.ORGANIZATION, null, null, "rule", 0.7,
                "name:" + NameTyper.key(tt.tokens(), first, last));
    }

    /**
     * The most words a name spelt by {@code letters} may have: one per letter and a few skipped function words. It
     * also bounds {@link #spells}, which tries both readings of each optional word.
     */
    public static int longestName(String letters) {
        return letters.length() + EXTRA_WORDS;
    }

    /** The first word of the shortest name ending at {@code last} that {@code letters} spells; -1 when none does. */
    private int definedFrom(TokenizedText tt, int last, String letters) {
        int longest = longestName(letters);
        if (!tt.get(last).capitalised) {
            return -1;
        }
        for (int first = last - 1; first >= 0 && last - first < longest; first--) {
            Token t = tt.get(first + 1);
            if (t.breakBefore && !hyphenBefore(tt, first + 1) || !nameWord(tt, first + 1)) {
                return -1; // the name cannot reach further back than a comma, a sentence or a lower-case word
            }
            if (!nameWord(tt, first)) {
                return -1;
            }
            Token start = tt.get(first);
            if (start.allCaps && start.length() > 4 || FUNCTION_WORDS.contains(start.fold) || hyphenBefore(tt, first)) {
                continue; // a name does not begin with "of" or inside a hyphenated word
            }
            if (spells(tt, first, last, letters)) {
                // "UN Office for the Coordination of Humanitarian Affairs (OCHA)": an office's parent body is left out
                // of its acronym but is part of its name; not so a descriptor ("UN Food and Agriculture Organization"),
                // nor an owner in the possessive ("JAXA's Institute of Space and Astronautical Science (ISAS)")
                Token before = first > 0 ? tt.get(first - 1) : null;
                boolean prefix = before != null && !start.breakBefore && !before.possessive && before.allCaps && before.length() >= 2
                        && before.length() <= 4 && !before.numeric && lexicon.orgHeads.contains(start);
                return prefix ? first - 1 : first;
            }
        }
        return -1;
    }

    /**
     * A name in a language that capitalises only its first word, spelt by its acronym word for word, the lower-case
     * words included: "Nouveau Front populaire (NFP)", "Forces armées maliennes (FAMa)" (as "FAM"), "Groupement des
     * forces spéciales (GFS)". English copy does not spell an acronym from a lower-case word ("the health ministry
     * (MoH)" has a capital in it), so a lower-case word the acronym needs marks the name; the first word of one that is
     * not an English word is also asked for, unless a particle of its language follows it ("Front de libération du Québec
     * (FLQ)"). The first word of the name, or -1.
     */
    private int definedInItsLanguage(TokenizedText tt, int last, String letters) {
        int longest = longestName(letters);
        for (int first = last; first >= 0 && last - first < longest; first--) {
            Token t = tt.get(first);
            if (first < last && tt.get(first + 1).breakBefore && !hyphenBefore(tt, first + 1) || t.numeric
                    || t.allCaps && t.length() > 1) {
                return -1; // a comma, a sentence's end, a number or another acronym between
            }
            if (!t.capitalised || FUNCTION_WORDS.contains(t.fold) || hyphenBefore(tt, first) || first == last
                    || lexicon.isCommonWord(t) && !ROMANCE_PARTICLES.contains(tt.get(first + 1).fold)
                    || lexicon.stopwords.contains(t)) {
                // a name begins with a capitalised word that is no English one: not "The Trump administration"; or with
                // one an English word too, when a particle of its language follows ("Front de libération du Québec")
                continue;
            }
            boolean lowerCaseWord = false;
            for (int w = first + 1; w <= last; w++) {
                Token word = tt.get(w);
                lowerCaseWord |= !word.capitalised && !FUNCTION_WORDS.contains(word.fold) && !hyphenBefore(tt, w);
            }
            if (lowerCaseWord && spells(tt, first, last, letters)) { // a lower-case word that is no function word gives a letter
                return first;
            }
        }
        return -1;
    }

    private static boolean nameWord(TokenizedText tt, int k) {
        Token t = tt.get(k);
        return t.capitalised && !t.numeric || FUNCTION_WORDS.contains(t.fold) || hyphenBefore(tt, k) && !t.numeric;
    }

    private static boolean hyphenBefore(TokenizedText tt, int k) {
        String gap = tt.gapBefore(k);
        return gap.length() == 1 && (gap.charAt(0) == '-' || gap.charAt(0) == '‐' || gap.charAt(0) == '‑');
    }

    /**
     * Whether the words {@code first..last} spell {@code letters} in order: each capitalised word gives its initial
     * (a word in capitals of up to four letters may give all of them: "US" in "USGS"), a function word or the
     * second part of a hyphenated word may give its initial or nothing.
     */
    public static boolean spells(TokenizedText tt, int first, int last, String letters) {
        return spells(tt, first, last, letters, 0);
    }

    private static boolean spells(TokenizedText tt, int k, int last, String letters, int at) {
        if (k > last) {
            return at == letters.length();
        }
        Token t = tt.get(k);
        boolean optional = FUNCTION_WORDS.contains(t.fold) && !t.capitalised || hyphenBefore(tt, k);
        if (optional && spells(tt, k + 1, last, letters, at)) {
            return true;
        }
        if (at >= letters.length()) {
            return false;
        }
        if (t.fold.charAt(0) == letters.charAt(at) && spells(tt, k + 1, last, letters, at + 1)) {
            return true;
        }
        return t.allCaps && t.length() > 1 && t.length() <= 4 && letters.startsWith(t.fold, at)
                && spells(tt, k + 1, last, letters, at + t.fold.length());
    }

    /** A word in capitals of {@code min} to {@code max} letters and nothing else ("COGAT", not "G7" or "F-16"). */
    public static boolean isAcronym(Token t, int min, int max) {
        if (!t.allCaps || t.length() < min || t.length() > max) {
            return false;
        }
        for (int i = 0; i < t.fold.length(); i++) {
            if (!Character.isLetter(t.fold.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean closes(String text, int at) {
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at < text.length() && text.charAt(at) == ')';
    }

    private static boolean anyConsumed(boolean[] consumed, int from, int to) {
        for (int t = from; t <= to; t++) {
            if (consumed[t]) {
                return true;
            }
        }
        return false;
    }
}
