package io.wirestream.tagging.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wirestream.tagging.EntityType;
import io.wirestream.tagging.match.Candidate;
import io.wirestream.tagging.text.Token;
import io.wirestream.tagging.text.TokenizedText;

/**
 * Finds names the knowledge base does not know: runs of capitalised words (with inner connectors such as
 * "al", "bin", "of"), trimmed of sentence openers and titles, then typed by {@link NameTyper}. A lone
 * capitalised word with no cue is not reported but handed back as a {@code single}, so the resolver can
 * still read it as a surname ("Khan" after "Imran Khan").
 */
public final class NameSpanFinder {
    /**
     * Found names, lone capitalised words kept for surname resolution (token indices), and token ranges of
     * known places that became part of an organisation's name (their KB matches are to be dropped).
     */
    public record Result(List<Candidate> names, List<Integer> singles, List<int[]> absorbed) {
    }

    /** "Mission in South Sudan", "Interim Force in Lebanon": "in" joins only after these. */
    private static final Set<String> IN_JOINS = Set.of("mission", "force", "operation", "assistance");

    /** A word after which "and", "for", "on" still belong to an organisation's name. */
    private boolean orgWord(Token t) {
        return lexicon.orgHeads.contains(t) || lexicon.orgStrong.contains(t) || lexicon.orgWords.contains(t);
    }

    /** "UN Mission in South Sudan", "Regional Assistance Mission to Solomon Islands". */
    private static boolean missionIn(List<Token> tokens, int c) {
        String f = tokens.get(c).fold;
        return c > 0 && (f.equals("in") && IN_JOINS.contains(tokens.get(c - 1).fold)
                || f.equals("to") && tokens.get(c - 1).fold.equals("mission")); // not "Air Force to Malé"
    }



    private final Lexicon lexicon = Lexicon.get();
    private final NameTyper typer = new NameTyper();

    /**
     * @param places tokens inside known places (KB matches); the finder adds the places it types itself,
     *               so lists of places ("in Mombasa, Kisumu and Nakuru") carry over
     */
    public Result find(TokenizedText tt, boolean[] consumed, KbWords kbWords, boolean[] places) {
        List<Candidate> names = new ArrayList<>();
        List<Integer> singles = new ArrayList<>();
        List<int[]> absorbed = new ArrayList<>();
        List<Token> tokens = tt.tokens();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            if (consumed[i] || !isNameToken(tokens.get(i))) {
                i++;
                continue;
            }
            if (coRole(tt, i)) {
                i += 2; // "Co-pilot Anju Khatiwada", "Co-founder Jack Dorsey": a role, and no company's "Co"
                continue;
            }
            int j = i;
            // "al-Masirah", "al-Hol": the article glued before a name is written as part of it
            int start = i > 0 && !consumed[i - 1] && gluedArticle(tt, i - 1) ? i - 1 : i;
            boolean orgSoFar = lexicon.orgHeads.contains(tokens.get(i));
            // "Corpo de Bombeiros Militar de Minas Gerais": a body named head first in its language holds its place
            boolean foreignBody = lexicon.foreignBodyHead(tokens.get(i)) || i + 1 < n && lexicon.stopwords.contains(tokens.get(i))
                    && lexicon.foreignBodyHead(tokens.get(i + 1)); // "The Tribunal de Justiça ..." opening a sentence
            boolean saint = tokens.get(i).fold.equals("st") || tokens.get(i).fold.equals("saint");
            while (j + 1 < n && !consumed[j + 1] && !tokens.get(j + 1).breakBefore
                    && (continuesAfter(tokens.get(j)) || saint && j == i + 1 // "St. Peter's Basilica"
                        || POSSESSIVE_BEFORE_HEAD.contains(tokens.get(j + 1).fold) && tokens.get(j + 1).capitalised
                            && tokens.get(j).possessive && !lexicon.demonyms.contains(tokens.get(j)) // "Guy's Hospital"
                        || peoplesPossessiveBeforeHead(tokens, j))) {
                Token next = tokens.get(j + 1);
                if (isNameToken(next) || hyphenated(tt, j + 1)) {
                    j++;
                } else if (epithetAfter(tokens, j, consumed)) {
                    j += 2; // "Cathedral of Christ the Saviour", "Peter the Great": an epithet is part of the name
                } else {
                    // one or two joining words, then a capitalised word: "Bank of England", "Treatment of the Sick"
                    int c = j + 1;
                    if (tokens.get(c).fold.equals("of") && personSoFar(tokens, i, j)) {
                        break; // "Samuel Pérez of Semilla", "Edward Middleton of Alvarez & Marsal": a person and where from
                    }
                    // "Bureau of Fisheries and Aquatic Resources (BFAR)": the acronym proves where the name ends
                    boolean proven = orgSoFar && acronymProvesAnd(tt, i, j + 1, consumed)
                            || !orgSoFar && headlessBeforeHeadedName(tokens, i, j + 1, consumed)
                            || orgSoFar && ofTwoThings(tokens, i, j + 1, consumed);
                    while (c < n && c <= j + 2 && !consumed[c] && !tokens.get(c).breakBefore && !tokens.get(c).possessive
                            && (isConnector(tokens.get(c)) || (orgWord(tokens.get(j)) || proven
                                    || orgSoFar && lexicon.portfolios.contains(tokens.get(j))) // "Ministry of Economy and Finance"
                                && (ORG_CONNECTORS.contains(tokens.get(c).fold) || missionIn(tokens, c))
                                || orgSoFar && c == j + 2 && tokens.get(c).fold.equals("the") // "Office of the Comptroller
                                    && tokens.get(j + 1).fold.equals("of")                     // of the Currency"
                                || siteHeadOfThe(tokens, i, j, c) || circuitOfTheCourt(tokens, j, c))
                            && joins(tokens, j + 1, c)) {
                        c++;
                    }
                    boolean bodyHoldsPlace = orgSoFar && orgWord(tokens.get(j))
                            || foreignBody && Lexicon.PLACE_PARTICLES.contains(tokens.get(c - 1).fold);
                    if (c > j + 1 && c < n && bodyHoldsPlace && consumed[c] && places[c]
                            && !tokens.get(c).breakBefore
                            && (tokens.get(c - 1).fold.equals("of") || missionIn(tokens, c - 1)
                                || foreignBody && Lexicon.PLACE_PARTICLES.contains(tokens.get(c - 1).fold)
                                || tokens.get(c - 1).fold.equals("for") && lexicon.orgHeads.contains(tokens.get(j)) // "Tribunal for Rwanda"
                                || c - 2 > j && tokens.get(c - 1).fold.equals("the") && tokens.get(c - 2).fold.equals("of"))) {
                        // "Communications Authority of Kenya", "UN Mission in South Sudan", "Central Bank of the
                        // Philippines": the place is part of the name
                        int end = c;
                        while (end + 1 < n && consumed[end + 1] && places[end + 1] && !tokens.get(end + 1).breakBefore) {
                            end++;
                        }
                        absorbed.add(new int[] {c, end});
                        j = end;
                        continue;
                    }
                    if (c == j + 1 || c >= n || consumed[c] || tokens.get(c).breakBefore || !isNameToken(tokens.get(c))
                            || lexicon.weekdays.contains(tokens.get(c)) || lexicon.monthNames.contains(tokens.get(c))) {
                        break; // "the Roman Catholic Church on Thursday"
                    }
                    if (!orgWord(tokens.get(j)) && !isConnector(tokens.get(j + 1)) && !portfolioPair(tokens, c) && !proven
                            && !circuitOfTheCourt(tokens, j, j + 1)) {
                        break; // joined only by a portfolio: "Ministry of Economy and Finance", not "... and Finance Minister"
                    }
                    j = c;
                }
                orgSoFar |= lexicon.orgHeads.contains(tokens.get(j));
            }
            if (orgSoFar) {
                j = portfolioListEnd(tt, i, j, consumed); // "Ministry of Land, Infrastructure, Transport and Tourism"
            }
            if (j + 1 < n && !consumed[j + 1] && NameTyper.numberedSite(tokens, j, j + 1)) {
                j++; // "Tower 22", "Interstate 695", "Launch Complex 39B": a site's number is part of its name
            }
            if (!roleBeforeKnownName(tokens, start, j, consumed, places)) {
                span(tt, start, j, kbWords, places, names, singles);
            }
            i = j + 1;
        }
        return new Result(names, singles, absorbed);
    }

    /**
     * "Chief Cabinet Secretary Yoshimasa Hayashi", "External Affairs Minister S. Jaishankar": a run that opens or ends
     * with a title, right before a name the knowledge base matched that is no place, is the holder's role, not a body's
     * name (the gold sets never tag "Commission" of "Commission President Ursula von der Leyen").
     */
    private boolean roleBeforeKnownName(List<Token> tokens, int from, int to, boolean[] consumed, boolean[] places) {
        int a = from;
        while (a < to && lexicon.stopwords.contains(tokens.get(a))) {
            a++;
        }
        int next = to + 1;
        return a < to && next < tokens.size() && consumed[next] && !places[next] && !tokens.get(next).breakBefore
                && !tokens.get(to).possessive && !tokens.get(a).allCaps
                && (lexicon.titles.contains(tokens.get(a)) || lexicon.titles.contains(tokens.get(to)));
    }

    /**
     * "International Tunnelling and Underground Space Association", "Financial Transactions and Reports Analysis Centre":
     * capitalised words that name no body by themselves (no organisation head, no given name, title or demonym; words
     * common in bodies' names such as "International" may be there), a lower-case "and",
     * then capitalised words that end in an organisation head are one name; two bodies' names joined by "and" each
     * have their own head, and a person's name is left alone.
     */
    private boolean headlessBeforeHeadedName(List<Token> tokens, int from, int and, boolean[] consumed) {
        int n = tokens.size();
        if (and + 1 >= n || !tokens.get(and).fold.equals("and") || tokens.get(and).capitalised) {
            return false;
        }
        int a = from;
        while (a < and && lexicon.stopwords.contains(tokens.get(a))) {
            a++; // "The International Tunnelling ...": the article opening a sentence names nothing
        }
        // one word of no body's kind may be a place or a person: "in Negombo and Zion Church"; but an ordinary word
        // after "the" opens the body's name: "the Fire and Disaster Management Agency", "the Fish and Wildlife Service"
        boolean ordinaryAfterThe = a > 0 && tokens.get(a - 1).fold.equals("the") && !tokens.get(a).breakBefore
                && lexicon.isCommonWord(tokens.get(a));
        if (and - a < 1 || and - a == 1 && !lexicon.orgWords.contains(tokens.get(a)) && !ordinaryAfterThe) {
            return false;
        }
        for (int k = a; k < and; k++) {
            Token t = tokens.get(k);
            if (!t.capitalised || t.allCaps || lexicon.orgHeads.contains(t) || lexicon.orgStrong.contains(t)
                    || lexicon.givenNames.contains(t) || lexicon.titles.contains(t)
                    || lexicon.demonyms.contains(t) || lexicon.stopwords.contains(t)) {
                return false;
            }
        }
        for (int e = and + 1; e < n && e - and <= MAX_PROVEN_WORDS && !consumed[e] && !tokens.get(e).breakBefore
                && isNameToken(tokens.get(e)) && !tokens.get(e).allCaps; e++) {
            Token t = tokens.get(e);
            if (lexicon.givenNames.contains(t) || lexicon.titles.contains(t) || lexicon.demonyms.contains(t)) {
                return false;
            }
            if (lexicon.orgHeads.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "International Association of Machinists and Aerospace Workers", "National Committee for Reconciliation and
     * Development": after a head, "of" or "for" (maybe "of the"), then one or two ordinary English words, "and", and up to
     * two more ordinary words that end the name: the body's remit names two things.
     * Not "University of Technology and Allameh Tabataba'i University" (a name after the "and"), nor "the Ministry of
     * Defence and Kyiv" (a known name: consumed).
     */
    private boolean ofTwoThings(List<Token> tokens, int from, int and, boolean[] consumed) {
        int n = tokens.size();
        if (and + 1 >= n || !tokens.get(and).fold.equals("and") || tokens.get(and).capitalised) {
            return false;
        }
        // one or two ordinary capitalised words before the "and", then "of" or "for" (maybe "of the")
        int k = and - 1;
        while (k > from && and - k <= 2 && tokens.get(k).capitalised && lexicon.isCommonWord(tokens.get(k))) {
            k--;
        }
        if (k == and - 1) {
            return false;
        }
        if (k > from && tokens.get(k).fold.equals("the") && !tokens.get(k).capitalised) {
            k--;
        }
        if (k <= from || tokens.get(k).capitalised || !(tokens.get(k).fold.equals("of") || tokens.get(k).fold.equals("for"))) {
            return false;
        }
        int e = and + 1;
        while (e < n && !consumed[e] && !tokens.get(e).breakBefore && isNameToken(tokens.get(e)) && e - and <= 3) {
            Token t = tokens.get(e);
            if (t.allCaps || !lexicon.isCommonWord(t) || lexicon.givenNames.contains(t) || lexicon.titles.contains(t)) {
                return false;
            }
            e++;
        }
        return e > and + 1 && e - and <= 3 && (e >= n || !isNameToken(tokens.get(e)) || tokens.get(e).breakBefore);
    }

    /**
     * "Ministry of Land, Infrastructure, Transport and Tourism", "Ministry of Science, ICT and Future Planning": a body
     * named "Head of X" whose remit goes on as a list: commas, one or two capitalised words each (ordinary words or
     * acronyms), and a last item after "and" that ends the name. Returns the list's last token, or {@code j}.
     */
    private int portfolioListEnd(TokenizedText tt, int i, int j, boolean[] consumed) {
        List<Token> tokens = tt.tokens();
        int n = tokens.size();
        int of = -1;
        for (int k = i; k < j; k++) {
            if (tokens.get(k).fold.equals("of") && !tokens.get(k).capitalised && k > i && lexicon.orgHeads.contains(tokens.get(k - 1))) {
                of = k;
                break;
            }
        }
        if (of < 0 || of + 1 > j) {
            return j;
        }
        int p = j + 1;
        int commas = 0;
        while (p < n && tt.strippedGapIs(p, ",")) {
            int e = listItemEnd(tokens, p, consumed);
            if (e < 0) {
                return j;
            }
            commas++;
            p = e + 1;
        }
        if (commas == 0 || p + 1 >= n || !tokens.get(p).fold.equals("and") || tokens.get(p).capitalised
                || tokens.get(p).breakBefore || tt.strippedGapIs(p, ",")) {
            return j;
        }
        int last = listItemEnd(tokens, p + 1, consumed);
        if (last < 0 || tokens.get(p + 1).breakBefore) {
            return j;
        }
        return last + 1 >= n || tokens.get(last + 1).breakBefore || !isNameToken(tokens.get(last + 1)) ? last : j;
    }

    /**
     * The end of one or two capitalised words of a body's remit from {@code p} (ordinary words or an acronym, none
     * naming a body of its own: not "the Ministry of Defence, Navy and Army"), or -1.
     */
    private int listItemEnd(List<Token> tokens, int p, boolean[] consumed) {
        int e = p;
        while (e < tokens.size() && e - p < 2 && (e == p || !tokens.get(e).breakBefore) && remitWord(tokens.get(e), consumed[e])) {
            e++;
        }
        return e == p ? -1 : e - 1;
    }

    private boolean remitWord(Token t, boolean consumed) {
        return !consumed && isNameToken(t) && !t.possessive && (t.allCaps || lexicon.isCommonWord(t))
                && !lexicon.givenNames.contains(t) && !lexicon.titles.contains(t) && !lexicon.orgHeads.contains(t)
                && !lexicon.orgStrong.contains(t);
    }

    /** Longest run of capitalised words after "and" that a bracketed acronym may prove part of the name. */
    private static final int MAX_PROVEN_WORDS = 5;

    /**
     * "Bureau of Fisheries and Aquatic Resources (BFAR)": the lower-case "and" at {@code and} joins the name begun at
     * {@code from} when the capitalised words after it are followed by a bracketed acronym that spells the initials of
     * the whole name's capitalised words.
     */
    private static boolean acronymProvesAnd(TokenizedText tt, int from, int and, boolean[] consumed) {
        int n = tt.size();
        if (and + 1 >= n || !tt.get(and).fold.equals("and") || tt.get(and).capitalised) {
            return false;
        }
        int e = and;
        while (e + 1 < n && e - and < MAX_PROVEN_WORDS && !consumed[e + 1] && !tt.get(e + 1).breakBefore
                && isNameToken(tt.get(e + 1)) && !tt.get(e + 1).allCaps) {
            e++;
        }
        if (e == and || e + 1 >= n || !tt.strippedGapIs(e + 1, "(")) {
            return false;
        }
        Token acronym = tt.get(e + 1);
        String text = tt.text();
        if (!acronym.allCaps || acronym.end >= text.length() || text.charAt(acronym.end) != ')') {
            return false;
        }
        String letters = acronym.fold;
        int m = 0;
        for (int k = from; k <= e; k++) {
            Token t = tt.get(k);
            if (!t.capitalised) {
                continue;
            }
            if (m >= letters.length() || letters.charAt(m) != t.fold.charAt(0)) {
                return false;
            }
            m++;
        }
        return m == letters.length();
    }

    /** Two words that are no ordinary English ones nor an organisation's: "Sherrod Brown" after "Democrat". */
    private boolean uncommonNameWords(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            Token t = tokens.get(k);
            if (t.allCaps || lexicon.isCommonWord(t) && !lexicon.givenNames.contains(t) && k == from
                    || lexicon.orgWords.contains(t) || lexicon.demonyms.contains(t)) {
                return false;
            }
        }
        return true;
    }

    /** A party's member before a person's name ("Republican Chuck Grassley"); not "Labour", which opens bodies' names. */
    private static final Set<String> PARTY_MEMBERS = Set.of("republican", "democrat", "conservative", "tory",
            "socialist", "communist", "liberal");

    /** Words that make a following weekday or month a time, not a name: "Last Friday, the government ...". */
    private static final Set<String> TIME_LEADS = Set.of("last", "next", "this", "every", "each", "early", "late");

    /** No name is longer; a longer run of capitalised words (a headline in capitals, hostile input) is skipped. */
    static final int MAX_NAME_TOKENS = 24;

    private void span(TokenizedText tt, int from, int to, KbWords kbWords, boolean[] places, List<Candidate> names,
                      List<Integer> singles) {
        if (to - from >= MAX_NAME_TOKENS) {
            return; // also bounds the recursion below ("X of Y" splits) to a few levels
        }
        List<Token> tokens = tt.tokens();
        if (from == to && monthAsSurname(tokens, from)) {
            singles.add(from); // "May told the Commons": the resolver reads it as Theresa May's surname, if she is named
            return;
        }
        int a = from;
        // sentence openers and other function words never begin a name
        while (a <= to && !monthAsGivenName(tokens, a, to)
                && (lexicon.stopwords.contains(tokens.get(a)) && !stopwordStartingAName(tokens, a, to)
                && !saidAsAName(tt, a, from, to)
                || lexicon.monthNames.contains(tokens.get(a))
                || lexicon.weekdays.contains(tokens.get(a)) && !weekdayLetters(tt, a, to)
                || a < to && TIME_LEADS.contains(tokens.get(a).fold) && !tokens.get(a).allCaps
                && (lexicon.weekdays.contains(tokens.get(a + 1)) || lexicon.monthNames.contains(tokens.get(a + 1)))
                || isConnector(tokens.get(a)) && !(a < to && gluedArticle(tt, a)))) {
            a++;
        }
        if (a + 2 <= to && pluralBeforeOf(tokens, a)) {
            a += 2; // "Shares of Lockheed Martin", "Supporters of Ekrem Imamoglu": the sentence's first word is no name
        }
        if (a == from && a < to && from >= 2 && lexicon.portfolios.contains(tokens.get(a))
                && tokens.get(from - 1).fold.equals("and") && !tokens.get(from - 1).capitalised
                && lexicon.portfolios.contains(tokens.get(from - 2)) && lexicon.givenNames.contains(tokens.get(a + 1))) {
            a++; // "the minister of the Communication and Media Patrick Muyaya": the joint portfolio's second half
        }
        if (a < to && tokens.get(a).fold.equals("former") && !tokens.get(a).allCaps) {
            a++; // "Former National Enquirer publisher David Pecker": "former" is no part of any name
        }
        if (a + 1 < to && Lexicon.BODY_DESCRIBERS.contains(tokens.get(a).fold) && !tokens.get(a).allCaps
                && tokens.get(a + 1).capitalised && !tokens.get(a + 1).breakBefore) {
            a++; // "the Islamist Jamaat-e-Islami", "Paramilitary Rapid Support Forces": what the body is, not its name
        }
        if (a + 2 <= to && PARTY_MEMBERS.contains(tokens.get(a).fold) && !tokens.get(a).allCaps
                && (lexicon.givenNames.contains(tokens.get(a + 1)) || a + 2 == to && uncommonNameWords(tokens, a + 1, to))
                && looksLikePersonName(tokens, a + 1, to)) {
            a++; // "Republican Chuck Grassley", "Democrat Nancy Kirra": the party a person belongs to, not their name
        }
        if (a < to && a > 0 && LANGUAGES.contains(tokens.get(a).fold) && tokens.get(a - 1).fold.equals("in")) {
            a++; // "(NAB), in Urdu Qaumi Ehtesab Bureau": the language the name that follows is written in
        }
        int b = to;
        // "Commission President": a name ending in a role word is a role, not a name
        while (b >= a && (isConnector(tokens.get(b)) || lexicon.stopwords.contains(tokens.get(b))
                && !saidAsAName(tt, b, from, to) && !surnameMay(tokens, a, b)
                || lexicon.titles.contains(tokens.get(b)) && !hyphenated(tt, b) && !portfolioOfOrganisation(tokens, a, b)
                    && !surnameLikeAbbreviation(tt, a, b) && !surnameAfterGivenName(tokens, a, b)
                    && !notreDame(tokens, a, b) && !officeOfTheHolder(tokens, a, b))) {
            b--;
        }
        if (a > b || lexicon.eventHeads.contains(tokens.get(b)) && !tokens.get(b).allCaps || holiday(tokens, a, b) || onlyRoles(tokens, a, b)
                || a < b && tokens.get(a).fold.equals("operation") || war(tokens, a, b) || languageNamed(tokens, b, to)
                || eventOf(tokens, a, b) || eventHeadOf(tokens, a, b) || notAName(tokens, a, b)) {
            return; // "Paris Air Show" and "Operation Spiderweb" are events; "Secretary of State" a role
        }
        int competition = competitionAt(tokens, a, b);
        if (competition >= 0) { // "UEFA Champions League", "Copa del Rey": a competition; its organiser is a name
            if (competition > a) {
                span(tt, a, competition - 1, kbWords, places, names, singles);
            }
            return;
        }
        int held = roleHeldOver(tokens, a, b);
        if (held >= 0) { // "Minister of Heritage", "Inspector-General of Police": a role; "... of Brazil" after it is a name
            if (held < b) {
                span(tt, held + 1, b, kbWords, places, names, singles);
            }
            return;
        }
        int place = placeAfterCapitalisedTitleOf(tokens, a, b);
        int placeHolder = place < 0 ? -1 : holderAfterTitleOf(tt, place, place, b, kbWords);
        boolean bodyByItsHead = placeHolder == place + 1 && lexicon.orgHeads.contains(tokens.get(place)); // "Parliament"
        // "Mayor of Wajima Shigeru Sakaguchi": the place, then who governs it
        if (placeHolder > 0 && (bodyByItsHead || !lexicon.allCommonWords(tokens, place, placeHolder - 1))
                && !NameTyper.anyOf(tokens, place, placeHolder - 1, lexicon.titles)) {
            span(tt, place, placeHolder - 1, kbWords, places, names, singles);
            span(tt, placeHolder, b, kbWords, places, names, singles);
            return;
        }
        int flight = flightAt(tokens, a, b);
        if (flight >= 0) {
            if (flight > a) { // "Lion Air Flight JT610", "Ethiopian Airlines Flight 302": the airline is a name
                span(tt, a, flight - 1, kbWords, places, names, singles);
            }
            return; // "Flight ET302": a flight is none
        }
        int region = regionBeforeSite(tokens, a, b);
        if (region > 0) { // "South Jeolla Province Muan International Airport": the region, then the site in it
            span(tt, a, region, kbWords, places, names, singles);
            span(tt, region + 1, b, kbWords, places, names, singles);
            return;
        }
        int site = siteOfPlace(tokens, a, b, kbWords);
        if (site > 0) { // "Benina International Airport of Benghazi": the site, then the known place it serves
            span(tt, a, site - 1, kbWords, places, names, singles);
            names.add(oneWord(tokens, b, EntityType.LOCATION));
            places[b] = true;
            return;
        }
        int of = splitPoint(tokens, a, b);
        if (of > 0) { // "Analyst Sash Tusa of Agency Partners": a person of an organisation
            span(tt, a, of - 1, kbWords, places, names, singles);
            span(tt, of + 1, b, kbWords, places, names, singles);
            return;
        }
        if (b - a >= 2 && b - a <= 3 && AcronymDefinitions.isAcronym(tokens.get(a), 3, 8)
                && lexicon.givenNames.contains(tokens.get(a + 1)) && looksLikePersonName(tokens, a + 1, b)) {
            // "CGIL Maurizio Landini", "UGTT Noureddine Taboubi": a body's acronym, then its leader named without a comma
            span(tt, a, a, kbWords, places, names, singles);
            span(tt, a + 1, b, kbWords, places, names, singles);
            return;
        }
        int head = personAfterOrganisation(tokens, a, b, kbWords);
        if (head > 0) { // "Odesa Regional Military Administration Oleh Kiper": an organisation, then its head by name
            span(tt, a, head - 1, kbWords, places, names, singles);
            span(tt, head, b, kbWords, places, names, singles);
            return;
        }
        int governor = holderAfterTitleOf(tt, from, a, b, kbWords);
        if (governor > 0) { // "the governor of East Azerbaijan Malek Rahmati": the place, then who governs it
            span(tt, a, governor - 1, kbWords, places, names, singles);
            span(tt, governor, b, kbWords, places, names, singles);
            return;
        }
        int and = coordinationPoint(tokens, a, b);
        if (and > 0) { // "Sharif University of Technology and Allameh Tabataba'i University": two organisations
            span(tt, a, and - 1, kbWords, places, names, singles);
            int found = names.size();
            int lone = singles.size();
            span(tt, and + 1, b, kbWords, places, names, singles);
            // "Hyundai Motor Company and Kia said": a bare name listed with an organisation is one too, unless it
            // begins with a known given name ("the League and Silvio Berlusconi")
            if (names.size() == found + 1 && names.get(found).type == EntityType.PERSON && !personAfter(tokens, and, b)) {
                Candidate c = names.remove(found);
                names.add(new Candidate(c.firstToken, c.lastToken, c.start, c.end, EntityType.ORGANIZATION, null, null,
                        "rule", 0.6, c.key));
            } else if (names.size() == found && singles.size() == lone + 1) {
                names.add(oneWord(tokens, singles.remove(lone), EntityType.ORGANIZATION));
            }
            return;
        }
        boolean titled = false;
        if (roleObject(tokens, from, to)) {
            // "High Commissioner for Human Rights", "Minister for Foreign Affairs": part of a role; but the holder
            // may follow it: "Vice President for Strategic Affairs Mohammad Javad Zarif"
            int holder = holderAfterPortfolio(tokens, a, b);
            if (holder < 0) {
                return;
            }
            a = holder;
            titled = true;
        }
        // "Queen Alia International Airport", "Prince Sultan Air Base": a site named after someone keeps the title
        boolean orgEnding = titled || lexicon.orgHeads.contains(tokens.get(b)) || a < b && lexicon.locHeads.contains(tokens.get(b))
                && !surnameHeadAfterTitle(tokens, from, a, b)
                || a < b && lexicon.orgSectors.contains(tokens.get(b)); // "General Dynamics" is no general
        if (!orgEnding) {
            // "Iranian Foreign Minister Abbas Araghchi", "Saudi Energy Minister Prince Abdulaziz": everything up
            // to the last title is role, not name
            int lastTitle = -1;
            for (int k = a; k < b; k++) {
                if (lexicon.titles.contains(tokens.get(k)) && !hyphenated(tt, k)) {
                    lastTitle = k;
                }
            }
            int nameStart = lastTitle + 1;
            if (lastTitle >= 0 && nameStart < b && tt.gapIs(nameStart, "-")) {
                nameStart++; // "the Lieutenant-Team Awad Ibn Auf": translated text's second half of a hyphenated rank
            }
            boolean chiefRole = lastTitle >= 0 && nameStart < b && tokens.get(lastTitle).fold.equals("chief")
                    && NameTyper.CHIEF_OF.contains(tokens.get(nameStart).fold);
            if (chiefRole) {
                nameStart++; // "Boeing Chief Executive Kelly Ortberg": "executive" is a role only after "chief"
            }
            boolean portfolio = false;
            while (lastTitle >= 0 && nameStart < b && (lexicon.portfolios.contains(tokens.get(nameStart))
                    || portfolioJoin(tokens, nameStart, b) || portfolio && portfolioTail(tokens, nameStart, b))) {
                portfolio = true; // a portfolio, or "of"/"for" before one: what follows may carry on a joint one
                nameStart++; // "Minister of Foreign Affairs Esmaeil Baghaei", "Deputy Secretary of State Kurt Campbell"
            }
            if (lastTitle >= 0 && looksLikePersonName(tokens, nameStart, b)) {
                // "Ministry of Foreign Affairs Esmaeil Baghaei", "the Kasoa Ministry of Health and Finance Minister ...",
                // "Boeing Chief Executive ...": the organisation before the role is a name too
                if (lexicon.orgHeads.contains(tokens.get(a)) || NameTyper.anyOf(tokens, a, nameStart - 1, lexicon.orgStrong)
                        || chiefRole && lastTitle == a + 1) {
                    span(tt, a, (chiefRole ? lastTitle : nameStart) - 1, kbWords, places, names, singles);
                }
                titled = true;
                a = nameStart;
                while (a <= b && isConnector(tokens.get(a))) {
                    a++;
                }
            } else if (from > 0 && !tokens.get(from).breakBefore && lexicon.titles.contains(tokens.get(from - 1))
                    && !tokens.get(from - 1).possessive && looksLikePersonName(tokens, a, b)
                    && !(a == b && tokens.get(a).allCaps)) { // "the former FARC rebels": an acronym, not a holder
                titled = true; // "the former president Ahmad Khan": a lower-case title just before
            } else if (from > 0 && lexicon.titles.contains(tokens.get(from - 1)) && !tokens.get(from - 1).possessive
                    && tt.strippedGapIs(from, ",") && to + 1 < tokens.size()
                    && tt.strippedGapStartsWith(to + 1, ',')) {
                titled = true; // "the president's lawyer, Salvador Panelo, said"
            }
        }
        if (a > b || allDescriptors(tokens, a, b)) {
            return;
        }
        Candidate c = typer.type(tt, a, b, titled, kbWords, places);
        if (c != null && c.type == EntityType.ORGANIZATION && a == from && a > 0 && !tokens.get(a).breakBefore
                && ordinal(tokens.get(a - 1)) && unitHead(tokens, a, b)) {
            // "the 6th Infantry Division", "the 53rd Anti-Aircraft Missile Brigade", "the 12th Federal Court of
            // Curitiba": a unit's or a numbered court's number is its name
            c = new Candidate(a - 1, b, tokens.get(a - 1).start, c.end, c.type, null, null, c.method, c.confidence,
                    "name:" + NameTyper.key(tokens, a - 1, b));
        }
        if (c != null) {
            names.add(c);
            if (c.type == EntityType.LOCATION) {
                Arrays.fill(places, c.firstToken, c.lastToken + 1, true);
            }
        } else if (a == b && !lexicon.isFunctionWord(tokens.get(a)) && !lexicon.titles.contains(tokens.get(a))) {
            singles.add(a);
        } else if (a + 1 == b && gluedArticle(tt, a) && !lexicon.isFunctionWord(tokens.get(b))
                && !lexicon.titles.contains(tokens.get(b))) {
            singles.add(b); // "al-Kikli": the resolver may still read it as a surname (its mention keeps the "al-")
        }
    }

    /**
     * "Office of the Prosecutor General", "Chancellery of the President": an office named for its holder's title, where
     * the title ends the name.
     */
    private static boolean officeOfTheHolder(List<Token> tokens, int a, int b) {
        return b - a >= 2 && OFFICES.contains(tokens.get(a).fold) && tokens.get(a).capitalised
                && tokens.get(a + 1).fold.equals("of") && !tokens.get(a + 1).capitalised;
    }

    private static final Set<String> OFFICES = Set.of("office", "chancellery", "secretariat", "cabinet", "bureau");

    /** "Cathedral of Notre Dame", "University of Notre Dame": "Dame" after "Notre" is Our Lady, no title. */
    private static boolean notreDame(List<Token> tokens, int a, int b) {
        return b > a && tokens.get(b).fold.equals("dame") && tokens.get(b - 1).fold.equals("notre");
    }

    /**
     * A place's head that is also a surname, after a title, is the holder's name: "President Park", the Korean surname
     * right after the title; "mayor Andy Street", "Senator Tom Hill", after a known given name and a title that is not
     * a monarch's ("Queen Elizabeth Park" is a park).
     */
    private boolean surnameHeadAfterTitle(List<Token> tokens, int from, int a, int b) {
        String head = tokens.get(b).fold;
        if (head.equals("park") && lexicon.titles.contains(tokens.get(b - 1))) {
            return true;
        }
        if (!SURNAME_HEADS.contains(head) || !lexicon.givenNames.contains(tokens.get(b - 1))) {
            return false;
        }
        int title = b - 2;
        if (title < a) {
            title = b - 1 == from && from > 0 && !tokens.get(from).breakBefore ? from - 1 : -1;
        }
        return title >= 0 && lexicon.titles.contains(tokens.get(title)) && !tokens.get(title).possessive
                && !Lexicon.MONARCHS_TITLES.contains(tokens.get(title).fold);
    }

    private static final Set<String> SURNAME_HEADS = Set.of("street", "hill", "field", "wood", "lane", "brook", "ford",
            "park", "heath", "marsh", "moor", "bridge");


    /** A portfolio word at c that ends the name (no title glued after it: "and Finance Minister Ali" is a person's role). */
    private boolean portfolioPair(List<Token> tokens, int c) {
        if (!lexicon.portfolios.contains(tokens.get(c))) {
            return false;
        }
        int next = c + 1;
        return next >= tokens.size() || tokens.get(next).breakBefore || !tokens.get(next).capitalised;
    }

    /**
     * "Ministry of Interior", "Ministry of Economy and Finance": a portfolio that is also a title word ("interior",
     * "finance", "defence") ends an organisation's name when it follows "of", "for" or "and" after an organisation head.
     */
    private boolean portfolioOfOrganisation(List<Token> tokens, int a, int b) {
        if (b - a < 2 || !lexicon.portfolios.contains(tokens.get(b))) {
            return false;
        }
        if (b + 1 < tokens.size() && !tokens.get(b + 1).breakBefore && lexicon.titles.contains(tokens.get(b + 1))) {
            return false; // "... and Finance Minister Omar Tarik": the portfolio of a role
        }
        int j = b - 1;
        if (tokens.get(j).capitalised && j - 1 > a && !lexicon.titles.contains(tokens.get(j))) {
            j--; // "Supreme Council of National Defence": one modifier before the portfolio
        }
        String join = tokens.get(j).fold;
        if (tokens.get(j).capitalised || !(join.equals("of") || join.equals("for") || join.equals("and"))) {
            return false;
        }
        for (int k = a; k < j; k++) {
            if (lexicon.orgHeads.contains(tokens.get(k)) || lexicon.orgStrong.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Palace of the Alvorada", "the Esplanade of the Ministries": a site's head that opens the name, then "of the",
     * as translation from Portuguese, Spanish or French writes a site's name; the article joins the name.
     */
    private boolean siteHeadOfThe(List<Token> tokens, int i, int j, int c) {
        return j == i && c == j + 2 && tokens.get(c).fold.equals("the") && tokens.get(j + 1).fold.equals("of")
                && SITE_HEADS_BEFORE_OF.contains(tokens.get(j).fold) && !tokens.get(j).allCaps;
    }

    /**
     * "Court of Appeals for the Ninth Circuit", "... for the District of Columbia Circuit": a court of appeals is named
     * with its circuit, which "for the" joins.
     */
    private static boolean circuitOfTheCourt(List<Token> tokens, int j, int c) {
        if (!tokens.get(j).fold.equals("appeals") || !tokens.get(j + 1).fold.equals("for") || c > j + 2
                || c == j + 2 && !tokens.get(c).fold.equals("the")) {
            return false;
        }
        for (int k = j + 3; k < tokens.size() && k <= j + 7; k++) {
            Token t = tokens.get(k);
            if (t.breakBefore || !t.capitalised && !t.fold.equals("of")) {
                return false;
            }
            if (t.fold.equals("circuit")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the" and a capitalised epithet after a name word: "Christ the Saviour", "Vasily the Blessed", "Ivan the
     * Terrible". Without it the name would stop before "the", which otherwise starts a name of its own.
     */
    private static boolean epithetAfter(List<Token> tokens, int j, boolean[] consumed) {
        if (j + 2 >= tokens.size() || consumed[j + 2]) {
            return false;
        }
        Token the = tokens.get(j + 1);
        Token epithet = tokens.get(j + 2);
        return tokens.get(j).capitalised && !tokens.get(j).allCaps && !tokens.get(j).possessive
                && the.fold.equals("the") && !the.capitalised && !epithet.breakBefore && epithet.capitalised
                && !epithet.allCaps && EPITHETS.contains(epithet.fold);
    }

    private static final Set<String> EPITHETS = Set.of("saviour", "savior", "redeemer", "baptist", "evangelist",
            "apostle", "blessed", "divine", "great", "terrible", "conqueror", "elder", "younger", "wise", "martyr",
            "theologian", "confessor", "merciful", "magnificent", "pious", "bold", "lionheart", "lawgiver");

    /** Heads of a site's name written before "of (the)" ("Church" is not one: "the Church of England" is a body). */
    static final Set<String> SITE_HEADS_BEFORE_OF = Set.of("palace", "esplanade", "cathedral", "square", "plaza",
            "basilica", "mosque", "bridge", "tower", "monument", "avenue", "park", "temple");

    /**
     * A sentence-opening plural noun before "of" and a capitalised word: "Shares of Lockheed Martin". Not a head that
     * names ("Friends of the Earth" has "the"; "Forces of ..." is an organisation word; "Islands of ..." a place head).
     */
    private boolean pluralBeforeOf(List<Token> tokens, int a) {
        Token t = tokens.get(a);
        Token of = tokens.get(a + 1);
        Token next = tokens.get(a + 2);
        return t.sentenceStart && !t.allCaps && !t.possessive && t.fold.length() >= 4 && t.fold.endsWith("s")
                && !of.capitalised && of.fold.equals("of") && !of.breakBefore && next.capitalised && !next.breakBefore
                && !lexicon.orgHeads.contains(t) && !lexicon.orgStrong.contains(t) && !lexicon.orgWords.contains(t)
                && !lexicon.locHeads.contains(t) && !lexicon.locFirst.contains(t) && !lexicon.titles.contains(t)
                && !lexicon.givenNames.contains(t) && !lexicon.orgSectors.contains(t);
    }

    /** A lower-case Arabic article glued by a hyphen to the capitalised word after it: "al-Masirah", "el-Sisi". */
    static boolean gluedArticle(TokenizedText tt, int k) {
        Token t = tt.get(k);
        if (t.capitalised || k + 1 >= tt.size() || !(t.fold.equals("al") || t.fold.equals("el"))) {
            return false;
        }
        Token next = tt.get(k + 1);
        return next.capitalised && !next.allCaps && tt.gapIs(k + 1, "-");
    }

    /** Heads that a possessive name goes on into: "Guy's Hospital", "Queen's College" ("Lloyd's Register" is not one). */
    private static final Set<String> POSSESSIVE_BEFORE_HEAD = Set.of("hospital", "college", "school", "church", "cathedral",
            "chapel", "park", "square", "bay", "island", "hall", "inn", "market", "cross", "gate", "list", "digest", "weekly");

    /**
     * "Arlit Mineworkers' Union", "Pomeroon Fishermen's Cooperative": the possessive of a plural of people (ending in
     * "s" or "men") before a capitalised organisation head goes on into the body's name.
     */
    private boolean peoplesPossessiveBeforeHead(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        if (!t.possessive || !t.capitalised || j + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(j + 1);
        String f = t.fold;
        return (f.length() > 4 && f.endsWith("s") && !f.endsWith("ss") || f.endsWith("men")) && next.capitalised
                && !next.allCaps && (lexicon.orgHeads.contains(next) || lexicon.orgStrong.contains(next));
    }

    /** A possessive ends a name, except the ones names are made of: "People's Party", "Workers' Party". */
    private boolean continuesAfter(Token t) {
        return !t.possessive || POSSESSIVE_IN_NAMES.contains(t.fold) || lexicon.titles.contains(t);
    }

    /**
     * Which runs of joining words stay inside one name: any single one except "the", and "of/for/on the".
     * "X and the Y" lists two names.
     */
    private static boolean joins(List<Token> tokens, int firstJoin, int c) {
        String f = tokens.get(c).fold;
        if (c == firstJoin) {
            return !f.equals("the");
        }
        String before = tokens.get(c - 1).fold;
        return f.equals("the") && (before.equals("of") || before.equals("for") || before.equals("on"))
                // "San Antonio de los Baños", "Plaza de la Constitución", "Juntos por el Cambio", "Autostrade per
                // l'Italia": a Romance particle and its article
                || ROMANCE_PARTICLES.contains(before) && ROMANCE_ARTICLES.contains(f)
                // "Caroline van der Plas", "Ursula von der Leyen": a Dutch or German particle and its article
                || (before.equals("van") || before.equals("von")) && GERMANIC_ARTICLES.contains(f);
    }

    private static final Set<String> GERMANIC_ARTICLES = Set.of("der", "den", "de", "dem", "het");

    private static final Set<String> ROMANCE_PARTICLES = Set.of("de", "por", "per", "pour", "para");
    private static final Set<String> ROMANCE_ARTICLES = Set.of("la", "las", "los", "el", "l", "le", "les");

    /** "the Treaty of Waitangi", "the Battle of Mosul", "the Siege of Sarajevo": an event named head first is no entity. */
    private boolean eventOf(List<Token> tokens, int a, int b) {
        return a + 1 < b && tokens.get(a + 1).fold.equals("of") && !tokens.get(a + 1).capitalised
                && (lexicon.eventHeads.contains(tokens.get(a)) || EVENTS_HEAD_FIRST.contains(tokens.get(a).fold));
    }

    /**
     * Where a competition's name starts in the span, or -1: "Copa" opens one ("Copa del Rey", "Copa América"), and a
     * league of champions or nations is one ("Champions League", "Nations League", "Europa League"), where "League"
     * after one word of a people or a creed is a party ("Awami League", "Muslim League", "Arab League").
     */
    private static int competitionAt(List<Token> tokens, int a, int b) {
        if (b > a && tokens.get(a).fold.equals("copa") && tokens.get(a).capitalised) {
            return a;
        }
        return b > a && tokens.get(b).fold.equals("league") && LEAGUES_OF_COMPETITORS.contains(tokens.get(b - 1).fold)
                ? b - 1 : -1;
    }

    private static final Set<String> LEAGUES_OF_COMPETITORS = Set.of("champions", "nations", "europa", "conference");

    /** "Africa Cup of Nations", "Presidential Medal of Freedom": an event's head inside the name, then "of". */
    private boolean eventHeadOf(List<Token> tokens, int a, int b) {
        for (int k = a + 1; k < b; k++) {
            Token t = tokens.get(k);
            if (lexicon.orgHeads.contains(t) || lexicon.orgStrong.contains(t)) {
                return false; // "Federation of ...": an organisation's head comes first
            }
            if (t.capitalised && !t.allCaps && lexicon.eventHeads.contains(t) && tokens.get(k + 1).fold.equals("of")
                    && !tokens.get(k + 1).capitalised) {
                return true;
            }
        }
        return false;
    }

    /** Capitalised words that name no one and nothing of ours: a molecule, a scale, a weather pattern, the network. */
    private static boolean notAName(List<Token> tokens, int a, int b) {
        if (b == a + 1) { // "El Niño", "La Niña"; no string built per span: this runs for every name the rules find
            return tokens.get(b).fold.equals(NOT_NAME_PAIRS.get(tokens.get(a).fold));
        }
        if (a != b) {
            return false;
        }
        String word = tokens.get(a).fold;
        // "the Pacific territory", "Atlantic nations": an ocean's word as an adjective
        return NOT_NAMES.contains(word) || OCEANS.contains(word) && Lexicon.beforeAPolity(tokens, b);
    }

    private static final Set<String> OCEANS = Set.of("pacific", "atlantic", "arctic");

    private static final Set<String> NOT_NAMES = Set.of("dna", "rna", "celsius", "fahrenheit", "internet");
    private static final Map<String, String> NOT_NAME_PAIRS = Map.of("el", "nino", "la", "nina");

    private static final Set<String> EVENTS_HEAD_FIRST = Set.of("battle", "siege", "massacre", "fall", "liberation");

    /** Where "Flight" ends the span before a flight number ("Flight ET302", "... Airlines Flight 302"), or -1. */
    private static int flightAt(List<Token> tokens, int a, int b) {
        if (b > a && tokens.get(b - 1).fold.equals("flight") && NameTyper.modelNumber(tokens.get(b).fold)) {
            return b - 1;
        }
        boolean numberAfter = b + 1 < tokens.size() && tokens.get(b + 1).numeric && !tokens.get(b + 1).breakBefore;
        return b > a && tokens.get(b).fold.equals("flight") && numberAfter ? b : -1;
    }

    /** "in the Shona language", "the Pashto dialect": the name of a language is no entity. */
    private static boolean languageNamed(List<Token> tokens, int b, int to) {
        if (b != to || b + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(b + 1);
        return !next.capitalised && !next.breakBefore && LANGUAGE_NOUNS.contains(next.fold);
    }

    private static final Set<String> LANGUAGE_NOUNS = Set.of("language", "languages", "dialect", "dialects", "tongue");

    /**
     * Languages whose names are no nationality or place word: after "in" they say what language a name is written in.
     * ("in Persian Gulf", "in French Guiana" are places, so Persian and French are not here.)
     */
    private static final Set<String> LANGUAGES = Set.of("arabic", "farsi", "hebrew", "pashto", "dari", "urdu", "hindi",
            "swahili", "kiswahili", "amharic", "tigrinya", "kurmanji", "sorani", "mandarin", "cantonese", "bengali",
            "bangla", "tamazight", "tagalog", "sinhala", "tamil", "hausa", "yoruba", "igbo", "zulu", "xhosa",
            "afrikaans", "uyghur", "tibetan", "burmese", "khmer", "lao", "nepali", "punjabi", "gujarati", "marathi",
            "telugu", "kannada", "malayalam");

    /** Lower-case words that join the parts of an organisation's name once it has an organisation word. */
    private static final Set<String> ORG_CONNECTORS = Set.of("and", "on", "the", "of", "for");

    private static final Set<String> POSSESSIVE_IN_NAMES = Set.of("people", "workers", "women",
            "children", "farmers", "students", "peoples", "nations", "veterans", "teachers", "martyrs", "heroes");

    /** "of" or "for" between a title and its portfolio ("Secretary of State", "Minister for Energy"). */
    /**
     * After a portfolio, the rest of a joint one ("Minister of Energy and Natural Resources Taner Yildiz", translated
     * "of Energy and Resources Natural"): "and" before a portfolio or one of the words such portfolios are made of,
     * and those words. Only after a portfolio, or after "of" or "for" right after the title ("Minister of Public
     * Works"), so none of these words makes a role by itself.
     */
    private boolean portfolioTail(List<Token> tokens, int k, int b) {
        Token t = tokens.get(k);
        if (t.fold.equals("and") && !t.capitalised || t.fold.equals("&")) {
            return k < b && (lexicon.portfolios.contains(tokens.get(k + 1)) || portfolioWord(tokens.get(k + 1)));
        }
        return portfolioWord(t);
    }

    private static boolean portfolioWord(Token t) {
        return t.capitalised && !t.allCaps && PORTFOLIO_WORDS.contains(t.fold);
    }

    private static final Set<String> PORTFOLIO_WORDS = Set.of("resources", "natural", "mineral", "mines", "mining",
            "water", "fisheries", "forestry", "forests", "sport", "sports", "youth", "science", "technology", "research",
            "higher", "welfare", "social", "works", "public", "family", "women", "veterans", "immigration", "petroleum",
            "oil", "gas", "electricity", "power", "telecommunications", "aviation", "climate", "digital", "lands",
            "rural", "urban", "local", "religious", "endowments", "food", "investment", "innovation", "fuel", "relations",
            "cooperation", "protection", "services", "safety");

    private boolean portfolioJoin(List<Token> tokens, int k, int b) {
        Token t = tokens.get(k);
        return k + 1 < b && !t.capitalised && (t.fold.equals("of") || t.fold.equals("for"))
                && (lexicon.portfolios.contains(tokens.get(k + 1)) || portfolioWord(tokens.get(k + 1)));
    }

    /** "Lai Ching-te": a lower-case syllable glued by a hyphen to a capitalised one (not "Kurdish-led"). */
    private boolean hyphenated(TokenizedText tt, int k) {
        if (k == 0) {
            return false;
        }
        Token t = tt.get(k);
        Token prev = tt.get(k - 1);
        return !t.numeric && !t.capitalised && Character.isLetter(t.fold.charAt(0)) && tt.gapIs(k, "-")
                && isNameToken(prev) && t.length() <= 5 && !HYPHEN_WORDS.contains(t.fold)
                && !lexicon.demonyms.contains(prev) && (!lexicon.isFunctionWord(prev) || syllableInName(tt, k - 1));
    }

    /**
     * "Park An-su", "Kim In-ho": a short capitalised syllable that looks like a function word is a given name's first
     * syllable when it is glued after a name word, inside a sentence ("In-depth" opening one is not).
     */
    private boolean syllableInName(TokenizedText tt, int k) {
        Token t = tt.get(k);
        if (k == 0 || t.sentenceStart || t.breakBefore || !t.capitalised || t.allCaps || t.length() > 3) {
            return false;
        }
        Token before = tt.get(k - 1);
        return isNameToken(before) && !lexicon.isFunctionWord(before) && !lexicon.titles.contains(before);
    }

    /** English words that follow a name with a hyphen without being part of it: "Kurdish-led", "Gaza-based". */
    private static final Set<String> HYPHEN_WORDS = Set.of("led", "based", "run", "born", "made",
            "owned", "held", "style", "era", "like", "wide", "bound", "free", "backed", "linked", "armed", "type",
            "class", "level", "area", "zone", "week", "day", "year", "time", "plus", "long", "elect",
            "designate", "ray", "pop", "speed", "scale", "range", "term"); // and "X-ray", "K-pop", "High-speed"

    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west",
            "upper", "lower", "greater");

    private boolean onlyRoles(List<Token> tokens, int a, int b) {
        boolean title = false;
        for (int k = a; k <= b; k++) {
            String f = tokens.get(k).fold;
            title |= lexicon.titles.contains(f);
            if (!lexicon.titles.contains(f) && !lexicon.portfolios.contains(f) && !isConnector(tokens.get(k))
                    && !lexicon.stopwords.contains(f)) {
                return false;
            }
        }
        return title;
    }

    /**
     * The "of" that separates a person from their organisation: the part after it names an organisation,
     * the part before it has no organisation word (so "Bank of England" and "Ministry of Health" stay whole).
     */
    private int splitPoint(List<Token> tokens, int a, int b) {
        for (int k = a + 1; k < b; k++) {
            if (!tokens.get(k).fold.equals("of") || tokens.get(k).capitalised) {
                continue;
            }
            boolean rightIsOrg = lexicon.orgHeads.contains(tokens.get(b));
            for (int m = k + 1; m <= b && !rightIsOrg; m++) {
                rightIsOrg = lexicon.orgStrong.contains(tokens.get(m));
            }
            boolean leftHasOrg = false;
            for (int m = a; m < k; m++) {
                String f = tokens.get(m).fold;
                leftHasOrg |= lexicon.orgHeads.contains(f) || lexicon.orgStrong.contains(f) || lexicon.orgWords.contains(f)
                        || lexicon.portfolios.contains(f) || lexicon.locHeads.contains(f); // "Port of Hodeidah Authority"
            }
            if (rightIsOrg && !leftHasOrg) {
                return k;
            }
            if (unitOfOrganisation(tokens, a, k, b)) {
                return k;
            }
            if (leaderAfterOf(tokens, a, k, b)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "the Samajwadi Party of Akhilesh Yadav": a body whose name ends in a head, "of", then a known given name and one or
     * two more words with nothing of a body's or a place's: the person who leads it, a name of their own.
     */
    private boolean leaderAfterOf(List<Token> tokens, int a, int of, int b) {
        if (of - 1 <= a || !(lexicon.orgHeads.contains(tokens.get(of - 1)) || lexicon.orgStrong.contains(tokens.get(of - 1)))
                || b - of < 2 || b - of > 3 || !lexicon.givenNames.contains(tokens.get(of + 1))) {
            return false;
        }
        for (int m = of + 1; m <= b; m++) {
            Token t = tokens.get(m);
            if (!t.capitalised || t.allCaps || orgWord(t) || lexicon.locHeads.contains(t) || lexicon.demonyms.contains(t)) {
                return false;
            }
        }
        return true;
    }

    /** "the League and Silvio Berlusconi's party": a known given name and a surname after the "and" at k are a person. */
    private boolean personAfter(List<Token> tokens, int and, int b) {
        return and + 2 <= b && lexicon.givenNames.contains(tokens.get(and + 1));
    }

    /** A one-word name of the rules, found by its place in a longer run. */
    private static Candidate oneWord(List<Token> tokens, int k, EntityType type) {
        Token t = tokens.get(k);
        return new Candidate(k, k, t.start, t.end, type, null, null, "rule", 0.6, "name:" + NameTyper.key(tokens, k, k));
    }

    private static final Set<String> ROMAN_NUMERALS = Set.of("i", "ii", "iii", "iv");

    /**
     * "World War II", "the Korean War": a war is an event; but "Institute for the Study of War", whose name has an
     * organisation's head before the word, is a body.
     */
    private boolean war(List<Token> tokens, int a, int b) {
        int last = b > a && ROMAN_NUMERALS.contains(tokens.get(b).fold) ? b - 1 : b;
        if (last <= a || !tokens.get(last).fold.equals("war")) {
            return false;
        }
        for (int k = a; k < last; k++) {
            if (lexicon.orgHeads.contains(tokens.get(k)) || lexicon.orgStrong.contains(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "South Jeolla Province Muan International Airport", "Ishikawa Prefecture Noto Airport": text translated from
     * Korean or Japanese writes where a site is before it, without "in"; a region's head then a site's name of two
     * words or more, ending in a site's head, is two names. The region's head, or -1.
     */
    private int regionBeforeSite(List<Token> tokens, int a, int b) {
        for (int k = a + 1; k + 2 <= b; k++) {
            if (!tokens.get(k).allCaps && lexicon.siteAfterProvinceHead(tokens, k, b)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Benina International Airport of Benghazi": a site with a name of its own, then the known place it serves (or a
     * region, by its lower-case head: "the Noto Peninsula of Ishikawa prefecture"), is two places; "National Museum of
     * Iraq", whose words before the head are all ordinary, is one name.
     */
    private int siteOfPlace(List<Token> tokens, int a, int b, KbWords kbWords) {
        int of = b - 1;
        if (of - a < 2 || !tokens.get(of).fold.equals("of") || tokens.get(of).capitalised
                || !lexicon.locHeads.contains(tokens.get(of - 1))
                || !kbWords.isPlace(tokens.get(b).key()) && !regionHeadAfter(tokens, b)
                || lexicon.allCommonWords(tokens, a, of - 2)) {
            return -1;
        }
        return of;
    }

    /** "Ishikawa prefecture", "Kandahar province": a lower-case region's head after the word says it is a region. */
    private static boolean regionHeadAfter(List<Token> tokens, int b) {
        if (b + 1 >= tokens.size()) {
            return false;
        }
        Token head = tokens.get(b + 1);
        return !head.capitalised && !head.breakBefore && Lexicon.REGION_HEADS_BEFORE_THE_NAME.contains(head.fold);
    }

    /**
     * "Humanitarian Research Lab of Yale University": a unit with a name and head of its own, "of" an organisation
     * whose name ends in a strong head, is two organisations; "Bank of England" or "Ministry of Justice" are not.
     */
    private boolean unitOfOrganisation(List<Token> tokens, int a, int of, int b) {
        if (of - a < 2 || b - of < 2 || !lexicon.orgHeads.contains(tokens.get(of - 1))
                || !lexicon.orgStrong.contains(tokens.get(b)) || !lexicon.orgHeads.contains(tokens.get(b))) {
            return false;
        }
        for (int k = of + 1; k < b; k++) {
            if (!tokens.get(k).capitalised) {
                return false; // "Sharif University of Technology and Allameh Tabataba'i University": a list, not a unit
            }
        }
        return true;
    }

    /**
     * The "and" between two organisations' names: the part before it holds an organisation head, the part after
     * it ends in a strong one ("University", "Party", "Ministry") and has a word of its own that names it ("... and
     * Allameh Tabataba'i University"), or the part before ends in a head and the part after is a bare name with no
     * organisation word ("Hyundai Motor Company and Kia"). Not "Ministry of Economy and Finance" (no head after),
     * "Department of Health and Human Services" (nothing names the part after), "Institute for Peace and Conflict
     * Studies" (a weak head), nor "Securities and Exchange Commission".
     */
    private int coordinationPoint(List<Token> tokens, int a, int b) {
        boolean strongEnd = lexicon.orgStrong.contains(tokens.get(b)) && lexicon.orgHeads.contains(tokens.get(b));
        boolean leftHead = false;
        for (int k = a; k < b; k++) {
            Token t = tokens.get(k);
            leftHead |= lexicon.orgHeads.contains(t) || lexicon.orgStrong.contains(t);
            if (!t.fold.equals("and") || t.capitalised || !leftHead || k == a || tokens.get(k + 1).breakBefore) {
                continue;
            }
            boolean naming = false;
            boolean orgWords = false;
            for (int m = k + 1; m <= b; m++) {
                Token r = tokens.get(m);
                naming |= m < b && namingWord(r) || m == b && namingWord(r) && !strongEnd;
                orgWords |= lexicon.orgHeads.contains(r) || lexicon.orgStrong.contains(r) || lexicon.orgWords.contains(r);
            }
            // "... and Allameh Tabataba'i University"; or a bare name after a complete one: "Hyundai Motor Company and Kia"
            // the head ends a name of its own ("Hyundai Motor Company"), not the object of an "of" ("Ministry of Petroleum
            // and Mineral Resources")
            boolean leftComplete = lexicon.orgHeads.contains(tokens.get(k - 1)) && k - 2 >= a
                    && tokens.get(k - 2).capitalised && !anyLowerCase(tokens, a, k - 1);
            // "Hawaiian Airlines and Alaska Airlines": both sides end in the same head, each a whole name
            boolean sameHead = leftComplete && tokens.get(k - 1).fold.equals(tokens.get(b).fold) && b - k >= 2
                    && !anyLowerCase(tokens, k + 1, b);
            if (naming && (strongEnd || leftComplete && !orgWords) || sameHead) {
                return k;
            }
            if (personAfter(tokens, k, b) && !orgWords) {
                return k;
            }
            return -1;
        }
        return -1;
    }

    /**
     * A role written as its title, "of" or "for" and what it is over ("Minister of Heritage", "Secretary of Security and
     * Citizen Protection", "Inspector-General of Police"): the title's words open the name, and what follows is made of
     * ordinary words, with no organisation's head unless alone ("Police"). Returns where the role ends: the index of
     * the next "of" (a jurisdiction after it, "Minister of Mines and Energy of Brazil", is a name of its own) or
     * {@code b}; -1 when the name is no such role. An unknown name ("Mayor of Wajima") or an organisation
     * ("Governor of the Reserve Bank of Zimbabwe") after the "of" keeps its name.
     */
    private int roleHeldOver(List<Token> tokens, int a, int b) {
        int k = a;
        while (k < b && lexicon.titles.contains(tokens.get(k)) && tokens.get(k).capitalised && !tokens.get(k).possessive) {
            k++;
        }
        String join = tokens.get(k).fold;
        if (k == a || k == b || !join.equals("of") && !join.equals("for") || tokens.get(k).capitalised) {
            return -1;
        }
        int words = 0;
        boolean head = false;
        int m = k + 1;
        for (; m <= b && !tokens.get(m).fold.equals("of"); m++) {
            Token t = tokens.get(m);
            if (lexicon.isFunctionWord(t) || isConnector(t)) {
                continue;
            }
            if (t.allCaps || !t.capitalised || !lexicon.isCommonWord(t) || lexicon.givenNames.contains(t)
                    || lexicon.demonyms.contains(t)) {
                return -1;
            }
            words++;
            head |= (lexicon.orgHeads.contains(t) || lexicon.orgStrong.contains(t)) && !lexicon.portfolios.contains(t);
        }
        return words == 0 || head && words > 1 ? -1 : Math.min(m, b);
    }

    private static boolean anyLowerCase(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!tokens.get(k).capitalised) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word that is no organisation, role or function word: part of what a name calls itself. */
    private boolean namingWord(Token t) {
        return t.capitalised && !lexicon.orgHeads.contains(t) && !lexicon.orgStrong.contains(t) && !lexicon.orgWords.contains(t)
                && !lexicon.portfolios.contains(t) && !lexicon.titles.contains(t) && !lexicon.isFunctionWord(t)
                && !lexicon.locFirst.contains(t);
    }

    /**
     * The person after a role's portfolio ("Minister for Restoration Oleksiy Kuleba", "Commissioner for Human Rights
     * Volker Turk"): the last two words after the last portfolio or organisation word (three when a known given name
     * starts them), if at least two such words follow the portfolio's first word; else -1.
     */
    private int holderAfterPortfolio(List<Token> tokens, int a, int b) {
        if (b - a < 2) {
            return -1;
        }
        int portfolioEnd = a;
        for (int k = a; k <= b; k++) {
            Token t = tokens.get(k);
            if (lexicon.portfolios.contains(t) || lexicon.orgWords.contains(t) || lexicon.orgHeads.contains(t)
                    || lexicon.demonyms.contains(t) || lexicon.titles.contains(t)) {
                portfolioEnd = k;
            }
        }
        if (b - portfolioEnd < 2) {
            return -1;
        }
        int start = b - 1;
        if (b - portfolioEnd >= 3 && lexicon.givenNames.contains(tokens.get(b - 2))) {
            start = b - 2;
        }
        for (int k = start; k <= b; k++) {
            if (!tokens.get(k).capitalised || isConnector(tokens.get(k))) {
                return -1;
            }
        }
        return looksLikePersonName(tokens, start, b) ? start : -1;
    }

    /** Titles whose "for" names a client, a person or a body ("a spokesperson for Smith"), never a portfolio. */
    private static final Set<String> SPEAKS_FOR = Set.of("spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney",
            "counsel");

    /** The span follows "TITLE for", or "TITLE of" + portfolio words: it names the title's portfolio, not an entity. */
    private boolean roleObject(List<Token> tokens, int from, int to) {
        if (from < 2 || tokens.get(from).breakBefore || tokens.get(from - 1).breakBefore
                || !lexicon.titles.contains(tokens.get(from - 2)) || tokens.get(from - 2).possessive) {
            return false;
        }
        String join = tokens.get(from - 1).fold;
        if (join.equals("for")) {
            // "a spokesperson for Garland", "a lawyer for Hunter Biden": whom one speaks or acts for, not a portfolio
            return !SPEAKS_FOR.contains(tokens.get(from - 2).fold);
        }
        if (!join.equals("of")) {
            return false;
        }
        for (int k = from; k <= to; k++) { // "Minister of Foreign Affairs", but "director of Amnesty International"
            if (!lexicon.portfolios.contains(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * What follows a title is a name only if it starts with a capital and holds no organisation word
     * ("Institute for National Defense and Security Research" has a title word inside, not a person).
     */
    private boolean looksLikePersonName(List<Token> tokens, int from, int to) {
        if (!tokens.get(from).capitalised || allDescriptors(tokens, from, to)) {
            return false;
        }
        boolean allPortfolios = true;
        for (int k = from; k <= to; k++) {
            allPortfolios &= lexicon.portfolios.contains(tokens.get(k));
        }
        if (allPortfolios) {
            return false; // "Foreign Affairs"
        }
        for (int k = from; k <= to; k++) {
            String f = tokens.get(k).fold;
            if (lexicon.orgHeads.contains(f) || lexicon.orgStrong.contains(f)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a person's two-word name starts right after an organisation's head word in one capitalised run, as
     * translated text writes a head of an office without a comma ("... Military Administration Oleh Kiper said");
     * -1 when the run does not end so. The organisation must keep at least two words.
     */
    private int personAfterOrganisation(List<Token> tokens, int a, int b, KbWords kbWords) {
        int k = b - 1;
        if (k - 1 <= a || !lexicon.orgHeads.contains(tokens.get(k - 1)) || tokens.get(k).breakBefore
                || tokens.get(b).breakBefore || tokens.get(k).allCaps || tokens.get(b).allCaps) {
            return givenNameAfterOrganisation(tokens, a, b, kbWords);
        }
        for (int i = k; i <= b; i++) {
            if (!holderWord(tokens.get(i))) {
                return -1;
            }
        }
        return looksLikePersonName(tokens, k, b) ? k : -1;
    }

    /**
     * "the advisor in the Royal Court Saud al-Qahtani": a known given name right after an organisation's head starts
     * the holder's name when at most three words follow, capitalised or an Arabic particle; -1 otherwise. So does one
     * right after a body "of" a known place: "the candidate to the Presidency of Ecuador Fernando Villavicencio".
     */
    private int givenNameAfterOrganisation(List<Token> tokens, int a, int b, KbWords kbWords) {
        for (int g = Math.max(a + 1, b - 3); g < b; g++) {
            boolean afterBody = lexicon.orgHeads.contains(tokens.get(g - 1))
                    || g - 3 >= a && tokens.get(g - 2).fold.equals("of") && tokens.get(g - 1).capitalised
                        && kbWords.isPlace(tokens.get(g - 1).key()) && tokens.get(g - 3).capitalised;
            if (!afterBody || !lexicon.givenNames.contains(tokens.get(g))
                    || tokens.get(g).breakBefore || !tokens.get(g).capitalised) {
                continue;
            }
            boolean name = true;
            for (int i = g + 1; i <= b && name; i++) {
                Token t = tokens.get(i);
                name = !t.breakBefore && (holderWord(t) || Lexicon.ARABIC_NAME_PARTICLES.contains(t.fold));
            }
            if (name && tokens.get(b).capitalised) {
                return g;
            }
        }
        return -1;
    }

    /**
     * A word that may be part of a holder's name written right after an organisation or a title's place: capitalised,
     * and no organisation, place, portfolio, demonym, title, month or sector word.
     */
    private boolean holderWord(Token t) {
        return t.capitalised && !lexicon.orgWords.contains(t) && !lexicon.locHeads.contains(t)
                && !lexicon.locFirst.contains(t) && !lexicon.portfolios.contains(t) && !lexicon.demonyms.contains(t)
                && !lexicon.titles.contains(t) && !lexicon.monthNames.contains(t) && !lexicon.orgSectors.contains(t);
    }

    /**
     * Where the holder's name starts in a run that follows "TITLE of", as translated text writes a title, its place
     * and its holder without a comma ("the governor of East Azerbaijan Malek Rahmati", "the vice-governor of Jawa Timur
     * Emil Dardak"): the last two words, or three when the first of them is a given name, if they look like a
     * person's name and are no place or organisation word; -1 otherwise. At least one word is left for the place.
     */
    private int holderAfterTitleOf(TokenizedText tt, int from, int a, int b, KbWords kbWords) {
        List<Token> tokens = tt.tokens();
        int of = from >= 3 && tokens.get(from - 1).fold.equals("the") && !tokens.get(from - 1).capitalised
                ? from - 2 : from - 1; // "the Speaker of the Parliament Mahinda Yapa Abeywardena"
        if (of < 1 || a != from || b - a < 2 || tokens.get(from).breakBefore || tokens.get(of).breakBefore
                || tokens.get(of + 1).breakBefore || !tokens.get(of).fold.equals("of") || tokens.get(of).capitalised
                || !GOVERNING.contains(tokens.get(of - 1).fold)) {
            return -1;
        }
        int k = b - 1;
        if (k - 1 > a && particle(tokens.get(k))) {
            k--; // "the Sheikh of Al-Azhar Ahmed al-Tayeb": an Arabic name's particle before the family name
        }
        boolean bodyOf = tokens.get(a + 1).fold.equals("of") && !tokens.get(a + 1).capitalised;
        if (lexicon.orgHeads.contains(tokens.get(a)) && !bodyOf) {
            k = a + 1; // a body named by its head alone: all the rest is the holder
        } else if (k - 1 > a && lexicon.givenNames.contains(tokens.get(k - 1)) && !tt.gapIs(k - 1, "-")) {
            k--;
        } else if (bodyOf && !lexicon.givenNames.contains(tokens.get(k))) {
            return -1; // "the head of the Federation of Journalists Karim Halabi": only a known given name ends the body
        }
        for (int i = k; i <= b; i++) {
            Token t = tokens.get(i);
            if (particle(t) && i > k && i < b) {
                continue;
            }
            if (!holderWord(t) || t.allCaps || t.breakBefore || lexicon.orgHeads.contains(t) || isConnector(t)
                    || kbWords.isPlace(t.key())) {
                return -1;
            }
        }
        return !lexicon.allCommonWords(tokens, k, b) && looksLikePersonName(tokens, k, b) ? k : -1;
    }

    /** "al" and "bin" inside an Arabic name, in lower case. */
    private static boolean particle(Token t) {
        return !t.capitalised && Lexicon.ARABIC_NAME_PARTICLES.contains(t.fold);
    }

    /** Where the place starts after a capitalised governing title and "of" opening the name ("Mayor of the X"); else -1. */
    private static int placeAfterCapitalisedTitleOf(List<Token> tokens, int a, int b) {
        if (a + 3 > b || !tokens.get(a).capitalised || !GOVERNING.contains(tokens.get(a).fold)
                || !tokens.get(a + 1).fold.equals("of") || tokens.get(a + 1).capitalised) {
            return -1;
        }
        return tokens.get(a + 2).fold.equals("the") && !tokens.get(a + 2).capitalised ? a + 3 : a + 2;
    }

    /** Titles of who governs or leads a place or body, whose holder may follow "TITLE of PLACE" unpunctuated. */
    private static final Set<String> GOVERNING = Set.of("governor", "mayor", "president", "premier", "prefect",
            "minister", "chancellor", "emir", "head", "leader", "chief", "speaker", "chairman", "chairwoman", "chair",
            "sheikh", "patriarch", "archbishop", "mufti", "imam", "rector");

    /**
     * "Middle Eastern", "Syrian", "West African", "South Koreans": adjectives of place and faith, and the peoples they
     * name, are not names.
     */
    private boolean allDescriptors(List<Token> tokens, int from, int to) {
        if (from < to && (NUMBER_WORDS.contains(tokens.get(from).fold) || COUNT_WORDS.contains(tokens.get(from).fold))) {
            from++; // "Eighteen Canadians, nine Ethiopians ...": a count of people opening the sentence
        }
        for (int k = from; k <= to; k++) {
            String f = tokens.get(k).fold;
            if (!lexicon.demonyms.contains(f) && !lexicon.stopwords.contains(f) && !isConnector(tokens.get(k))
                    && !NUMBER_WORDS.contains(f) // "Eighty-one of the players": a number written out
                    && !DIRECTIONS.contains(f) && !lexicon.titles.contains(f) && !demonymPlural(f)) {
                return false;
            }
        }
        return true;
    }

    /** Words that count people before a people's name, besides the {@link #NUMBER_WORDS}. */
    private static final Set<String> COUNT_WORDS = Set.of("hundreds", "thousands", "dozens", "millions", "many", "several",
            "some", "most", "few");

    /** Heads of numbered military units. */
    private static final Set<String> UNIT_HEADS = Set.of("division", "brigade", "regiment", "battalion", "corps", "army",
            "fleet", "squadron", "wing", "group", "company", "infantry", "artillery", "guards", "front", "court",
            "circuit", "tribunal");

    /** The name's head, its last word or the word before its first "of", is a unit's or a numbered court's. */
    private static boolean unitHead(List<Token> tokens, int a, int b) {
        for (int k = a + 1; k <= b; k++) {
            if (tokens.get(k).fold.equals("of") && !tokens.get(k).capitalised) {
                return UNIT_HEADS.contains(tokens.get(k - 1).fold);
            }
        }
        return UNIT_HEADS.contains(tokens.get(b).fold);
    }

    /** "6th", "53rd", "1st", "22nd": digits and an English ordinal ending. */
    private static boolean ordinal(Token t) {
        String f = t.fold;
        int n = f.length();
        if (n < 3 || !Character.isDigit(f.charAt(0))) {
            return false;
        }
        String end = f.substring(n - 2);
        for (int i = 0; i < n - 2; i++) {
            if (!Character.isDigit(f.charAt(i))) {
                return false;
            }
        }
        return end.equals("st") || end.equals("nd") || end.equals("rd") || end.equals("th");
    }

    /** Numbers written out, alone or hyphenated ("Eighty-one"): no name is made of these alone. */
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand");

    /** "Koreans", "Israelis": a people's adjective with a plural "s". */
    private boolean demonymPlural(String fold) {
        return fold.length() > 4 && fold.charAt(fold.length() - 1) == 's'
                && lexicon.demonyms.contains(fold.substring(0, fold.length() - 1));
    }

    /** Two or three capitalised words from a known given name on, none of them a title or an organisation's word. */
    private boolean personSoFar(List<Token> tokens, int i, int j) {
        if (j == i || j - i > 2) {
            return false;
        }
        // a known given name first, or (" Tundu Lissu of Chadema") words no list knows and no dictionary holds
        boolean given = lexicon.givenNames.contains(tokens.get(i));
        for (int k = i; k <= j; k++) {
            Token t = tokens.get(k);
            if (!t.capitalised || t.allCaps || lexicon.titles.contains(t) || orgWord(t) || lexicon.locHeads.contains(t)
                    || !given && (lexicon.isCommonWord(t) || lexicon.isFunctionWord(t) || lexicon.locFirst.contains(t)
                        || lexicon.hasTranslation(t))) {
                return false;
            }
        }
        return true;
    }

    private boolean isConnector(Token t) {
        return !t.capitalised && lexicon.connectors.contains(t);
    }

    /**
     * Stopwords that start a name inside a sentence: number words, Do, a Vietnamese surname ("Do Thi Nhung"), and He, a
     * Chinese one ("spokeswoman He Yadong", "Vice Premier He Lifeng"): the pronoun is capitalised only where a sentence
     * or a quotation opens.
     */
    private static final Set<String> STOPWORDS_OPENING_NAMES = Set.of("two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "do", "he");

    /** Feasts and holidays: days, not entities ("Easter Sunday", "Christmas Eve", "Eid al-Fitr"). */
    private static final Set<String> HOLIDAYS = Set.of("easter", "christmas", "ramadan", "eid", "diwali", "deepavali",
            "passover", "hanukkah", "thanksgiving", "pentecost", "nowruz", "navroz", "ashura", "halloween", "lent",
            "vesak", "holi", "kwanzaa", "whitsun", "epiphany");
    private static final Set<String> NEW_YEARS_OF = Set.of("lunar", "chinese", "persian", "jewish", "islamic", "orthodox");
    private static final Set<String> HOLIDAY_WORDS = Set.of("day", "eve", "sunday", "monday", "friday", "saturday",
            "al", "fitr", "adha", "holidays", "holiday", "weekend");

    /** "Easter Sunday", "Christmas Day", "Eid al-Adha": a feast, not a name. */
    private static boolean holiday(List<Token> tokens, int a, int b) {
        if (a < b && NEW_YEARS_OF.contains(tokens.get(a).fold) && tokens.get(a + 1).fold.equals("new")) {
            a++; // "Lunar New Year", "Persian New Year"
        }
        if (b == a + 1 && tokens.get(b).fold.equals("day") && tokens.get(a).capitalised && !tokens.get(a).allCaps
                && Lexicon.get().isCommonWord(tokens.get(a)) && !Lexicon.get().givenNames.contains(tokens.get(a))) {
            return true; // "Independence Day", "Victory Day", "Boxing Day" (not "Doris Day")
        }
        if (a < b && tokens.get(a).fold.equals("new") && tokens.get(a + 1).fold.equals("year")) {
            a++; // "New Year", "New Year's Day"
        } else if (!HOLIDAYS.contains(tokens.get(a).fold) || b - a > 2) {
            return false;
        }
        for (int k = a + 1; k <= b; k++) {
            if (!HOLIDAY_WORDS.contains(tokens.get(k).fold)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the Three Gorges Dam", "Three Powers Square": a number word capitalised inside a sentence and followed by the rest
     * of a name starts it ("Three Israeli soldiers" opening a sentence does not).
     */
    private static boolean stopwordStartingAName(List<Token> tokens, int a, int to) {
        Token t = tokens.get(a);
        return a < to && STOPWORDS_OPENING_NAMES.contains(t.fold) && t.capitalised && !t.allCaps && !t.sentenceStart
                && !(t.breakBefore && t.fold.equals("he"));
    }

    /**
     * "Mon Valley Works", "Sun Pharma": a weekday's short form with no period after it, glued to a capitalised word that
     * is no month, weekday or number, is a word of the name.
     */
    private boolean weekdayLetters(TokenizedText tt, int a, int to) {
        Token t = tt.get(a);
        if (a >= to || t.length() > 4 || t.allCaps) {
            return false;
        }
        Token next = tt.get(a + 1);
        String text = tt.text();
        return (t.end >= text.length() || text.charAt(t.end) != '.') && !next.breakBefore && next.capitalised && !next.numeric
                && !lexicon.monthNames.contains(next) && !lexicon.weekdays.contains(next);
    }

    /** Months that are also given names ("nurse May Parsons", "officer Jan Marsalek", "April Ryan"). */
    private static final Set<String> MONTH_NAMES_OF_PEOPLE = Set.of("jan", "may", "april", "june", "august");

    /**
     * A month that names a person: after a role noun ("nurse May Parsons", "chief operating officer Jan Marsalek"), not
     * after a preposition or a date word ("in May Parliament voted", "last May"), and before a surname, not a number.
     */
    /**
     * A month's name alone right before a verb of speech ("May told the Commons", "March said"): a surname, never a
     * date. A single for the resolver, which keeps it only where a person of that surname is named in full.
     */
    private boolean monthAsSurname(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (k + 1 >= tokens.size() || !t.capitalised || t.allCaps || t.possessive || !lexicon.monthNames.contains(t)
                || k > 0 && (tokens.get(k - 1).numeric && !tokens.get(k).breakBefore)) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return !next.breakBefore && NameTyper.HUMAN_VERBS.contains(next.fold);
    }

    private boolean monthAsGivenName(List<Token> tokens, int a, int to) {
        Token t = tokens.get(a);
        if (a == 0 || a >= to || !MONTH_NAMES_OF_PEOPLE.contains(t.fold) || t.allCaps || !t.capitalised) {
            return false;
        }
        Token before = tokens.get(a - 1);
        Token next = tokens.get(a + 1);
        return !before.capitalised && !before.numeric && !t.breakBefore && !lexicon.stopwords.contains(before)
                && !DATE_CUES.contains(before.fold) && lexicon.isCommonWord(before)
                && next.capitalised && !next.numeric && !lexicon.monthNames.contains(next) && !lexicon.weekdays.contains(next)
                && !lexicon.stopwords.contains(next);
    }

    /** Titles written abbreviated, which copy closes with a period: "Sen.", "Gen.", "Rep.". */
    private static final Set<String> ABBREVIATED_TITLES = Set.of("sen", "gen", "rep", "gov", "col", "capt", "lt", "sgt",
            "maj", "adm", "brig", "cdr", "cpl", "supt", "insp", "const");

    /** "Hun Sen", "Amartya Sen": a title's abbreviation ending a name without its period is the surname. */
    private static boolean surnameLikeAbbreviation(TokenizedText tt, int a, int b) {
        Token t = tt.get(b);
        String text = tt.text();
        return b > a && ABBREVIATED_TITLES.contains(t.fold) && t.capitalised && !t.allCaps
                && (t.end >= text.length() || text.charAt(t.end) != '.');
    }

    /** "Theresa May", "Brian May": the modal verb's word after a known given name is the surname. */
    private boolean surnameMay(List<Token> tokens, int a, int b) {
        Token t = tokens.get(b);
        return b > a && t.fold.equals("may") && t.capitalised && !t.allCaps && lexicon.givenNames.contains(tokens.get(b - 1));
    }

    /** Words before a month that make it a date: "last May", "early June", "mid-April". */
    private static final Set<String> DATE_CUES = Set.of("last", "next", "early", "late", "mid", "since", "until", "till",
            "through", "during", "between", "throughout", "by", "in", "on", "of", "from", "this", "that", "each", "every",
            "come", "coming", "past");

    /**
     * "Qaboos bin Said", "Said bin Taimur", "Haitham bin Tariq Al Said": a capitalised "Said" (a given and a family name)
     * beside "bin" or "Al" inside the span is a name, not the verb; so is one before another name word inside a
     * sentence, or written "Saïd" ("the president's brother, Saïd Bouteflika,").
     */
    private boolean saidAsAName(TokenizedText tt, int k, int from, int to) {
        List<Token> tokens = tt.tokens();
        Token t = tokens.get(k);
        if (!t.fold.equals("said") || !t.capitalised || t.allCaps) {
            return false;
        }
        if (k > from && Lexicon.ARABIC_NAME_PARTICLES.contains(tokens.get(k - 1).fold)
                || k < to && Lexicon.ARABIC_NAME_PARTICLES.contains(tokens.get(k + 1).fold) && !tokens.get(k + 1).capitalised) {
            return true;
        }
        return k < to && lexicon.saidBeforeAName(tt, k);
    }

    /**
     * "Julie Bishop", "John Major", "Stephen King", "Mehbooba Mufti": a title word right after a given name is the
     * person's surname, not a role that ends the name.
     */
    private boolean surnameAfterGivenName(List<Token> tokens, int a, int b) {
        if (b - 1 < a) {
            return false;
        }
        Token given = tokens.get(b - 1);
        return lexicon.givenNames.contains(given) && !lexicon.titles.contains(given) && !given.possessive && !given.allCaps
                && !tokens.get(b).allCaps && !tokens.get(b).possessive;
    }

    /** Co-operatives are named with "Co-op" and "Co-operative"; every other "Co-" word before a name is a role. */
    private static final Set<String> CO_NAMES = Set.of("op", "ops", "operative", "operatives");

    /** "Co-pilot", "Co-founder", "Co-chair": "Co" glued by a hyphen to an ordinary lower-case word. */
    private boolean coRole(TokenizedText tt, int i) {
        if (i + 1 >= tt.size() || !tt.get(i).fold.equals("co") || tt.get(i).allCaps) {
            return false;
        }
        Token rest = tt.get(i + 1);
        return !rest.capitalised && tt.gapIs(i + 1, "-") && !CO_NAMES.contains(rest.fold) && lexicon.isCommonWord(rest);
    }

    static boolean isNameToken(Token t) {
        return (t.capitalised || t.allCaps) && !t.numeric && Character.isLetter(t.fold.charAt(0));
    }
}
