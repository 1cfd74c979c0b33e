package io.wirestream.tagging.resolve;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Set;

import io.wirestream.tagging.EntityType;
import io.wirestream.tagging.kb.KbEntry;
import io.wirestream.tagging.match.Candidate;
import io.wirestream.tagging.rules.Lexicon;
import io.wirestream.tagging.text.CharFolding;
import io.wirestream.tagging.text.Token;
import io.wirestream.tagging.text.TokenizedText;

/**
 * One word the knowledge base reads as one of its entities, in an article that never names that entity in full but
 * names another that the word is part of: the article's entity it is. "Oleksiy Kuleba ... Kuleba said" is not the
 * KB's Dmytro Kuleba; "Indian National Congress ... Congress nearly doubled its tally" is not the U.S. Congress.
 * Rewrites those candidates before grouping, so they carry the article's entity and none of the knowledge base's.
 */
final class KnownWordsReadInContext {
    private static final Lexicon LEXICON = Lexicon.get();

    private KnownWordsReadInContext() {
    }

    static void reread(TokenizedText tt, List<Candidate> all) {
        boolean loneSurname = false;
        boolean loneHead = false;
        for (Candidate c : all) {
            if (c.kb != null && c.tokenCount() == 1) {
                // a small place's name the knowledge base reads only in context is a surname as often ("Carlos Mesa ...
                // the homes of Mesa")
                loneSurname |= c.type == EntityType.PERSON || c.type == EntityType.LOCATION && c.kb.needsContext();
                loneHead |= c.type == EntityType.ORGANIZATION && LEXICON.orgHeads.contains(tt.get(c.firstToken));
            }
        }
        if (!loneSurname && !loneHead) {
            return; // most articles: nothing to read again
        }
        Set<KbEntry> namedInFull = namedInFull(all);
        Map<String, Candidate> surnames = new HashMap<>();
        Map<String, Candidate> heads = new HashMap<>();
        Map<String, Candidate> knownSurnames = new HashMap<>(); // "Michel Aoun ... Aoun": not the KB's Joseph Aoun
        for (Candidate c : all) {
            if (c.tokenCount() < 2 || c.type != EntityType.PERSON && c.type != EntityType.ORGANIZATION) {
                continue;
            }
            Token last = tt.get(c.lastToken);
            if (c.type == EntityType.PERSON && c.kb == null) {
                surnames.putIfAbsent(last.fold, c);
            } else if (c.type == EntityType.PERSON && loneSurname) {
                knownSurnames.putIfAbsent(last.fold, c);
            } else if (loneHead && c.type == EntityType.ORGANIZATION && last.capitalised && !last.allCaps
                    && LEXICON.orgHeads.contains(last)) {
                Candidate seen = heads.putIfAbsent(last.fold, c);
                if (seen != null && seen != NONE && !sameEntity(tt, seen, c)) {
                    heads.put(last.fold, NONE); // two organisations end so: not ours to pick
                }
            }
        }
        for (ListIterator<Candidate> it = all.listIterator(); it.hasNext(); ) {
            Candidate c = it.next();
            if (c.kb == null || c.tokenCount() != 1
                    || c.firstToken > 0 && Lexicon.MONARCHS_TITLES.contains(tt.get(c.firstToken - 1).fold)) {
                continue; // "King Salman": the title was part of the alias the knowledge base read, not a lone name
            }
            Candidate other = null;
            if (namedInFull.contains(c.kb)) {
                // "Mohammed Ghannouchi took power ... talks with Ghannouchi ... Rached Ghannouchi said": before the known
                // person is named in full, the surname is the article's person named in full before it
                Candidate earlier = c.type == EntityType.PERSON && !titled(tt, c.firstToken)
                        ? surnames.get(tt.get(c.firstToken).fold) : null;
                if (earlier == null || earlier.start > c.start || firstNamedInFull(all, c.kb) < c.start) {
                    continue;
                }
                other = earlier;
            } else if (c.type == EntityType.PERSON) {
                other = titled(tt, c.firstToken) ? null : surnames.get(tt.get(c.firstToken).fold); // "President Kuleba"
                if (other == null) {                                                                 // stays the known Kuleba
                    other = knownSurnames.get(tt.get(c.firstToken).fold); // but another known person named in full wins
                }
            } else if (c.type == EntityType.ORGANIZATION) {
                other = heads.get(tt.get(c.firstToken).fold);
            } else if (c.type == EntityType.LOCATION && c.kb.needsContext()) {
                other = surnames.get(tt.get(c.firstToken).fold); // a person of the article named in full, not the place
            }
            if (other != null && other != NONE && other.kb != c.kb) {
                it.set(new Candidate(c.firstToken, c.lastToken, c.start, c.end, other.type, other.kb, null, other.method,
                        0.7, other.key));
            }
        }
    }

    /** The knowledge-base entities the document names by more than one word: where the knowledge base's reading holds. */
    static Set<KbEntry> namedInFull(List<Candidate> all) {
        Set<KbEntry> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Candidate c : all) {
            if (c.kb != null && c.tokenCount() >= 2) {
                out.add(c.kb);
            }
        }
        return out;
    }

    /** Where the document first names this knowledge-base entity by more than one word. */
    private static int firstNamedInFull(List<Candidate> all, KbEntry entry) {
        int first = Integer.MAX_VALUE;
        for (Candidate c : all) {
            if (c.kb == entry && c.tokenCount() >= 2) {
                first = Math.min(first, c.start);
            }
        }
        return first;
    }

    /** Marks a head that two organisations of the article end in. */
    private static final Candidate NONE = new Candidate(0, 0, 0, 0, EntityType.ORGANIZATION, null, null, "rule", 0, "");

    private static boolean titled(TokenizedText tt, int k) {
        return k > 0 && LEXICON.titles.contains(tt.get(k - 1));
    }

    /** The same knowledge-base entity, or the same written name. */
    private static boolean sameEntity(TokenizedText tt, Candidate a, Candidate b) {
        return a.kb != null ? a.kb == b.kb
                : b.kb == null && CharFolding.fold(tt.text(), a.start, a.end).equals(CharFolding.fold(tt.text(), b.start, b.end));
    }
}
