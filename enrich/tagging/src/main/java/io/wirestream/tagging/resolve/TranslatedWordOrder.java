package io.wirestream.tagging.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Set;

import io.wirestream.tagging.EntityType;
import io.wirestream.tagging.KnowledgeBase;
import io.wirestream.tagging.kb.AliasIndex;
import io.wirestream.tagging.kb.AliasPattern;
import io.wirestream.tagging.kb.KbEntry;
import io.wirestream.tagging.match.Candidate;
import io.wirestream.tagging.rules.Lexicon;
import io.wirestream.tagging.text.Token;
import io.wirestream.tagging.text.TokenizedText;

/**
 * A known body or place whose name was translated word for word from a language that puts the adjective after the
 * noun: "the Committee International of the Red Cross", "the Crescent Red Turkish", "the Agency Anadolu", "the
 * University Technical of the Middle East", "Java Central". Read in English order the knowledge base knows it; the
 * rules' candidate (with the "of ..." candidate after it, when the rules split the name there) becomes that entity.
 * Only a knowledge-base name is taken: word orders are tried, not guessed, so an unknown name keeps its reading.
 */
final class TranslatedWordOrder {
    private static final Lexicon LEXICON = Lexicon.get();
    /** Words before "of" this many at most: "Union General Tunisian". */
    private static final int MAX_BLOCK = 4;
    /**
     * Adjectives that follow the noun in such text besides the organisation words: "Java Central", "House Blue", and
     * the points of the compass ("Java West" from Indonesian "Jawa Barat", "Nusa Tenggara East").
     */
    private static final Set<String> TRAILING_ADJECTIVES = Set.of("central", "northern", "southern", "eastern",
            "western", "upper", "lower", "greater", "red", "blue", "white", "black", "green", "grand", "high", "north",
            "south", "east", "west");

    private TranslatedWordOrder() {
    }

    static void reread(TokenizedText tt, List<Candidate> all, KnowledgeBase kb) {
        AliasIndex index = kb.index();
        List<String> keys = new ArrayList<>(12);
        for (ListIterator<Candidate> it = all.listIterator(); it.hasNext(); ) {
            Candidate c = it.next();
            if (c.kb != null || c.type == EntityType.DATE || c.tokenCount() < 2) {
                continue;
            }
            int of = ofAt(tt, c);
            int blockEnd = of < 0 ? c.lastToken : of - 1;
            if (blockEnd - c.firstToken + 1 > MAX_BLOCK || !written(tt, c.firstToken, blockEnd)
                    || !headFirst(tt, c.firstToken, blockEnd)) {
                continue;
            }
            // the rules may have ended the name before "of (the) X", X a candidate of its own: try the whole first
            Candidate after = it.hasNext() ? all.get(it.nextIndex()) : null;
            int tailStart = of < 0 ? c.lastToken + 1 : of;
            boolean joined = false;
            KbEntry found = null;
            if (of < 0 && after != null && after.type != EntityType.DATE && ofBefore(tt, c.lastToken + 1, after.firstToken)) {
                found = lookUp(tt, index, keys, c.firstToken, blockEnd, tailStart, after.lastToken);
                joined = found != null;
            }
            if (found == null) {
                found = lookUp(tt, index, keys, c.firstToken, blockEnd, tailStart, c.lastToken);
            }
            if (found == null) {
                continue;
            }
            int last = joined ? after.lastToken : c.lastToken;
            it.set(new Candidate(c.firstToken, last, c.start, tt.get(last).end, found.type(), found, null, "kb", 0.8,
                    "kb:" + found.id()));
            if (joined) {
                it.next();
                it.remove();
            }
        }
    }

    /** The lower-case "of" inside c after its second word, or -1. */
    private static int ofAt(TokenizedText tt, Candidate c) {
        for (int k = c.firstToken + 2; k < c.lastToken; k++) {
            Token t = tt.get(k);
            if (t.fold.equals("of") && !t.capitalised) {
                return k;
            }
        }
        return -1;
    }

    /** "of" or "of the" between two candidates, nothing else. */
    private static boolean ofBefore(TokenizedText tt, int k, int next) {
        if (k >= next || !tt.get(k).fold.equals("of") || tt.get(k).capitalised || tt.get(k).breakBefore) {
            return false;
        }
        return next == k + 1 || next == k + 2 && tt.get(k + 1).fold.equals("the") && !tt.get(k + 1).capitalised;
    }

    private static boolean written(TokenizedText tt, int from, int to) {
        for (int k = from; k <= to; k++) {
            Token t = tt.get(k);
            if (!t.capitalised || t.allCaps || t.possessive && k < to) {
                return false;
            }
        }
        return true;
    }

    /** A head before what describes it ("Committee International", "Agency Anadolu"), or an adjective last ("Java Central"). */
    private static boolean headFirst(TokenizedText tt, int from, int to) {
        Token first = tt.get(from);
        Token last = tt.get(to);
        return LEXICON.orgHeads.contains(first) || LEXICON.locHeads.contains(first)
                || TRAILING_ADJECTIVES.contains(last.fold)
                || LEXICON.orgWords.contains(last) && !LEXICON.orgHeads.contains(last);
    }

    /**
     * The known organisation or place named by the block [from, to] in English order, with the tail [tailStart,
     * tailEnd] ("of (the) X") kept after it or its X moved before the head: "Committee International | of the Red
     * Cross" is the International Committee of the Red Cross, "University Technical | of the Middle East" the Middle
     * East Technical University, "Union General Tunisian | of the Labour" the Tunisian General Labour Union.
     */
    private static KbEntry lookUp(TokenizedText tt, AliasIndex index, List<String> keys, int from, int to,
                                  int tailStart, int tailEnd) {
        boolean tail = tailStart <= tailEnd;
        // the block reversed, the tail after it
        keys.clear();
        for (int k = to; k >= from; k--) {
            keys.add(tt.get(k).key());
        }
        addRange(tt, keys, tailStart, tailEnd);
        KbEntry found = find(index, keys);
        if (found != null || to - from < 2 && !tail) {
            return found;
        }
        // the head moved to the block's end: "Party Liberty Korea" is the Liberty Korea Party
        if (to - from >= 2) {
            keys.clear();
            addRange(tt, keys, from + 1, to);
            keys.add(tt.get(from).key());
            addRange(tt, keys, tailStart, tailEnd);
            found = find(index, keys);
            if (found != null) {
                return found;
            }
        }
        if (!tail) {
            return null;
        }
        int x = tailStart + 1; // after "of"
        if (x <= tailEnd && tt.get(x).fold.equals("the") && !tt.get(x).capitalised) {
            x++;
        }
        if (x > tailEnd) {
            return null;
        }
        // X before the reversed adjectives and the head
        keys.clear();
        addRange(tt, keys, x, tailEnd);
        for (int k = to; k > from; k--) {
            keys.add(tt.get(k).key());
        }
        keys.add(tt.get(from).key());
        found = find(index, keys);
        if (found != null) {
            return found;
        }
        // the reversed adjectives, X, the head
        keys.clear();
        for (int k = to; k > from; k--) {
            keys.add(tt.get(k).key());
        }
        addRange(tt, keys, x, tailEnd);
        keys.add(tt.get(from).key());
        return find(index, keys);
    }

    private static void addRange(TokenizedText tt, List<String> keys, int from, int to) {
        for (int k = from; k <= to; k++) {
            keys.add(tt.get(k).key());
        }
    }

    /** The best organisation or place whose alias is exactly these keys. */
    private static KbEntry find(AliasIndex index, List<String> keys) {
        AliasIndex.Node node = index.walk(keys.size(), keys::get);
        if (node == null) {
            return null;
        }
        for (AliasPattern p : node.patterns()) {
            if (!p.inCountryOnly && (p.entry.type() == EntityType.ORGANIZATION || p.entry.type() == EntityType.LOCATION)) {
                return p.entry;
            }
        }
        return null;
    }
}
