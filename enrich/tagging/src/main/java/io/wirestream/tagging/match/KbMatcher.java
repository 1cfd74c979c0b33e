package io.wirestream.tagging.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.wirestream.tagging.EntityType;
import io.wirestream.tagging.KnowledgeBase;
import io.wirestream.tagging.kb.AliasIndex;
import io.wirestream.tagging.kb.AliasPattern;
import io.wirestream.tagging.kb.KbEntry;
import io.wirestream.tagging.rules.Lexicon;
import io.wirestream.tagging.rules.NameTyper;
import io.wirestream.tagging.text.CharFolding;
import io.wirestream.tagging.text.Token;
import io.wirestream.tagging.text.TokenizedText;

/**
 * Finds knowledge-base aliases in the text: leftmost-longest over the alias trie, then context rules that
 * keep a one-word alias from firing inside a longer unknown name ("Jordan" in "Michael Jordan") and keep
 * common-word places ("Nice") to places that are introduced as such ("in Nice").
 */
public final class KbMatcher {
    /** Words after which a place needing context is accepted. */
    private static final Set<String> PLACE_CUES = Set.of("in", "near", "at", "from", "to", "outside", "of", "into",
            "across", "toward", "towards");

    private final Lexicon lexicon = Lexicon.get();

    public List<Candidate> find(TokenizedText tt, KnowledgeBase kb, boolean[] consumed) {
        List<Candidate> out = new ArrayList<>();
        List<Token> tokens = tt.tokens();
        int n = tokens.size();
        AliasIndex.Node root = kb.index().root();
        int lastPlaceToken = -10;
        List<CountryBoundMatch> countryBound = null;
        for (int i = 0; i < n; i++) {
            if (consumed[i]) {
                continue;
            }
            Match m = longestAt(tokens, root, i, consumed);
            if (m == null) {
                Candidate state = tokens.get(i).capitalised ? StateAbbreviations.at(tt, i, kb) : null; // "JACKSON, Miss."
                if (state != null) {
                    out.add(state);
                    for (int k = i; k <= state.lastToken; k++) {
                        consumed[k] = true;
                    }
                    i = state.lastToken;
                }
                continue;
            }
            if (overtaken(tokens, root, m, consumed)) {
                continue; // "Sheikh Tamim bin Hamad Al Thani": the longer name starting inside wins
            }
            AliasPattern best = m.pattern;
            int bestLast = m.last;
            if (best == null || vetoed(tt, best, i, bestLast, consumed, lastPlaceToken, root)) {
                continue;
            }
            if (best.entry.type() == EntityType.LOCATION) {
                lastPlaceToken = bestLast;
            }
            int first = best.entry.type() == EntityType.PERSON ? skipTitles(tokens, i, bestLast) : i;
            // "the United States", "The “Washington Post”": an article that is not part of the written name
            // (lower case, sentence-initial, or outside the quotes) stays out of the mention
            Token head = tokens.get(i);
            if (bestLast > i + 1 && head.fold.equals("the")
                    && (!head.capitalised || head.sentenceStart || hasQuote(tt.gapBefore(i + 1)))) {
                first = i + 1;
            }
            // "Davao City" is Davao, "Inner Mongolia Autonomous Region" Inner Mongolia: a capitalised head is part of the name
            if (best.entry.type() == EntityType.LOCATION) {
                bestLast = capitalisedPlaceHead(tokens, bestLast);
            }
            if (best.entry.type() == EntityType.ORGANIZATION) {
                bestLast = forWhom(tokens, bestLast, consumed); // "... Works Agency for Palestine Refugees"
            }
            if (best.entry.type() == EntityType.PERSON && bestLast > first) {
                int given = nameWordsBefore(tokens, first, consumed);
                Set<String> givenNames = given >= 0 ? kb.givenNames(best.entry) : Set.of();
                if (given >= 0 && givenNames.contains(tokens.get(given).fold)) {
                    first = given; // "Brice Clotaire Oligui Nguema": the known Brice Oligui Nguema, with a middle name
                } else if (given >= 0 && !givenNames.contains(tokens.get(first).fold)) {
                    continue; // "Omar Bongo Ondimba" is not the known Ali Bongo Ondimba: the rules read the whole name
                }
            }
            if (best.entry.type() == EntityType.ORGANIZATION && first == bestLast
                    && headTurnedBefore(tokens, first, best.entry, consumed)) {
                first -= 2; // "the University of Harvard": Harvard University with its head turned, as translated text writes it
            }
            if (best.entry.type() == EntityType.LOCATION && stateFormBefore(tokens, first)) {
                first -= 2; // "the Sultanate of Oman" is Oman
                if (first > 0 && tokens.get(first - 1).fold.equals("autonomous") && tokens.get(first - 1).capitalised
                        && !tokens.get(first).breakBefore && !consumed[first - 1]) {
                    first--; // "the Autonomous Region of Bougainville"
                }
            } else if (first == i && gluedArticleBefore(tt, i, consumed)) {
                first--; // "the al-Tanf garrison": the article glued before a name is written as part of it
            }
            if (best.entry.type() != EntityType.LOCATION && first < bestLast && tokens.get(first).possessive) {
                // "Ukraine's Security Service", an alias that tells the body by its country: the country is a place of its
                // own and the body's mention starts after it, as the gold sets write every "X's Y"
                Match place = longestAt(tokens, root, first, consumed, EntityType.LOCATION);
                if (place != null && place.last == first && place.pattern != null) {
                    out.add(new Candidate(first, first, tokens.get(first).start, mentionEnd(tt, first), EntityType.LOCATION,
                            place.pattern.entry, null, "kb", 0.85, "kb:" + place.pattern.entry.id()));
                    first++; // both tokens are consumed below, from i
                }
            }
            int body = best.entry.type() == EntityType.ORGANIZATION && first == i ? organOf(tokens, first, consumed) : -1;
            if (body >= 0) {
                // "the Commission of the African Union": a body of the known organisation, a name of its own
                out.add(new Candidate(body, bestLast, tokens.get(body).start, mentionEnd(tt, bestLast),
                        EntityType.ORGANIZATION, null, null, "rule", 0.8, "name:" + NameTyper.key(tokens, body, bestLast)));
                for (int k = body; k <= bestLast; k++) {
                    consumed[k] = true;
                }
                i = bestLast;
                continue;
            }
            if (best.entry.type() == EntityType.ORGANIZATION && legalFormAfter(tokens, bestLast, consumed)) {
                bestLast++; // "Renault SA", "Siemens AG": the company's legal form written after its known name
            }
            double confidence = bestLast > i ? 0.95 : 0.85;
            if (best.inCountryOnly) {
                if (countryBound == null) {
                    countryBound = new ArrayList<>(2);
                }
                countryBound.add(new CountryBoundMatch(out.size(), m.first, m.node));
            }
            out.add(new Candidate(first, bestLast, tokens.get(first).start, mentionEnd(tt, bestLast), best.entry.type(),
                    best.entry, null, "kb", confidence, "kb:" + best.entry.id()));
            for (int k = Math.min(i, first); k <= bestLast; k++) {
                consumed[k] = true; // from first: "Republic of" in "the Republic of Türkiye" is the place's too
            }
            i = bestLast;
        }
        if (countryBound != null) {
            placeInCountry(tokens, out, countryBound, consumed);
        }
        return out;
    }

    /**
     * Heads of a body belonging to an organisation, named "X of the ORGANISATION" ("the Commission of the African Union",
     * "the Commission of the ECOWAS"). Not "Council" or "Assembly": "the Security Council of the UN", "the General
     * Assembly of the United Nations", "the Supreme Political Council of the Houthis" are written, and labelled, as the
     * council and the organisation.
     */
    private static final Set<String> ORGAN_HEADS = Set.of("commission");

    /**
     * The first token of "Commission of the" (with capitalised words glued before it, joined by "and" too: "Customs
     * Tariff Commission of the", "Peace and Security Commission of the") before a known organisation at first, or -1.
     * Translated text names an organisation's organs so: "the Commission of the African Union" is the African Union
     * Commission, one organisation, not a head and the Union.
     */
    private int organOf(List<Token> tokens, int first, boolean[] consumed) {
        if (first < 3 || !tokens.get(first - 1).fold.equals("the") || tokens.get(first - 1).capitalised
                || !tokens.get(first - 2).fold.equals("of") || tokens.get(first - 2).capitalised) {
            return -1;
        }
        int head = first - 3;
        Token h = tokens.get(head);
        if (consumed[head] || !h.capitalised || h.allCaps || !ORGAN_HEADS.contains(h.fold) || tokens.get(first).breakBefore
                || tokens.get(first - 1).breakBefore || tokens.get(first - 2).breakBefore) {
            return -1;
        }
        int body = head;
        while (body > 0 && !tokens.get(body).breakBefore && !consumed[body - 1]) {
            Token before = tokens.get(body - 1);
            if (before.capitalised && !before.allCaps && !before.possessive && !lexicon.isFunctionWord(before)
                    && !lexicon.titles.contains(before)) {
                body--;
            } else if (before.fold.equals("and") && !before.capitalised && body >= 2 && !tokens.get(body - 1).breakBefore
                    && tokens.get(body - 2).capitalised && !consumed[body - 2]) {
                body--; // "Peace and Security Commission"
            } else {
                break;
            }
        }
        if (tokens.get(body).fold.equals("and")) {
            body++;
        }
        return body;
    }

    /** "University of" before a known body's one-word alias, where the body's own name is that word and that head. */
    private boolean headTurnedBefore(List<Token> tokens, int first, KbEntry entry, boolean[] consumed) {
        if (first < 2 || consumed[first - 1] || consumed[first - 2] || tokens.get(first).breakBefore
                || tokens.get(first - 1).breakBefore) {
            return false;
        }
        Token of = tokens.get(first - 1);
        Token head = tokens.get(first - 2);
        if (!of.fold.equals("of") || of.capitalised || !head.capitalised || head.allCaps || !lexicon.orgHeads.contains(head)) {
            return false;
        }
        String name = CharFolding.fold(entry.name());
        return name.endsWith(" " + head.fold) && name.startsWith(tokens.get(first).fold + " ");
    }

    /** Heads a place's written name may end in, capitalised: "Davao City", "Kherson Oblast", "Rivers State". */
    private static final Set<String> PLACE_NAME_HEADS = Set.of("city", "province", "region", "oblast", "governorate",
            "prefecture", "state");

    /** The last token of a known place's name with a capitalised head after it, at most two words ("Autonomous Region"). */
    private int capitalisedPlaceHead(List<Token> tokens, int last) {
        int k = last + 1;
        if (tokens.get(last).possessive || k >= tokens.size()) {
            return last;
        }
        Token next = tokens.get(k);
        if (k + 2 < tokens.size() && next.capitalised && !next.allCaps && !next.breakBefore && !next.possessive
                && tokens.get(k + 1).fold.equals("autonomous") && !tokens.get(k + 1).breakBefore) {
            next = tokens.get(++k); // "Guangxi Zhuang Autonomous Region": the people the region is autonomous for
        }
        if (next.fold.equals("autonomous") && k + 1 < tokens.size()) {
            k++; // "Autonomous Region", "Autonomous Oblast"
        }
        for (int j = last + 1; j <= k; j++) {
            Token t = tokens.get(j);
            if (!t.capitalised || t.allCaps || t.breakBefore || j < k && t.possessive) {
                return last;
            }
        }
        // not when the name goes on: "Jammu and Kashmir State Power Development Corporation" is another body's name
        // ("Istanbul City Hall" keeps its city: the hall is no name of its own)
        boolean goesOn = k + 1 < tokens.size() && tokens.get(k + 1).capitalised && !tokens.get(k + 1).breakBefore
                && !tokens.get(k).possessive && !tokens.get(k).fold.equals("city") && !provinceBeforeSite(tokens, k);
        return PLACE_NAME_HEADS.contains(tokens.get(k).fold) && !goesOn ? k : last;
    }

    /**
     * "the Guangxi Zhuang Autonomous Region": a people's name and "Autonomous Region" after a known place, which
     * {@link #capitalisedPlaceHead} takes into the place's name; not "... Autonomous Region Lan Tianli", where a title's
     * holder goes on after it.
     */
    private boolean autonomousRegionOf(List<Token> tokens, int last) {
        return last + 2 < tokens.size() && tokens.get(last + 2).fold.equals("autonomous")
                && capitalisedPlaceHead(tokens, last) == last + 3;
    }

    /**
     * Whether a province's head at {@code k} is followed by a site's name of two words or more, ending in its head:
     * "South Jeolla Province Muan International Airport", as Korean and Japanese are translated without "in". The
     * province is the known one; the site is a name of its own.
     */
    private boolean provinceBeforeSite(List<Token> tokens, int k) {
        if (k >= tokens.size() || !Lexicon.PROVINCE_HEADS.contains(tokens.get(k).fold) || tokens.get(k).breakBefore) {
            return false;
        }
        int end = k;
        while (end + 1 < tokens.size() && tokens.get(end + 1).capitalised && !tokens.get(end + 1).breakBefore
                && !tokens.get(end).possessive) {
            end++;
        }
        return lexicon.siteAfterProvinceHead(tokens, k, end);
    }

    private record Match(AliasPattern pattern, int first, int last, AliasIndex.Node node) {
    }

    /** A candidate matched by an alias that holds only in its country's news, and the trie node of that alias. */
    private record CountryBoundMatch(int index, int first, AliasIndex.Node node) {
    }

    /**
     * Gives each candidate matched by a country-bound alias ("Congress") to the entry whose country the article names
     * (the U.S. Congress beside the United States or Washington, India's Congress party beside India or Delhi); where
     * the article names none of their countries, the word is left to the rules ("Peru's Congress" is no known body).
     */
    private static void placeInCountry(List<Token> tokens, List<Candidate> out, List<CountryBoundMatch> bound,
                                       boolean[] consumed) {
        Set<String> named = new HashSet<>();
        int next = 0;
        for (int k = 0; k < out.size(); k++) {
            if (next < bound.size() && bound.get(next).index() == k) {
                next++; // its own country does not count: "Congress" alone names no country
                continue;
            }
            String country = out.get(k).kb == null ? null : out.get(k).kb.countryNamed();
            if (country != null) {
                named.add(country);
            }
        }
        for (int b = bound.size() - 1; b >= 0; b--) {
            int index = bound.get(b).index();
            Candidate c = out.get(index);
            AliasPattern chosen = null;
            for (AliasPattern p : bound.get(b).node().patterns()) {
                if (p.inCountryOnly && p.entry.type() == c.type && named.contains(p.entry.country())
                        && p.accepts(tokens, bound.get(b).first())) {
                    chosen = p;
                    break;
                }
            }
            if (chosen == null) {
                out.remove(index);
                for (int k = c.firstToken; k <= c.lastToken; k++) {
                    consumed[k] = false;
                }
            } else if (chosen.entry != c.kb) {
                out.set(index, new Candidate(c.firstToken, c.lastToken, c.start, c.end, c.type, chosen.entry, null,
                        c.method, c.confidence, "kb:" + chosen.entry.id()));
            }
        }
    }

    /** The longest alias starting at token i whose case and punctuation the text shows, or null. */
    private static Match longestAt(List<Token> tokens, AliasIndex.Node root, int i, boolean[] consumed) {
        return longestAt(tokens, root, i, consumed, null);
    }

    /** {@link #longestAt(List, AliasIndex.Node, int, boolean[])} among the aliases of entities of one type (null: any). */
    private static Match longestAt(List<Token> tokens, AliasIndex.Node root, int i, boolean[] consumed,
                                   EntityType only) {
        AliasIndex.Node node = root.child(tokens.get(i).key());
        Match best = null;
        int n = tokens.size();
        for (int j = i; node != null; ) {
            // by index, not for-each: the patterns are List.of() or an ArrayList, and that call site's iterator, one
            // per token and trie step, was not scalarised away
            List<AliasPattern> patterns = node.patterns();
            for (int k = 0; k < patterns.size(); k++) {
                AliasPattern p = patterns.get(k);
                if ((only == null || p.entry.type() == only) && p.accepts(tokens, i)) {
                    best = new Match(p, i, j, node);
                    break;
                }
            }
            j++;
            if (j >= n || consumed[j]) {
                break;
            }
            node = node.child(tokens.get(j).key());
        }
        return best;
    }

    /** Whether a match starting inside m reaches further right (then m gives way to it). */
    private static boolean overtaken(List<Token> tokens, AliasIndex.Node root, Match m, boolean[] consumed) {
        for (int k = m.first + 1; k <= m.last; k++) {
            Match inner = longestAt(tokens, root, k, consumed);
            if (inner != null && inner.last > m.last) {
                return true;
            }
        }
        return false;
    }

    /** Church leaders' titles, written before the one name they reign by as a monarch's are ("Pope Francis"). */
    private static final Set<String> REGNAL_TITLES = Set.of("pope", "patriarch");

    /**
     * "Crown Prince Mohammed bin Salman": titles written into an alias stay out of the mention, two words must remain
     * ("Sheikh Hasina" is a name as written); a monarch's or a church leader's title leaves even one ("King Salman" is
     * Salman, "Emperor Emeritus Akihito" Akihito, "Pope Francis" Francis, as the gold sets write them).
     */
    private int skipTitles(List<Token> tokens, int first, int last) {
        int k = first;
        while (k < last && lexicon.titles.contains(tokens.get(k)) && (last - k >= 2
                || Lexicon.MONARCHS_TITLES.contains(tokens.get(k).fold) || REGNAL_TITLES.contains(tokens.get(k).fold))) {
            k++;
        }
        return k;
    }

    /**
     * The first of at most two capitalised name words glued before a known person's name ("Brice Clotaire" before
     * "Oligui Nguema"), or -1: no title, people's adjective, head of a body or place, function word or sentence-opening
     * ordinary word.
     */
    private int nameWordsBefore(List<Token> tokens, int first, boolean[] consumed) {
        int k = first;
        while (k > 0 && first - k < 2 && !tokens.get(k).breakBefore && !consumed[k - 1]) {
            Token t = tokens.get(k - 1);
            if (!t.capitalised || t.allCaps || t.possessive || t.numeric || lexicon.isFunctionWord(t)
                    || lexicon.titles.contains(t) || lexicon.demonyms.contains(t) || headOfAName(t)
                    || t.sentenceStart && lexicon.isCommonWord(t) && !lexicon.givenNames.contains(t)) {
                break;
            }
            k--;
        }
        return k < first ? k : -1;
    }

    private boolean vetoed(TokenizedText tt, AliasPattern p, int first, int last, boolean[] consumed, int lastPlaceToken,
                           AliasIndex.Node root) {
        List<Token> tokens = tt.tokens();
        EntityType type = p.entry.type();
        boolean country = p.entry.sameAs().containsKey("iso3166");
        if (first == last && p.entry.needsContext() && !placeContext(tokens, first, lastPlaceToken)
                && !NameTyper.dateline(tt, first) && !(type == EntityType.LOCATION && opensPlaceList(tokens, first, root, consumed))) {
            return true;
        }
        if (first == last && p.entry.needsContext() && type == EntityType.LOCATION && !tokens.get(last).possessive
                && Lexicon.beforeAPolity(tokens, last)) {
            return true; // "the Pacific territory", "Atlantic nations": the word is an adjective there
        }
        Token head = tokens.get(first);
        if (first == last && head.length() == 1 && !postedOn(tokens, first) && !platformNamed(tokens, first, root, consumed)) {
            return true; // a one-letter alias ("X") names the network only where something is written on it
        }
        if (type == EntityType.ORGANIZATION) {
            // a known organisation's name inside a longer unknown one: "Ndovu Labour Party",
            // "United Nations Mission in South Sudan" (but not "UN Secretary-General", "NATO allies")
            boolean before = first > 0 && !head.breakBefore && !head.allCaps && !consumed[first - 1]
                    && !Lexicon.BODY_DESCRIBERS.contains(tokens.get(first - 1).fold) // "Paramilitary Rapid Support Forces"
                    && (isCapitalisedNameWord(tokens.get(first - 1))
                        // "Lebanese Red Cross": a people's adjective before a known name of ordinary words is a body of
                        // its own (not "Bavarian Christian Social Union", "in Kurdish Partiya Karkeren Kurdistane")
                        || last > first && tokens.get(first - 1).capitalised && lexicon.demonyms.contains(tokens.get(first - 1))
                            && lexicon.allCommonWords(tokens, first, last));
            return before || continuesIntoHead(tokens, last, false, true) || chapterOf(tokens, last, root)
                    || first == last && lexicon.orgHeads.contains(head) && ofAName(tokens, last)
                    || first == last && !head.allCaps && nameRunsOn(tokens, last, consumed);
        }
        if (type != EntityType.PERSON && type != EntityType.LOCATION) {
            return false;
        }
        if (type == EntityType.LOCATION && placeGoesOnWithParticle(tokens, last)) {
            return true; // "San Antonio de los Baños" is no San Antonio: the rules read the whole name
        }
        // an organisation word glued before a place: "Bank Central Asia", "University Kyiv"; a compass word: "South
        // Waziristan", "East Jerusalem" name a place of their own, which the rules read
        if (first > 0 && !head.breakBefore && !consumed[first - 1]) {
            Token prev = tokens.get(first - 1);
            if (prev.capitalised && !prev.possessive && (lexicon.orgHeads.contains(prev) || lexicon.orgStrong.contains(prev))) {
                return true;
            }
            if (type == EntityType.LOCATION && prev.capitalised && !prev.allCaps && COMPASS.contains(prev.fold)) {
                return true;
            }
            if (type == EntityType.LOCATION && first == last && prev.capitalised && !prev.allCaps
                    && lexicon.titles.contains(prev) && !lexicon.titles.contains(head)
                    && !(last + 1 < tokens.size() && lexicon.titles.contains(tokens.get(last + 1)))) {
                // "Infanta Sofía", "Queen Victoria": a person named after a title, not the place (but "Acting Kursk
                // governor": the place of the role after it)
                return true;
            }
        }
        // a known place of several words that starts a longer name ending in a head: "Port Sudan International
        // Airport", "Middle East Airlines" (one-word places give way to any longer name, below)
        if (type == EntityType.LOCATION && last > first && rebuildable(tokens, first, last)
                && continuesIntoHead(tokens, last, true, !country) && !provinceBeforeSite(tokens, last + 1)) {
            return true;
        }
        // a known person of several words who begins the name of a site or a body named after them: "Mohammed VI
        // Football Complex", "Jomo Kenyatta International Airport", "Tony Blair Institute" (but "Joe Biden
        // Administration" is the person's: a head that names whom they lead)
        if (type == EntityType.PERSON && last > first && rebuildable(tokens, first, last) && namesAfterAPerson(tokens, last)) {
            return true;
        }
        // a country that begins an organisation's name ending in its head: "Kenya Defence Forces", "U.S. Maritime
        // Administration" (the gold sets' writers all label the whole name, country included)
        if (type == EntityType.LOCATION && country && rebuildable(tokens, first, last)
                && countryStartsOrganisation(tokens, last)
                // "U.S. National Transportation Safety Board": the country, then a known board whose name has no country
                && longestAt(tokens, root, last + 1, consumed, EntityType.ORGANIZATION) == null) {
            return true;
        }
        boolean partial = first == last || lexicon.connectors.contains(head) && !head.capitalised;
        if (head.allCaps && first == last && type == EntityType.LOCATION && last + 1 < tokens.size()
                && tokens.get(last + 1).allCaps && !tokens.get(last + 1).breakBefore
                && NameTyper.dateline(tt, first, last + 1)) {
            return true; // "MIAMI GARDENS, Fla. (AP) —": a dateline's place of two words, not Miami
        }
        if (!partial || head.allCaps && first == last) {
            return false;
        }
        if (type == EntityType.LOCATION && stateFormBefore(tokens, first)) {
            return false;
        }
        // another capitalised word glued before it, maybe across a particle: "Hafez al-Assad", "George Washington"
        int before = first - 1;
        boolean acrossOf = false;
        while (before >= 0 && !tokens.get(before + 1).breakBefore && !tokens.get(before).capitalised
                && lexicon.connectors.contains(tokens.get(before))) { // particles and "of", never "for"/"and"
            acrossOf |= tokens.get(before).fold.equals("of");
            before--;
        }
        if (before >= 0 && !tokens.get(before + 1).breakBefore && !consumed[before]) {
            Token prev = tokens.get(before);
            // across "of" only a head makes the place part of a longer name ("University of Tehran"); after a
            // name it is where the name belongs ("Majlisi Oli of Tajikistan", "Hun Sen of Cambodia")
            if (!prev.possessive && prev.capitalised && !prev.allCaps
                    && (isNameWord(prev) || before == first - 1 && lexicon.saidBeforeAName(tt, before)) // "Saïd Bouteflika"
                    && (!acrossOf || headOfAName(prev)) && !describesThePlace(prev, before == first - 1)) {
                return true;
            }
        }
        // a city's one-word name that begins a body's name ending in its head: "Seoul Central District Court"
        if (type == EntityType.LOCATION && first == last && !country
                && continuesIntoHead(tokens, last, false, true)) {
            return true;
        }
        // a one-word alias followed by another capitalised word: "Jordan Peterson", "Kyiv Independent"
        if (first == last && last + 1 < tokens.size()) {
            Token next = tokens.get(last + 1);
            if (!next.breakBefore && !tokens.get(last).possessive && next.capitalised && !consumed[last + 1]
                    && isNameWord(next) && !(type == EntityType.LOCATION && (next.fold.equals("city")
                        || autonomousRegionOf(tokens, last)))
                    && !(type == EntityType.LOCATION && (titleOfBefore(tokens, first)
                        || personAfterItsPlace(tokens, first, country)
                        || placeJoinedToPlace(tt, last, consumed, root)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a Bengaluru-Howrah express", "the Russia-Ukraine war": a known place joined by a hyphen or dash to another
     * known place that ends the name is a pair of places, not one longer name; but "the Pakistan-Afghanistan Joint
     * Chamber", "the Delhi-Mumbai Expressway" go on into a body's or a site's name, which the rules read whole.
     */
    private boolean placeJoinedToPlace(TokenizedText tt, int last, boolean[] consumed, AliasIndex.Node root) {
        List<Token> tokens = tt.tokens();
        int next = last + 1;
        if (!(tt.gapIs(next, "-") || tt.gapIs(next, "\u2013"))) {
            return false;
        }
        Match other = longestAt(tokens, root, next, consumed, EntityType.LOCATION);
        if (other == null) {
            return false;
        }
        int after = other.last + 1;
        if (after >= tokens.size() || tokens.get(other.last).possessive) {
            return true;
        }
        Token t = tokens.get(after);
        return t.breakBefore || !t.capitalised && !SITE_HEADS.contains(t.fold);
    }

    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west");

    /**
     * "Neighbouring Uganda said", "Landlocked Chad", "Nearby Goma": a sentence's first word, capitalised only for that,
     * that reads as an ordinary adjective or adverb and as no given name, describes the place after it; it is not
     * a first name before a surname ("George Washington").
     */
    private boolean describesThePlace(Token prev, boolean rightBefore) {
        return rightBefore && Lexicon.opensLikeADescription(prev) && lexicon.isCommonWord(prev)
                && !lexicon.givenNames.contains(prev);
    }

    private static final Set<String> PLACE_ARTICLES = Set.of("la", "las", "los", "el");
    private static final Set<String> OF = Set.of("of");
    private static final Set<String> THE = Set.of("the");

    /** A known place's name followed by a particle, maybe an article, and a capitalised word: "de los Baños". */
    private static boolean placeGoesOnWithParticle(List<Token> tokens, int last) {
        int name = nameAfterJoiner(tokens, last, Lexicon.PLACE_PARTICLES, PLACE_ARTICLES);
        return name > 0 && !tokens.get(name).allCaps;
    }

    /**
     * The capitalised word that goes on a name after token {@code last}: a lower-case joining word, maybe a lower-case
     * article, then that word, with no punctuation between ("of the Republic", "de los Baños"); -1 when there is none.
     */
    private static int nameAfterJoiner(List<Token> tokens, int last, Set<String> joiners, Set<String> articles) {
        int k = last + 1;
        if (tokens.get(last).possessive || k + 1 >= tokens.size() || !joiners.contains(tokens.get(k).fold)
                || tokens.get(k).capitalised || tokens.get(k).breakBefore) {
            return -1;
        }
        k++;
        if (articles.contains(tokens.get(k).fold) && !tokens.get(k).capitalised && !tokens.get(k).breakBefore
                && k + 1 < tokens.size()) {
            k++;
        }
        Token name = tokens.get(k);
        return !name.breakBefore && name.capitalised && !name.numeric ? k : -1;
    }

    /** A word that heads an organisation's, a place's or a site's name: "University", "Gulf", "Dam". */
    private boolean headOfAName(Token t) {
        return lexicon.orgHeads.contains(t) || lexicon.orgStrong.contains(t) || lexicon.locHeads.contains(t)
                || lexicon.siteHeads.contains(t) || lexicon.orgNouns.contains(t);
    }

    /** "President of Tajikistan Emomali Rahmon": the name after the place is the title holder's, not the place's. */
    private boolean titleOfBefore(List<Token> tokens, int first) {
        return first >= 2 && tokens.get(first - 1).fold.equals("of") && !tokens.get(first - 1).capitalised
                && !tokens.get(first).breakBefore && !tokens.get(first - 1).breakBefore
                && lexicon.titles.contains(tokens.get(first - 2));
    }

    /**
     * "the security committee of Kyrgyzstan Kamchybek Tashiev", "the prison of Riobamba Fabricio Colón": translated
     * text runs a place that "of", "from" or "in" leads to into the person named after it; two or three capitalised
     * words, none an organisation's or a place's word, then the phrase ends. Not a place that is a given name too.
     * A country after any lower-case word when a known given name follows: "the citizen Brazil Rodrigo Gularte",
     * "citizens Australia Andrew Chan", as text translated from Indonesian writes nationality (then up to four name
     * words).
     */
    private boolean personAfterItsPlace(List<Token> tokens, int first, boolean country) {
        if (first < 1 || first + 1 >= tokens.size() || tokens.get(first).breakBefore || tokens.get(first - 1).capitalised
                || lexicon.givenNames.contains(tokens.get(first))) {
            return false;
        }
        boolean givenNameAfter = country && lexicon.givenNames.contains(tokens.get(first + 1));
        if (!PLACE_LEADS.contains(tokens.get(first - 1).fold) && !givenNameAfter) {
            return false;
        }
        int k = first + 1;
        while (k < tokens.size() && k <= first + 5 && !tokens.get(k).breakBefore && tokens.get(k).capitalised) {
            Token t = tokens.get(k);
            if (t.allCaps || t.numeric || t.possessive || lexicon.orgHeads.contains(t) || lexicon.orgWords.contains(t)
                    || lexicon.orgStrong.contains(t) || lexicon.locHeads.contains(t) || lexicon.isFunctionWord(t)
                    || lexicon.titles.contains(t) || lexicon.isCommonWord(t)) {
                return false;
            }
            k++;
        }
        int words = k - first - 1;
        return words >= 2 && words <= (givenNameAfter ? 4 : 3)
                && (k >= tokens.size() || tokens.get(k).breakBefore || !tokens.get(k).capitalised);
    }

    private static final Set<String> PLACE_LEADS = Set.of("of", "from", "in");

    /** "in Kisumu", "from Nice", or a list of places: "Mombasa, Kisumu and Nakuru". */
    private static boolean placeContext(List<Token> tokens, int i, int lastPlaceToken) {
        if (i == 0) {
            return false;
        }
        Token t = tokens.get(i);
        Token prev = tokens.get(i - 1);
        if (!t.breakBefore && PLACE_CUES.contains(prev.fold) && !prev.possessive) {
            return true;
        }
        if (!t.breakBefore && i >= 2 && prev.fold.equals("the") && !prev.capitalised && !prev.breakBefore) {
            Token cue = tokens.get(i - 2); // "in the Pacific", "on the Atlantic"; not "at the Semipalatinsk test site"
            return !cue.capitalised && (PLACE_CUES.contains(cue.fold) || cue.fold.equals("on")) && !siteHeadNext(tokens, i);
        }
        if (t.breakBefore && !t.sentenceStart && lastPlaceToken == i - 1) {
            return NameTyper.listGoesOn(tokens, i);
        }
        return !t.breakBefore && (prev.fold.equals("and") || prev.fold.equals("or")) && lastPlaceToken == i - 2;
    }

    /**
     * "after Croydon, Thurrock, Woking, Slough and Northamptonshire": a place that needs a cue opens a list of three
     * one-word names or more, joined by commas and a last "and", of which another is a known place too; the list is
     * the cue (the rules read its unknown names as places, "in Mombasa, Kisumu and Nakuru").
     */
    private static boolean opensPlaceList(List<Token> tokens, int i, AliasIndex.Node root, boolean[] consumed) {
        int items = 1;
        int known = 1;
        int at = i;
        while (items < MAX_LIST_ITEMS) {
            int sep = at + 1;
            if (sep + 1 >= tokens.size() || !tokens.get(sep).breakBefore && !tokens.get(sep).fold.equals("and")
                    || tokens.get(sep).sentenceStart) {
                break;
            }
            boolean and = tokens.get(sep).fold.equals("and") && !tokens.get(sep).capitalised;
            int item = and ? sep + 1 : sep;
            Token name = tokens.get(item);
            if (!name.capitalised || name.allCaps || name.numeric || item == sep + 1 && name.breakBefore
                    || item + 1 < tokens.size() && tokens.get(item + 1).capitalised && !tokens.get(item + 1).breakBefore) {
                return false; // one-word names only: "Croydon, Thurrock", not "Croydon, Kent County Council"
            }
            items++;
            Match m = longestAt(tokens, root, item, consumed, EntityType.LOCATION);
            if (m != null && m.pattern != null && m.last == item) {
                known++;
            }
            at = item;
            if (and) {
                return items >= 3 && known >= 2;
            }
        }
        return false;
    }

    private static final int MAX_LIST_ITEMS = 12;

    /** "wrote on X", "said in a post on X", "posted on X": a one-letter name after "on" that something is written on. */
    private static boolean postedOn(List<Token> tokens, int i) {
        if (i < 2 || tokens.get(i).breakBefore || !tokens.get(i - 1).fold.equals("on") || tokens.get(i - 1).breakBefore) {
            return false;
        }
        return WRITTEN_ON.contains(tokens.get(i - 2).fold);
    }

    /**
     * "his account X", "the owner of X", "YouTube and X", "TikTok, Meta and X": a one-letter name as a platform's, by
     * the word before it or a known organisation of one word listed with it.
     */
    private static boolean platformNamed(List<Token> tokens, int i, AliasIndex.Node root, boolean[] consumed) {
        if (i < 2) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        if (!tokens.get(i).breakBefore && !prev.capitalised && prev.fold.equals("account")) {
            return true;
        }
        if (!tokens.get(i).breakBefore && prev.fold.equals("of") && !prev.capitalised
                && OWNERS.contains(tokens.get(i - 2).fold)) {
            return true;
        }
        if (tokens.get(i).breakBefore || prev.capitalised || !prev.fold.equals("and") && !prev.fold.equals("or")
                || prev.breakBefore && prev.sentenceStart) {
            return false;
        }
        int other = i - 2;
        Match m = longestAt(tokens, root, other, consumed, EntityType.ORGANIZATION);
        return m != null && m.pattern != null && m.last == other && tokens.get(other).capitalised;
    }

    private static final Set<String> OWNERS = Set.of("owner", "owners", "boss", "chief");

    private static final Set<String> WRITTEN_ON = Set.of("wrote", "writes", "write", "writing", "said", "says", "post",
            "posts", "posted", "posting", "message", "statement", "video", "account", "tweeted", "announced", "shared");

    /** A site's lower-case head one or two words after i: the name there is the site's ("the Semipalatinsk test site"). */
    private static boolean siteHeadNext(List<Token> tokens, int i) {
        for (int k = i + 1; k < tokens.size() && k <= i + 2; k++) {
            Token t = tokens.get(k);
            if (t.breakBefore || t.capitalised) {
                return false;
            }
            if (SITE_HEADS.contains(t.fold) || t.fold.equals("site")) {
                return true;
            }
        }
        return false;
    }

    /** At most this many capitalised words after "for" continue a known organisation's written name. */
    private static final int MAX_FOR_WORDS = 4;

    /**
     * "United Nations Relief and Works Agency for Palestine Refugees": a known organisation whose alias ends in an
     * organisation head, written on with "for" and capitalised words, is still that organisation; the words after
     * "for" (a place among them) are no entity of their own. Returns the last token of the mention.
     */
    private int forWhom(List<Token> tokens, int last, boolean[] consumed) {
        Token head = tokens.get(last);
        int f = last + 1;
        if (head.allCaps || head.possessive || !head.capitalised || !lexicon.orgHeads.contains(head)
                || f + 1 >= tokens.size()) {
            return last;
        }
        Token forWord = tokens.get(f);
        if (!forWord.fold.equals("for") || forWord.capitalised || forWord.breakBefore) {
            return last;
        }
        int end = f;
        for (int k = f + 1; k < tokens.size() && k <= f + MAX_FOR_WORDS; k++) {
            Token t = tokens.get(k);
            if (t.breakBefore || consumed[k] || !isCapitalisedNameWord(t) && !(t.capitalised && lexicon.demonyms.contains(t))) {
                break;
            }
            end = k;
            if (t.possessive) {
                break;
            }
        }
        if (end == f || end == f + MAX_FOR_WORDS && end + 1 < tokens.size() && !tokens.get(end + 1).breakBefore
                && tokens.get(end + 1).capitalised) {
            return last; // nothing capitalised after "for", or a run too long to be part of this name
        }
        return end;
    }

    /** A lower-case "al-" or "el-" glued to token i, not taken by another match: "al-Tanf", "el-Fasher". */
    private static boolean gluedArticleBefore(TokenizedText tt, int i, boolean[] consumed) {
        if (i == 0 || consumed[i - 1] || !tt.gapIs(i, "-")) {
            return false;
        }
        Token article = tt.get(i - 1);
        return !article.capitalised && (article.fold.equals("al") || article.fold.equals("el"));
    }

    /** Legal forms of companies, written after the name with a capital: "SA", "AG", "Inc", "plc" (either case). */
    private static final Set<String> LEGAL_FORMS = Set.of("sa", "ag", "se", "plc", "inc", "ltd", "llc", "nv", "bv", "spa",
            "srl", "sarl", "gmbh", "asa", "ab", "oyj", "kgaa", "corp", "pjsc", "jsc", "tbk", "bhd", "pty", "kk");

    private static boolean legalFormAfter(List<Token> tokens, int last, boolean[] consumed) {
        if (last + 1 >= tokens.size() || consumed[last + 1]) {
            return false;
        }
        Token t = tokens.get(last + 1);
        return !t.breakBefore && !t.possessive && LEGAL_FORMS.contains(t.fold)
                && (t.capitalised || t.fold.equals("plc"));
    }

    /** "U.S.": the period of a one-letter abbreviation belongs to the mention. */
    private static int mentionEnd(TokenizedText tt, int last) {
        Token t = tt.get(last);
        String text = tt.text();
        return t.length() == 1 && t.allCaps && t.end < text.length() && text.charAt(t.end) == '.' ? t.end + 1 : t.end;
    }

    private static final Set<String> STATE_FORMS = Set.of("republic", "kingdom", "sultanate", "emirate",
            "principality", "state", "commonwealth", "federation", "federal");

    /**
     * "Sultanate of Oman", "Kingdom of Saudi Arabia": the state's formal name around a known place; so is a region's head
     * before it ("the Region of Liguria").
     */
    private static boolean stateFormBefore(List<Token> tokens, int first) {
        if (first < 2 || tokens.get(first).breakBefore || tokens.get(first - 1).breakBefore) {
            return false;
        }
        Token form = tokens.get(first - 2);
        return tokens.get(first - 1).fold.equals("of") && form.capitalised
                && (STATE_FORMS.contains(form.fold) || Lexicon.REGION_HEADS_BEFORE_THE_NAME.contains(form.fold));
    }

    /** A national chapter: "Amnesty International Nigeria" (an organisation name, then a known place). */
    private static boolean chapterOf(List<Token> tokens, int last, AliasIndex.Node root) {
        int k = last + 1;
        if (k >= tokens.size() || tokens.get(last).possessive) {
            return false;
        }
        Token next = tokens.get(k);
        if (next.breakBefore || !next.capitalised || next.allCaps
                || k + 1 < tokens.size() && !tokens.get(k + 1).breakBefore && tokens.get(k + 1).capitalised) {
            return false;
        }
        AliasIndex.Node node = root.child(next.key());
        if (node == null) {
            return false;
        }
        for (AliasPattern p : node.patterns()) {
            if (p.entry.type() == EntityType.LOCATION && p.length() == 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Congress of Peru", "Congress of the Republic": a known body named by a head word alone ("Congress") that goes on
     * with "of" and a name is another body's longer name, which the rules read whole.
     */
    private static boolean ofAName(List<Token> tokens, int last) {
        return nameAfterJoiner(tokens, last, OF, THE) > 0;
    }

    /**
     * Heads of sites and facilities named after a place ("Port Sudan International Airport"). Not the heads of
     * regions and waters ("Red Sea Coast", "New York State", "Davao City"), which name the place itself or a part of it.
     */
    private static final Set<String> SITE_HEADS = Set.of("airport", "port", "harbour", "harbor", "base", "airbase",
            "airfield", "dam", "station", "terminal", "prison", "jail", "camp", "crossing", "checkpoint", "bridge",
            "tunnel", "stadium", "palace", "tower", "refinery", "plant", "reactor", "barracks", "shipyard", "reservoir",
            "mine", "oilfield", "facility", "highway", "motorway", "expressway", "cathedral", "basilica");

    /**
     * Capitalised words glued after the match that end in a capitalised site or organisation head: the match is the
     * first part of a site's or an organisation's name ("Port Sudan International Airport", "UN Support Mission").
     * A country keeps its own mention before an organisation ("U.S. Treasury", "United States Agency for ...").
     */
    private boolean continuesIntoHead(List<Token> tokens, int last, boolean siteHeads, boolean orgHeads) {
        if (tokens.get(last).possessive) {
            return false;
        }
        for (int k = last + 1; k < tokens.size() && k <= last + 4; k++) {
            Token t = tokens.get(k);
            // "Ho Chi Minh City People's Court", "Novi Sad Public Prosecutor's Office": a possessive right before the
            // head goes on into the body's name
            boolean ownerOfHead = t.possessive && t.capitalised && k + 1 < tokens.size() && !tokens.get(k + 1).breakBefore
                    && tokens.get(k + 1).capitalised && (orgHeads && lexicon.orgHeads.contains(tokens.get(k + 1))
                        || siteHeads && SITE_HEADS.contains(tokens.get(k + 1).fold));
            boolean peoples = t.possessive && t.capitalised && t.fold.equals("people") || ownerOfHead;
            // "Seoul Central District Court", "Seoul Metropolitan Court": a word read elsewhere as a people's adjective
            // or a title is one more word of the name here, where a head ends it
            boolean describer = t.capitalised && !t.allCaps && !t.possessive && !t.numeric
                    && (lexicon.demonyms.contains(t) || lexicon.titles.contains(t));
            // "Harvard T.H. Chan School of Public Health": a benefactor's initials inside the name
            boolean initial = t.length() == 1 && t.allCaps && !t.numeric && !t.possessive;
            if (!t.breakBefore && t.capitalised && !t.allCaps
                    && (siteHeads && SITE_HEADS.contains(t.fold) || orgHeads && lexicon.orgHeads.contains(t))) {
                return true; // the head may be in the possessive: "Harvard Medical School's Dr. Jha"
            }
            if (t.breakBefore || !isCapitalisedNameWord(t) && !peoples && !describer && !initial) {
                return false;
            }
            if (t.possessive && !peoples) {
                return false;
            }
        }
        return false;
    }

    /**
     * A known organisation's one-word name that another capitalised word follows, glued: a longer name the rules read
     * ("The Harvard Crimson", "Apple Daily", "Gazprom Neft"); not a day or a month ("said Hamas Sunday").
     */
    private boolean nameRunsOn(List<Token> tokens, int last, boolean[] consumed) {
        if (last + 1 >= tokens.size() || tokens.get(last).possessive) {
            return false;
        }
        Token next = tokens.get(last + 1);
        return !next.breakBefore && !consumed[last + 1] && isCapitalisedNameWord(next)
                && !lexicon.weekdays.contains(next) && !lexicon.monthNames.contains(next);
    }

    /** Capitalised words glued after a person's name up to the head of a site or of a body named after them. */
    private boolean namesAfterAPerson(List<Token> tokens, int last) {
        if (tokens.get(last).possessive) {
            return false;
        }
        for (int k = last + 1; k < tokens.size() && k <= last + 4; k++) {
            Token t = tokens.get(k);
            // "Queen Elizabeth Central Hospital": a people's or region's adjective may stand before the head
            if (t.breakBefore || !isCapitalisedNameWord(t) && !(lexicon.demonyms.contains(t) && t.capitalised
                    && !t.allCaps && !t.possessive)) {
                return false;
            }
            if (SITE_HEADS.contains(t.fold) || NAMED_AFTER_PEOPLE.contains(t.fold)
                    || lexicon.orgHeads.contains(t) && !HEADS_OF_WHOM_THEY_LEAD.contains(t.fold)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Heads of streets, buildings and monuments named after people ("Robert Mugabe Road", "King Fahd Medical Complex",
     * "Sultan Qaboos Grand Mosque").
     */
    private static final Set<String> NAMED_AFTER_PEOPLE = Set.of("road", "street", "avenue", "boulevard", "square",
            "complex", "highway", "park", "mosque", "museum", "library", "mausoleum", "memorial", "hall", "bridge");

    /** Organisation heads that after a person's name are the people they lead: "the Biden Administration". */
    private static final Set<String> HEADS_OF_WHOM_THEY_LEAD = Set.of("administration", "government", "cabinet",
            "campaign", "office", "regime", "team", "family", "army", "forces");

    /**
     * Capitalised words after a country up to an organisation's head or sector ("Kenya Defence Forces", "Ukraine Defense
     * Contact Group"): portfolio words count as name words here ("Defence"), though they are titles elsewhere.
     */
    private boolean countryStartsOrganisation(List<Token> tokens, int last) {
        if (tokens.get(last).possessive) {
            return false;
        }
        for (int k = last + 1; k < tokens.size() && k <= last + 4; k++) {
            Token t = tokens.get(k);
            // a compass word or a people's adjective may go on the name: "China Eastern Airlines"
            if (t.breakBefore || !t.capitalised || t.allCaps || t.numeric
                    || !isNameWord(t) && !lexicon.portfolios.contains(t) && !lexicon.demonyms.contains(t)) {
                return false;
            }
            if (lexicon.orgHeads.contains(t) || lexicon.orgSectors.contains(t)) {
                return true;
            }
            if (t.possessive) {
                return false;
            }
        }
        return false;
    }

    /** The name rules can read the place's words as part of a longer name: capitalised words and particles. */
    private boolean rebuildable(List<Token> tokens, int first, int last) {
        for (int k = first; k <= last; k++) {
            Token t = tokens.get(k);
            if (!t.capitalised && !lexicon.connectors.contains(t) || t.numeric) {
                return false; // "Dar es Salaam Port Authority": "es" would cut the name, so the place keeps its match
            }
        }
        return true;
    }

    private boolean isCapitalisedNameWord(Token t) {
        return !t.possessive && t.capitalised && !t.allCaps && isNameWord(t);
    }

    private boolean isNameWord(Token t) {
        return !lexicon.isFunctionWord(t) && !lexicon.titles.contains(t) && !t.numeric;
    }

    private static boolean hasQuote(String gap) {
        for (int k = 0; k < gap.length(); k++) {
            if (CharFolding.fold(gap.charAt(k)) == '"') {
                return true;
            }
        }
        return false;
    }
}
