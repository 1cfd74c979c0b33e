package io.wirestream.tagging.rules;

import java.util.ArrayList;
import java.util.List;

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
    /** Found names, and lone capitalised words kept for surname resolution (token indices). */
    public record Result(List<Candidate> names, List<Integer> singles) {
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
        List<Token> tokens = tt.tokens();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            if (consumed[i] || !isNameToken(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i;
            boolean orgSoFar = lexicon.orgHeads.contains(tokens.get(i));
            boolean saint = tokens.get(i).fold.equals("st") || tokens.get(i).fold.equals("saint");
            while (j + 1 < n && !consumed[j + 1] && !tokens.get(j + 1).breakBefore
                    && (continuesAfter(tokens.get(j)) || saint && j == i + 1)) { // "St. Peter's Basilica"
                Token next = tokens.get(j + 1);
                if (isNameToken(next) || hyphenated(tt, j + 1)) {
                    j++;
                } else {
                    // one or two joining words, then a capitalised word: "Bank of England", "Treatment of the Sick"
                    int c = j + 1;
                    while (c < n && c <= j + 2 && !consumed[c] && !tokens.get(c).breakBefore && !tokens.get(c).possessive
                            && (isConnector(tokens.get(c)) || orgSoFar && ORG_CONNECTORS.contains(tokens.get(c).fold))
                            && joins(tokens, j + 1, c)) {
                        c++;
                    }
                    if (c == j + 1 || c >= n || consumed[c] || tokens.get(c).breakBefore || !isNameToken(tokens.get(c))
                            || lexicon.weekdays.contains(tokens.get(c)) || lexicon.monthNames.contains(tokens.get(c))) {
                        break; // "the Roman Catholic Church on Thursday"
                    }
                    j = c;
                }
                orgSoFar |= lexicon.orgHeads.contains(tokens.get(j));
            }
            span(tt, i, j, kbWords, places, names, singles);
            i = j + 1;
        }
        return new Result(names, singles);
    }

    private void span(TokenizedText tt, int from, int to, KbWords kbWords, boolean[] places, List<Candidate> names,
                      List<Integer> singles) {
        List<Token> tokens = tt.tokens();
        int a = from;
        // sentence openers and other function words never begin a name
        while (a <= to && (lexicon.stopwords.contains(tokens.get(a)) || lexicon.monthNames.contains(tokens.get(a))
                || lexicon.weekdays.contains(tokens.get(a)) || isConnector(tokens.get(a)))) {
            a++;
        }
        int b = to;
        // "Commission President": a name ending in a role word is a role, not a name
        while (b >= a && (isConnector(tokens.get(b)) || lexicon.stopwords.contains(tokens.get(b))
                || lexicon.titles.contains(tokens.get(b)) && !hyphenated(tt, b))) {
            b--;
        }
        if (a > b || lexicon.eventHeads.contains(tokens.get(b)) || onlyRoles(tokens, a, b)) {
            return; // "Paris Air Show" is an event; "Secretary of State" a role
        }
        int of = splitPoint(tokens, a, b);
        if (of > 0) { // "Analyst Sash Tusa of Agency Partners": a person of an organisation
            span(tt, a, of - 1, kbWords, places, names, singles);
            span(tt, of + 1, b, kbWords, places, names, singles);
            return;
        }
        boolean orgEnding = lexicon.orgHeads.contains(tokens.get(b));
        boolean titled = false;
        if (!orgEnding) {
            // "Iranian Foreign Minister Abbas Araghchi", "Saudi Energy Minister Prince Abdulaziz": everything up
            // to the last title is role, not name
            int lastTitle = -1;
            for (int k = a; k < b; k++) {
                if (lexicon.titles.contains(tokens.get(k)) && !hyphenated(tt, k)) {
                    lastTitle = k;
                }
            }
            if (lastTitle >= 0 && looksLikePersonName(tokens, lastTitle + 1, b)) {
                titled = true;
                a = lastTitle + 1;
                while (a <= b && isConnector(tokens.get(a))) {
                    a++;
                }
            } else if (from > 0 && !tokens.get(from).breakBefore && lexicon.titles.contains(tokens.get(from - 1))
                    && !tokens.get(from - 1).possessive) {
                titled = true; // "the former president Ahmad Khan": a lower-case title just before
            }
        }
        if (a > b || allDescriptors(tokens, a, b)) {
            return;
        }
        Candidate c = typer.type(tt, a, b, titled, kbWords, places);
        if (c != null) {
            names.add(c);
            if (c.type == io.wirestream.tagging.EntityType.LOCATION) {
                java.util.Arrays.fill(places, c.firstToken, c.lastToken + 1, true);
            }
        } else if (a == b && !lexicon.isFunctionWord(tokens.get(a)) && !lexicon.titles.contains(tokens.get(a))) {
            singles.add(a);
        }
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
        return f.equals("the") && (before.equals("of") || before.equals("for") || before.equals("on"));
    }

    /** Lower-case words that join the parts of an organisation's name once it has an organisation word. */
    private static final java.util.Set<String> ORG_CONNECTORS = java.util.Set.of("and", "on", "the", "of", "for");

    private static final java.util.Set<String> POSSESSIVE_IN_NAMES = java.util.Set.of("people", "workers", "women",
            "children", "farmers", "students", "peoples", "nations", "veterans", "teachers", "martyrs", "heroes");

    /** "Lai Ching-te": a lower-case syllable glued by a hyphen to a capitalised one (not "Kurdish-led"). */
    private boolean hyphenated(TokenizedText tt, int k) {
        if (k == 0) {
            return false;
        }
        Token t = tt.get(k);
        Token prev = tt.get(k - 1);
        return !t.numeric && !t.capitalised && Character.isLetter(t.fold.charAt(0)) && tt.gapBefore(k).equals("-")
                && isNameToken(prev) && t.length() <= 5 && !HYPHEN_WORDS.contains(t.fold)
                && !lexicon.demonyms.contains(prev) && !lexicon.isFunctionWord(prev);
    }

    /** English words that follow a name with a hyphen without being part of it: "Kurdish-led", "Gaza-based". */
    private static final java.util.Set<String> HYPHEN_WORDS = java.util.Set.of("led", "based", "run", "born", "made",
            "owned", "held", "style", "era", "like", "wide", "bound", "free", "backed", "linked", "armed", "type",
            "class", "level", "area", "zone", "week", "day", "year", "time", "plus", "long");

    private static final java.util.Set<String> DIRECTIONS = java.util.Set.of("north", "south", "east", "west",
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
                        || lexicon.portfolios.contains(f);
            }
            return rightIsOrg && !leftHasOrg ? k : -1;
        }
        return -1;
    }

    /**
     * What follows a title is a name only if it starts with a capital and holds no organisation word
     * ("Institute for National Defense and Security Research" has a title word inside, not a person).
     */
    private boolean looksLikePersonName(List<Token> tokens, int from, int to) {
        if (!tokens.get(from).capitalised || allDescriptors(tokens, from, to)) {
            return false;
        }
        for (int k = from; k <= to; k++) {
            String f = tokens.get(k).fold;
            if (lexicon.orgHeads.contains(f) || lexicon.orgStrong.contains(f)) {
                return false;
            }
        }
        return true;
    }

    /** "Middle Eastern", "Syrian", "West African": adjectives of place and faith are not names. */
    private boolean allDescriptors(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            String f = tokens.get(k).fold;
            if (!lexicon.demonyms.contains(f) && !lexicon.stopwords.contains(f) && !isConnector(tokens.get(k))
                    && !DIRECTIONS.contains(f)) {
                return false;
            }
        }
        return true;
    }

    private boolean isConnector(Token t) {
        return !t.capitalised && lexicon.connectors.contains(t);
    }

    static boolean isNameToken(Token t) {
        return (t.capitalised || t.allCaps) && !t.numeric && Character.isLetter(t.fold.charAt(0));
    }
}
