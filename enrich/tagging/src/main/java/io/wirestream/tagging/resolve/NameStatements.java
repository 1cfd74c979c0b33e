package io.wirestream.tagging.resolve;

import io.wirestream.tagging.EntityType;
import io.wirestream.tagging.match.Candidate;
import io.wirestream.tagging.rules.Lexicon;
import io.wirestream.tagging.text.Token;
import io.wirestream.tagging.text.TokenizedText;
import java.util.List;
import java.util.Set;

/**
 * Names the text gives to something it has just described rather than named: "The court, known in Romanian as
 * Curtea Constitutionala", "the stadium, known as Accor Stadium for sponsorship reasons", "The shoal, called Ayungin
 * Shoal in the Philippines and Ren'ai Reef in China"; to a name followed by where it is ("the Transparent Factory in
 * Dresden, known in German as the Gläserne Manufaktur"); and nicknames and meanings ("Paetongtarn, known by her
 * nickname Ung Ing", "Benno Bokk Yakaar, the ruling coalition whose name means "United in Hope""). The alias
 * statements of {@link InDocumentResolver} read a statement right after a name; these read the ones where a common
 * noun, a place or a description stands between.
 *
 * <p>The described thing is the nearest earlier name holding that noun as a word ("the court" is the Constitutional
 * Court, "the stadium" Stadium Australia). Two entities of the knowledge base are never merged this way.
 */
final class NameStatements {
    private static final Set<String> LEADS = Set.of("also", "better", "popularly", "commonly", "widely", "locally",
            "affectionately", "officially", "simply", "now", "formerly");
    private static final Set<String> AMONG = Set.of("in", "to", "among", "by");
    private static final Set<String> OWNERS = Set.of("his", "her", "its", "their");
    private static final Set<String> NICKNAMES = Set.of("nickname", "nom", "moniker");
    /** Words before "the" in a described antecedent: "the court", "the disputed shoal" (at most this many). */
    private static final int MAX_DESCRIPTION_WORDS = 3;
    /** Words of a name given in a statement without a candidate of its own ("United in Hope"). */
    private static final int MAX_NAME_WORDS = 6;

    private final Lexicon lexicon = Lexicon.get();

    void merge(TokenizedText tt, List<Candidate> all, Candidate[] atToken, UnionFind uf, List<Candidate> added) {
        List<Token> tokens = tt.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.breakBefore || t.capitalised || !tt.strippedGapEndsWith(i, ',')) {
                continue; // every statement here follows a comma: "X, known as Y"
            }
            int named = statement(tokens, i);
            Candidate described;
            if (named >= 0) {
                described = antecedent(tt, all, i - 1);
            } else {
                int whose = descriptionThenWhose(tokens, i);
                named = whose < 0 ? -1 : nameMeans(tokens, whose);
                described = named < 0 ? null : endingAt(all, i - 1); // "X, the ruling coalition whose name means"
            }
            if (described == null) {
                continue;
            }
            Candidate first = nameAt(tt, named, described, atToken, uf, added);
            if (first == null) {
                continue;
            }
            // "called Ayungin Shoal in the Philippines and Ren'ai Reef in China": a second name, for another place
            int k = placeAfter(tokens, atToken, first.lastToken + 1);
            if (k > first.lastToken + 1 && k + 1 < tokens.size() && tokens.get(k).fold.equals("and")) {
                nameAt(tt, k + 1, described, atToken, uf, added);
            }
        }
    }

    /**
     * Where the given name starts after a statement at i: "known as", "known in Romanian as", "known by her nickname",
     * "popularly known as", "called", "nicknamed"; -1 when there is none.
     */
    private int statement(List<Token> tokens, int i) {
        int n = tokens.size();
        int k = i;
        if (k < n && LEADS.contains(tokens.get(k).fold)) {
            k++;
        }
        if (k >= n) {
            return -1;
        }
        String verb = tokens.get(k).fold;
        if (verb.equals("called") || verb.equals("nicknamed") || verb.equals("dubbed")) {
            return k + 1 < n ? k + 1 : -1;
        }
        if (!verb.equals("known") || k + 1 >= n) {
            return -1;
        }
        k++;
        if (tokens.get(k).fold.equals("as")) {
            return k + 1 < n ? k + 1 : -1;
        }
        if (k + 2 < n && tokens.get(k).fold.equals("by") && OWNERS.contains(tokens.get(k + 1).fold)
                && NICKNAMES.contains(tokens.get(k + 2).fold)) {
            return k + 3 < n ? k + 3 : -1; // "known by her nickname Ung Ing"
        }
        // "known in Romanian as", "known to Filipinos as", "known among Kurds as", "known by locals as"
        if (AMONG.contains(tokens.get(k).fold)) {
            for (int j = k + 1; j < n && j <= k + 3; j++) {
                if (tokens.get(j).breakBefore) {
                    return -1;
                }
                if (tokens.get(j).fold.equals("as")) {
                    return j + 1 < n && j > k + 1 ? j + 1 : -1;
                }
            }
        }
        return -1;
    }

    /** "the ruling coalition whose" after the comma at i: where "whose" is, or -1. */
    private static int descriptionThenWhose(List<Token> tokens, int i) {
        if (!tokens.get(i).fold.equals("the") && !tokens.get(i).fold.equals("a")) {
            return -1;
        }
        for (int k = i + 1; k < tokens.size() && k <= i + 1 + MAX_DESCRIPTION_WORDS; k++) {
            Token t = tokens.get(k);
            if (t.breakBefore || t.capitalised) {
                return -1;
            }
            if (t.fold.equals("whose")) {
                return k > i + 1 ? k : -1;
            }
        }
        return -1;
    }

    /** "whose name means Y", "whose name translates as Y": where Y starts, or -1. */
    private static int nameMeans(List<Token> tokens, int whose) {
        int k = whose + 1;
        if (k + 2 >= tokens.size() || !tokens.get(k).fold.equals("name")) {
            return -1;
        }
        String verb = tokens.get(k + 1).fold;
        if (verb.equals("means")) {
            return k + 2;
        }
        if (verb.equals("translates") && tokens.get(k + 2).fold.equals("as") && k + 3 < tokens.size()) {
            return k + 3;
        }
        return -1;
    }

    /**
     * What a statement after token {@code last} speaks of: the name ending there (past a lower-case site head); the
     * name before "in PLACE" ("the Transparent Factory in Dresden"); or, after "the NOUN", the nearest earlier name
     * holding NOUN as a word ("The court" after the Constitutional Court).
     */
    private Candidate antecedent(TokenizedText tt, List<Candidate> all, int last) {
        List<Token> tokens = tt.tokens();
        Candidate ending = endingAt(all, last);
        if (ending != null && ending.type == EntityType.LOCATION && ending.kb != null) {
            Candidate before = beforeIn(tt, all, ending);
            if (before != null) {
                return before;
            }
        }
        if (ending != null) {
            return ending;
        }
        int k = last;
        while (k > 0 && k > last - InDocumentResolver.MAX_SITE_HEAD_WORDS && !tokens.get(k).capitalised
                && !tokens.get(k).breakBefore
                && (lexicon.siteHeads.contains(tokens.get(k)) || lexicon.siteModifiers.contains(tokens.get(k)))) {
            k--; // "the Al-Yarubiyah crossing, known as": the site itself
        }
        if (k < last && (ending = endingAt(all, k)) != null) {
            return ending;
        }
        Token noun = tokens.get(last);
        if (noun.capitalised || last < 1 || lexicon.isFunctionWord(noun)) {
            return null;
        }
        int the = last - 1;
        while (the > last - MAX_DESCRIPTION_WORDS && the > 0 && !tokens.get(the).fold.equals("the")
                && !tokens.get(the).capitalised && !tokens.get(the + 1).breakBefore) {
            the--;
        }
        if (!tokens.get(the).fold.equals("the") || tokens.get(the + 1).breakBefore) {
            return null;
        }
        for (int c = all.size() - 1; c >= 0; c--) {
            Candidate x = all.get(c);
            if (x.lastToken >= the || x.type == EntityType.DATE) {
                continue;
            }
            for (int w = x.firstToken; w <= x.lastToken; w++) {
                if (tokens.get(w).fold.equals(noun.fold)) {
                    return x;
                }
            }
        }
        return null;
    }

    /** "the Transparent Factory in Dresden": the name before "in" and the place. */
    private static Candidate beforeIn(TokenizedText tt, List<Candidate> all, Candidate place) {
        int in = place.firstToken - 1;
        if (in > 0 && tt.get(in).fold.equals("the")) {
            in--;
        }
        if (in < 1 || !tt.get(in).fold.equals("in") || tt.get(in).breakBefore || tt.get(place.firstToken).breakBefore) {
            return null;
        }
        Candidate before = endingAt(all, in - 1);
        // a known place before "in" is a place within a place ("Kharkiv in Ukraine"), not what the statement names
        return before != null && (before.type != EntityType.LOCATION || before.kb == null) ? before : null;
    }

    /** The longest name (not a date) ending at token {@code last}, or null. */
    private static Candidate endingAt(List<Candidate> all, int last) {
        Candidate found = null;
        for (Candidate c : all) {
            if (c.lastToken == last && c.type != EntityType.DATE && (found == null || c.firstToken < found.firstToken)) {
                found = c;
            }
        }
        return found;
    }

    /** Past "in (the) PLACE" at k, when a place is named there; else k. */
    private static int placeAfter(List<Token> tokens, Candidate[] atToken, int k) {
        if (k + 1 >= tokens.size() || !tokens.get(k).fold.equals("in")) {
            return k;
        }
        int p = tokens.get(k + 1).fold.equals("the") ? k + 2 : k + 1;
        Candidate place = p < tokens.size() ? atToken[p] : null;
        return place != null && place.type == EntityType.LOCATION ? place.lastToken + 1 : k;
    }

    /**
     * The name that starts at k (past a lower-case "the"), joined to the described entity: the candidate found there,
     * or the capitalised words there as a new mention of it. Null when there is no name at k.
     */
    private Candidate nameAt(TokenizedText tt, int k, Candidate described, Candidate[] atToken, UnionFind uf,
                             List<Candidate> added) {
        List<Token> tokens = tt.tokens();
        if (k < tokens.size() && tokens.get(k).fold.equals("the") && !tokens.get(k).capitalised && k + 1 < tokens.size()) {
            k++;
        }
        if (k >= tokens.size()) {
            return null;
        }
        Candidate there = atToken[k];
        if (there != null) {
            if (there.type == EntityType.DATE || there.kb != null && described.kb != null && there.kb != described.kb) {
                return null;
            }
            uf.union(described.key, there.key);
            return there;
        }
        Token first = tokens.get(k);
        if (!first.capitalised || first.sentenceStart && !isQuoted(tt, k)) { // not a sentence's first word
            return null;
        }
        int end = k;
        boolean quoted = isQuoted(tt, k);
        for (int e = k + 1; e < tokens.size() && e < k + MAX_NAME_WORDS; e++) {
            Token t = tokens.get(e);
            if (t.breakBefore || atToken[e] != null && !(quoted && atToken[e].kb == null)) {
                break; // inside quotes a word the rules took alone is part of the name: "United in Hope"
            }
            if (t.capitalised) {
                end = e;
            } else if (!lexicon.connectors.contains(t) && !lexicon.isFunctionWord(t)) {
                break;
            }
        }
        Candidate name = new Candidate(k, end, first.start, tokens.get(end).end, described.type, described.kb, null,
                described.method, 0.7, described.key);
        added.add(name);
        return name;
    }

    private static boolean isQuoted(TokenizedText tt, int k) {
        String gap = tt.gapBefore(k);
        return gap.indexOf('"') >= 0 || gap.indexOf('“') >= 0 || gap.indexOf('\'') >= 0 || gap.indexOf('‘') >= 0;
    }
}
