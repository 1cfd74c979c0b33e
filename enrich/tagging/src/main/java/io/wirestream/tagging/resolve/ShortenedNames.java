package io.wirestream.tagging.resolve;

import io.wirestream.tagging.EntityType;
import io.wirestream.tagging.match.Candidate;
import io.wirestream.tagging.rules.Lexicon;
import io.wirestream.tagging.text.CharFolding;
import io.wirestream.tagging.text.Token;
import io.wirestream.tagging.text.TokenizedText;
import java.util.HashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * A name written again in another order or without its head, as news copy does once the full name is given:
 * "the Department of Justice ... the Justice Department", "the Ministry of Defence ... the Defence Ministry", "the
 * Strait of Kerch ... the Kerch Strait" (the head turned around); "Salgado Filho International Airport ... the Salgado Filho apron" (a site of two or more name
 * words without its capitalised head); "Mount Lewotobi Laki-laki ... Lewotobi Laki-laki" (a mountain without
 * "Mount"). Parties without "Party" are read with surnames, as lone words.
 */
final class ShortenedNames {
    /** Heads written before "of X" or after X: "Department of Justice" and "Justice Department". */
    private static final Set<String> TURNING_HEADS = Set.of("department", "ministry", "office", "directorate", "cartel",
            "university");
    /**
     * Places named with their head before "of X" or after X: "the Strait of Kerch" and "the Kerch Strait"; regions
     * too, as translated text turns them ("the County of Kilifi" and "Kilifi County").
     */
    private static final Set<String> TURNING_PLACE_HEADS = Set.of("strait", "straits", "sea", "gulf", "bay", "lake",
            "island", "peninsula", "canal", "desert", "valley", "basin", "plain", "plateau", "province", "county",
            "prefecture", "governorate", "oblast", "district", "municipality");
    /** Capitalised heads a site is named again without, when what is left is two words or more. */
    private static final Set<String> DROPPED_SITE_HEADS = Set.of("airport", "stadium", "arena", "dam", "bridge",
            "port", "station", "prison");
    private static final Set<String> SITE_HEAD_MODIFIERS = Set.of("international", "national", "regional", "military",
            "central", "air", "power", "nuclear", "main");

    /** Words before a town's name: "in Mae Sot" after "Mae Sot Airport" is the town. */
    private static final Set<String> TOWN_CUES = Set.of("in", "near", "from", "outside", "into", "to", "with", "of");

    private final Lexicon lexicon = Lexicon.get();

    void merge(TokenizedText tt, List<Candidate> all, UnionFind uf) {
        mountainsWithoutMount(tt, all, uf);
        turnedHeads(tt, all, uf);
        sitesWithoutHead(tt, all, uf);
    }

    /** Any rule name that reads as the rest of a mountain's name is that mountain, whatever the rules took it for. */
    private static void mountainsWithoutMount(TokenizedText tt, List<Candidate> all, UnionFind uf) {
        Map<String, Candidate> byRest = null;
        for (Candidate c : all) {
            String first = tt.get(c.firstToken).fold;
            if (c.type == EntityType.LOCATION && c.tokenCount() >= 2 && (first.equals("mount") || first.equals("mt"))) {
                if (byRest == null) {
                    byRest = new HashMap<>(2);
                }
                byRest.putIfAbsent(CharFolding.fold(tt.text(), tt.get(c.firstToken + 1).start, c.end), c);
            }
        }
        joinAsPlace(tt, all, uf, byRest, (mountain, c) -> true);
    }

    private void turnedHeads(TokenizedText tt, List<Candidate> all, UnionFind uf) {
        Map<String, Candidate> byKey = null;
        for (Candidate c : all) {
            String key = c.type == EntityType.ORGANIZATION ? turnedKey(tt, c, TURNING_HEADS)
                    : c.type == EntityType.LOCATION ? turnedKey(tt, c, TURNING_PLACE_HEADS) : null;
            if (key == null) {
                continue;
            }
            if (byKey == null) {
                byKey = new HashMap<>(4);
            }
            Candidate other = byKey.putIfAbsent(key, c);
            if (other != null && !other.key.equals(c.key) && (other.kb == null || c.kb == null || other.kb == c.kb)) {
                uf.union(other.key, c.key);
            }
        }
    }

    /**
     * "head|subject" for "Department of (the) Justice" and for "Justice Department": the subject is one or two
     * capitalised words; null for any other name.
     */
    private String turnedKey(TokenizedText tt, Candidate c, Set<String> heads) {
        int n = c.tokenCount();
        if (n < 2 || n > 5) {
            return null;
        }
        Token first = tt.get(c.firstToken);
        Token last = tt.get(c.lastToken);
        if (heads.contains(first.fold) && n >= 3 && tt.get(c.firstToken + 1).fold.equals("of")) {
            int s = c.firstToken + 2;
            if (tt.get(s).fold.equals("the") && s < c.lastToken) {
                s++;
            }
            return subject(tt, s, c.lastToken) ? first.fold + "|" + CharFolding.fold(tt.text(), tt.get(s).start, c.end)
                    : null;
        }
        if (heads.contains(last.fold) && last.capitalised && n <= 3) {
            int s = c.firstToken;
            return subject(tt, s, c.lastToken - 1)
                    ? last.fold + "|" + CharFolding.fold(tt.text(), tt.get(s).start, tt.get(c.lastToken - 1).end) : null;
        }
        return null;
    }

    private boolean subject(TokenizedText tt, int from, int to) {
        if (to < from || to - from > 1) {
            return false;
        }
        for (int k = from; k <= to; k++) {
            Token t = tt.get(k);
            if (!t.capitalised || t.allCaps || lexicon.isFunctionWord(t)) {
                return false;
            }
        }
        return true;
    }

    private void sitesWithoutHead(TokenizedText tt, List<Candidate> all, UnionFind uf) {
        Map<String, Candidate> byBareName = null;
        Map<String, Candidate> byLastWords = null;
        for (Candidate c : all) {
            if (c.type != EntityType.LOCATION || c.tokenCount() < 3 || c.kb != null) {
                continue;
            }
            int bare = c.lastToken;
            Token head = tt.get(bare);
            if (!head.capitalised || !DROPPED_SITE_HEADS.contains(head.fold)) {
                continue;
            }
            // the name without its head and the kind words before it: "Guangzhou Baiyun International Airport" is
            // "Guangzhou Baiyun", whose last word with the head names it again ("Baiyun Airport")
            bare--;
            while (bare > c.firstToken && tt.get(bare).capitalised && SITE_HEAD_MODIFIERS.contains(tt.get(bare).fold)) {
                bare--;
            }
            Token lastWord = tt.get(bare);
            if (lastWord.capitalised && !lastWord.allCaps && !SITE_HEAD_MODIFIERS.contains(lastWord.fold)
                    && !lexicon.isFunctionWord(lastWord)) {
                if (byLastWords == null) {
                    byLastWords = new HashMap<>(2);
                }
                // "the Francis Scott Key Bridge" ... "the Key Bridge": named again by its last word and head ("Kabul
                // International Airport" ... "Kabul Airport" too: with its head it is no town)
                String key = bare == c.lastToken - 1 ? CharFolding.fold(tt.text(), lastWord.start, head.end)
                        : CharFolding.fold(tt.text(), lastWord.start, lastWord.end) + " " + CharFolding.fold(tt.text(), head.start, head.end);
                byLastWords.putIfAbsent(key, c);
            }
            if (bare - c.firstToken < 1) {
                continue; // one word left: often a town of its own ("Kabul International Airport" and Kabul)
            }
            if (byBareName == null) {
                byBareName = new HashMap<>(2);
            }
            byBareName.putIfAbsent(CharFolding.fold(tt.text(), c.start, tt.get(bare).end), c);
        }
        // a place of that name is the town the site is named after ("Mae Sot Airport" and Mae Sot), and so is the name
        // before the site or after a town's cue ("in Mae Sot")
        joinAsPlace(tt, all, uf, byBareName, (site, c) -> c.type != EntityType.LOCATION && c.start > site.start
                && !townCue(tt, c.firstToken));
        joinAsPlace(tt, all, uf, byLastWords, (site, c) -> c.start > site.start && c.tokenCount() == 2);
    }

    /**
     * Joins each rule name (not a date) whose folded text is a key of {@code byShortName} to the place named there in
     * full, when {@code accept} agrees, and types that mention as a place: it must not outvote the place's type
     * ("Salgado Filho" read as a person).
     */
    private static void joinAsPlace(TokenizedText tt, List<Candidate> all, UnionFind uf,
                                    Map<String, Candidate> byShortName, BiPredicate<Candidate, Candidate> accept) {
        if (byShortName == null) {
            return;
        }
        for (ListIterator<Candidate> it = all.listIterator(); it.hasNext(); ) {
            Candidate c = it.next();
            if (c.kb != null || c.type == EntityType.DATE) {
                continue;
            }
            Candidate place = byShortName.get(CharFolding.fold(tt.text(), c.start, c.end));
            if (place != null && !place.key.equals(c.key) && accept.test(place, c)) {
                uf.union(place.key, c.key);
                it.set(new Candidate(c.firstToken, c.lastToken, c.start, c.end, EntityType.LOCATION, null, null,
                        c.method, c.confidence, c.key));
            }
        }
    }

    private static boolean townCue(TokenizedText tt, int first) {
        return first > 0 && !tt.get(first).breakBefore && TOWN_CUES.contains(tt.get(first - 1).fold);
    }
}
