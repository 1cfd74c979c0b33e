package io.wirestream.tagging.resolve;

import io.wirestream.tagging.EntityType;
import io.wirestream.tagging.kb.KbEntry;
import io.wirestream.tagging.match.Candidate;
import io.wirestream.tagging.rules.AcronymDefinitions;
import io.wirestream.tagging.text.Token;
import io.wirestream.tagging.text.TokenizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Set;

/**
 * An acronym anywhere in a document is the organisation, place or person of that document whose initials it spells:
 * "Press Trust of India ... PTI", "Tehreek-e-Taliban Pakistan ... the TTP", "Forces Armées de la République
 * Démocratique du Congo (FARDC)", "Sam Bankman-Fried ... SBF" — in brackets or not, before or after the name. Function words ("of", "de la",
 * "al-", "wal-") may be left out of the initials or kept; the parts of a hyphenated word count as words. Only an
 * acronym the knowledge base does not know, and that spells exactly one name of the document, is merged.
 */
final class Initialisms {

    // two letters are too ambiguous to merge by initials alone ("UN", "EU" are in the knowledge base anyway), except
    // for an organisation or a known place of two words the knowledge base does not read otherwise ("General Motors ...
    // GM", "West Bengal ... WB")
    private static final int MIN_LETTERS = 3;
    private static final int TWO_LETTERS = 2;
    private static final int MAX_LETTERS = 7;

    /**
     * Separates the parts of a hyphenated or apostrophised word ("Tehreek-e-Taliban", "Jama'at"), each an initial of
     * its own. A char test rather than a regex split: this runs for every word of every multi-word name.
     */
    private static boolean isPartSeparator(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\'' || c == '\u2019';
    }

    /** Whether a candidate of the group with this root is already in the list. */
    private static boolean holdsGroup(List<Candidate> named, String root, UnionFind uf) {
        for (Candidate n : named) {
            if (uf.find(n.key).equals(root)) {
                return true;
            }
        }
        return false;
    }

    private Initialisms() {
    }

    static void merge(TokenizedText tt, List<Candidate> all, UnionFind uf) {
        Map<String, List<Candidate>> byInitials = new HashMap<>();
        for (Candidate c : all) {
            // a person too: "Sam Bankman-Fried ... SBF", "Andrés Manuel López Obrador ... AMLO" (three letters or more)
            if ((c.type == EntityType.ORGANIZATION || c.type == EntityType.LOCATION || c.type == EntityType.PERSON)
                    && c.tokenCount() >= 2) {
                List<String> initialsOfC = initialsOf(tt, c);
                if (initialsOfC.isEmpty()) {
                    continue;
                }
                String root = uf.find(c.key); // no union in this loop: one find per candidate, not one per comparison
                for (String initials : initialsOfC) {
                    List<Candidate> named = byInitials.computeIfAbsent(initials, k -> new ArrayList<>());
                    if (!holdsGroup(named, root, uf)) {
                        named.add(c);
                    }
                }
            }
        }
        if (byInitials.isEmpty()) {
            return;
        }
        Set<KbEntry> namedInFull = null;
        for (ListIterator<Candidate> it = all.listIterator(); it.hasNext(); ) {
            Candidate acronym = it.next();
            if (acronym.tokenCount() != 1 || acronym.type == EntityType.DATE
                    || !AcronymDefinitions.isAcronym(tt.get(acronym.firstToken), TWO_LETTERS, MAX_LETTERS)) {
                continue;
            }
            String letters = tt.get(acronym.firstToken).fold;
            List<Candidate> named = byInitials.get(letters);
            if (letters.length() < MIN_LETTERS && (acronym.kb != null || named == null)) {
                continue; // two letters: only an unknown acronym, and only the initials of a two-word name
            }
            if (acronym.kb != null) {
                if (named == null) {
                    continue; // a known acronym yields only to a name whose own initials spell it
                }
                if (namedInFull == null) {
                    namedInFull = KnownWordsReadInContext.namedInFull(all);
                }
                if (namedInFull.contains(acronym.kb)) {
                    continue; // and keeps its meaning when its own entity is named too
                }
            }
            if (named == null) {
                named = spelling(tt, all, uf, letters); // "Coordinator of Government Activities in the Territories"
            }
            if (named.size() != 1) {
                continue; // spells no name, or two different ones: not ours to pick
            }
            Candidate name = named.get(0);
            if (acronym.kb == null) {
                uf.union(name.key, acronym.key);
            } else if (name.kb != acronym.kb) {
                // "Press Trust of India ... (PTI)": the knowledge base's PTI is a party the article never names, so the
                // acronym is the name the article spells out
                it.set(new Candidate(acronym.firstToken, acronym.lastToken, acronym.start, acronym.end, name.type, name.kb,
                        null, name.method, 0.7, name.key));
            }
        }
    }

    /**
     * The names (of different entities) whose words spell the letters when each function word may give its initial
     * or not: what the fixed initials above miss ("COGAT", "CFIUS", "USGS").
     */
    private static List<Candidate> spelling(TokenizedText tt, List<Candidate> all, UnionFind uf, String letters) {
        List<Candidate> named = new ArrayList<>(1);
        for (Candidate c : all) {
            if ((c.type == EntityType.ORGANIZATION || c.type == EntityType.LOCATION) && c.tokenCount() >= 2
                    && c.tokenCount() <= AcronymDefinitions.longestName(letters)
                    && AcronymDefinitions.spells(tt, c.firstToken, c.lastToken, letters)
                    && !holdsGroup(named, uf.find(c.key), uf)) {
                named.add(c);
            }
        }
        return named;
    }

    /**
     * The name's initials without its function words and with them (one entry when they are the same); none for a
     * name holding an acronym of its own ("NATO Support Agency": its spelt initials would be guesswork).
     */
    static List<String> initialsOf(TokenizedText tt, Candidate c) {
        StringBuilder content = new StringBuilder();
        StringBuilder every = new StringBuilder();
        for (int k = c.firstToken; k <= c.lastToken; k++) {
            Token token = tt.get(k);
            if (token.allCaps && token.length() > 1) {
                return List.of();
            }
            String fold = token.fold;
            for (int from = 0; from < fold.length(); ) {
                int to = from;
                while (to < fold.length() && !isPartSeparator(fold.charAt(to))) {
                    to++;
                }
                if (to > from && Character.isLetter(fold.charAt(from))) {
                    // the whole word when it has no separator, as it mostly has not: no substring to build
                    String part = from == 0 && to == fold.length() ? fold : fold.substring(from, to);
                    every.append(part.charAt(0));
                    if (!AcronymDefinitions.FUNCTION_WORDS.contains(part)) {
                        content.append(part.charAt(0));
                    }
                }
                from = to + 1;
            }
        }
        List<String> out = new ArrayList<>(2);
        if (content.length() == TWO_LETTERS && c.tokenCount() == TWO_LETTERS && every.length() == TWO_LETTERS
                && (c.type == EntityType.ORGANIZATION || c.type == EntityType.LOCATION && c.kb != null)) {
            out.add(content.toString()); // "General Motors": GM; a known place too: "Uttar Pradesh ... the UP government"
        }
        if (content.length() >= MIN_LETTERS) {
            out.add(content.toString());
        }
        if (every.length() >= MIN_LETTERS && !every.toString().contentEquals(content)) {
            out.add(every.toString());
        }
        return out;
    }
}
