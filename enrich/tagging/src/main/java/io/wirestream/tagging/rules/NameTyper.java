package io.wirestream.tagging.rules;

import java.util.List;
import java.util.Set;

import io.wirestream.tagging.EntityType;
import io.wirestream.tagging.match.Candidate;
import io.wirestream.tagging.text.Token;
import io.wirestream.tagging.text.TokenizedText;

/**
 * Types a capitalised span by its cues, strongest first: organisation heads ("... Ministry", "... News"),
 * a title before it, place heads ("... Province"), a verb of speech after it ("Khan said"), a known given
 * name, an Arabic name particle, a place preposition before it ("in Kafr Nabl"), an acronym. Returns null
 * for a lone word with no cue. Hand-written rules because no Apache-licensed statistical tagger keeps the
 * 10 MB/s budget; each rule is a line here and is tested.
 */
public final class NameTyper {
    private final Lexicon lexicon = Lexicon.get();

    public Candidate type(TokenizedText tt, int a, int b, boolean titled, KbWords kbWords, boolean[] places) {
        List<Token> tokens = tt.tokens();
        // "al-Hol": a glued lower-case article is part of the mention, but the name is still one word
        int core = a < b && NameSpanFinder.gluedArticle(tt, a) ? a + 1 : a;
        Token first = tokens.get(core);
        Token last = tokens.get(b);
        boolean single = core == b;
        EntityType type = null;
        double confidence = 0;

        if (b - a == 1 && (first.sentenceStart || first.fold.endsWith("ed")) && lexicon.isCommonWord(first)
                && lexicon.demonyms.contains(last)) {
            return null; // "Jailed Kurdish leader ...": an ordinary word and a people's adjective name no one
        }
        if (!single && lexicon.demonyms.contains(first) && lexicon.allCommonWords(tokens, core + 1, b)
                && b + 1 < tokens.size() && !tokens.get(b + 1).breakBefore && lexicon.titles.contains(tokens.get(b + 1))) {
            return null; // "Iranian Supreme Leader Ali Khamenei": a people's adjective and a title's first words
        }
        if (!single && peoplesAdjectives(tt, a, b)) {
            return null; // "Anglo-Australian miner", "Sino-Russian talks": adjectives of peoples, not a name
        }
        if (core == a && b - a >= 2 && lexicon.givenNames.contains(tokens.get(a + 1))
                && (peoplesAdjectiveBefore(first, tokens.get(a + 1)) || ordinaryOpener(first))
                && !anyOf(tokens, a + 1, b, lexicon.orgHeads) && !anyOf(tokens, a + 1, b, lexicon.orgWords)) {
            // "American John Tavor won", "Builder Lázaro Báez, a friend of the family": a people's adjective, or an
            // ordinary word opening the sentence, before a given name says where the person is from or what they are
            return type(tt, a + 1, b, titled, kbWords, places);
        }
        if (SHIP_PREFIXES.contains(tokens.get(a).fold) && tokens.get(a).allCaps
                || a > 0 && !tokens.get(a).breakBefore && SHIPS.contains(tokens.get(a - 1).fold) && !tokens.get(a - 1).capitalised) {
            return null; // "the container ship Ever Given", "the destroyer USS Carney": ships are no entities
        }
        if (!single && STORMS.contains(first.fold) && !first.allCaps) {
            return null; // "Cyclone Idai", "Hurricane Katrina": a storm is an event, no entity (Conventions)
        }
        if (single && first.allCaps && first.length() <= 3 && last.end < tt.text().length()
                && tt.text().charAt(last.end) == '$') {
            return null; // "S$20 million", "HK$5": a currency's letters
        }
        if (a >= 2 && !first.breakBefore && NAMING_PARTICIPLES.contains(tokens.get(a - 1).fold)
                && OPERATIONS.contains(tokens.get(a - 2).fold)) {
            return null; // "an operation named Restore Democracy", "an offensive dubbed Deterrence of Aggression": events
        }
        if (!single && numberedSite(tokens, b - 1, b)) {
            return new Candidate(a, b, tokens.get(a).start, last.end, EntityType.LOCATION, null, null, "rule", 0.65,
                    keyAfter("name:", tokens, a, b)); // "Tower 22", "Interstate 695": a numbered site
        }
        if (core == a && siteHeadBefore(tokens, a) && !lexicon.demonyms.contains(first) && !lexicon.titles.contains(first)
                && !anyOf(tokens, a, b, lexicon.orgHeads)) {
            // "the bridge Morandi", "the camp de Gaulle": translated text puts a site's head before its name, in lower
            // case; the head is part of the name (Conventions)
            return new Candidate(a - 1, b, tokens.get(a - 1).start, last.end, EntityType.LOCATION, null, null, "rule", 0.6,
                    keyAfter("name:", tokens, a - 1, b));
        }
        if (single && first.sentenceStart && !first.allCaps && !first.innerCapital && lexicon.isCommonWord(first)
                && orgNounAfter(tt, tokens, b)) {
            return null; // "Salvage firm Royal Boskalis ...", "Mining company ...": a kind of business opens the sentence
        }
        if (single && modelNumber(first.fold)) {
            return null; // "FR4978", "A350": flights and aircraft models are no names ("TF1", "N1", "G20" may be)
        }
        boolean afterThe = a > 0 && tokens.get(a - 1).fold.equals("the") && !first.breakBefore;
        if (single && !first.allCaps && afterThe && speechAfter(tokens, b, true) && !BODY_HEADS.contains(first.fold)
                && !PARTY_WORDS.contains(first.fold) && lexicon.isCommonWord(first)) {
            return null; // "The Government said": a common noun the text capitalises is no one who speaks
        }
        if (single && !first.allCaps && (CHAMBERS.contains(first.fold) || afterThe && BODY_HEADS.contains(first.fold))) {
            // "the Parliament have lapsed", "passed the Senate": the country's chamber, named by its head alone; and
            // "the Court said", "the Assembly passed it": a body of the article named again by its capitalised head
            type = EntityType.ORGANIZATION;
            confidence = 0.6;
        } else if (!single && allCaps(tokens, a, b) && dateline(tt, a, b)) {
            type = EntityType.LOCATION; // "BANSKA BYSTRICA, Slovakia (Reuters) -": a city of two words filed from
            confidence = 0.7;
        } else if (!single && last.allCaps && last.fold.equals("ag")) {
            type = EntityType.ORGANIZATION; // "Wirecard AG": a German stock company (not the Tuareg "Ag" of "Ibrahim Ag Ahmed")
            confidence = 0.8;
        } else if (!single && ampersand(tt, a, b)) {
            type = EntityType.ORGANIZATION; // "Alvarez & Marsal", "Procter & Gamble": firms join their founders' names so
            confidence = 0.7;
        } else if (b - a >= 2 && NameSpanFinder.SITE_HEADS_BEFORE_OF.contains(first.fold) && !first.allCaps
                && tokens.get(a + 1).fold.equals("of") && !tokens.get(a + 1).capitalised) {
            type = EntityType.LOCATION; // "the Palace of the Planalto", "the Tower of London": a site's head, then "of"
            confidence = 0.7;
        } else if (b == a + 1 && ChineseNames.familyNameFirst(first, last) && !placeCueBefore(tokens, a)
                && !placeNounAfter(tokens, b)) { // "the Phong Chau bridge"
            type = EntityType.PERSON; // "Yi Gang", "Bo Yibo": a Chinese family name and a pinyin given name (but "in
            confidence = 0.75;        // Wan Chai" is a place)
        } else if (!single && venueCentre(tokens, b)) {
            type = EntityType.LOCATION; // "Gallagher Convention Centre", "Satish Dhawan Space Centre": a venue, a site
            confidence = 0.7;
        } else if (!single && (saintsBuilding(first, last) || buildingOfWorship(tokens, b)
                || first.fold.equals("notre") && last.fold.equals("dame"))) {
            // "St. Sebastian's Church", "Saint Mary's Cathedral": a building, not the church body; "Notre-Dame" (Our
            // Lady) is her cathedral
            type = EntityType.LOCATION;
            confidence = 0.75;
        } else if (!single && lexicon.foreignBodyHead(first) && !lexicon.givenNames.contains(tokens.get(core + 1))
                && !hasParticle(tokens, a, b)) { // not "Raad Habib al-Asadi", whose first name is Dutch for council
            type = EntityType.ORGANIZATION; // "Tribunal Constitucional", "Fuerza Armada": another language puts the head first
            confidence = 0.7;
        } else if (!single && lexicon.orgHeads.contains(first) && !first.allCaps
                && lexicon.adjectiveAfterHead(tokens.get(a + 1))) {
            type = EntityType.ORGANIZATION; // "Court Administrative State", "Hospital Regional of Copiapó": translated word
            confidence = 0.7;               // for word, the head before its adjective
        } else if (!single && b - core == 1 && lexicon.foreignBodyHead(last) && !lexicon.givenNames.contains(first)
                && !last.possessive) {
            type = EntityType.ORGANIZATION; // "Rajya Sabha", "Lok Sabha": a word and a body's head in a language that ends with it
            confidence = 0.7;
        } else if (lexicon.orgHeads.contains(last) && !single || anyOf(tokens, a, b, lexicon.orgStrong) && !single
                || b - core >= 2 && lexicon.bodyHeadBeforeItsPlace(tokens, core, b)) { // "Bank of the Philippine Islands"
            type = EntityType.ORGANIZATION;
            confidence = 0.8;
        } else if ((orgNounBefore(tokens, a) || dealFor(tokens, a) || orgNounAfter(tt, tokens, b)
                    || appositiveOrgNoun(tt, tokens, b))
                // "publisher David Pecker": a known given name and a surname are a person whatever noun stands before,
                // but for a noun no one is called by ("the magazine Charlie Hebdo", "the bank Morgan Stanley")
                && !(!single && b - a <= 2 && lexicon.givenNames.contains(first) && !first.possessive
                    && !(a > 0 && NEVER_A_ROLE.contains(tokens.get(a - 1).fold) && !tokens.get(a - 1).capitalised))) {
            type = EntityType.ORGANIZATION; // "the rights group Foro Penal"
            confidence = 0.7;
        } else if (titled) {
            type = EntityType.PERSON;
            confidence = 0.85;
        } else if (!single && appositiveTitle(tt, tokens, b)) {
            type = EntityType.PERSON; // "Ras Mbaraka, a lawyer for ...": a role in apposition outweighs a place-like word
            confidence = 0.8;
        } else if (!single && (lexicon.locHeads.contains(last) && !surnameLikeHead(tokens, a, first, last)
                    || lexicon.locFirst.contains(first))
                || placeNounAfter(tokens, b) || coordinatedSites(tt, a, b) || appositivePlaceNoun(tt, tokens, b)) {
            type = EntityType.LOCATION; // "Litani River", "North Darfur", "Zamzam camp", "Kirkuk province"
            confidence = 0.7;
        } else if (b - a < 3 && placeCueBefore(tokens, a) && !fieldOfAPrize(tokens, a) // not "the building of Radio Pakistan"
                && (single || first.allCaps || !lexicon.orgHeads.contains(first) || !kbWords.isPlace(last.key()))
                // nor a known given name with a possessive ("a filmmaker in Pedro Almodóvar's film") or first in a list
                // of people ("the prize went to Pierre Agostini, Ferenc Krausz and ..."), unless it ends in a known place
                && (single || !lexicon.givenNames.contains(first) || kbWords.isPlace(last.key())
                    || !last.possessive && !personListedNext(tt, b))) {
            type = EntityType.LOCATION; // "in Kafranbel", "the town of Saraqib"
            confidence = single ? 0.55 : 0.65;
        } else if (b - a >= 2 && anyOf(tokens, a, b, lexicon.orgHeads)) {
            type = EntityType.ORGANIZATION; // "Coordination Headquarters for the Treatment of Prisoners of War said"
            confidence = 0.65;
        } else if (!single && b - core == 1 && lexicon.demonyms.contains(last) && !lexicon.demonyms.contains(first)
                && !lexicon.givenNames.contains(first) && !lexicon.isCommonWord(first) && !titled
                && !speechAfter(tokens, b, false) && !speechBefore(tokens, a, false)) { // "Tavor English said": a surname
            type = EntityType.ORGANIZATION; // "Pheu Thai", "Bhumjai Thai": a word and a people's name, a party or firm's
            confidence = 0.6;
        } else if (!single && lexicon.demonyms.contains(first) && !lexicon.givenNames.contains(first)
                && !lexicon.demonyms.contains(tokens.get(a + 1))) {
            type = EntityType.ORGANIZATION; // "Egyptian Red Crescent", "Syrian Salvation Government"
            confidence = 0.6;
        } else if (staffAt(tokens, a)) {
            type = EntityType.ORGANIZATION; // "economists at Goldman Sachs"
            confidence = 0.65;
        } else if (single && titleAfter(tokens, b)) {
            type = EntityType.ORGANIZATION; // "Boeing chief executive Kelly Ortberg"
            confidence = 0.6;
        } else if (!single && lexicon.givenNames.contains(first) && !first.possessive) { // not "Lloyd's List"
            type = EntityType.PERSON;
            confidence = 0.75;
        } else if (!single && (anyOf(tokens, a, b, lexicon.orgWords) || lexicon.orgSectors.contains(last))) {
            type = EntityType.ORGANIZATION; // "Amnesty International Kenya urged": an organisation word outweighs the verb
            confidence = 0.6;
        } else if (single && (first.sentenceStart || first.breakBefore) && pluralNoun(first) && !speechBefore(tokens, a, single)) {
            type = null; // "Engineers said", "Diplomats said": people, but a group, not a name
        } else if (!single && lexicon.allCommonWords(tokens, a, b) && !(b - a < 2 && continuesPlaceList(tt, a, places))) {
            type = EntityType.ORGANIZATION; // "Country Garden", "Guidance Patrol": ordinary words make no one's name
            confidence = 0.5;
        } else if (!single && kbWords.isPlace(last.key()) && bodyOfAPlace(tokens, a, b)) {
            // "Tennis Australia", "Athletics Kenya": a body named by what it does and where; "Stadium Australia" a venue
            type = lexicon.locHeads.contains(first) ? EntityType.LOCATION : EntityType.ORGANIZATION;
            confidence = 0.55;
        } else if (single && PARTY_WORDS.contains(first.fold) && !first.allCaps) {
            type = EntityType.ORGANIZATION; // "The Greens lost ground", "Labour said": a party by its own word
            confidence = 0.6;
        } else if (anyBrandWord(tt, a, b) && !(!single && kbWords.isPlace(last.key()))) {
            type = EntityType.ORGANIZATION; // "Spirit AeroSystems", "NetBlocks said": a word capitalised inside is a brand's
            confidence = 0.55;
        } else if (!single && first.allCaps && first.length() >= 3 && !tokens.get(a + 1).allCaps
                && !lexicon.givenNames.contains(first) && !titled && !kbWords.isPlace(last.key())) {
            type = EntityType.ORGANIZATION; // "NTT Docomo", "SAIC Motor": an acronym of three letters or more opens a
            confidence = 0.6;               // firm's name, no one's ("JD Vance": two letters may be initials); not
                                            // before a known place ("ADX Florence" is a prison)
        } else if ((speechAfter(tokens, b, single) || speechBefore(tokens, a, single) || kinBefore(tokens, a))
                && !(single && isAcronym(tokens, a))) { // "MEA said": an acronym that speaks is an organisation (below)
            type = EntityType.PERSON;
            confidence = single ? 0.6 : 0.8;
        } else if (!single && (hasParticle(tokens, a, b) || first.fold.equals("abu") || first.fold.equals("umm"))) {
            type = EntityType.PERSON;
            confidence = 0.7;
        } else if (b - a < 2 && continuesPlaceList(tt, a, places) || single && !first.allCaps
                && !lexicon.givenNames.contains(first) && !lexicon.isCommonWord(first) && placeListedNext(tt, b, places)) {
            type = EntityType.LOCATION; // "in Mombasa, Kisumu and Nakuru", "between Chaman and Spin Boldak"
            confidence = 0.55;
        } else if (!single && kbWords.isPlace(first.key())) {
            type = EntityType.ORGANIZATION; // "Kyiv Independent"
            confidence = 0.6;
        } else if (single && dateline(tt, a)) {
            type = EntityType.LOCATION; // "GENEVA —": the place an agency story was filed from
            confidence = 0.7;
        } else if (b - a < 3 && datelineAgency(tt, a, b)) {
            type = EntityType.ORGANIZATION; // "BOGOTÁ, 3 October (Colprensa) -": the agency that filed it
            confidence = 0.7;
        } else if (single && isAcronym(tokens, a)) {
            type = EntityType.ORGANIZATION;
            confidence = 0.6;
        } else if (!single && allCaps(tokens, a, b) && hyphenJoined(tt, a, b) && tt.get(b).end - first.start <= 12) {
            type = EntityType.ORGANIZATION; // "SPLM-IO"
            confidence = 0.6;
        } else if (b - a == 1 && kbWords.isPlace(last.key()) && !first.allCaps && !lexicon.isCommonWord(first)
                && surnameSpeaksElsewhere(tokens, b)) {
            type = EntityType.PERSON; // "Teruhiko Wakayama of the University" ... "Wakayama later said": a surname
            confidence = 0.55;
        } else if (!single && kbWords.isPlace(last.key())) {
            type = null; // "ReArm Europe": a known place at the end of an unknown name says nothing about it
        } else if (!single && afterThe && !lexicon.givenNames.contains(first) && !allCaps(tokens, a, b)) {
            type = EntityType.ORGANIZATION; // "the Gasht-e Ershad", "the Cadre Stratégique Permanent": no one's name takes "the"
            confidence = 0.5;
        } else if (!single && !allCaps(tokens, a, b)) {
            type = b - a >= 3 ? EntityType.ORGANIZATION : EntityType.PERSON;
            confidence = 0.5;
        }
        if (type == null) {
            return null;
        }
        String key = keyAfter("name:", tokens, a, b);
        return new Candidate(a, b, tokens.get(a).start, last.end, type, null, null, "rule", confidence, key);
    }

    /** {@code prefix + key(tokens, a, b)} built in one buffer: every rule name's key, so no second copy of the words. */
    private static String keyAfter(String prefix, List<Token> tokens, int a, int b) {
        return appendKey(new StringBuilder(prefix), tokens, a, b).toString();
    }

    /**
     * Folded words of the span, without inner apostrophes, joined by single spaces: "al-Sham" and "al Sham" give
     * one key, and so do "Tabataba'i" and "Tabatabai".
     */
    public static String key(List<Token> tokens, int a, int b) {
        return appendKey(new StringBuilder(), tokens, a, b).toString();
    }

    private static StringBuilder appendKey(StringBuilder sb, List<Token> tokens, int a, int b) {
        for (int k = a; k <= b; k++) {
            if (k > a) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).key());
        }
        return sb;
    }

    /** Prefixes of surnames written with a capital inside ("McCarthy", "DeSantis", "LeBron", "MacKenzie"). */
    private static final Set<String> NAME_PREFIXES = Set.of("mc", "mac", "de", "di", "da", "du", "le", "la", "van",
            "von", "fitz", "o", "kwa", "al", "el");

    /**
     * A word capitalised again inside, not after a surname's prefix ("AeroSystems", "GoFundMe", "NetBlocks"): companies
     * and brands write their names so, people do not.
     */
    private static boolean anyBrandWord(TokenizedText tt, int a, int b) {
        for (int k = a; k <= b; k++) {
            Token t = tt.get(k);
            if (!t.capitalised || !t.innerCapital || t.allCaps) {
                continue;
            }
            String word = tt.original(t);
            int inner = 1;
            while (inner < word.length() && !Character.isUpperCase(word.charAt(inner))) {
                inner++;
            }
            if (inner < word.length() && inner >= 2 && !NAME_PREFIXES.contains(t.fold.substring(0, inner))
                    && Character.isLowerCase(word.charAt(inner - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Ordinary English words before a known place, none of them written like a brand ("ReArm Europe" is a plan) nor a
     * sentence's first word ending like an adjective or adverb ("Neighbouring Uganda", "Nearby Goma").
     */
    private boolean bodyOfAPlace(List<Token> tokens, int a, int b) {
        Token first = tokens.get(a);
        if (b - a == 1 && Lexicon.opensLikeADescription(first)) {
            return false;
        }
        for (int k = a; k < b; k++) {
            if (tokens.get(k).innerCapital) {
                return false;
            }
        }
        return lexicon.allCommonWords(tokens, a, b - 1);
    }

    private static final Set<String> KIN = Set.of("son", "daughter", "wife", "husband", "brother",
            "sister", "father", "mother", "nephew", "niece", "cousin", "widow", "uncle", "aunt", "grandson", "granddaughter");

    /** "Haftar's son Saddam", "his wife Usha". */
    private static boolean kinBefore(List<Token> tokens, int a) {
        return a > 0 && !tokens.get(a).breakBefore && KIN.contains(tokens.get(a - 1).fold) && !tokens.get(a - 1).capitalised;
    }

    /** Kinds of centre that are places people go to, not bodies ("Convention Centre"; not "Research Centre"). */
    private static final Set<String> VENUE_KINDS = Set.of("convention", "conference", "exhibition", "space", "shopping",
            "trade", "sports", "cultural", "congress", "events", "community", "aquatic", "leisure",
            // a prison and a mosque by another name: "Estcourt Correctional Centre", "Linwood Islamic Centre"
            "correctional", "detention", "islamic");

    private static boolean venueCentre(List<Token> tokens, int b) {
        String head = tokens.get(b).fold;
        return (head.equals("centre") || head.equals("center")) && VENUE_KINDS.contains(tokens.get(b - 1).fold);
    }

    /** Parties called by the plural of their members, or by the one word of their name ("Labour"). */
    private static final Set<String> PARTY_WORDS = Set.of("greens", "democrats", "republicans",
            "conservatives", "liberals", "socialists", "communists", "tories", "nationalists", "labour");

    /** Verbs that, after a lone word, still say "person": companies announce and warn too, but rarely say. */
    static final Set<String> HUMAN_VERBS = Set.of("said", "says", "told", "added", "wrote");

    /** Roles of companies and agencies, written after their name: "Boeing chief executive", "Airbus spokesman". */
    private static final Set<String> CORPORATE_ROLES = Set.of("ceo", "chairman", "chairwoman",
            "spokesman", "spokeswoman", "spokesperson", "founder", "boss", "director");
    /** Second words of a role that begins with "chief": "chief executive", "Chief Financial Officer". */
    static final Set<String> CHIEF_OF = Set.of("executive", "financial", "operating",
            "technology", "economist");

    private boolean titleAfter(List<Token> tokens, int b) {
        if (b + 2 >= tokens.size() || tokens.get(b).possessive) {
            return false;
        }
        Token next = tokens.get(b + 1);
        Token after = tokens.get(b + 2);
        if (next.breakBefore || after.breakBefore) {
            return false;
        }
        if (next.fold.equals("chief") && CHIEF_OF.contains(after.fold)) {
            return true; // "Boeing chief executive", "Boeing Chief Executive"
        }
        return !next.capitalised && CORPORATE_ROLES.contains(next.fold) && after.capitalised;
    }

    private boolean speechAfter(List<Token> tokens, int b, boolean single) {
        if (b + 1 >= tokens.size() || tokens.get(b).possessive) {
            return false;
        }
        Token next = tokens.get(b + 1);
        if (!next.breakBefore && (single ? HUMAN_VERBS.contains(next.fold) : lexicon.personVerbs.contains(next))) {
            return true;
        }
        // "Khan, who ...", "Khan, 45,"
        return next.breakBefore && !next.sentenceStart && (next.fold.equals("who") || next.numeric && next.length() <= 3);
    }

    /** Words between a surname and what they said: "Wakayama later said". */
    private static final Set<String> SPEECH_ADVERBS = Set.of("later", "also", "then", "earlier", "previously", "has", "had");

    /**
     * Whether the last word of a name, a known place's too, stands alone elsewhere in the text as someone who speaks or
     * is described ("Wakayama later said", "Golan, 20, was booed"): then it is a surname there and here.
     */
    private boolean surnameSpeaksElsewhere(List<Token> tokens, int b) {
        Token surname = tokens.get(b);
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (k != b && t.capitalised && !t.allCaps && t.fold.equals(surname.fold) && (k == 0 || !tokens.get(k - 1).capitalised
                    || tokens.get(k).breakBefore) && (speechAfter(tokens, k, true) || k + 2 < tokens.size()
                        && SPEECH_ADVERBS.contains(tokens.get(k + 1).fold) && !tokens.get(k + 1).breakBefore
                        && HUMAN_VERBS.contains(tokens.get(k + 2).fold) && !tokens.get(k + 2).breakBefore)) {
                return true;
            }
        }
        return false;
    }

    private boolean speechBefore(List<Token> tokens, int a, boolean single) {
        return !single && a > 0 && !tokens.get(a).breakBefore && lexicon.personVerbs.contains(tokens.get(a - 1))
                && !tokens.get(a - 1).capitalised;
    }

    private boolean orgNounBefore(List<Token> tokens, int a) {
        if (a == 0 || tokens.get(a).breakBefore) {
            return false;
        }
        Token prev = tokens.get(a - 1);
        return !prev.capitalised && !prev.possessive && lexicon.orgNouns.contains(prev);
    }

    /** ", Ferenc Krausz": after a comma, a known given name and a capitalised word, a person listed next. */
    private boolean personListedNext(TokenizedText tt, int b) {
        if (b + 2 >= tt.size() || !tt.strippedGapIs(b + 1, ",")) {
            return false;
        }
        Token given = tt.get(b + 1);
        Token next = tt.get(b + 2);
        return given.capitalised && !given.allCaps && lexicon.givenNames.contains(given) && next.capitalised
                && !next.breakBefore && !next.allCaps;
    }

    /**
     * "the takeover of Activision Blizzard", "a stake in Anglo American": what is bought, sold or owned in shares is a
     * company.
     */
    private static boolean dealFor(List<Token> tokens, int a) {
        if (a < 2 || tokens.get(a).breakBefore || tokens.get(a - 1).breakBefore) {
            return false;
        }
        Token of = tokens.get(a - 1);
        Token deal = tokens.get(a - 2);
        return !deal.capitalised && (of.fold.equals("of") && DEALS_OF.contains(deal.fold)
                || of.fold.equals("in") && (deal.fold.equals("stake") || deal.fold.equals("shares")));
    }

    private static final Set<String> DEALS_OF = Set.of("takeover", "acquisition", "buyout", "shares", "stake",
            "shareholders", "subsidiary");

    /**
     * Organisation nouns that are never a person's role, so that the name after them is the organisation's even when it
     * begins with a given name ("the magazine Charlie Hebdo"); not "publisher", "partner", "producer": people's roles too.
     */
    private static final Set<String> NEVER_A_ROLE = Set.of("magazine", "newspaper", "journal", "tabloid", "periodical",
            "publication", "newsletter", "website", "portal", "outlet", "channel", "broadcaster", "company", "firm", "bank",
            "lender", "insurer", "brokerage", "airline", "carrier", "startup", "conglomerate", "consultancy", "club");

    /** Organisation kinds written in lower case after a name: "the Kyeshero hospital", "the Demokraatit party". */
    private static final Set<String> ORG_KINDS_AFTER = Set.of("hospital", "party", "university",
            "clinic", "militia", "movement", "newspaper", "broadcaster", "airline", "bank", "ministry", "agency",
            "company", "group", "network", "coalition", "brigade", "brigades", "faction", "television", "channel", "radio",
            "daily", "website", "outlet", "magazine", "firm", "lender", "insurer", "utility");

    /** People who work at organisations: "economists at Goldman Sachs", "analysts at the Timbuktu Institute". */
    private static final Set<String> STAFF = Set.of("economists", "analysts", "researchers", "officials", "scientists",
            "executives", "staff", "workers", "doctors", "engineers", "experts", "traders", "investors", "lawyers",
            "diplomats", "sources", "strategists", "employees", "spokesman", "spokeswoman", "spokesperson");

    private static boolean staffAt(List<Token> tokens, int a) {
        if (a < 2 || tokens.get(a).breakBefore) {
            return false;
        }
        Token at = tokens.get(a - 1);
        return at.fold.equals("at") && !at.breakBefore && STAFF.contains(tokens.get(a - 2).fold);
    }

    private static boolean closingQuote(TokenizedText tt, int k) {
        String gap = tt.gapBefore(k).strip();
        return gap.length() == 1 && io.wirestream.tagging.text.CharFolding.isDoubleQuote(gap.charAt(0));
    }

    private boolean orgNounAfter(TokenizedText tt, List<Token> tokens, int b) {
        if (b + 1 >= tokens.size() || tokens.get(b).possessive || lexicon.portfolios.contains(tokens.get(b))) {
            return false; // "Commerce ministry spokeswoman": a portfolio, not a name
        }
        Token next = tokens.get(b + 1);
        return (!next.breakBefore || closingQuote(tt, b + 1)) && !next.capitalised && ORG_KINDS_AFTER.contains(next.fold)
                && !lexicon.demonyms.contains(tokens.get(b)); // also "the “Block Everything” movement"
    }

    /**
     * "GENEVA —", "BASRA, Iraq": a word in capitals opening the text or a line, right before a dash or comma, is an
     * agency dateline, which names the place the story was filed from.
     */
    public static boolean dateline(TokenizedText tt, int i) {
        return tt.get(i).length() >= 3 && dateline(tt, i, i);
    }

    /** The name in brackets between a dateline's place, in capitals at the start of a line, and its dash. */
    static boolean datelineAgency(TokenizedText tt, int a, int b) {
        if (a == 0 || b + 1 >= tt.size() || !tt.strippedGapIs(a, "(")) {
            return false;
        }
        String after = tt.gapBefore(b + 1).strip();
        if (!after.startsWith(")")) {
            return false;
        }
        if (!startsWithDash(after.substring(1).strip())) {
            return false;
        }
        for (int k = a - 1; k >= 0 && k >= a - DATELINE_WORDS - 2; k--) {
            if (k == 0 || tt.gapBefore(k).indexOf('\n') >= 0) {
                return tt.get(k).allCaps;
            }
        }
        return false;
    }

    /** Words a dateline's country and date take before its agency's bracket or dash. */
    private static final int DATELINE_WORDS = 8;

    /** {@link #dateline(TokenizedText, int)} for a place of words {@code a..b} in capitals ("MIAMI GARDENS, Fla. -"). */
    public static boolean dateline(TokenizedText tt, int a, int b) {
        if (!tt.get(a).allCaps || !tt.get(b).allCaps || a > 0 && tt.gapBefore(a).indexOf('\n') < 0
                || b + 1 >= tt.size()) {
            return false;
        }
        String after = tt.gapBefore(b + 1).strip();
        if (after.startsWith(",")) {
            // "KHARKIV, Ukraine (AP) —", "BUKA, Papua New Guinea, Dec. 11 (AAP) -", not "ECOWAS, the regional bloc,":
            // the dash or bracket must follow soon
            for (int k = b + 2; k < tt.size() && k <= b + DATELINE_WORDS; k++) {
                String gap = tt.gapBefore(k);
                if (gap.indexOf('\u2014') >= 0 || gap.indexOf('\u2013') >= 0 || gap.indexOf('(') >= 0
                        || gap.strip().startsWith("-")) {
                    return true;
                }
            }
            return false;
        }
        return startsWithDash(after);
    }

    /** An em dash, an en dash or a hyphen first: what ends a dateline ("GENEVA —", "(Reuters) -"). */
    private static boolean startsWithDash(String s) {
        return s.startsWith("\u2014") || s.startsWith("\u2013") || s.startsWith("-");
    }

    /** Plural endings of the nouns for groups of people ("engineers", "diplomats", "analysts", "residents"). */
    private static final List<String> GROUP_PLURAL_ENDINGS = List.of("ers", "ors", "ats", "ists", "ians", "ents", "ants");

    /** A sentence-opening word shaped like a plural of people, or one: only a speech verb before it would make it a PERSON. */
    private boolean pluralNoun(Token t) {
        if (t.allCaps || lexicon.givenNames.contains(t)) {
            return false;
        }
        for (String ending : GROUP_PLURAL_ENDINGS) {
            if (t.fold.length() > ending.length() + 2 && t.fold.endsWith(ending)) {
                return true;
            }
        }
        // "Police said", "Troops said", "Authorities said": an ordinary English plural or collective noun of people
        // (a surname that is also a plural, "Sanders said", still joins a full name written earlier)
        return lexicon.isCommonWord(t) && (t.fold.endsWith("s") || PEOPLE_COLLECTIVES.contains(t.fold));
    }

    /**
     * Heads that name a body of the article on their own after "the", capitalised ("the Court said", "the Army"); not
     * "Government", "Front", "Revolution" or "League", which translated text capitalises as common nouns.
     */
    public static final Set<String> BODY_HEADS = Set.of("court", "assembly", "council", "commission", "committee", "army",
            "navy", "treasury", "tribunal", "agency", "ministry", "senate", "parliament", "congress");

    /**
     * A legislature's chamber named by its head word alone: an organisation wherever it stands ("in the Senate"). Each is
     * one of {@link #BODY_HEADS} too.
     */
    private static final Set<String> CHAMBERS = Set.of("parliament", "senate", "congress");

    /**
     * "Grace Park": a place's head that is a surname too ends a person's name after a known given name; but not after a
     * preposition of place ("at Uhuru Park", "from Victoria Park"), which names the park.
     */
    private boolean surnameLikeHead(List<Token> tokens, int a, Token first, Token last) {
        if (!last.fold.equals("park") || !lexicon.givenNames.contains(first)) {
            return false;
        }
        if (a == 0 || first.breakBefore) {
            return true;
        }
        Token before = tokens.get(a - 1);
        return before.capitalised || !SITE_PREPOSITIONS.contains(before.fold) && !lexicon.locPrepositions.contains(before);
    }

    /** Prepositions before a site's name that rarely stand before a person's: "at", "from" (not "to": "said to"). */
    private static final Set<String> SITE_PREPOSITIONS = Set.of("at", "from");

    // not "carrier": "the national carrier Yemenia" is an airline
    private static final Set<String> SHIPS = Set.of("ship", "vessel", "tanker", "freighter", "destroyer",
            "frigate", "cruiser", "warship", "submarine", "yacht", "ferry", "trawler", "bulker", "corvette");
    /** What an operation's name follows: "an operation named ...", "the offensive dubbed ...", "code-named ...". */
    private static final Set<String> NAMING_PARTICIPLES = Set.of("named", "called", "dubbed", "codenamed");
    private static final Set<String> OPERATIONS = Set.of("operation", "offensive", "campaign", "exercise", "exercises",
            "code", "mission", "drills");

    /** Words that name a storm with the name after them. */
    private static final Set<String> STORMS = Set.of("cyclone", "hurricane", "typhoon", "storm");
    private static final Set<String> SHIP_PREFIXES = Set.of("uss", "hms", "mv", "mt", "ins", "hmas", "hmcs", "rfs", "brp",
            "hmnzs", "roks", "tcg", "kri", "hnlms", "hdms", "usns"); // not "BNS", the Baltic News Service

    private static boolean ampersand(TokenizedText tt, int a, int b) {
        for (int k = a + 1; k <= b; k++) {
            if (tt.gapBefore(k).indexOf('&') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Letters and three digits or more in one word: a flight, an aircraft or a product model. */
    static boolean modelNumber(String fold) {
        int digits = 0;
        boolean letter = false;
        for (int i = 0; i < fold.length(); i++) {
            char c = fold.charAt(i);
            digits += c >= '0' && c <= '9' ? 1 : 0;
            letter |= Character.isLetter(c);
        }
        return digits >= 3 && letter;
    }

    /** Collective nouns for people that are not written as plurals. */
    private static final Set<String> PEOPLE_COLLECTIVES = Set.of("police", "staff", "military");

    /** Words an appositive may put before its noun: "Nova Poshta, Ukraine's largest private delivery company,". */
    private static final int MAX_APPOSITIVE_WORDS = 5;
    private static final Set<String> APPOSITIVE_OPENERS = Set.of("the", "a", "an", "its", "their");

    /**
     * "Nova Poshta, Ukraine's largest private delivery company," and "Ukrzaliznytsia, the national railway,": a
     * name in a foreign language says nothing by its words, but an appositive that ends in an organisation noun
     * does. Only adjectives may stand between the opener and the noun ("a partner at the firm" is no appositive).
     */
    private boolean appositiveOrgNoun(TokenizedText tt, List<Token> tokens, int b) {
        return appositiveNoun(tt, tokens, b, lexicon.orgNouns, COMPLEMENT_OPENERS) >= 0;
    }

    /** "Sentosa, a resort island off Singapore", "Apapa, the port district": a place's kind in apposition. */
    private boolean appositivePlaceNoun(TokenizedText tt, List<Token> tokens, int b) {
        int noun = appositiveNoun(tt, tokens, b, lexicon.locHeads, PLACE_COMPLEMENT_OPENERS);
        return noun >= 0 && !BUSINESS_PLACE_NOUNS.contains(tokens.get(noun).fold);
    }

    /** Place heads that, in apposition, say what a business is ("TVC, a television station"; "a publishing house"). */
    private static final Set<String> BUSINESS_PLACE_NOUNS = Set.of("station", "house", "hall", "works", "building",
            "buildings", "plant", "hotel", "terminal");

    /**
     * After the name ending at {@code b}: a comma, "a"/"the" (or a capitalised possessive), up to a few lower-case words
     * and a noun of {@code nouns}, which ends the phrase or takes a complement opened by one of {@code complements}.
     * Returns the noun's index, or -1.
     */
    private int appositiveNoun(TokenizedText tt, List<Token> tokens, int b, Lexicon.WordSet nouns, Set<String> complements) {
        if (b + 2 >= tokens.size() || tokens.get(b).possessive || !tt.strippedGapIs(b + 1, ",")) {
            return -1;
        }
        int k = b + 1;
        Token opener = tokens.get(k);
        if (APPOSITIVE_OPENERS.contains(opener.fold) || opener.capitalised && opener.possessive) {
            k++;
        } else {
            return -1;
        }
        if (k < tokens.size() && opener.fold.equals("the") && tokens.get(k).possessive && !tokens.get(k).breakBefore) {
            k++; // "the country's largest courier company"
        }
        for (int end = Math.min(tokens.size(), k + MAX_APPOSITIVE_WORDS); k < end; k++) {
            Token t = tokens.get(k);
            if (t.breakBefore || t.capitalised || t.possessive || lexicon.stopwords.contains(t) || lexicon.titles.contains(t)) {
                return -1;
            }
            if (nouns.contains(t)) {
                // "Nuevas Ideas, the party of Bukele,": the noun may take its own complement
                boolean ends = k + 1 == tokens.size() || tokens.get(k + 1).breakBefore
                        || complements.contains(tokens.get(k + 1).fold);
                return ends ? k : -1;
            }
        }
        return -1;
    }

    /** Words that open what follows an appositive place noun ("a resort island off Singapore", "a town near Homs"). */
    private static final Set<String> PLACE_COMPLEMENT_OPENERS = Set.of("of", "in", "near", "off", "on", "outside", "north",
            "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "where", "which", "that", "close");

    /** Words that open what follows an appositive's noun ("the party of", "the firm that", "the group led by"). */
    private static final Set<String> COMPLEMENT_OPENERS = Set.of("of", "for", "that", "which", "whose", "led", "founded",
            "behind", "run", "backed", "based", "headquartered", "owned", "controlled", "registered", "listed");

    /**
     * "Ras Mbaraka, a lawyer for the society,", "Deir Hanna, the spokesman,": an appositive made of an article and
     * lower-case words up to a title or role word says the name is a person's.
     */
    private boolean appositiveTitle(TokenizedText tt, List<Token> tokens, int b) {
        if (b + 2 >= tokens.size() || tokens.get(b).possessive || !tt.strippedGapIs(b + 1, ",")) {
            return false;
        }
        Token opener = tokens.get(b + 1);
        if (opener.capitalised || !(opener.fold.equals("a") || opener.fold.equals("an") || opener.fold.equals("the"))) {
            return false;
        }
        for (int k = b + 2, end = Math.min(tokens.size(), b + 2 + MAX_APPOSITIVE_WORDS); k < end; k++) {
            Token t = tokens.get(k);
            if (t.breakBefore || t.capitalised || t.possessive || lexicon.stopwords.contains(t)) {
                return false;
            }
            if (lexicon.titles.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case heads that follow company names as often as place names ("the Tesla plant"). */
    private static final Set<String> COMPANY_SITE_HEADS = Set.of("plant", "facility", "site", "factory");

    /** Heads of a site only in lower case after its name ("the al-Omar oil field", "the Tanak field"): "Field" is a surname. */
    private static final Set<String> LOWER_CASE_SITE_HEADS = Set.of("field");

    /** "nuclear power" in "Khmelnytskyi nuclear power plant": at most this many kind words before the head. */
    private static final int MAX_SITE_MODIFIERS = 2;

    private boolean placeNounAfter(List<Token> tokens, int b) {
        if (b + 1 >= tokens.size() || tokens.get(b).possessive || tokens.get(b).sentenceStart) {
            return false; // "Small island states": a sentence's first word is capitalised anyway
        }
        // "Zamzam camp", and across the words that say what kind of site: "Shatila refugee camp", "Hmeimim air
        // base", "Khmelnytskyi nuclear power plant"
        for (int k = b + 1; k < tokens.size() && k <= b + 1 + MAX_SITE_MODIFIERS; k++) {
            Token next = tokens.get(k);
            if (next.breakBefore || next.capitalised) {
                return false;
            }
            if (lexicon.locHeads.contains(next) || LOWER_CASE_SITE_HEADS.contains(next.fold)) {
                // "a Boeing plant", "the Korvex plant": a company's site; only a kind word makes it a named place
                return k > b + 1 || !COMPANY_SITE_HEADS.contains(next.fold);
            }
            if (!lexicon.siteModifiers.contains(next)) {
                return false;
            }
        }
        return false;
    }

    /** Plural site heads, read only after a list of names: "the Hezyaz and Ras Kanatib power stations". */
    private static final Set<String> PLURAL_SITE_HEADS = Set.of("camps", "crossings", "stations", "plants", "bases",
            "airports", "ports", "prisons", "dams", "refineries", "checkpoints", "terminals", "airfields", "oilfields",
            "mines", "sites", "facilities", "reactors", "fields");

    private static final Set<String> PLURAL_COMPANY_SITE_HEADS = Set.of("plants", "facilities", "sites", "mines",
            "stations", "fields");

    /** Names in one list: at most this many, each of at most this many words. */
    private static final int MAX_LISTED_NAMES = 5;
    private static final int MAX_LISTED_WORDS = 4;

    /**
     * "the Hezyaz and Ras Kanatib power stations", "the Nuseirat, Bureij and Maghazi camps": a name in a list
     * of names that ends in a plural site head is a place, like every name of the list.
     */
    private boolean coordinatedSites(TokenizedText tt, int a, int b) {
        List<Token> tokens = tt.tokens();
        int n = tokens.size();
        // the list may start before this name: walk to its end
        int k = b + 1;
        boolean listed = a > 0 && (isAnd(tokens.get(a - 1)) && !tokens.get(a).breakBefore || listComma(tt, a));
        for (int names = 0; names < MAX_LISTED_NAMES && k < n; names++) {
            Token t = tokens.get(k);
            if (isAnd(t) && !t.breakBefore) {
                k++;
            } else if (!listComma(tt, k)) {
                break;
            }
            if (k >= n || !tokens.get(k).capitalised || tokens.get(k).sentenceStart) {
                return false;
            }
            int start = k;
            while (k < n && k - start < MAX_LISTED_WORDS && tokens.get(k).capitalised && (k == start || !tokens.get(k).breakBefore)) {
                k++;
            }
            listed = true;
        }
        if (!listed || tokens.get(k - 1).possessive) {
            return false;
        }
        for (int m = k; m < n && m <= k + MAX_SITE_MODIFIERS; m++) {
            Token next = tokens.get(m);
            if (next.breakBefore || next.capitalised) {
                return false;
            }
            if (PLURAL_SITE_HEADS.contains(next.fold)) {
                // "the Tesla and Ford plants" are companies' sites: only a kind word makes them named places
                return m > k || !PLURAL_COMPANY_SITE_HEADS.contains(next.fold);
            }
            if (!lexicon.siteModifiers.contains(next)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isAnd(Token t) {
        return !t.capitalised && (t.fold.equals("and") || t.fold.equals("or"));
    }

    /** A comma (and nothing else) before token k, inside a sentence. */
    private static boolean listComma(TokenizedText tt, int k) {
        Token t = tt.get(k);
        return t.breakBefore && !t.sentenceStart && tt.strippedGapIs(k, ",");
    }

    /** "Mombasa, Kisumu and Nakuru": a name listed right after a place, by comma or "and". */
    private static boolean continuesPlaceList(TokenizedText tt, int a, boolean[] places) {
        if (a == 0) {
            return false;
        }
        List<Token> tokens = tt.tokens();
        Token t = tokens.get(a);
        Token prev = tokens.get(a - 1);
        if (t.breakBefore) { // "Mombasa, Kisumu and": a comma list goes on after this name too
            return !t.sentenceStart && places[a - 1] && !prev.possessive && tt.strippedGapIs(a, ",")
                    && listGoesOn(tokens, a);
        }
        return (prev.fold.equals("and") || prev.fold.equals("or")) && !prev.capitalised && a >= 2 && places[a - 2]
                && !prev.breakBefore && !tokens.get(a - 2).possessive;
    }

    /** "Chaman and Kandahar", "Bukavu, Goma": a name followed by "and", "or" or a comma, then a known place. */
    private static boolean placeListedNext(TokenizedText tt, int b, boolean[] places) {
        List<Token> tokens = tt.tokens();
        int k = b + 1;
        if (k >= tokens.size() || tokens.get(b).possessive) {
            return false;
        }
        if (isAnd(tokens.get(k)) && !tokens.get(k).breakBefore) {
            k++;
        } else if (!listComma(tt, k)) {
            return false;
        }
        if (k >= tokens.size() || !places[k] || !tokens.get(k).capitalised || tokens.get(k).breakBefore && k == b + 2) {
            return false;
        }
        int end = k;
        while (end + 1 < tokens.size() && places[end + 1] && !tokens.get(end + 1).breakBefore) {
            end++;
        }
        // the place itself, not a place that qualifies what follows ("Hess and China's CNOOC")
        return !tokens.get(end).possessive && (end + 1 >= tokens.size() || tokens.get(end + 1).breakBefore
                || !tokens.get(end + 1).capitalised);
    }

    /** The word after the name at a separates list items: a comma or "and"/"or". */
    public static boolean listGoesOn(List<Token> tokens, int a) {
        int k = a + 1;
        while (k < tokens.size() && k <= a + 8 && !tokens.get(k).breakBefore && tokens.get(k).capitalised) {
            k++; // skip the rest of a multi-word name (names are short: the bound keeps hostile runs linear)
        }
        if (k >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k);
        boolean separator = next.breakBefore && !next.sentenceStart || next.fold.equals("and") || next.fold.equals("or");
        if (!separator) {
            return false;
        }
        // and another name follows it: "Mombasa, Kisumu and Nakuru", not "territories, Francesca Albanese, said"; its
        // article may be glued before it ("Susa, Shahat and al-Marj")
        int after = next.breakBefore ? k : k + 1;
        if (after + 1 < tokens.size() && GLUED_ARTICLES.contains(tokens.get(after).fold) && !tokens.get(after).capitalised
                && !tokens.get(after + 1).breakBefore) {
            after++;
        }
        return after < tokens.size() && tokens.get(after).capitalised;
    }

    private static final Set<String> GLUED_ARTICLES = Set.of("al", "el");

    /** "the Nobel Prize in Physics", "a degree in Economics": the field after "in" is no place. */
    private static boolean fieldOfAPrize(List<Token> tokens, int a) {
        return a >= 2 && tokens.get(a - 1).fold.equals("in") && !tokens.get(a).breakBefore
                && PRIZES.contains(tokens.get(a - 2).fold);
    }

    private static final Set<String> PRIZES = Set.of("prize", "prizes", "award", "awards", "medal", "degree",
            "doctorate", "laureate");

    private boolean placeCueBefore(List<Token> tokens, int a) {
        if (a == 0 || tokens.get(a).breakBefore) {
            return false;
        }
        Token prev = tokens.get(a - 1);
        if (prev.fold.equals("the") && !prev.capitalised && a >= 2 && !prev.breakBefore) {
            prev = tokens.get(a - 2); // "in the Galilee"
        }
        if (prev.capitalised && !(prev.sentenceStart && lexicon.locPrepositions.contains(prev))) {
            return false; // but "In Valparaíso, ..."
        }
        if (lexicon.locPrepositions.contains(prev)) {
            return true;
        }
        // "fled to Tyre", "a trip to Le Bourget"
        if (prev.fold.equals("to") && a >= 2 && !prev.breakBefore && lexicon.motionWords.contains(tokens.get(a - 2))) {
            return true;
        }
        // "a schoolteacher from Cajamarca", "26 tourists from Hattiesburg": where people come from (not "a statement
        // from Hamas": a person or people before "from")
        if (prev.fold.equals("from") && a >= 2 && !prev.breakBefore && !tokens.get(a - 2).capitalised
                && (ORIGIN_NOUNS.contains(tokens.get(a - 2).fold) || lexicon.titles.contains(tokens.get(a - 2)))) {
            return true;
        }
        // "on the island Ibiza", "in the town Marmaris": translated text drops the "of"; the kind word is no part of the name
        // and "connecting district Lam Thao and district Tam Nong of province Phu Tho" without "the" (Vietnamese)
        if (PLACE_KINDS_BEFORE_THE_NAME.contains(prev.fold) && a >= 2 && !prev.capitalised && !prev.breakBefore
                && (tokens.get(a - 2).fold.equals("the") || !tokens.get(a - 2).capitalised)) {
            return true;
        }
        // "the town of Kafr Nabl", "the city of Saraqib", "the enclave of Vorukh", "a former governor of Moquegua"
        return prev.fold.equals("of") && a >= 2 && !prev.breakBefore && !tokens.get(a - 2).capitalised
                && (lexicon.locHeads.contains(tokens.get(a - 2)) || PLACE_NOUNS_BEFORE_OF.contains(tokens.get(a - 2).fold)
                    || TERRITORIAL_TITLES.contains(tokens.get(a - 2).fold));
    }

    /** Kinds of place written between "the" and the name in translated text ("the island Ibiza"). */
    private static final Set<String> PLACE_KINDS_BEFORE_THE_NAME = Set.of("island", "town", "city", "village", "province",
            "region", "district", "colony", "neighbourhood", "neighborhood");

    /** Lower-case nouns for a place that "of" joins to its name, and that head no place's name themselves. */
    private static final Set<String> PLACE_NOUNS_BEFORE_OF = Set.of("enclave", "exclave", "community", "hamlet",
            "settlement", "commune", "township", "locality", "outskirts");

    /** Offices held over a town or a region: "the governor of X", "the mayor of X" name a place. */
    private static final Set<String> TERRITORIAL_TITLES = Set.of("governor", "mayor", "prefect", "governors", "mayors");

    /** Heads of sites that are told apart by a number after them ("Tower 22", "Launch Complex 39B", "Interstate 695"). */
    private static final Set<String> NUMBERED_SITE_HEADS = Set.of("tower", "complex", "interstate", "route", "highway",
            "terminal", "gate", "checkpoint", "camp", "sector", "pier", "runway");

    /**
     * A capitalised numbered site's head at {@code head} and its number right after it at {@code number}, in the same
     * phrase: one to four digits, maybe a letter ("39B").
     */
    static boolean numberedSite(List<Token> tokens, int head, int number) {
        if (head < 0 || number >= tokens.size()) {
            return false;
        }
        Token h = tokens.get(head);
        Token num = tokens.get(number);
        if (!h.capitalised || h.allCaps || h.possessive || !NUMBERED_SITE_HEADS.contains(h.fold) || num.breakBefore) {
            return false;
        }
        String f = num.fold;
        int digits = 0;
        while (digits < f.length() && f.charAt(digits) >= '0' && f.charAt(digits) <= '9') {
            digits++;
        }
        return digits >= 1 && digits <= 4 && (f.length() == digits || f.length() == digits + 1 && Character.isLetter(f.charAt(digits)));
    }

    /** People named by what they are, who come "from" a place; with the titles, the nouns before a person's origin. */
    private static final Set<String> ORIGIN_NOUNS = Set.of("people", "person", "residents", "resident", "villagers",
            "man", "men", "woman", "women", "boy", "boys", "girl", "girls", "family", "families", "refugees", "refugee",
            "students", "student", "sophomore", "freshman", "pupil", "pupils", "teacher", "schoolteacher", "farmer",
            "farmers", "fisherman", "fishermen", "worker", "workers", "migrant", "migrants", "voter", "voters", "tourist",
            "tourists", "pilgrims", "survivor", "survivors", "victim", "victims", "child", "children", "businessman",
            "businesswoman", "politician", "doctor", "nurse", "player", "athlete", "priest", "soldier", "soldiers",
            "troops", "native", "natives", "hails", "comes", "came", "originally");

    private static final Set<String> SAINTS_BUILDINGS = Set.of("church", "cathedral", "chapel", "basilica", "abbey",
            "minster");

    /**
     * "Kaiser Wilhelm Memorial Church", "Westvale Abbey": a church that is a memorial, and an abbey, are buildings; a
     * church named otherwise may be the body ("the Russian Orthodox Church").
     */
    private static boolean buildingOfWorship(List<Token> tokens, int b) {
        Token last = tokens.get(b);
        return last.fold.equals("abbey") || (last.fold.equals("church") || last.fold.equals("chapel"))
                && tokens.get(b - 1).fold.equals("memorial");
    }

    private static boolean saintsBuilding(Token first, Token last) {
        return (first.fold.equals("st") || first.fold.equals("saint")) && SAINTS_BUILDINGS.contains(last.fold);
    }

    /** Lower-case site heads that translated text writes before the site's name ("the bridge Morandi"). */
    private static final Set<String> HEADS_BEFORE_THE_NAME = Set.of("camp", "bridge", "prison", "jail", "airport",
            "airbase", "dam", "base", "stadium", "refinery", "port", "harbour", "harbor", "mine", "mosque", "temple",
            "shrine", "crossing", "pipeline", "reactor");

    /** "the bridge X", "the camp X": a lower-case site head between "the" and the name at {@code a}. */
    private static boolean siteHeadBefore(List<Token> tokens, int a) {
        if (a < 2 || tokens.get(a).breakBefore || tokens.get(a).sentenceStart) {
            return false;
        }
        Token head = tokens.get(a - 1);
        Token the = tokens.get(a - 2);
        return !head.capitalised && !head.breakBefore && HEADS_BEFORE_THE_NAME.contains(head.fold)
                && the.fold.equals("the") && (!the.capitalised || the.sentenceStart)
                && !(a >= 3 && CALLING_VERBS.contains(tokens.get(a - 3).fold)); // "locals call the stadium Motera"
    }

    /** Verbs after which "the stadium X" gives the site another name, not the site's head and name. */
    private static final Set<String> CALLING_VERBS = Set.of("call", "calls", "called", "calling", "name", "names",
            "named", "dub", "dubs", "dubbed", "nickname", "nicknamed", "rename", "renamed");

    /** A people's adjective before a word that is no second one ("American John", not "Anglo American"). */
    private boolean peoplesAdjectiveBefore(Token t, Token next) {
        // not "Sri Mulyani Indrawati": "Sri" begins "Sri Lankan" and Indonesian given names
        return lexicon.demonyms.contains(t) && !lexicon.givenNames.contains(t) && !lexicon.demonyms.contains(next);
    }

    /** An ordinary word, capitalised only because it opens the sentence, that heads no name and is no given name. */
    private boolean ordinaryOpener(Token t) {
        return t.sentenceStart && !t.allCaps && lexicon.isCommonWord(t) && !lexicon.givenNames.contains(t) && !isNameHead(t);
    }

    /** A word that heads or opens the name of a body or a place ("Bank", "Mount", "Camp"), not an ordinary word before a name. */
    private boolean isNameHead(Token t) {
        return lexicon.orgHeads.contains(t) || lexicon.orgStrong.contains(t) || lexicon.locHeads.contains(t)
                || lexicon.locFirst.contains(t) || lexicon.titles.contains(t);
    }

    /** Combining forms of peoples' names; the full adjectives ("German", "Polish") are the demonym list's. */
    private static final Set<String> PEOPLE_PREFIXES = Set.of("anglo", "franco", "sino", "indo", "afro", "euro", "russo",
            "greco", "austro", "italo", "judeo", "irano", "turco", "arabo", "hispano", "luso");

    /** Every word a people's adjective or its combining form, joined by hyphens: "Anglo-Australian", "Sino-Russian". */
    private boolean peoplesAdjectives(TokenizedText tt, int a, int b) {
        for (int k = a; k <= b; k++) {
            Token t = tt.get(k);
            if (k > a && !tt.gapIs(k, "-") || !lexicon.demonyms.contains(t) && !PEOPLE_PREFIXES.contains(t.fold)) {
                return false;
            }
        }
        return true;
    }

    private boolean hasParticle(List<Token> tokens, int a, int b) {
        for (int k = a + 1; k < b; k++) {
            if (Lexicon.ARABIC_NAME_PARTICLES.contains(tokens.get(k).fold)) {
                return true;
            }
        }
        return false;
    }

    private boolean isAcronym(List<Token> tokens, int a) {
        Token t = tokens.get(a);
        if (a > 0 && !t.breakBefore && tokens.get(a - 1).numeric) {
            return false; // "737 MAX" is a product
        }
        return isAcronym(t);
    }

    private boolean isAcronym(Token t) {
        return t.allCaps && t.length() >= 2 && t.length() <= 6 && !lexicon.stopwords.contains(t)
                && !lexicon.titles.contains(t) && !lexicon.isFunctionWord(t);
    }

    private static boolean hyphenJoined(TokenizedText tt, int a, int b) {
        for (int k = a + 1; k <= b; k++) {
            if (!tt.gapIs(k, "-")) {
                return false;
            }
        }
        return true;
    }

    private static boolean allCaps(List<Token> tokens, int a, int b) {
        for (int k = a; k <= b; k++) {
            if (!tokens.get(k).allCaps) {
                return false;
            }
        }
        return true;
    }

    /** Whether any word of {@code tokens[a..b]} is in {@code words}. */
    static boolean anyOf(List<Token> tokens, int a, int b, Lexicon.WordSet words) {
        for (int k = a; k <= b; k++) {
            if (words.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }
}
