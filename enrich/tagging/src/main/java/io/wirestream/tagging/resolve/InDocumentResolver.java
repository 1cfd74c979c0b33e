package io.wirestream.tagging.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Set;

import io.wirestream.tagging.EntityType;
import io.wirestream.tagging.KnowledgeBase;
import io.wirestream.tagging.kb.AliasIndex;
import io.wirestream.tagging.kb.KbEntry;
import io.wirestream.tagging.match.Candidate;
import io.wirestream.tagging.rules.ChineseNames;
import io.wirestream.tagging.rules.Lexicon;
import io.wirestream.tagging.rules.NameTyper;
import io.wirestream.tagging.text.CharFolding;
import io.wirestream.tagging.text.Token;
import io.wirestream.tagging.text.TokenizedText;

/**
 * Merges what one document says is the same entity: "X, formerly known as Y" (and "also known as",
 * "a.k.a."), an acronym in brackets after a name ("Syrian Democratic Forces (SDF)"), and a surname alone
 * after a full name ("Trump" -> Donald Trump). Lone words become mentions only when they resolve here.
 */
final class InDocumentResolver {
    /** Heads a party or movement is named again without: "Labor Party" ... "Labor", "Amal Movement" ... "Amal". */
    private static final Set<String> PARTY_HEADS = Set.of("party", "movement");
    /** "known until 2020 as", "known before 1991 as": a name the thing had until a year. */
    private static final Set<String> YEAR_LEADS = Set.of("until", "till", "before", "in", "since");
    /** Words before "known as"; "more known as" is machine translation's "better known as". */
    private static final Set<String> AKA_LEADS = Set.of("formerly", "also", "previously", "better", "now", "once",
            "otherwise", "widely", "commonly", "sometimes", "more", "popularly");

    /** "who is known as", "who was better known as". */
    private static final Set<String> IS_WAS = Set.of("is", "was");
    /**
     * "who performs as DJ Switch", "who raps as", "who wrestles as": a stage name after a person (not "wrote" or "served",
     * which "as President" follows).
     */
    private static final Set<String> STAGE_NAME_VERBS = Set.of("performs", "performed", "raps", "rapped", "sings",
            "sang", "wrestles", "wrestled", "records", "recorded");

    private final Lexicon lexicon = Lexicon.get();
    private final NameStatements nameStatements = new NameStatements();
    private final ShortenedNames shortenedNames = new ShortenedNames();

    /** The candidates grouped into entities, plus surname mentions attached to their person. */
    record Groups(UnionFind unionFind, List<Candidate> candidates) {
    }

    Groups resolve(TokenizedText tt, List<Candidate> candidates, List<Integer> singles, KnowledgeBase kb) {
        List<Candidate> all = new ArrayList<>(candidates);
        all.sort((x, y) -> Integer.compare(x.start, y.start));
        KnownWordsReadInContext.reread(tt, all);
        TranslatedWordOrder.reread(tt, all, kb);
        sitesByFirstWordAndHead(tt.tokens(), all);
        UnionFind uf = new UnionFind(all.size());
        Candidate[] atToken = new Candidate[tt.size()];
        for (Candidate c : all) {
            uf.add(c.key);
            atToken[c.firstToken] = c;
        }
        boolean[] lone = new boolean[tt.size()]; // by token: no boxed set to build and probe per article
        for (int i : singles) {
            lone[i] = true;
        }
        List<Candidate> named = new ArrayList<>();
        Set<Candidate> superseded = new HashSet<>();
        aliasStatements(tt, all, atToken, uf, lone, named, superseded);
        all.removeAll(superseded);
        nameStatements.merge(tt, all, atToken, uf, named);
        transliterations(tt, all, uf, kb);
        surnamePairs(tt, all, uf);
        reversedNames(tt, all, uf);
        patronymicsWithoutFamilyName(tt, all, uf);
        shortCompanyNames(tt, all, uf);
        namesWithoutTheirPlace(tt, all, uf, kb);
        regionsByTheirName(tt, all, uf);
        bodiesByTheirHead(tt, all, uf);
        bodiesByTheirLastWords(tt, all, uf);
        TranslatedHeads.merge(tt, all, uf);
        CognateNames.merge(tt, all, uf);
        shortenedNames.merge(tt, all, uf);
        Initialisms.merge(tt, all, uf);
        for (Candidate c : named) {
            lone[c.firstToken] = false;
        }
        List<Integer> remaining = marked(lone);
        all.addAll(surnames(tt, all, remaining, uf, kb));
        all.addAll(named);
        all.sort((x, y) -> Integer.compare(x.start, y.start));
        // after the surnames, so that "Dahal, a former guerrilla leader better known as Prachanda" has its subject
        List<Candidate> given = namesGivenLater(tt, all, uf, remaining);
        if (!given.isEmpty()) {
            all.addAll(given);
            all.sort((x, y) -> Integer.compare(x.start, y.start));
        }
        return new Groups(uf, all);
    }

    /** The indices set in {@code flags}, in order. */
    private static List<Integer> marked(boolean[] flags) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                out.add(i);
            }
        }
        return out;
    }

    /** "X, formerly known as Y", "X (also known as Y)", "X, aka Y", "X (Y)" with Y an acronym. */
    private void aliasStatements(TokenizedText tt, List<Candidate> all, Candidate[] atToken, UnionFind uf,
                                 boolean[] singles, List<Candidate> added, Set<Candidate> superseded) {
        List<Token> tokens = tt.tokens();
        for (Candidate c : all) {
            if (c.type == EntityType.DATE) {
                continue;
            }
            slashName(tt, c, atToken, uf, added);
            int k = c.type == EntityType.LOCATION ? afterSiteHead(tt, c.lastToken + 1) : c.lastToken + 1;
            if (k >= tokens.size()) {
                continue;
            }
            if (k + 1 < tokens.size() && tokens.get(k).fold.equals("or") && tokens.get(k).breakBefore
                    && tokens.get(k + 1).allCaps && tokens.get(k + 1).length() >= 2 && c.type == EntityType.ORGANIZATION) {
                k++; // "the Revolutionary Armed Forces of Colombia, or FARC,"
                if (atToken[k] != null && atToken[k].type != EntityType.DATE) {
                    uf.union(c.key, atToken[k].key);
                }
                continue;
            }
            if (c.type == EntityType.ORGANIZATION) {
                Candidate other = renamedAfterComma(tt, c, pastBracketedAcronym(tt, k), atToken);
                if (other != null) {
                    // "the Liberation Tigers of Tamil Eelam, or Tamil Tigers, in May", "Chama Cha Mapinduzi (CCM), the
                    // Party of the Revolution, won": the acronym in brackets is joined below
                    uf.union(c.key, other.key);
                }
            }
            if (c.type == EntityType.ORGANIZATION && k + 1 < tokens.size() && tokens.get(k).fold.equals("or")
                    && tt.strippedGapEndsWith(k, ',')) {
                Candidate next = atToken[k + 1];
                if (next != null && next.kb == null && next.type != EntityType.DATE
                        && inLanguage(tt, next.lastToken + 1)) {
                    uf.union(c.key, next.key); // "the Tisza party, or Tisztelet es Szabadsag in Hungarian"
                    continue;
                }
                // "The Mouvement du 23 mars, or March 23 Movement,", "the SNS, or Srpska napredna stranka,", "the
                // Democratic Party (DP), or Deobureo Minjudang in Korean"
                Candidate other = next == null && !tokens.get(k + 1).allCaps
                        ? foreignWords(tt, c, k + 1, atToken) : null;
                if (other != null) {
                    added.add(other);
                    continue;
                }
                if (next == null && singles[k + 1] && oneWordBetweenCommas(tt, k + 1)) {
                    added.add(wordOf(tt, c, k + 1)); // "the Legislative Assembly, or Fono, must meet": its name in its language
                    continue;
                }
            }
            if (c.type == EntityType.ORGANIZATION && appositiveName(tt, c, k, atToken)) {
                uf.union(c.key, atToken[k + 1].key); // "the Histadrut, the General Federation of Labour, declared"
                continue;
            }
            if (c.type == EntityType.ORGANIZATION && tokens.get(k).breakBefore && tt.strippedGapIs(k, ",")
                    && atToken[k] == null && singles[k] && oneWordBetweenCommas(tt, k)) {
                added.add(wordOf(tt, c, k)); // "the Public Health Agency of Sweden, Folkhälsomyndigheten, said": its name in its language
                continue;
            }
            if (c.type == EntityType.ORGANIZATION && tokens.get(k).breakBefore && tt.strippedGapIs(k, ",")) {
                // "the Respect and Freedom Party, Tisztelet és Szabadság in Hungarian, or Tisza,": its name in that language
                Candidate found = atToken[k];
                Candidate other = found == null ? foreignWords(tt, c, k, atToken) : found;
                if (other != null && (found == null || found.kb == null && found.type != EntityType.DATE)
                        && inLanguage(tt, other.lastToken + 1)) {
                    if (found == null) {
                        added.add(other);
                    } else {
                        uf.union(c.key, other.key);
                    }
                    continue;
                }
            }
            if (c.type == EntityType.ORGANIZATION && k + 1 < tokens.size() && !tokens.get(k).capitalised
                    && lexicon.orgNouns.contains(tokens.get(k)) && tt.strippedGapIs(k + 1, "(")) {
                k++; // "her National Rally party (Rassemblement National, RN)": the bracket names the party
            }
            if (c.type == EntityType.ORGANIZATION
                    && bracketedName(tt, c, k, atToken, uf, kbPeople(atToken[k]), added, superseded)) {
                continue; // "the Malian Armed Forces (Forces armées maliennes, FAMa)", "... Coastal Safety (Kıyı Emniyeti)"
            }
            if (c.type == EntityType.PERSON && k + 1 < tokens.size() && tokens.get(k).numeric && tt.strippedGapIs(k, ",")
                    && tt.strippedGapIs(k + 1, ",")) {
                k++; // "Jimmy Lai, 73, also known as Lai Chee-ying": past the age
            }
            if (k + 2 < tokens.size() && tokens.get(k).fold.equals("who") && IS_WAS.contains(tokens.get(k + 1).fold)
                    && (tokens.get(k + 2).fold.equals("known") || k + 3 < tokens.size()
                    && AKA_LEADS.contains(tokens.get(k + 2).fold) && tokens.get(k + 3).fold.equals("known"))) {
                k += 2; // "Ovidio, who is known as "El Ratón"", "Chito, who was better known as": a relative clause
            } else if (c.type == EntityType.PERSON && k + 2 < tokens.size() && tokens.get(k).fold.equals("who")
                    && STAGE_NAME_VERBS.contains(tokens.get(k + 1).fold) && tokens.get(k + 2).fold.equals("as")
                    && k + 3 < tokens.size() && tokens.get(k + 3).capitalised) {
                joinStatedName(tt, c, k + 3, atToken, uf, singles, added); // "Obianuju Udeh, who performs as DJ Switch"
                continue;
            }
            if (k + 1 < tokens.size() && AKA_LEADS.contains(tokens.get(k).fold) && tokens.get(k + 1).fold.equals("known")) {
                k++;
            }
            boolean translation = false;
            int acronym = acronymStatement(tokens, k);
            int stated = acronym > k ? acronym : statedName(tokens, k);
            int translated = translationStatement(tokens, k);
            int spokenAs = knownAmong(tokens, k);
            if (stated > k) {
                k = stated; // "Energoatom, whose full name is ...", "Abdi, whose name is sometimes written ..."
            } else if (k + 1 < tokens.size() && tokens.get(k).fold.equals("known") && tokens.get(k + 1).fold.equals("as")) {
                k += 2;
            } else if (k + 3 < tokens.size() && tokens.get(k).fold.equals("known") && YEAR_LEADS.contains(tokens.get(k + 1).fold)
                    && tokens.get(k + 2).numeric && tokens.get(k + 3).fold.equals("as")) {
                k += 4; // "World Triathlon, known until 2020 as the International Triathlon Union": its former name
            } else if (spokenAs > 0) {
                // "the SDF, known in Arabic as Qasad", "the Al-Yarubiyah crossing, known to Iraqis as the Rabia crossing",
                // "Cape Reinga, known in te reo Māori as Te Rerenga Wairua": a translation, or the name a people use, is
                // the same entity
                k = spokenAs + 1;
                translation = true;
            } else if (translated > k) {
                k = translated; // "the AEOI, which in Persian is named Sazman-e Enerzhi-ye Atomi"
                translation = true;
            } else if (k + 2 < tokens.size() && tokens.get(k).fold.equals("known") && tokens.get(k + 1).fold.equals("locally")
                    && tokens.get(k + 2).fold.equals("as")) {
                k += 3;
            } else if (tokens.get(k).fold.equals("alias") && !tokens.get(k).capitalised && tokens.get(k).breakBefore
                    && k + 1 < tokens.size()) {
                k++; // "Adolfo Macías Villamar, alias "Fito", the leader"
            } else if (tokens.get(k).fold.equals("aka") || tokens.get(k).fold.equals("a")
                    && k + 2 < tokens.size() && tokens.get(k + 1).fold.equals("k") && tokens.get(k + 2).fold.equals("a")) {
                k += tokens.get(k).fold.equals("aka") ? 1 : 3;
            } else if (!(tokens.get(k).allCaps && tt.strippedGapIs(k, "(") && closesBracket(tt, k)
                    && (startsLike(tt, tokens.get(k), c) || c.type == EntityType.ORGANIZATION && initialsCover(tt, tokens.get(k), c)))) {
                continue; // an acronym starts like its name: "Syrian Democratic Forces (SDF)", not "Libya (UNSMIL)"
            }
            if (k + 1 < tokens.size() && tokens.get(k).fold.equals("the") && atToken[k] == null) {
                k++;
            }
            Candidate foreign = translation && k < tokens.size() && atToken[k] == null && c.type == EntityType.ORGANIZATION
                    ? foreignWords(tt, c, k, atToken) : null;
            if (foreign != null) {
                // "known in French as the Agence spatiale canadienne (ASC)": the name in its language, and its acronym
                added.add(foreign);
                int next = foreign.lastToken + 1;
                if (next < tokens.size() && tt.strippedGapIs(next, "(") && acronymLike(tt, next)
                        && closesBracket(tt, next)) {
                    joinAcronym(tt, c, next, atToken, uf, added);
                }
            } else if (joinStatedName(tt, c, k, atToken, uf, singles, added)) {
                // "Mnangagwa, known as "the Crocodile" or "Ngwena"", "a faction known as Generation 40 or G40": both names
                int end = atToken[k] != null ? atToken[k].lastToken : k;
                if (end + 2 < tokens.size() && tokens.get(end + 1).fold.equals("or") && !tokens.get(end + 1).sentenceStart) {
                    int other = end + 2;
                    if (tokens.get(other).fold.equals("the") && other + 1 < tokens.size() && atToken[other] == null) {
                        other++;
                    }
                    if (tokens.get(other).capitalised) {
                        joinStatedName(tt, c, other, atToken, uf, singles, added);
                    }
                }
            }
        }
    }

    /** Joins the name that starts at token k, a candidate or a lone capitalised word, to {@code c}; false if there is none. */
    private static boolean joinStatedName(TokenizedText tt, Candidate c, int k, Candidate[] atToken, UnionFind uf,
                                          boolean[] singles, List<Candidate> added) {
        if (k >= tt.size()) {
            return false;
        }
        if (atToken[k] != null && atToken[k].type != EntityType.DATE) {
            uf.union(c.key, atToken[k].key);
            return true;
        }
        if (atToken[k] == null && singles[k]) {
            added.add(wordOf(tt, c, k)); // "Jimmy Chérizier, better known as Barbecue"
            return true;
        }
        return false;
    }

    /**
     * "Whakaari/White Island", "Aoraki/Mount Cook": a place or body named in two languages joined by a slash. The word
     * across the slash is the same entity when the rules found no name there; two names the rules found are joined only
     * when neither is known to the knowledge base ("Israel/Gaza" names two places).
     */
    private void slashName(TokenizedText tt, Candidate c, Candidate[] atToken, UnionFind uf, List<Candidate> added) {
        if (c.type != EntityType.LOCATION && c.type != EntityType.ORGANIZATION) {
            return;
        }
        int before = c.firstToken - 1;
        if (before >= 0 && tt.strippedGapIs(c.firstToken, "/") && tt.gapBefore(c.firstToken).length() <= 3) {
            Token t = tt.get(before);
            Candidate other = null;
            for (int k = before; other == null && k >= 0 && k >= before - 4; k--) {
                other = atToken[k] != null && atToken[k].lastToken == before ? atToken[k] : null;
            }
            if (other != null) {
                if (other.kb == null && c.kb == null && other.type == c.type) {
                    uf.union(c.key, other.key);
                }
            } else if (t.capitalised && !t.allCaps && !lexicon.stopwords.contains(t) && !lexicon.isCommonWord(t)
                    && (before == 0 || !tt.get(before - 1).capitalised || tt.get(before).breakBefore)) {
                added.add(wordOf(tt, c, before));
            }
        }
    }

    /** Words before "known as" that make it a name given to someone named earlier in the sentence. */
    private static final Set<String> KNOWN_HOW = Set.of("better", "widely", "popularly", "commonly", "affectionately");

    /**
     * "Dahal, a former guerrilla leader better known as Prachanda", "a former army officer nicknamed Rambo", "the city still
     * widely known as Saigon": a name given after a description is the nearest name before it in the sentence. (A name
     * followed right away by "known as" is an alias statement, above.)
     */
    private List<Candidate> namesGivenLater(TokenizedText tt, List<Candidate> all, UnionFind uf, List<Integer> singles) {
        List<Token> tokens = tt.tokens();
        if (!hasNameGivingWord(tokens)) {
            return List.of(); // most articles: no need for the tables below
        }
        List<Candidate> added = new ArrayList<>();
        Candidate[] atToken = new Candidate[tokens.size()];
        for (Candidate c : all) {
            for (int k = c.firstToken; k <= c.lastToken; k++) {
                atToken[k] = atToken[k] == null ? c : atToken[k];
            }
        }
        Set<Integer> lone = new HashSet<>();
        for (int i : singles) {
            if (atToken[i] == null) {
                lone.add(i);
            }
        }
        for (int i = 1; i + 1 < tokens.size(); i++) {
            int y;
            if (NAMING_VERBS_BEFORE_A_NAME.contains(tokens.get(i).fold)) {
                y = i + 1;
            } else if (i + 3 < tokens.size() && tokens.get(i + 1).fold.equals("known") // the plain test first: this
                    && KNOWN_HOW.contains(tokens.get(i).fold) && tokens.get(i + 2).fold.equals("as")) { // runs per token
                y = tokens.get(i + 3).fold.equals("the") && i + 4 < tokens.size() ? i + 4 : i + 3;
            } else {
                continue;
            }
            Token name = tokens.get(y);
            if (!name.capitalised || tokens.get(i).capitalised) {
                continue;
            }
            Candidate subject = null;
            boolean rightBefore = false;
            for (Candidate c : all) {
                if (c.lastToken >= i) {
                    break;
                }
                rightBefore = c.lastToken == i - 1; // "López Obrador, widely known as AMLO": an alias statement, above
                if (c.type != EntityType.DATE && !sentenceBetween(tokens, c.lastToken + 1, i)) {
                    subject = c;
                }
            }
            if (subject == null || rightBefore || tokens.get(i).fold.equals("dubbed") && subject.type != EntityType.PERSON) {
                continue; // "a plan dubbed Prosperity Guardian" names a thing, not a person
            }
            Candidate given = atToken[y];
            if (given != null && given.type != EntityType.DATE && (given.kb == null || subject.kb == null)
                    && !given.key.equals(subject.key)) {
                uf.union(subject.key, given.key);
            } else if (given == null && lone.contains(y)) {
                // the one-word name, here and wherever it stands alone later ("Prachanda said")
                for (Candidate c : all) {
                    if (c.kb == null && c.tokenCount() == 1 && c.firstToken > y && c.type != EntityType.DATE
                            && tokens.get(c.firstToken).fold.equals(name.fold)) {
                        uf.union(subject.key, c.key);
                    }
                }
                for (int k = y; k < tokens.size(); k++) {
                    if (lone.contains(k) && tokens.get(k).fold.equals(name.fold)) {
                        lone.remove(k);
                        Token t = tokens.get(k);
                        added.add(new Candidate(k, k, t.start, t.end, subject.type, subject.kb, null, subject.method, 0.7,
                                subject.key));
                    }
                }
            }
        }
        return added;
    }

    /** Verbs that give the name right after them: "nicknamed Rambo", "dubbed Bulldozer". */
    private static final Set<String> NAMING_VERBS_BEFORE_A_NAME = Set.of("nicknamed", "dubbed");

    private static boolean hasNameGivingWord(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.fold.equals("known") || NAMING_VERBS_BEFORE_A_NAME.contains(t.fold)) {
                return true;
            }
        }
        return false;
    }

    /** A sentence starts somewhere in tokens [from, to). */
    private static boolean sentenceBetween(List<Token> tokens, int from, int to) {
        for (int k = Math.max(from, 0); k < to; k++) {
            if (tokens.get(k).sentenceStart) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Muan airport" after "Muan International Airport": a one-word name before a lower-case site head is the
     * site named in full with the same first word and the same head, capitalised, not a town of that name ("MUAN" in
     * the dateline), whose key the word alone would share. Such a mention takes the site's key.
     */
    private void sitesByFirstWordAndHead(List<Token> tokens, List<Candidate> all) {
        for (ListIterator<Candidate> it = all.listIterator(); it.hasNext(); ) {
            Candidate c = it.next();
            int head = c.kb != null || c.type != EntityType.LOCATION || c.tokenCount() != 1 ? -1
                    : siteHeadAfter(tokens, c.lastToken);
            if (head < 0) {
                continue;
            }
            for (Candidate site : all) {
                if (site.type == EntityType.LOCATION && site.tokenCount() >= 2
                        && tokens.get(site.firstToken).fold.equals(tokens.get(c.firstToken).fold)
                        && tokens.get(site.lastToken).capitalised
                        && tokens.get(site.lastToken).fold.equals(tokens.get(head).fold)) {
                    it.set(new Candidate(c.firstToken, c.lastToken, c.start, c.end, c.type, null, null, c.method,
                            c.confidence, site.key));
                    break;
                }
            }
        }
    }

    /**
     * Whether {@link #sitesByFirstWordAndHead} gave this mention the key of a site named in full: its word alone is
     * then no name for the site to share with a town of that name, by spelling or otherwise.
     */
    private static boolean calledByFirstWordAndHead(List<Token> tokens, Candidate c) {
        return c.kb == null && c.type == EntityType.LOCATION && c.tokenCount() == 1 && c.lastToken + 1 < tokens.size()
                && !tokens.get(c.lastToken + 1).capitalised
                && !(c.key.startsWith("name:") && c.key.endsWith(tokens.get(c.firstToken).key())
                    && c.key.length() == "name:".length() + tokens.get(c.firstToken).key().length());
    }

    /**
     * "Noto airport", "Kelmo nuclear power plant": a lower-case site head right after the word, which makes the word a
     * site of its own (its mention takes the head later), not the island or peninsula the word alone stands for.
     */
    private boolean siteHeadFollows(List<Token> tokens, int last) {
        return siteHeadAfter(tokens, last) >= 0;
    }

    /** The lower-case site head that {@link #siteHeadFollows} finds after token {@code last}, or -1. */
    private int siteHeadAfter(List<Token> tokens, int last) {
        for (int k = last + 1; k < tokens.size() && k <= last + MAX_SITE_HEAD_WORDS; k++) {
            Token t = tokens.get(k);
            if (t.capitalised || t.breakBefore) {
                return -1;
            }
            if (lexicon.siteHeads.contains(t) || k > last + 1 && lexicon.siteHeadsAfterKind.contains(t)) {
                return k;
            }
            if (!lexicon.siteModifiers.contains(t)) {
                return -1;
            }
        }
        return -1;
    }

    /** Most lower-case words of a site's head ("border crossing", "nuclear power plant"). */
    static final int MAX_SITE_HEAD_WORDS = 3;

    /** Past the lower-case head of a site that starts at k ("the Al-Yarubiyah crossing, known as ..."); else k. */
    private int afterSiteHead(TokenizedText tt, int k) {
        for (int i = k; i < tt.size() && i < k + MAX_SITE_HEAD_WORDS; i++) {
            Token t = tt.get(i);
            if (t.capitalised || t.breakBefore && i > k || !lexicon.siteHeads.contains(t) && !lexicon.siteModifiers.contains(t)) {
                return k;
            }
            if (lexicon.siteHeads.contains(t) && (i + 1 >= tt.size() || tt.get(i + 1).breakBefore)) {
                return i + 1;
            }
        }
        return k;
    }

    /** "FAMa", "SBU": capitals, or a capital-led word of at most 8 letters with at least two capitals. */
    private static boolean acronymLike(TokenizedText tt, int k) {
        Token t = tt.get(k);
        if (t.allCaps) {
            return true;
        }
        String written = tt.text().substring(t.start, t.end);
        return t.capitalised && written.length() <= 8 && written.chars().filter(Character::isUpperCase).count() >= 2;
    }

    private static boolean kbPeople(Candidate c) {
        return c != null && c.kb != null && c.type == EntityType.PERSON;
    }

    /**
     * An organisation followed by another name in brackets, alone or before its acronym: its name in another
     * language or another form of it ("Directorate General of Coastal Safety (Kıyı Emniyeti)", "Malian Armed Forces
     * (Forces armées maliennes, FAMa)", "... (Consejo Nacional Electoral, or CNE)"). Not a place or a known person in the brackets ("Hezbollah (Lebanon)").
     * Returns whether it merged.
     */
    private static boolean bracketedName(TokenizedText tt, Candidate c, int k, Candidate[] atToken, UnionFind uf,
                                         boolean knownPerson, List<Candidate> added, Set<Candidate> superseded) {
        if (!tt.strippedGapIs(k, "(")) {
            return false;
        }
        Candidate other = atToken[k];
        if (other != null && other.kb == null && other.type != EntityType.DATE && !closesAfter(tt, other.lastToken)) {
            // "French Foreign Legion (Légion étrangère)": the rules found the capitalised word, the name runs on in
            // lower case to the bracket's end
            Candidate whole = foreignWords(tt, c, k, atToken);
            if (whole != null && whole.lastToken > other.lastToken && closesAfter(tt, whole.lastToken)) {
                superseded.add(other);
                other = whole;
                added.add(other);
            }
        }
        if (other == null) {
            other = foreignWords(tt, c, k, atToken);
            if (other == null && oneForeignWord(tt, k)) {
                other = wordOf(tt, c, k); // "the Danish Energy Agency (Energistyrelsen)"
            }
            if (other == null) {
                return false;
            }
            added.add(other);
        }
        if (knownPerson || other.type == EntityType.DATE || other.type == EntityType.LOCATION) {
            return false;
        }
        String text = tt.text();
        int after = other.end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        if (after < text.length() && text.charAt(after) == ')') {
            uf.union(c.key, other.key);
            return true;
        }
        int next = other.lastToken + 1;
        if (next + 1 < tt.size() && tt.get(next).fold.equals("or") && !tt.get(next).capitalised) {
            next++; // "National Electoral Council (Consejo Nacional Electoral, or CNE)"
        }
        if (after < text.length() && text.charAt(after) == ',' && next < tt.size() && acronymLike(tt, next)
                && closesBracket(tt, next)) {
            uf.union(c.key, other.key);
            joinAcronym(tt, c, next, atToken, uf, added);
            return true;
        }
        return false;
    }

    /** The acronym at {@code next} is c's, and so are its later uses alone ("FAMa said"). */
    private static void joinAcronym(TokenizedText tt, Candidate c, int next, Candidate[] atToken, UnionFind uf,
                                    List<Candidate> added) {
        String text = tt.text();
        Token acronym = tt.get(next);
        if (atToken[next] != null) {
            if (atToken[next].type != EntityType.DATE) {
                uf.union(c.key, atToken[next].key);
            }
        } else {
            added.add(wordOf(tt, c, next));
        }
        String folded = CharFolding.fold(text, acronym.start, acronym.end);
        for (Candidate later : atToken) {
            if (later != null && later.firstToken > next && later.tokenCount() == 1 && later.type != EntityType.DATE
                    && later.kb == null && folded.equals(CharFolding.fold(text, later.start, later.end))) {
                uf.union(c.key, later.key);
            }
        }
    }

    /** "known in Arabic as", "known to Iraqis as", "known among Kurds as". */
    private static final Set<String> KNOWN_AMONG = Set.of("in", "to", "among", "for");

    /** Verbs that name after "which in Persian is": "named", "called", "known as". */
    private static final Set<String> NAMING_VERBS = Set.of("named", "called", "known", "written");

    /**
     * Where the other name starts after "which in LANGUAGE is called/named/known as Y"; {@code k} itself when there is
     * no such statement. A translation stated in the text, like "known in Arabic as".
     */
    private int translationStatement(List<Token> tokens, int k) {
        int i = k;
        if (i + 4 >= tokens.size() || !tokens.get(i).fold.equals("which") || !tokens.get(i + 1).fold.equals("in")
                || !lexicon.demonyms.contains(tokens.get(i + 2)) || !tokens.get(i + 3).fold.equals("is")
                || !NAMING_VERBS.contains(tokens.get(i + 4).fold)) {
            return k;
        }
        i += 5;
        if (i < tokens.size() && tokens.get(i).fold.equals("as")) {
            i++;
        }
        return i < tokens.size() ? i : k;
    }

    /** A bracketed name in another language holds at most this many words ("Forces armées maliennes"). */
    private static final int MAX_BRACKETED_WORDS = 6;

    /**
     * The words from k up to a comma or the closing bracket, when no name was found there: a name in another
     * language, capitalised on its first word only ("Forces armées maliennes"). A mention of c's entity, or null.
     */
    private static Candidate foreignWords(TokenizedText tt, Candidate c, int k, Candidate[] atToken) {
        if (!tt.get(k).capitalised || tt.get(k).allCaps) {
            return null;
        }
        for (int e = k; e < tt.size() && e < k + MAX_BRACKETED_WORDS; e++) {
            if (e > k && (atToken[e] != null || tt.get(e).breakBefore && !tt.strippedGapIs(e, "-"))) {
                return null; // another name inside, or punctuation other than a bracket's end or a comma
            }
            if (e > k && inLanguage(tt, e + 1)) { // "Deobureo Minjudang in Korean"
                return new Candidate(k, e, tt.get(k).start, tt.get(e).end, c.type, c.kb, null, c.method, 0.7, c.key);
            }
            String gap = e + 1 < tt.size() ? tt.gapBefore(e + 1) : tt.text().substring(tt.get(e).end);
            String closing = gap.strip();
            if (closing.startsWith(")") || closing.startsWith(",") || closing.startsWith("(")) { // "(" before its acronym
                return e > k ? new Candidate(k, e, tt.get(k).start, tt.get(e).end, c.type, c.kb, null, c.method, 0.7,
                        c.key) : null;
            }
        }
        return null;
    }

    /** The word at {@code k} as one more mention of {@code c}'s entity: another name of it, stated in the text. */
    private static Candidate wordOf(TokenizedText tt, Candidate c, int k) {
        Token t = tt.get(k);
        return new Candidate(k, k, t.start, t.end, c.type, c.kb, null, c.method, 0.7, c.key);
    }

    /** One foreign word, no possessive and no given name, then a comma: "or Fono,". */
    private static boolean oneWordBetweenCommas(TokenizedText tt, int k) {
        Token t = tt.get(k);
        return foreignWord(t) && !t.possessive && k + 1 < tt.size() && tt.strippedGapIs(k + 1, ",")
                && !Lexicon.get().givenNames.contains(t);
    }

    /** A capitalised word, no acronym or number, that is no ordinary English word and no people's name. */
    private static boolean foreignWord(Token t) {
        return t.capitalised && !t.allCaps && !t.numeric && !Lexicon.get().isCommonWord(t) && !Lexicon.get().demonyms.contains(t);
    }

    /** A bracket closes right after token i. */
    private static boolean closesAfter(TokenizedText tt, int i) {
        String gap = i + 1 < tt.size() ? tt.gapBefore(i + 1) : tt.text().substring(tt.get(i).end);
        return gap.strip().startsWith(")");
    }

    /** One foreign word of four letters or more, alone in a bracket: "(Energistyrelsen)". */
    private static boolean oneForeignWord(TokenizedText tt, int k) {
        Token t = tt.get(k);
        return foreignWord(t) && t.length() >= 4 && closesAfter(tt, k);
    }

    /** "in Korean", "in Hungarian" at {@code i}, closing the phrase: the name before it is in that language. */
    private static boolean inLanguage(TokenizedText tt, int i) {
        return i + 1 < tt.size() && tt.get(i).fold.equals("in") && !tt.get(i).breakBefore
                && Lexicon.get().demonyms.contains(tt.get(i + 1)) && (i + 2 >= tt.size() || tt.get(i + 2).breakBefore);
    }

    /** Words that say how a name is also written: "whose name is sometimes written", "also spelled". */
    private static final Set<String> WRITTEN = Set.of("written", "spelled", "spelt", "transliterated", "rendered",
            "called", "given");
    private static final Set<String> HOW_OFTEN = Set.of("sometimes", "also", "often", "usually", "commonly");

    /** "whose full name is", "whose real name is": the name that follows is the same entity's whole name. */
    private static final Set<String> NAME_KINDS = Set.of("full", "official", "real", "legal", "birth", "original");

    private static final Set<String> ACRONYM_WORDS = Set.of("acronym", "initials", "abbreviation");

    /**
     * Where the acronym starts after "known by its acronym", "known by its French initials" ("the European Anti-Fraud
     * Office, known by its French acronym OLAF"); {@code k} itself when there is no such statement.
     */
    private int acronymStatement(List<Token> tokens, int k) {
        int i = k;
        if (i + 2 >= tokens.size() || !tokens.get(i).fold.equals("known") || !tokens.get(i + 1).fold.equals("by")
                || !tokens.get(i + 2).fold.equals("its")) {
            return k;
        }
        i += 3;
        if (i < tokens.size() && lexicon.demonyms.contains(tokens.get(i))) {
            i++;
        }
        return i + 1 < tokens.size() && ACRONYM_WORDS.contains(tokens.get(i).fold) && tokens.get(i + 1).allCaps
                ? i + 1 : k;
    }

    /**
     * Where the other name starts after a statement that X is also written Y: "whose full name is Y", "whose name
     * is sometimes written Y", "also spelled Y", "officially called Y"; {@code k} itself when there is none.
     */
    private static int statedName(List<Token> tokens, int k) {
        int n = tokens.size();
        int i = k;
        int pen = penName(tokens, i);
        if (pen > i) {
            i = pen; // "Yeung Ching-kee, who writes under the pen name Li Ping"
        } else if (i < n && tokens.get(i).fold.equals("whose")) {
            i++;
            if (i < n && (NAME_KINDS.contains(tokens.get(i).fold) || Lexicon.get().demonyms.contains(tokens.get(i)))) {
                i++; // "whose full name is", "whose Chinese name is"
            }
            if (i + 1 >= n || !tokens.get(i).fold.equals("name") || !tokens.get(i + 1).fold.equals("is")) {
                return k;
            }
            i += 2;
            if (i < n && HOW_OFTEN.contains(tokens.get(i).fold)) {
                i++;
                if (i >= n || !WRITTEN.contains(tokens.get(i).fold)) {
                    return k;
                }
                i++;
            }
        } else if (i + 1 < n && (HOW_OFTEN.contains(tokens.get(i).fold) || tokens.get(i).fold.equals("officially"))
                && WRITTEN.contains(tokens.get(i + 1).fold)) {
            i += 2;
        } else if (i + 1 < n && tokens.get(i).fold.equals("officially") && tokens.get(i).breakBefore
                && (tokens.get(i + 1).fold.equals("the") || tokens.get(i + 1).capitalised)) {
            i++; // "the White Helmets, officially the Syria Civil Defence"
        } else {
            return k;
        }
        if (i < n && tokens.get(i).fold.equals("as")) {
            i++;
        }
        if (i + 1 < n && tokens.get(i).fold.equals("the") && !tokens.get(i).capitalised) {
            i++; // "whose full name is the National ..."
        }
        return i < n && tokens.get(i).capitalised ? i : k;
    }

    /**
     * "Mohammed bin Rashid Al Maktoum ... Mohammed bin Rashid": a name with "bin" or "ibn" is the same person's when it is
     * the start of a longer one of the article (the family name left off). Only when one longer name starts so.
     */
    private static void patronymicsWithoutFamilyName(TokenizedText tt, List<Candidate> all, UnionFind uf) {
        Map<String, Candidate> byStart = null;
        Set<String> shared = null;
        for (Candidate c : all) {
            if (c.type != EntityType.PERSON || c.tokenCount() < 4) {
                continue;
            }
            for (int end = c.firstToken + 2; end < c.lastToken; end++) {
                if (hasPatronymic(tt, c.firstToken, end)) {
                    if (byStart == null) {
                        byStart = new HashMap<>(4);
                        shared = new HashSet<>(4);
                    }
                    String key = NameTyper.key(tt.tokens(), c.firstToken, end);
                    Candidate before = byStart.putIfAbsent(key, c);
                    if (before != null && !before.key.equals(c.key)) {
                        shared.add(key);
                    }
                }
            }
        }
        if (byStart == null) {
            return;
        }
        for (Candidate c : all) {
            if (c.type == EntityType.PERSON && c.tokenCount() >= 3) {
                String key = NameTyper.key(tt.tokens(), c.firstToken, c.lastToken);
                Candidate longer = shared.contains(key) ? null : byStart.get(key);
                if (longer != null && !(c.kb != null && longer.kb != null)) {
                    uf.union(longer.key, c.key);
                }
            }
        }
    }

    private static boolean hasPatronymic(TokenizedText tt, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (PATRONYMIC_LINKS.contains(tt.get(k).fold)) {
                return true;
            }
        }
        return false;
    }

    /** Names one goes by instead of one's own: "under the pen name", "under the stage name". */
    private static final Set<String> ASSUMED_NAME_KINDS = Set.of("pen", "stage", "assumed", "code", "ring", "screen");

    /**
     * Where the name starts after "(who writes) under the pen name", "under the nom de guerre"; {@code i} itself when
     * there is no such phrase.
     */
    private static int penName(List<Token> tokens, int i) {
        int n = tokens.size();
        int j = i;
        if (j + 2 < n && tokens.get(j).fold.equals("who") && tokens.get(j + 2).fold.equals("under")) {
            j += 2; // "who writes", "who fought", "who performs"
        }
        if (j + 2 >= n || !tokens.get(j).fold.equals("under") || !tokens.get(j + 1).fold.equals("the")) {
            return i;
        }
        j += 2;
        if (j + 2 < n && tokens.get(j).fold.equals("nom") && tokens.get(j + 1).fold.equals("de")
                && tokens.get(j + 2).fold.equals("guerre")) {
            return j + 3;
        }
        if (j + 1 < n && ASSUMED_NAME_KINDS.contains(tokens.get(j).fold) && tokens.get(j + 1).fold.equals("name")) {
            return j + 2;
        }
        return i;
    }

    /**
     * Two rule-found people whose first and last names have the same consonant skeleton are one person
     * written two ways: "Mohammed Dahlan" and "Muhammad Dahlan", "Hussein Qassem" and "Husain Kasem".
     */
    private void transliterations(TokenizedText tt, List<Candidate> all, UnionFind uf, KnowledgeBase kb) {
        Map<String, Candidate> knownBySurname = new HashMap<>();
        Set<KbEntry> seenPeople = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Candidate c : all) {
            // each known person once: a later mention of them would only put keys that are there already
            if (c.kb != null && c.type == EntityType.PERSON && seenPeople.add(c.kb)) {
                for (String surname : kb.surnames(c.kb)) {
                    String key = surname.length() >= 5 ? Skeleton.usable(surname) : null;
                    if (key != null) {
                        knownBySurname.putIfAbsent(key, c);
                    }
                }
            }
        }
        Map<String, Candidate> bySkeleton = new HashMap<>();
        for (Candidate c : all) {
            if (c.kb != null || c.type != EntityType.PERSON || c.tokenCount() < 2) {
                continue;
            }
            String withoutParticles = withoutArabicParticles(tt, c);
            if (withoutParticles != null) {
                Candidate seen = bySkeleton.putIfAbsent(withoutParticles, c);
                if (seen != null && !seen.key.equals(c.key)) {
                    uf.union(seen.key, c.key);
                }
            }
            // "Nadya Tolokonnikova" after "Nadezhda Tolokonnikova": a familiar form of the given name is the person too
            String first = Skeleton.of(lexicon.fullGivenName(tt.get(c.firstToken).fold));
            String last = Skeleton.of(tt.get(c.lastToken).fold);
            if (first.length() < 2 || last.length() < Skeleton.MIN_LENGTH) {
                continue;
            }
            // "Abdul Hamid Dbeibeh" is the KB's Dbeibah; but "Usha Vance", spelt exactly like JD Vance, is his wife,
            // unless the given name is the known one's spelt otherwise ("Yevgenii Prigozhin" is Yevgeny Prigozhin)
            Candidate known = knownBySurname.get(Skeleton.usable(tt.get(c.lastToken).fold));
            if (known != null && tt.get(c.lastToken).length() >= 5
                    && (!kb.surnames(known.kb).contains(tt.get(c.lastToken).fold)
                        || c.tokenCount() == 2 && sameGivenName(kb.givenNames(known.kb), first))) {
                uf.union(known.key, c.key);
            }
            Candidate seen = bySkeleton.putIfAbsent(first + " " + last, c);
            if (seen != null && !seen.key.equals(c.key)) {
                uf.union(seen.key, c.key);
            }
        }
        placeTransliterations(tt, all, uf);
    }

    /** One of a known person's given names has this skeleton (of the full form of a familiar one). */
    private boolean sameGivenName(Set<String> givenNames, String skeleton) {
        for (String g : givenNames) {
            if (Skeleton.of(lexicon.fullGivenName(g)).equals(skeleton)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The skeletons of a person's words without the Arabic particles transliteration writes one way or another ("Zine
     * El Abidine Ben Ali", "Zine al-Abidine bin Ali": both "zn bdn l"), or null when the name has no particle or too
     * little is left to tell two people apart (three words at least; "Ben" counts only after the first word, where it
     * is no given name).
     */
    private static String withoutArabicParticles(TokenizedText tt, Candidate c) {
        StringBuilder key = null;
        int words = 0;
        boolean particle = false;
        for (int k = c.firstToken; k <= c.lastToken; k++) {
            String f = tt.get(k).fold;
            if (Lexicon.ARABIC_NAME_PARTICLES.contains(f) || k > c.firstToken && f.equals("ben")) {
                particle = true; // "al-Abidine" too: the tokenizer keeps "al" a word of its own
                continue;
            }
            String skeleton = Skeleton.of(f);
            if (skeleton.isEmpty()) {
                return null;
            }
            key = key == null ? new StringBuilder("particles:") : key.append(' ');
            key.append(skeleton);
            words++;
        }
        return particle && words >= 3 ? key.toString() : null;
    }

    /** A place's or organisation's skeleton says less than a person's two names: only this long (letters) does it merge. */
    private static final int MIN_PLACE_SKELETON = 5;

    /**
     * One place or organisation written two ways in one document: "Chornomorsk" and "Chernomorsk", "Timbuktu" and
     * "Tombouctou", "Enerhodar" and "Energodar" (Ukrainian h for Russian g), "Ain al-Assad" and "Ain al-Asad"; "Kataib
     * Hezbollah" and "Kataeb Hizbullah" (organisations of two words or more). A rule name the rules took for a person
     * that spells a known organisation so is that organisation. Two knowledge-base entities never merge this way: the
     * knowledge base has told them apart.
     */
    private static void placeTransliterations(TokenizedText tt, List<Candidate> all, UnionFind uf) {
        Map<String, Candidate> places = new HashMap<>();
        Map<String, Candidate> organisations = null;
        boolean knownOrganisation = false;
        Map<String, Candidate> lastByKey = new HashMap<>();
        for (Candidate c : all) {
            boolean organisation = c.type == EntityType.ORGANIZATION && c.tokenCount() >= 2;
            if (c.type != EntityType.LOCATION && !organisation || calledByFirstWordAndHead(tt.tokens(), c)) {
                continue;
            }
            // a place named again as before ("Gaza" ... "Gaza") gives the same skeleton and at most the same union
            Candidate before = lastByKey.put(c.key, c);
            if (before != null && sameWriting(tt, before, c)) {
                continue;
            }
            String key = skeletonOfWords(tt, c);
            if (key == null) {
                key = organisation ? null : undoubled(tt, c); // "Saqqez" and "Saqez", "Larissa" and "Larisa"
                if (key == null) {
                    continue;
                }
            }
            if (organisation && organisations == null) {
                organisations = new HashMap<>(4);
            }
            knownOrganisation |= organisation && c.kb != null;
            Candidate seen = (organisation ? organisations : places).putIfAbsent(key, c);
            if (seen != null && !seen.key.equals(c.key) && (seen.kb == null || c.kb == null)) {
                uf.union(seen.key, c.key);
            }
        }
        if (!knownOrganisation) {
            return;
        }
        for (Candidate c : all) {
            if (c.kb == null && c.type == EntityType.PERSON && c.tokenCount() >= 2) {
                String key = skeletonOfWords(tt, c);
                Candidate known = key == null ? null : organisations.get(key);
                if (known != null && known.kb != null) {
                    uf.union(known.key, c.key); // "In Iraqi media the name is also written Kataeb Hizbullah"
                }
            }
        }
    }

    /** Two candidates of one type, one knowledge-base entry (or none) and the same folded words. */
    private static boolean sameWriting(TokenizedText tt, Candidate a, Candidate b) {
        if (a.type != b.type || a.kb != b.kb || a.tokenCount() != b.tokenCount()) {
            return false;
        }
        for (int k = 0; k < a.tokenCount(); k++) {
            if (!tt.get(a.firstToken + k).fold.equals(tt.get(b.firstToken + k).fold)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name's folded letters run together with doubled letters written once, for names whose skeleton is too short
     * to merge on ("saqez" for Saqqez and Saqez); null under {@link #MIN_PLACE_SKELETON} letters. Marked so it never equals a
     * skeleton.
     */
    private static String undoubled(TokenizedText tt, Candidate c) {
        StringBuilder key = new StringBuilder("=");
        int letters = 0;
        char last = 0;
        for (int k = c.firstToken; k <= c.lastToken; k++) {
            String fold = tt.get(k).fold;
            for (int i = 0; i < fold.length(); i++) {
                char ch = fold.charAt(i);
                if (Character.isLetter(ch) && ch != last) { // letters only, run together: "Karvo-Ville" = "Karvoville"
                    key.append(ch);
                    letters++;
                }
                last = ch;
            }
        }
        return letters < MIN_PLACE_SKELETON ? null : key.toString();
    }

    /**
     * The skeletons of all the name's words run together, Ukrainian h and Russian g as one ("Pétion-Ville",
     * "Pétionville" and "Petion Ville" are one key); null when too short to merge on.
     */
    private static String skeletonOfWords(TokenizedText tt, Candidate c) {
        String words = c.tokenCount() == 1 ? tt.get(c.firstToken).fold : joinedFolds(tt, c);
        char[] key = new char[words.length()];
        int length = Skeleton.write(words, key, 0); // one run, so a letter doubled across the join counts once
        if (length < MIN_PLACE_SKELETON) {
            return null;
        }
        for (int i = 0; i < length; i++) {
            if (key[i] == 'g') {
                key[i] = 'h';
            }
        }
        String skeleton = new String(key, 0, length);
        // "South Jakarta" and "East Jakarta" share a skeleton ("st" both): an English word that tells two places of one
        // name apart is no spelling and keeps its letters
        for (int k = c.firstToken; k < c.lastToken; k++) {
            if (SIDES.contains(tt.get(k).fold)) {
                skeleton = tt.get(k).fold + " " + skeleton;
            }
        }
        return skeleton;
    }

    /** Words that make two places of one name ("North ~", "Upper ~", "New ~"): never a spelling of one another. */
    private static final Set<String> SIDES = Set.of("north", "south", "east", "west", "northern", "southern", "eastern",
            "western", "upper", "lower", "central", "new", "old", "greater", "little", "great");

    private static String joinedFolds(TokenizedText tt, Candidate c) {
        StringBuilder out = new StringBuilder();
        for (int k = c.firstToken; k <= c.lastToken; k++) {
            out.append(tt.get(k).fold);
        }
        return out.toString();
    }

    /**
     * The token after an acronym in brackets that a comma follows ("Pakatan Harapan (PH), or ..."), or k itself when no
     * such acronym stands at k.
     */
    private static int pastBracketedAcronym(TokenizedText tt, int k) {
        if (k + 1 < tt.size() && tt.get(k).allCaps && tt.strippedGapIs(k, "(") && tt.strippedGapIs(k + 1, "),")) {
            return k + 1;
        }
        return k;
    }

    /**
     * "X, or Y, ...", "X (ACR), the Y, said" and "X (ACR), in Urdu Y,": an organisation's second name between commas, Y a
     * name no knowledge-base entry claims, closed by a comma that no further name of a list follows. Not when X itself
     * stands in a list ("Hamas, Islamic Jihad, or the Popular Front, said"), nor when Y is a place. Null when there is
     * none; a plain "X, the Y," right after the name is {@link #appositiveName}'s.
     */
    private static Candidate renamedAfterComma(TokenizedText tt, Candidate c, int k, Candidate[] atToken) {
        if (k + 1 >= tt.size() || !tt.strippedGapEndsWith(k, ',') || inList(tt, c)) {
            return null;
        }
        if (tt.get(k).fold.equals("the")) {
            return k != c.lastToken + 1 && appositiveName(tt, c, k, atToken) ? atToken[k + 1] : null;
        }
        int at;
        if (tt.get(k).fold.equals("or")) {
            at = tt.get(k + 1).fold.equals("the") && k + 2 < tt.size() ? k + 2 : k + 1;
        } else if (tt.get(k).fold.equals("in") && k + 2 < tt.size() && tt.get(k + 1).capitalised
                && Lexicon.get().demonyms.contains(tt.get(k + 1)) && !tt.get(k + 2).breakBefore) {
            at = k + 2; // "The National Accountability Bureau (NAB), in Urdu Qaumi Ehtesab Bureau, had issued"
        } else {
            return null;
        }
        Candidate other = atToken[at];
        if (other == null || other.kb != null || other.type == EntityType.DATE || other.type == EntityType.LOCATION
                || other.key.equals(c.key)) {
            return null;
        }
        int after = other.lastToken + 1;
        if (after >= tt.size() || !tt.strippedGapIs(after, ",")) {
            return null;
        }
        Token next = tt.get(after);
        return next.capitalised || next.fold.equals("and") || next.fold.equals("or") ? null : other;
    }

    /** The name stands after a comma, "the" aside: one of a list. */
    private static boolean inList(TokenizedText tt, Candidate c) {
        int first = c.firstToken;
        if (first > 0 && tt.get(first - 1).fold.equals("the") && !tt.get(first - 1).capitalised) {
            first--;
        }
        return first > 0 && tt.strippedGapEndsWith(first, ',');
    }

    /**
     * "X, the Y, said": an organisation named again in apposition by a name of its own, closed by a comma and followed by
     * the sentence's verb, not by another name of a list ("the Pentagon, the State Department, and the CIA").
     */
    private static boolean appositiveName(TokenizedText tt, Candidate c, int k, Candidate[] atToken) {
        if (k + 1 >= tt.size() || !tt.get(k).breakBefore || !(tt.strippedGapIs(k, ",") || tt.strippedGapIs(k, "),"))
                || !tt.get(k).fold.equals("the")) {
            return false;
        }
        Candidate other = atToken[k + 1];
        if (other == null || other.type != EntityType.ORGANIZATION || other.kb != null && c.kb != null) {
            return false;
        }
        int after = other.lastToken + 1;
        if (after >= tt.size() || !tt.strippedGapIs(after, ",")) {
            return false;
        }
        Token next = tt.get(after);
        return !next.capitalised && !next.fold.equals("and") && !next.fold.equals("or") && !next.fold.equals("the")
                && !next.numeric;
    }

    /**
     * Where "as" stands in "known in/to/among LANGUAGE as" at k, the language or people being up to three words
     * ("known in Arabic as", "known in te reo Māori as", "known to Iraqis as"), or in "known for REASON as" ("known for
     * sponsorship reasons as"), with no punctuation between; -1 when there is none. After "in", "to" or "among" one of
     * the words must be a people's or language's name, or capitalised.
     */
    private int knownAmong(List<Token> tokens, int k) {
        if (k + 3 >= tokens.size() || !tokens.get(k).fold.equals("known") || !KNOWN_AMONG.contains(tokens.get(k + 1).fold)) {
            return -1;
        }
        int from = k + 2;
        boolean named = tokens.get(k + 1).fold.equals("for"); // a reason names nothing itself
        for (int i = from; i < tokens.size() && i <= from + 3; i++) {
            Token t = tokens.get(i);
            if (t.breakBefore) {
                return -1;
            }
            if (t.fold.equals("as")) {
                return named && i > from ? i : -1;
            }
            named |= lexicon.demonyms.contains(t) || t.capitalised;
        }
        return -1;
    }

    /** The acronym starts with the name's first letter, or with the word glued before it ("U.S. Agency ... (USAID)"). */
    private static boolean startsLike(TokenizedText tt, Token acronym, Candidate c) {
        char a = acronym.fold.charAt(0);
        if (a == tt.get(c.firstToken).fold.charAt(0)) {
            return true;
        }
        for (int k = c.firstToken - 1; k >= 0 && k >= c.firstToken - 2 && !tt.get(k + 1).breakBefore; k--) {
            if (a == tt.get(k).fold.charAt(0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * At least half of the acronym's letters are initials of the name's words: "Jalisco New Generation Cartel
     * (CJNG)", "National Liberation Army (ELN)": acronyms from the name in its own language.
     */
    private static boolean initialsCover(TokenizedText tt, Token acronym, Candidate c) {
        Set<Character> initials = new HashSet<>();
        for (int k = c.firstToken; k <= c.lastToken; k++) {
            initials.add(tt.get(k).fold.charAt(0));
        }
        int hits = 0;
        for (int i = 0; i < acronym.fold.length(); i++) {
            if (initials.contains(acronym.fold.charAt(i))) {
                hits++;
            }
        }
        return hits * 2 >= acronym.fold.length();
    }

    /**
     * Company words that are no organisation heads, so not in the lexicon's {@code company-suffixes.txt}: "AG", "SA",
     * "SE" end names of people and places too, and "Holding" is rare as a head.
     */
    private static final Set<String> SUFFIXES_NOT_HEADS = Set.of("holding", "ag", "sa", "se");

    /** A word a company or club is named again without: its legal form, "Group", "FC", or its sector ("Minerals"). */
    private boolean droppedSuffix(Token t) {
        return lexicon.companySuffixes.contains(t) || SUFFIXES_NOT_HEADS.contains(t.fold) || lexicon.orgSectors.contains(t);
    }

    /**
     * "NHPC Limited ... NHPC", "CK Hutchison Holdings ... CK Hutchison": an organisation named without its legal or
     * group word is the same organisation, unless that shorter name is a place ("East India Company" and India) or
     * the surname of a person named in full here: after "Aliko Dangote", "Dangote told guests" is the man, not the
     * Dangote Group, and joining it to both would make the two one entity.
     */
    private void shortCompanyNames(TokenizedText tt, List<Candidate> all, UnionFind uf) {
        Map<String, Candidate> byShortName = new HashMap<>();
        Set<String> surnamesHere = new HashSet<>();
        for (Candidate c : all) {
            if (c.type == EntityType.PERSON && c.tokenCount() > 1) {
                surnamesHere.add(tt.get(c.lastToken).fold);
            }
            if (c.type != EntityType.ORGANIZATION || c.tokenCount() < 2) {
                continue;
            }
            // every shorter form: "BAC Consulting KFT" is also "BAC Consulting", "First Quantum Minerals" "First Quantum";
            // and a party or movement without its head ("Labour Party" ... "Labour said"), as lone words are below
            for (int last = c.lastToken; last > c.firstToken && (droppedSuffix(tt.get(last))
                    || last == c.lastToken && PARTY_HEADS.contains(tt.get(last).fold)); last--) {
                byShortName.putIfAbsent(CharFolding.fold(tt.text(), c.start, tt.get(last - 1).end), c);
            }
        }
        if (byShortName.isEmpty()) {
            return;
        }
        for (Candidate c : all) {
            if (c.type == EntityType.DATE || c.type == EntityType.LOCATION && !unknownPlaceOfWords(tt, c)
                    || c.type == EntityType.PERSON && c.tokenCount() == 1 && surnamesHere.contains(tt.get(c.firstToken).fold)) {
                continue;
            }
            Candidate full = byShortName.get(CharFolding.fold(tt.text(), c.start, c.end));
            if (full != null && !full.key.equals(c.key)) {
                uf.union(full.key, c.key);
            }
        }
    }

    /**
     * A place of two or more words no knowledge base knows and no place word ends ("Bougainville Copper" read as a place
     * for its first word): it may be a company's short name, where a known place ("Suez Canal") or a "… Dam" may not.
     */
    private boolean unknownPlaceOfWords(TokenizedText tt, Candidate c) {
        return c.kb == null && c.tokenCount() > 1 && !lexicon.locHeads.contains(tt.get(c.lastToken));
    }

    /**
     * The one word a company or club is called by once its suffixes and a place before it are dropped ("Arema" of
     * "Arema FC", "Evergrande" of "China Evergrande Group"); -1 when more or less than one word is left, or when that
     * word is an ordinary English word ("General" of "General Group") or a function word.
     */
    private int companyWord(TokenizedText tt, Candidate c, KnowledgeBase kb) {
        int last = c.lastToken;
        while (last > c.firstToken && droppedSuffix(tt.get(last))) {
            last--;
        }
        int first = c.firstToken;
        if (last == c.lastToken || last > first + 1) {
            return -1;
        }
        if (last == first + 1 && knownPlace(kb, tt, first, first)) {
            first++;
        }
        Token t = tt.get(first);
        return first == last && t.capitalised && !t.allCaps && !lexicon.isFunctionWord(t) && !lexicon.isCommonWord(t)
                && !knownPlace(kb, tt, first, first) ? first : -1;
    }

    /**
     * "the Autonomous Region of Bougainville ... Bougainville": a region the rules found, named head first, is the same
     * place as its bare name elsewhere in the article.
     */
    private static void regionsByTheirName(TokenizedText tt, List<Candidate> all, UnionFind uf) {
        Map<String, Candidate> byName = null;
        for (Candidate c : all) {
            if (c.kb != null || c.type != EntityType.LOCATION || c.tokenCount() < 3) {
                continue;
            }
            int k = c.firstToken;
            if (tt.get(k).fold.equals("autonomous")) {
                k++;
            }
            if (k + 2 <= c.lastToken && Lexicon.REGION_HEADS_BEFORE_THE_NAME.contains(tt.get(k).fold)
                    && tt.get(k + 1).fold.equals("of") && !tt.get(k + 1).capitalised) {
                if (byName == null) {
                    byName = new HashMap<>(4);
                }
                byName.putIfAbsent(CharFolding.fold(tt.text(), tt.get(k + 2).start, c.end), c);
            }
        }
        if (byName == null) {
            return;
        }
        for (Candidate c : all) {
            if (c.kb == null && c.type == EntityType.LOCATION) {
                Candidate region = byName.get(CharFolding.fold(tt.text(), c.start, c.end));
                if (region != null && region != c) {
                    uf.union(region.key, c.key);
                }
            }
        }
    }

    /**
     * "the Election Commission of India ... the Election Commission", "Central Bank of the Philippines ... the Central
     * Bank": an organisation of two words or more before "of (the) PLACE" is named again without its place. The shorter
     * name must end in an organisation head and be no entity of the knowledge base of its own.
     */
    private void namesWithoutTheirPlace(TokenizedText tt, List<Candidate> all, UnionFind uf, KnowledgeBase kb) {
        Map<String, Candidate> byShortName = null;
        for (Candidate c : all) {
            int rest = c.type == EntityType.ORGANIZATION && c.kb == null ? afterLeadingPlace(tt, c, kb) : -1;
            if (rest >= 0) {
                if (byShortName == null) {
                    byShortName = new HashMap<>(4);
                }
                // "the Saudi Arabian National Guard ... the National Guard"
                byShortName.putIfAbsent(CharFolding.fold(tt.text(), tt.get(rest).start, c.end), c);
            }
            if (c.type != EntityType.ORGANIZATION || c.tokenCount() < 4) {
                continue;
            }
            int of = c.firstToken + 2;
            while (of < c.lastToken && !tt.get(of).fold.equals("of")) {
                of++;
            }
            int place = of + 1 < c.lastToken && tt.get(of + 1).fold.equals("the") ? of + 2 : of + 1;
            if (of >= c.lastToken || tt.get(of).capitalised
                    || !lexicon.orgHeads.contains(tt.get(of - 1)) && !adjectiveAfterHead(tt, c.firstToken, of - 1)
                    || !knownPlace(kb, tt, place, c.lastToken)) {
                continue;
            }
            if (byShortName == null) {
                byShortName = new HashMap<>(4);
            }
            byShortName.putIfAbsent(CharFolding.fold(tt.text(), c.start, tt.get(of - 1).end), c);
        }
        if (byShortName == null) {
            return;
        }
        for (Candidate c : all) {
            if (c.kb == null && c.type == EntityType.ORGANIZATION && c.tokenCount() >= 2) {
                Candidate full = byShortName.get(CharFolding.fold(tt.text(), c.start, c.end));
                if (full == null && c.tokenCount() == 2 && adjectiveAfterHead(tt, c.firstToken, c.lastToken)) {
                    // "the Investigative Committee of Russia ... the Committee Investigative", translated word for word
                    full = byShortName.get(tt.get(c.lastToken).fold + " " + tt.get(c.firstToken).fold);
                }
                if (full != null && !full.key.equals(c.key)) {
                    uf.union(full.key, c.key);
                }
            }
        }
    }

    /**
     * The first token after the known place or people's adjective that begins c ("Kenya Coast Guard", "Saudi Arabian
     * National Guard", "Royal Saudi Air Force" after "Royal"), when two words or more ending in an organisation's head
     * are left; else -1. (A short form the knowledge base reads as another body, "Kenya Red Cross ... the Red Cross",
     * is not joined here: the Red Cross stays the known one.)
     */
    private int afterLeadingPlace(TokenizedText tt, Candidate c, KnowledgeBase kb) {
        if (c.tokenCount() < 3 || !lexicon.orgHeads.contains(tt.get(c.lastToken)) || tt.get(c.lastToken).allCaps) {
            return -1;
        }
        int k = c.firstToken;
        if (tt.get(k).fold.equals("royal") && tt.get(k).capitalised) {
            k++;
        }
        int rest = -1;
        if (knownPlace(kb, tt, k, k) || lexicon.demonyms.contains(tt.get(k))) {
            rest = k + 1;
        } else if (k + 1 < c.lastToken && (knownPlace(kb, tt, k, k + 1) || lexicon.demonyms.contains(tt.get(k + 1))
                && knownPlace(kb, tt, k, k))) {
            rest = k + 2;
        }
        if (rest > 0 && rest + 1 <= c.lastToken && lexicon.demonyms.contains(tt.get(rest)) && rest + 2 <= c.lastToken) {
            rest++; // "Saudi Arabian National Guard": the country and its adjective
        }
        return rest > 0 && c.lastToken - rest >= 1 && tt.get(rest).capitalised && !lexicon.isFunctionWord(tt.get(rest))
                ? rest : -1;
    }

    /**
     * Whether token k is an institution's adjective written after its head, as text translated word for word from
     * French, Spanish or Portuguese writes it ("the Forces Naval of Ukraine", "the Court Constitutional"): the word
     * before it, still inside the name (from first on), is an organisation's head. English never writes a capitalised
     * name so, so nothing else is read as one.
     */
    private boolean adjectiveAfterHead(TokenizedText tt, int first, int k) {
        if (k <= first) {
            return false;
        }
        return lexicon.adjectiveAfterHead(tt.get(k)) && lexicon.orgHeads.contains(tt.get(k - 1));
    }

    /**
     * "the Constitutional Court ... the Court", "Kenya's National Assembly ... the Assembly": an organisation named by
     * its capitalised head alone is the one named in full before it in the article that ends in that head (the nearest,
     * when there are several).
     */
    private void bodiesByTheirHead(TokenizedText tt, List<Candidate> all, UnionFind uf) {
        Map<String, List<Candidate>> byHead = null;
        for (Candidate c : all) {
            if (c.type != EntityType.ORGANIZATION || c.tokenCount() < 2) {
                continue;
            }
            // its last word, or the word before its "of" ("National Assembly of Kirra")
            int head = c.lastToken;
            for (int k = c.firstToken + 1; k < c.lastToken; k++) {
                if (tt.get(k).fold.equals("of") && !tt.get(k).capitalised) {
                    head = k - 1;
                    break;
                }
            }
            if (adjectiveAfterHead(tt, c.firstToken, head)) {
                head--; // "the Court Constitutional ... the Court"
            }
            if (NameTyper.BODY_HEADS.contains(tt.get(head).fold)) {
                if (byHead == null) {
                    byHead = new HashMap<>(4);
                }
                byHead.computeIfAbsent(tt.get(head).fold, k -> new ArrayList<>()).add(c);
            }
        }
        if (byHead == null) {
            return;
        }
        for (Candidate c : all) {
            if (c.kb == null && c.type == EntityType.ORGANIZATION && c.tokenCount() == 1) {
                Candidate body = nearest(byHead.get(tt.get(c.firstToken).fold), c.start);
                if (body != null && !body.key.equals(c.key)) {
                    uf.union(body.key, c.key);
                }
            }
        }
    }

    /**
     * "the Korea Coast Guard ... the Coast Guard", "the Kelvar Regional Health Authority ... the Health Authority": an
     * organisation, found by the rules or known ("the U.S. Coast Guard ... the Coast Guard"), named again by its last
     * two words or more, ending in an organisation's head (or a building so, ending in a building's head: "Kaiser
     * Wilhelm Memorial Church ... the Memorial Church"). Only where one such longer name ends so, and the shorter is
     * no knowledge-base body ("Kenya Red Cross ... the Red Cross" is the known Red Cross).
     */
    private void bodiesByTheirLastWords(TokenizedText tt, List<Candidate> all, UnionFind uf) {
        Map<String, Candidate> byEnding = null;
        Set<String> shared = null;
        for (Candidate c : all) {
            if (c.tokenCount() < 3 || c.tokenCount() > 8 || tt.get(c.lastToken).allCaps
                    || !(c.type == EntityType.ORGANIZATION && lexicon.orgHeads.contains(tt.get(c.lastToken))
                    || c.type == EntityType.LOCATION && buildingHead(tt.get(c.lastToken)))) {
                continue;
            }
            for (int k = c.firstToken + 1; k < c.lastToken; k++) {
                Token t = tt.get(k);
                if (!t.capitalised || t.allCaps) {
                    continue; // the ending starts on a capitalised word: not "of the Interior"
                }
                if (byEnding == null) {
                    byEnding = new HashMap<>(4);
                    shared = new HashSet<>(4);
                }
                String ending = CharFolding.fold(tt.text(), t.start, c.end);
                Candidate seen = byEnding.putIfAbsent(ending, c);
                if (seen != null && !seen.key.equals(c.key)) {
                    shared.add(ending);
                }
            }
        }
        if (byEnding == null) {
            return;
        }
        for (Candidate c : all) {
            if (c.kb == null && c.tokenCount() >= 2
                    && (c.type == EntityType.ORGANIZATION || c.type == EntityType.LOCATION)) {
                String name = CharFolding.fold(tt.text(), c.start, c.end);
                Candidate longer = shared.contains(name) ? null : byEnding.get(name);
                if (longer != null && longer.type == c.type && !longer.key.equals(c.key)) {
                    uf.union(longer.key, c.key);
                }
            }
        }
    }

    /** A building's head: "Kaiser Wilhelm Memorial Church ... the Memorial Church", "Kelvar Memorial Hall". */
    private boolean buildingHead(Token t) {
        return lexicon.locHeads.contains(t) || t.fold.equals("church") || t.fold.equals("chapel")
                || t.fold.equals("abbey");
    }

    /** The words from..to are a whole alias of a place of the knowledge base ("India", "the Philippines"). */
    private static boolean knownPlace(KnowledgeBase kb, TokenizedText tt, int from, int to) {
        AliasIndex.Node node = kb.index().walk(to - from + 1, k -> tt.get(from + k).key());
        return node != null && node.namesAPlace();
    }

    /**
     * "Kishida Fumio" and "Fumio Kishida": a person of two words written in the other order as well is one person
     * (Japanese, Chinese, Korean and Hungarian names put the family name first, and translations keep it or turn it).
     */
    private static void reversedNames(TokenizedText tt, List<Candidate> all, UnionFind uf) {
        List<Token> tokens = tt.tokens();
        Map<String, Candidate> byName = null;
        for (Candidate c : all) {
            if (c.type != EntityType.PERSON || c.tokenCount() != 2) {
                continue;
            }
            String first = tokens.get(c.firstToken).key();
            String last = tokens.get(c.lastToken).key();
            if (first.equals(last)) {
                continue;
            }
            if (byName == null) {
                byName = new HashMap<>(8);
            }
            Candidate turned = byName.get(last + ' ' + first);
            if (turned != null && !turned.key.equals(c.key)) {
                uf.union(turned.key, c.key);
            }
            byName.putIfAbsent(first + ' ' + last, c);
        }
    }

    /**
     * "Caro Quintero" after "Rafael Caro Quintero": a two-word person who is the end of a longer one ("Fernández de
     * Kirchner" of "Cristina Fernández de Kirchner" too, three words with a particle between); and "Edmundo
     * González" after "Edmundo González Urrutia": the given name and first surname of a three-word one (Spanish and
     * Portuguese names drop the second surname).
     */
    private static void surnamePairs(TokenizedText tt, List<Candidate> all, UnionFind uf) {
        Map<String, Candidate> byLastTwo = new HashMap<>();
        for (Candidate c : all) {
            if (c.type == EntityType.PERSON && c.tokenCount() >= 3) {
                byLastTwo.putIfAbsent(tt.get(c.lastToken - 1).fold + " " + tt.get(c.lastToken).fold, c);
            }
            if (c.type == EntityType.PERSON && c.tokenCount() >= 4 && particleBetween(tt, c.lastToken - 2)) {
                byLastTwo.putIfAbsent(tt.get(c.lastToken - 2).fold + " " + tt.get(c.lastToken).fold, c);
            }
            if (c.type == EntityType.PERSON && c.tokenCount() == 3 && tt.get(c.firstToken + 1).capitalised
                    && tt.get(c.lastToken).capitalised) {
                byLastTwo.putIfAbsent(tt.get(c.firstToken).fold + " " + tt.get(c.firstToken + 1).fold, c);
            }
        }
        Map<String, Candidate> bySurname = new HashMap<>();
        Map<String, Candidate> byRunTogether = null;
        for (Candidate c : all) {
            if (c.type == EntityType.PERSON && c.tokenCount() >= 2 && c.tokenCount() <= 4) {
                // "Lee Se-dol" and "Lee Sedol", "Kim Jong Un" and "Kim Jong-un": a given name written with or without
                // its hyphen or space is one name
                if (byRunTogether == null) {
                    byRunTogether = new HashMap<>();
                }
                Candidate seen = byRunTogether.putIfAbsent(runTogether(tt, c), c);
                if (seen != null && !seen.key.equals(c.key) && (seen.kb == null || c.kb == null)) {
                    uf.union(seen.key, c.key);
                }
            }
            if (c.type == EntityType.PERSON && c.kb == null
                    && (c.tokenCount() == 2 || c.tokenCount() == 3 && particleBetween(tt, c.firstToken))) {
                Candidate full = byLastTwo.get(tt.get(c.firstToken).fold + " " + tt.get(c.lastToken).fold);
                if (full != null && !full.key.equals(c.key)) {
                    uf.union(full.key, c.key);
                }
            }
            if (c.type == EntityType.PERSON && c.tokenCount() == 2) {
                // "Jenni Hermoso" ... "Jennifer Hermoso": a given name and its short form, one surname
                Candidate seen = bySurname.putIfAbsent(tt.get(c.lastToken).fold, c);
                if (seen != null && !seen.key.equals(c.key) && (seen.kb == null || c.kb == null)
                        && shortForm(tt.get(seen.firstToken).fold, tt.get(c.firstToken).fold)) {
                    uf.union(seen.key, c.key);
                }
            }
        }
    }

    /** The first word, then the rest run together: "lee|sedol" for both "Lee Se-dol" and "Lee Sedol". */
    private static String runTogether(TokenizedText tt, Candidate c) {
        StringBuilder key = new StringBuilder(tt.get(c.firstToken).fold).append('|');
        for (int k = c.firstToken + 1; k <= c.lastToken; k++) {
            key.append(tt.get(k).fold);
        }
        return key.toString();
    }

    /** Tokens k and k + 2 capitalised, a lower-case surname particle between them ("Fernández de Kirchner"). */
    private static boolean particleBetween(TokenizedText tt, int k) {
        return k + 2 < tt.size() && tt.get(k).capitalised && tt.get(k + 2).capitalised && !tt.get(k + 1).capitalised
                && SURNAME_PARTICLES.contains(tt.get(k + 1).fold);
    }

    /** One given name begins the other, three letters or more: "Jenni" and "Jennifer", "Alex" and "Alexander". */
    private static boolean shortForm(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 3 && shorter.length() < longer.length() && longer.startsWith(shorter);
    }

    /** The acronym at k, with any hyphenated parts ("SPLM-IO"), is followed by a closing bracket. */
    private static boolean closesBracket(TokenizedText tt, int k) {
        String text = tt.text();
        int last = k;
        while (last + 1 < tt.size() && tt.get(last + 1).allCaps && tt.gapIs(last + 1, "-")) {
            last++;
        }
        int end = tt.get(last).end;
        return end < text.length() && text.charAt(end) == ')';
    }

    /** Particles a surname keeps when it stands alone: "Le Pen", "von der Leyen", "de Gaulle", "Van Rompuy". */
    private static final Set<String> SURNAME_PARTICLES = Set.of("le", "la", "de", "du", "des", "van", "von", "der",
            "den", "ter", "ten", "da", "di", "dos", "das", "del", "della", "ben", "bin", "ibn", "bint", "abu", "ould", "mac");

    /**
     * "Marine Le Pen ... Le Pen", "Ursula von der Leyen ... von der Leyen": a two- or three-word name found alone that
     * is a person's particle and surname joins that person, whatever the rules took it for ("Le" opens place names).
     */
    private static void particleSurnames(List<Token> tokens, List<Candidate> all, UnionFind uf) {
        Map<String, Candidate> people = new HashMap<>();
        for (Candidate c : all) {
            if (c.type != EntityType.PERSON || c.tokenCount() < 3) {
                continue;
            }
            for (int k = c.lastToken - 1; k > c.firstToken && SURNAME_PARTICLES.contains(tokens.get(k).fold); k--) {
                people.putIfAbsent(NameTyper.key(tokens, k, c.lastToken), c);
            }
        }
        if (people.isEmpty()) {
            return;
        }
        for (ListIterator<Candidate> it = all.listIterator(); it.hasNext(); ) {
            Candidate c = it.next();
            if (c.kb == null && c.type != EntityType.DATE && c.tokenCount() >= 2
                    && SURNAME_PARTICLES.contains(tokens.get(c.firstToken).fold)) {
                Candidate person = people.get(NameTyper.key(tokens, c.firstToken, c.lastToken));
                if (person != null && person != c) {
                    uf.union(person.key, c.key);
                    // the person's mention now, not a place's: it must not outvote the person's type
                    it.set(new Candidate(c.firstToken, c.lastToken, c.start, c.end, EntityType.PERSON, person.kb, null,
                            person.method, 0.7, person.key));
                }
            }
        }
    }

    /**
     * The first of the lower-case particles written before surname token i when the person's full name has them there
     * too ("Tulio de Oliveira" ... "de Oliveira", "Luis de la Fuente" ... "de la Fuente"), or -1.
     */
    private static int particleOfTheSurname(List<Token> tokens, Candidate person, int i) {
        if (tokens.get(i).breakBefore || person.tokenCount() < 3
                || !tokens.get(person.lastToken).fold.equals(tokens.get(i).fold)) {
            return -1;
        }
        int first = -1;
        for (int k = 1; i - k >= 0 && person.lastToken - k > person.firstToken; k++) {
            Token particle = tokens.get(i - k);
            if (particle.capitalised || !SURNAME_PARTICLES.contains(particle.fold) || tokens.get(i - k + 1).breakBefore
                    || !sameParticle(tokens.get(person.lastToken - k).fold, particle.fold)) {
                break;
            }
            first = i - k;
        }
        return first;
    }

    /** Particles transliteration writes one way or another: "Ben Ali" and "bin Ali", "El Abidine" and "al Abidine". */
    private static boolean sameParticle(String a, String b) {
        return a.equals(b) || SON_OF.contains(a) && SON_OF.contains(b) || ARTICLE.contains(a) && ARTICLE.contains(b);
    }

    private static final Set<String> SON_OF = Set.of("bin", "ben", "ibn");
    private static final Set<String> ARTICLE = Set.of("al", "el");

    /**
     * "Nobel laureate David Baltimore ... Baltimore said": a known city's one-word name that is the last word of a
     * person the article names in full is that person, where nothing marks it as a place (no preposition of place before
     * it, no possessive: "in Baltimore", "Baltimore's mayor" stay the city). A one-word place the rules guessed from
     * a possessive alone is that person ("Edgar Lungu ... Lungu's government").
     */
    private void surnamesThatAreKnownPlaces(List<Token> tokens, List<Candidate> all, Map<String, List<Candidate>> bySurname) {
        for (int n = 0; n < all.size(); n++) {
            Candidate c = all.get(n);
            if (c.type != EntityType.LOCATION || c.tokenCount() != 1) {
                continue;
            }
            Token t = tokens.get(c.firstToken);
            // a known place yields only where no possessive marks it; a place the rules guessed, only where they guessed
            // it from a possessive ("Lungu's government"), their weakest cue
            if (t.allCaps || (t.possessive ? c.kb != null : c.kb == null)
                    || c.firstToken > 0 && lexicon.locPrepositions.contains(tokens.get(c.firstToken - 1))) {
                continue;
            }
            Candidate person = principal(bySurname.get(t.fold), tokens, t.fold);
            if (person != null && person.lastToken != c.lastToken && tokens.get(person.lastToken).fold.equals(t.fold)) {
                all.set(n, new Candidate(c.firstToken, c.lastToken, c.start, c.end, EntityType.PERSON, null, null,
                        person.method, c.confidence, person.key));
            }
        }
    }

    /**
     * A lone capitalised word (or a one-word name the rules found) that is the last word of a person's name
     * in this document joins that person; with two such people, the one mentioned most recently before it.
     */
    private List<Candidate> surnames(TokenizedText tt, List<Candidate> all, List<Integer> singles, UnionFind uf,
                                     KnowledgeBase kb) {
        Map<String, List<Candidate>> bySurname = new HashMap<>();
        List<Token> tokens = tt.tokens();
        for (Candidate c : all) {
            if (c.type != EntityType.PERSON) {
                continue;
            }
            if (c.tokenCount() > 1) {
                bySurname.computeIfAbsent(tokens.get(c.lastToken).fold, f -> new ArrayList<>()).add(c);
                if (tt.gapIs(c.lastToken, "-") && tokens.get(c.lastToken).capitalised
                        && tokens.get(c.lastToken - 1).capitalised) {
                    // "Hossein Amir-Abdollahian" ... "Amirabdollahian": a double surname is often written closed up
                    bySurname.computeIfAbsent(tokens.get(c.lastToken - 1).fold + tokens.get(c.lastToken).fold,
                            f -> new ArrayList<>()).add(c);
                }
            }
            if (c.kb == null && c.tokenCount() == 3 && tt.gapIs(c.lastToken, "-")
                    && !tokens.get(c.lastToken).capitalised) {
                bySurname.computeIfAbsent(tokens.get(c.firstToken).fold, f -> new ArrayList<>()).add(c); // "Moon Hyung-bae"
            }
            if (c.tokenCount() == 2 && ChineseNames.familyNameFirst(tokens.get(c.firstToken), tokens.get(c.lastToken))) {
                bySurname.computeIfAbsent(tokens.get(c.firstToken).fold, f -> new ArrayList<>()).add(c); // "Gu Kailai"
            }
            // "Edmundo González Urrutia" ... "González": Spanish and Arabic names carry more than one surname, and a
            // known person's middle name may be what the article calls them ("Bassirou Diomaye Faye" ... "Diomaye")
            for (int k = c.firstToken + 1; k < c.lastToken; k++) {
                Token t = tokens.get(k);
                if (t.capitalised && !lexicon.connectors.contains(t)
                        && (c.kb == null || t.length() >= 5 && !lexicon.givenNames.contains(t))) {
                    bySurname.computeIfAbsent(t.fold, f -> new ArrayList<>()).add(c);
                }
            }
            if (c.kb != null) {
                for (String s : kb.surnames(c.kb)) {
                    bySurname.computeIfAbsent(s, f -> new ArrayList<>()).add(c);
                }
            }
        }
        List<Candidate> added = new ArrayList<>();
        Map<String, List<Candidate>> bySkeleton = new HashMap<>();
        for (Map.Entry<String, List<Candidate>> e : bySurname.entrySet()) {
            String key = e.getKey().length() >= 5 ? Skeleton.usable(e.getKey()) : null; // short ones never merge
            if (key != null) {
                bySkeleton.computeIfAbsent(key, k -> new ArrayList<>()).addAll(e.getValue());
            }
        }
        for (List<Candidate> list : bySkeleton.values()) {
            list.sort((x, y) -> Integer.compare(x.start, y.start)); // merged from several surnames: restore text order
        }
        particleSurnames(tokens, all, uf);
        Map<String, List<Candidate> > byFirstName = firstNames(tokens, all, uf);
        for (int n = 0; n < all.size(); n++) {
            Candidate c = all.get(n);
            if (c.kb == null && c.tokenCount() == 1 && c.type == EntityType.PERSON) {
                String fold = tokens.get(c.firstToken).fold;
                List<Candidate> people = bySurname.get(fold);
                if (people == null && fold.length() >= 5) {
                    people = bySkeleton.get(Skeleton.usable(fold)); // "Svyridenko" after "Yulia Svyrydenko"
                }
                if (people == null) {
                    people = byFirstName.get(fold); // "Getachew, who signed" after "Getachew Reda"
                }
                Candidate person = principal(people, tokens, fold);
                if (person != null && !person.key.equals(c.key)) {
                    uf.union(person.key, c.key);
                    int particle = particleOfTheSurname(tokens, person, c.firstToken);
                    if (particle >= 0) { // "de Oliveira said" after "Tulio de Oliveira"
                        all.set(n, new Candidate(particle, c.lastToken, tokens.get(particle).start, c.end, c.type, null, null,
                                c.method, c.confidence, c.key));
                    }
                }
            }
        }
        surnamesThatAreKnownPlaces(tokens, all, bySurname);
        Map<String, Candidate> oneWordNames = new HashMap<>();
        for (Candidate c : all) {
            // not "the Velmora airport" read as Velmora International Airport: the word alone is still the town
            if (c.kb == null && c.type != EntityType.DATE && c.tokenCount() == 1 && !calledByFirstWordAndHead(tokens, c)) {
                oneWordNames.putIfAbsent(tokens.get(c.firstToken).fold, c);
            }
            if (c.type == EntityType.ORGANIZATION && c.tokenCount() >= 2 && (c.kb == null || c.tokenCount() == 2)
                    && PARTY_HEADS.contains(tokens.get(c.lastToken).fold) && tokens.get(c.lastToken).capitalised
                    && !lexicon.isFunctionWord(tokens.get(c.firstToken))) {
                oneWordNames.putIfAbsent(tokens.get(c.firstToken).fold, c); // "Labor Party" ... "Labor", "Amal Movement" ... "Amal"
            }
            int word = c.type == EntityType.ORGANIZATION && c.kb == null ? companyWord(tt, c, kb) : -1;
            if (word >= 0) {
                oneWordNames.putIfAbsent(tokens.get(word).fold, c); // "Arema FC" ... "Arema", "China Evergrande Group" ... "Evergrande"
            }
            if (c.type == EntityType.LOCATION && c.kb != null && c.tokenCount() >= 3
                    && !tokens.get(c.firstToken + 1).capitalised
                    && Lexicon.PLACE_PARTICLES.contains(tokens.get(c.firstToken + 1).fold)) {
                // "Rio de Janeiro" ... "for Rio, which will host": a known place's first part before its particle
                oneWordNames.putIfAbsent(tokens.get(c.firstToken).fold, c);
            }
        }
        sitesByFirstWord(tokens, all, uf, oneWordNames);
        crossingsByEitherSide(tt, all, uf);
        Map<String, Candidate> orgWords = distinctiveOrganisationWords(tt, all, kb);
        for (int n = 0; n < all.size(); n++) {
            Candidate c = all.get(n);
            // a place stays a place: "Murchison" is where "CSIRO Murchison Radio" observatory stands, not the body
            if (c.kb == null && c.tokenCount() == 1 && c.type != EntityType.DATE && c.type != EntityType.LOCATION) {
                String fold = tokens.get(c.firstToken).fold;
                Candidate org = orgWords.get(fold);
                if (org != null && !org.key.equals(c.key) && !bySurname.containsKey(fold) && !byFirstName.containsKey(fold)) {
                    uf.union(org.key, c.key); // "Royal Boskalis Westminster" ... "Boskalis said"
                    if (c.type != org.type) { // the body's mention now: "Activision said" must not outvote its type
                        all.set(n, new Candidate(c.firstToken, c.lastToken, c.start, c.end, org.type, null, null,
                                c.method, c.confidence, c.key));
                    }
                }
            }
        }
        for (int i : singles) {
            Token t = tokens.get(i);
            Candidate same = oneWordNames.get(t.fold);
            if (same != null && siteHeadFollows(tokens, i) && same.type == EntityType.LOCATION
                    && LANDS_CALLED_BY_FIRST_WORD.contains(tokens.get(same.lastToken).fold)) {
                same = null; // "Noto airport" after "the Noto Peninsula": a site of its own, not the land
            }
            if (same != null) { // "Torkham crossing shut" ... "the Torkham border crossing"
                added.add(new Candidate(i, i, t.start, t.end, same.type, null, null, same.method, 0.6, same.key));
                continue;
            }
            List<Candidate> people = bySurname.get(t.fold);
            if (people == null && t.length() >= 5) {
                people = bySkeleton.get(Skeleton.usable(t.fold)); // "Jolani" after "al-Julani"
            }
            if (people == null) {
                people = byFirstName.get(t.fold);
            }
            Candidate person = principal(people, tokens, t.fold);
            Candidate org = person == null ? orgWords.get(t.fold) : null;
            int particle = person != null ? particleOfTheSurname(tokens, person, i) : -1;
            if (particle >= 0) { // "de Oliveira" alone after "Tulio de Oliveira"
                added.add(new Candidate(particle, i, tokens.get(particle).start, t.end, EntityType.PERSON, person.kb, null,
                        person.method, 0.7, person.key));
                continue;
            }
            if (org != null) { // "Movimiento Semilla" ... "Semilla"
                added.add(new Candidate(i, i, t.start, t.end, org.type, org.kb, null, org.method, 0.6, org.key));
                continue;
            }
            if (person != null) {
                int start = t.start;
                if (i > 0 && tt.gapIs(i, "-") && (tokens.get(i - 1).fold.equals("al") || tokens.get(i - 1).fold.equals("el"))) {
                    start = tokens.get(i - 1).start; // "al-Kikli"
                }
                added.add(new Candidate(i, i, start, t.end, EntityType.PERSON, person.kb, null, person.method, 0.7,
                        person.key));
            }
        }
        return added;
    }

    /**
     * The words that name one organisation of several words in this document and nothing else: not ordinary English
     * words, given names, known places, function words or organisation words ("Boskalis" of "Royal Boskalis
     * Westminster", "Semilla" of "Movimiento Semilla"). A word two organisations share names neither.
     */
    private Map<String, Candidate> distinctiveOrganisationWords(TokenizedText tt, List<Candidate> all, KnowledgeBase kb) {
        Map<String, Candidate> words = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Candidate c : all) {
            if (c.type != EntityType.ORGANIZATION || c.tokenCount() < 2) {
                continue;
            }
            for (int k = c.firstToken; k <= c.lastToken; k++) {
                Token t = tt.get(k);
                // the class tests first: they read the token's cached word classes; the ordinary-word list is a lookup
                if (!t.capitalised || t.allCaps || t.numeric || t.length() < 4 || lexicon.isFunctionWord(t)
                        || lexicon.givenNames.contains(t) || lexicon.orgHeads.contains(t) || lexicon.orgStrong.contains(t)
                        || lexicon.orgWords.contains(t) || lexicon.demonyms.contains(t) || lexicon.titles.contains(t)
                        || lexicon.isCommonWord(t) || knownPlace(kb, tt, k, k)) {
                    continue;
                }
                Candidate seen = words.putIfAbsent(t.fold, c);
                if (seen != null && !seen.key.equals(c.key)) {
                    shared.add(t.fold);
                }
            }
        }
        shared.forEach(words::remove);
        return words;
    }

    /**
     * "the Attari-Wagah border crossing" ... "the Wagah crossing": a crossing named after the towns on both sides is
     * called by either of them, with its head; so is the bare side later in the article when the knowledge base does
     * not know it as a town of its own.
     */
    private static void crossingsByEitherSide(TokenizedText tt, List<Candidate> all, UnionFind uf) {
        Map<String, Candidate> bySide = null;
        for (Candidate c : all) {
            if (c.type == EntityType.LOCATION && c.tokenCount() == 2 && tt.gapIs(c.lastToken, "-")
                    && crossingAfter(tt, c.lastToken)) {
                if (bySide == null) {
                    bySide = new HashMap<>(4);
                }
                bySide.putIfAbsent(tt.get(c.firstToken).fold, c);
                bySide.putIfAbsent(tt.get(c.lastToken).fold, c);
            }
        }
        if (bySide == null) {
            return;
        }
        for (Candidate c : all) {
            if (c.type == EntityType.LOCATION && c.tokenCount() == 1 && c.kb == null) {
                Candidate crossing = bySide.get(tt.get(c.firstToken).fold);
                if (crossing != null && crossing != c) {
                    uf.union(crossing.key, c.key);
                }
            }
        }
    }

    /** "crossing" or "border crossing" right after token {@code k}. */
    private static boolean crossingAfter(TokenizedText tt, int k) {
        int i = k + 1;
        if (i < tt.size() && tt.get(i).fold.equals("border") && !tt.get(i).breakBefore) {
            i++;
        }
        return i < tt.size() && tt.get(i).fold.equals("crossing") && !tt.get(i).breakBefore;
    }

    /** "Ramstein Air Base" ... "at Ramstein": one-word places and lone words that are the first word of a base or prison. */
    private void sitesByFirstWord(List<Token> tokens, List<Candidate> all, UnionFind uf, Map<String, Candidate> oneWordNames) {
        Map<String, Candidate> sites = null;
        for (Candidate c : all) {
            if (c.kb == null && c.type == EntityType.LOCATION && siteNamedByFirstWord(tokens, c)) {
                if (sites == null) {
                    sites = new HashMap<>(4);
                }
                sites.putIfAbsent(tokens.get(c.firstToken).fold, c);
            }
        }
        if (sites == null) {
            return;
        }
        for (Candidate c : all) {
            if (c.kb == null && c.type == EntityType.LOCATION && c.tokenCount() > 1) {
                // "Westgate Shopping Mall ... Westgate Mall": the same first word and the same head
                Candidate site = sites.get(tokens.get(c.firstToken).fold);
                if (site != null && site != c && tokens.get(site.lastToken).fold.equals(tokens.get(c.lastToken).fold)
                        && siteNamedByFirstWord(tokens, c)) {
                    uf.union(site.key, c.key);
                }
                continue;
            }
            if (c.type == EntityType.LOCATION && c.tokenCount() == 1 && !siteHeadFollows(tokens, c.lastToken)) {
                Candidate site = sites.get(tokens.get(c.firstToken).fold);
                // a known place too, for an island or valley ("Manus Island" ... "on Manus", the province), never a
                // country ("the Jordan Valley" is not Jordan)
                boolean land = site != null && LANDS_CALLED_BY_FIRST_WORD.contains(tokens.get(site.lastToken).fold);
                if (site != null && (c.kb == null || land && !c.kb.sameAs().containsKey("iso3166"))) {
                    uf.union(site.key, c.key);
                }
            }
        }
        for (Map.Entry<String, Candidate> site : sites.entrySet()) {
            oneWordNames.putIfAbsent(site.getKey(), site.getValue());
        }
    }

    /**
     * Heads of sites that the first word alone stands for: "Ramstein" is Ramstein Air Base, "Saydnaya" Saydnaya Prison.
     * Not regions, waters, airports or dams, which share the name of a town of their own ("Mafraq Governorate" and
     * Mafraq, "Kakhovka Reservoir" and the Kakhovka dam).
     */
    private static final Set<String> SITES_CALLED_BY_FIRST_WORD = Set.of("base", "airbase", "airfield", "barracks",
            "prison", "jail", "stadium", "mall"); // "Kanjuruhan Stadium" ... "the tragedy of Kanjuruhan", "Wembley"

    /** Lands named by two words that the first alone stands for: "Manus Island" ... "Manus", "Swat Valley" ... "Swat". */
    private static final Set<String> LANDS_CALLED_BY_FIRST_WORD = Set.of("island", "isle", "valley", "peninsula");

    /**
     * A site named by one word and capitalised heads: "Ramstein Air Base", "Tavrin Barracks". Its first word alone
     * is the same site. Not "Queen Alia ..." or "Prince Sultan Air Base" (a title first).
     */
    private boolean siteNamedByFirstWord(List<Token> tokens, Candidate c) {
        if (c.tokenCount() < 2 || c.tokenCount() > 4) {
            return false;
        }
        Token first = tokens.get(c.firstToken);
        Token last = tokens.get(c.lastToken);
        boolean land = c.tokenCount() == 2 && LANDS_CALLED_BY_FIRST_WORD.contains(last.fold);
        if (!last.capitalised || !SITES_CALLED_BY_FIRST_WORD.contains(last.fold) && !land || !first.capitalised
                || first.allCaps || lexicon.locFirst.contains(first) || lexicon.locHeads.contains(first) || lexicon.titles.contains(first)
                || lexicon.isFunctionWord(first) || lexicon.orgWords.contains(first)) {
            return false;
        }
        for (int k = c.firstToken + 1; k <= c.lastToken; k++) {
            Token t = tokens.get(k);
            if (!t.capitalised || !lexicon.locHeads.contains(t) && !lexicon.siteModifiers.contains(t)
                    && !lexicon.orgWords.contains(t)) {
                return false; // "Ramstein Air Base" (kind words), not "Beit Nuran Crossing" (a second name word)
            }
        }
        return true;
    }

    /**
     * The first words of people's names, which may stand alone for them when one person here carries the word: a given
     * name ("Getachew" for Getachew Reda, "Anwar said" after "Anwar Ibrahim"; "Uhuru" for Uhuru Kenyatta even where
     * the text also calls him "Kenyatta", as Kenyan copy does), or a family name written first ("Hui" for Hui Ka Yan).
     * Three letters at least ("Ali" for Ali Bongo); a lone word the surnames explain is theirs first (the caller asks
     * these last).
     */
    private Map<String, List<Candidate>> firstNames(List<Token> tokens, List<Candidate> all, UnionFind uf) {
        Map<String, List<Candidate>> out = new HashMap<>();
        Map<String, Set<String>> owners = new HashMap<>();
        for (Candidate c : all) {
            if (c.type != EntityType.PERSON || c.tokenCount() < 2) {
                continue; // KB people too: "Abiy said" after "Abiy Ahmed"
            }
            Token first = tokens.get(c.firstToken);
            if (lexicon.connectors.contains(first) || first.length() < 3) {
                continue;
            }
            // one person whatever mentions it has been merged from: "Samia Suluhu Hassan" and "Samia Suluhu"
            owners.computeIfAbsent(first.fold, f -> new HashSet<>()).add(uf.find(c.key));
            out.computeIfAbsent(first.fold, f -> new ArrayList<>()).add(c);
        }
        out.keySet().removeIf(f -> owners.get(f).size() > 1); // two people share it: ambiguous
        return out;
    }

    /**
     * The person a lone name means when several people here share it: the first named in full whose last name it is
     * ("Robert Mugabe ... First Lady Grace Mugabe ... Mugabe, who led the country": the story's subject is named
     * first, and a second person of the name is called by a title or given name), else the first who carries it
     * inside their name ("Fernández" is Alberto Fernández, not Cristina Fernández de Kirchner named before him), and
     * only then one whose father's name it is ("Salman" is King Salman, not Mohammed bin Salman).
     */
    private static Candidate principal(List<Candidate> people, List<Token> tokens, String fold) {
        if (people == null || people.isEmpty()) {
            return null;
        }
        Candidate inside = null;
        Candidate father = null;
        for (Candidate p : people) {
            int at = p.lastToken;
            boolean patronymic = at > p.firstToken && PATRONYMIC_LINKS.contains(tokens.get(at - 1).fold);
            if (patronymic) {
                father = father == null ? p : father;
            } else if (tokens.get(at).fold.equals(fold)) {
                return p;
            } else if (inside == null) {
                inside = p;
            }
        }
        return inside != null ? inside : father;
    }

    /** Words that put a father's name after a person's own ("Mohammed bin Salman": Salman is his father). */
    private static final Set<String> PATRONYMIC_LINKS = Set.of("bin", "ibn", "bint");

    /**
     * The person mentioned last before {@code at}, else the first one after it. Lists are in text order, so a
     * binary search keeps a document with many mentions linear-logarithmic rather than quadratic.
     */
    private static Candidate nearest(List<Candidate> people, int at) {
        if (people == null || people.isEmpty()) {
            return null;
        }
        int lo = 0;
        int hi = people.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (people.get(mid).start <= at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return people.get(found >= 0 ? found : 0);
    }
}
