package io.wirestream.tagging.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import io.wirestream.tagging.Entity;
import io.wirestream.tagging.EntityType;
import io.wirestream.tagging.match.Candidate;
import io.wirestream.tagging.rules.Lexicon;
import io.wirestream.tagging.text.Token;
import io.wirestream.tagging.text.TokenizedText;

/**
 * Finds explicit calendar dates and normalises them to ISO: "December 8, 2024", "8 December 2024",
 * "8th of December", "December 2024" (-> 2024-12), "2024-12-08", and yearless "January 11" (year from the
 * publication date, see {@link YearResolver}). Weekdays, "last month" and bare years are not calendar dates.
 * Token-based rather than regex: one pass, and the month lexicon is shared with the name rules.
 */
public final class DateFinder {
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2199;

    private final Map<String, Integer> months = Lexicon.get().months;

    public List<Candidate> find(TokenizedText tt, LocalDate publishedOn, boolean[] consumed) {
        List<Candidate> out = new ArrayList<>();
        List<Token> tokens = tt.tokens();
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!t.capitalised && !isDigit(t.fold.charAt(0))) {
                continue; // every date starts with a month name or a number
            }
            Candidate c = dayFirst(tt, i, publishedOn);
            if (c == null) {
                c = monthFirst(tt, i, publishedOn);
            }
            if (c == null) {
                c = iso(tt, i);
            }
            if (c != null && partOfAName(tt, c)) {
                i = c.lastToken; // "the March 23 Movement", "the 14 March Alliance": a name, not a date
                continue;
            }
            if (c != null) {
                out.add(c);
                for (int k = c.firstToken; k <= c.lastToken; k++) {
                    consumed[k] = true;
                }
                i = c.lastToken;
            }
        }
        return out;
    }

    /** "December 8", "December 8, 2024", "Dec. 8th 2024", "December 2024". */
    private Candidate monthFirst(TokenizedText tt, int i, LocalDate pub) {
        int month = month(tt, i);
        if (month == 0) {
            return null;
        }
        if (i + 1 >= tt.size() || !spaces(tt, i + 1, false)) {
            return bareMonth(tt, i, month, pub);
        }
        int day = day(tt.get(i + 1));
        if (day > 0) {
            if (i + 2 < tt.size() && spaces(tt, i + 2, true)) {
                int year = year(tt.get(i + 2));
                if (year > 0) {
                    return full(tt, i, i + 2, year, month, day);
                }
            }
            return yearless(tt, i, i + 1, month, day, pub);
        }
        int year = year(tt.get(i + 1));
        return year > 0 ? monthOnly(tt, i, i + 1, year, month) : bareMonth(tt, i, month, pub);
    }

    /**
     * A month coordinated with the one before ("in March and April"): read with that month's cue, and in the year that
     * puts it after that month.
     */
    private Candidate afterTheMonthBefore(TokenizedText tt, int i, int month, LocalDate pub) {
        int previousMonth = month(tt, i - 2);
        Candidate previous = previousMonth == 0 ? null : bareMonth(tt, i - 2, previousMonth, pub);
        if (previous == null || previous.value == null || previous.value.startsWith("--")) {
            return previous == null ? null : date(tt, i, i, IsoText.yearlessMonth(month), previous.confidence, previous.method);
        }
        int year = Integer.parseInt(previous.value.substring(0, 4)) + (month < previousMonth ? 1 : 0);
        return date(tt, i, i, IsoText.yearMonth(year, month), previous.confidence, previous.method);
    }

    /** A capitalised organisation or place head right after the date: the date is part of a name. */
    private static boolean partOfAName(TokenizedText tt, Candidate c) {
        if (c.lastToken + 1 >= tt.size()) {
            return false;
        }
        Token next = tt.get(c.lastToken + 1);
        Lexicon lexicon = Lexicon.get();
        return next.capitalised && !next.breakBefore && !next.allCaps
                && (lexicon.orgHeads.contains(next) || lexicon.locHeads.contains(next) || MOVEMENT.contains(next.fold));
    }

    private static final Set<String> MOVEMENT = Set.of("movement", "alliance", "coalition", "revolution", "uprising");

    /** Full month names: an abbreviation alone ("Jan", "Mar") is too often a name. */
    private static final Set<String> FULL_MONTHS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    /**
     * Words that place a month named alone in time ("in October", "since February", "the end of March"). Only
     * after one of them is a lone month a date: "May" and "March" are also names, verbs and nouns.
     */
    private static final Set<String> MONTH_CUES = Set.of("in", "since", "until", "till", "by", "last", "next",
            "early", "mid", "late", "of", "from", "through", "throughout", "before", "after", "during", "this",
            "between");

    private static final Set<String> PART_OF_MONTH = Set.of("early", "mid", "late");
    private static final Set<String> EDGE_OF_MONTH = Set.of("end", "beginning", "start", "middle");

    /**
     * "in October": the month of the latest such month up to publication (or, when the sentence puts it ahead,
     * the first from publication on), as independent gold writers and issue 14 read a date without its year.
     */
    private Candidate bareMonth(TokenizedText tt, int i, int month, LocalDate pub) {
        Token t = tt.get(i);
        if (i == 0 || t.breakBefore || t.possessive || !FULL_MONTHS.contains(t.fold)) {
            return null;
        }
        Token before = tt.get(i - 1);
        if (i >= 3 && (before.fold.equals("and") || before.fold.equals("or")) && !before.capitalised
                && FULL_MONTHS.contains(tt.get(i - 2).fold) && MONTH_CUES.contains(tt.get(i - 3).fold)) {
            return afterTheMonthBefore(tt, i, month, pub); // "in March and April"
        }
        // a cue opening the sentence is capitalised: "In August the tribunal ..."
        if (before.capitalised && !before.sentenceStart || !MONTH_CUES.contains(before.fold)) {
            return null;
        }
        if (i + 1 < tt.size() && !tt.get(i + 1).breakBefore && tt.get(i + 1).capitalised) {
            return null; // "the September Dossier": a name
        }
        // the word that places it, across "early", "mid", "late" and "the end of": "by the end of April"
        int k = i - 1;
        if (PART_OF_MONTH.contains(tt.get(k).fold) && k > 0) {
            k--;
        }
        if (k > 1 && tt.get(k).fold.equals("of") && EDGE_OF_MONTH.contains(tt.get(k - 1).fold)) {
            k -= tt.get(k - 2).fold.equals("the") && k > 2 ? 3 : 2;
        }
        int stated = statedYear(tt, i, pub);
        if (stated > 0) { // "in September last year"
            return date(tt, i, i, IsoText.yearMonth(stated, month), 0.8, Entity.METHOD_INFERRED_YEAR);
        }
        String cue = tt.get(k).fold;
        // "homes cracked in January", "a referendum was held in May": a verb in the past before the cue puts it behind
        boolean past = cue.equals("last") || cue.equals("since")
                || (pastVerbBefore(tt, k) || cue.equals("in") && pastVerbInClause(tt, k)) && !pointsAhead(tt, i);
        boolean ahead = !past && (AHEAD_BEFORE.contains(cue) || cue.equals("from") || pointsAhead(tt, i));
        // "next January" written in January is a year on: the month after publication is the earliest it can be
        String value = YearResolver.resolveMonth(month, cue.equals("next") && pub != null ? pub.plusMonths(1) : pub,
                ahead, past);
        return date(tt, i, i, value, pub == null ? 0.6 : 0.8, pub == null ? "rule" : Entity.METHOD_INFERRED_YEAR);
    }

    /** "8 December", "8th of December 2024". */
    private Candidate dayFirst(TokenizedText tt, int i, LocalDate pub) {
        int day = day(tt.get(i));
        if (day == 0 || i + 1 >= tt.size() || !spaces(tt, i + 1, false)) {
            return null;
        }
        int m = i + 1;
        if (tt.get(m).fold.equals("of") && m + 1 < tt.size() && spaces(tt, m + 1, false)) {
            m++;
        }
        int month = month(tt, m);
        if (month == 0) {
            return null;
        }
        if (m + 1 < tt.size() && spaces(tt, m + 1, true)) {
            int year = year(tt.get(m + 1));
            if (year > 0) {
                return full(tt, i, m + 1, year, month, day);
            }
        }
        return yearless(tt, i, m, month, day, pub);
    }

    /** "2024-12-08". */
    private Candidate iso(TokenizedText tt, int i) {
        if (i + 2 >= tt.size()) {
            return null;
        }
        Token y = tt.get(i);
        Token m = tt.get(i + 1);
        Token d = tt.get(i + 2);
        if (y.length() != 4 || m.length() != 2 || d.length() != 2 || !digits(y) || !digits(m) || !digits(d)
                || !tt.gapIs(i + 1, "-") || !tt.gapIs(i + 2, "-")) {
            return null;
        }
        int year = Integer.parseInt(y.fold);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return null;
        }
        return full(tt, i, i + 2, year, Integer.parseInt(m.fold), Integer.parseInt(d.fold));
    }

    private Candidate full(TokenizedText tt, int first, int last, int year, int month, int day) {
        if (!YearResolver.valid(year, month, day)) {
            return null;
        }
        return date(tt, first, last, LocalDate.of(year, month, day).toString(), 0.97);
    }

    private Candidate yearless(TokenizedText tt, int first, int last, int month, int day, LocalDate pub) {
        int year = statedYear(tt, last, pub);
        if (year > 0 && YearResolver.valid(year, month, day)) { // "on May 31 next year"
            return date(tt, first, last, LocalDate.of(year, month, day).toString(), 0.9, Entity.METHOD_INFERRED_YEAR);
        }
        if (pub != null && nextYearInSentence(tt, first) && YearResolver.valid(pub.getYear() + 1, month, day)) {
            // "Next year's final will be played ... on May 31": the year named before the date
            return date(tt, first, last, LocalDate.of(pub.getYear() + 1, month, day).toString(), 0.9,
                    Entity.METHOD_INFERRED_YEAR);
        }
        String value = pointsAhead(tt, first) ? YearResolver.resolveAhead(month, day, pub) : YearResolver.resolve(month, day, pub);
        if (value == null) {
            return null;
        }
        // the year is ours, not the writer's: say so, so a consumer can tell it from a written one
        return date(tt, first, last, value, pub == null ? 0.7 : 0.9, pub == null ? "rule" : Entity.METHOD_INFERRED_YEAR);
    }

    private Candidate monthOnly(TokenizedText tt, int first, int last, int year, int month) {
        return date(tt, first, last, IsoText.yearMonth(year, month), 0.95);
    }

    private static Candidate date(TokenizedText tt, int first, int last, String value, double confidence) {
        return date(tt, first, last, value, confidence, "rule");
    }

    private static Candidate date(TokenizedText tt, int first, int last, String value, double confidence, String method) {
        return new Candidate(first, last, tt.get(first).start, tt.get(last).end, EntityType.DATE, null, value, method,
                confidence, "date:" + value);
    }

    /**
     * The year "last year", "next year" or "this year" right after a date names, counted from publication ("in September
     * last year"); 0 when none follows or there is no publication date.
     */
    private static int statedYear(TokenizedText tt, int last, LocalDate pub) {
        if (pub == null || last + 2 >= tt.size() || !tt.get(last + 2).fold.equals("year") || tt.get(last + 1).breakBefore
                && !tt.strippedGapIs(last + 1, ",")) {
            return 0;
        }
        return switch (tt.get(last + 1).fold) {
            case "last" -> pub.getYear() - 1;
            case "next" -> pub.getYear() + 1;
            case "this" -> pub.getYear();
            default -> 0;
        };
    }

    /** Words right before a date that put it after the time of writing: "until June 30", "by June 30". */
    private static final Set<String> AHEAD_BEFORE = Set.of("until", "till", "by", "before", "next", "through");
    /** Past forms that do not end in "-ed". */
    private static final Set<String> IRREGULAR_PAST = Set.of("was", "were", "had", "did", "began", "took", "came", "went",
            "fell", "rose", "held", "met", "won", "lost", "left", "made", "saw", "struck", "broke", "hit", "grew",
            "ran", "sank", "shook", "spoke", "stood", "swept", "told", "wrote", "built", "sent", "spent", "led", "fled",
            "fought", "froze", "gave", "drew", "flew", "threw", "became", "caught", "brought", "bought", "sold", "paid",
            "blew", "dug", "drove", "got", "hung", "knew", "laid", "lay", "lit", "overthrew", "quit", "rang", "rode", "sat",
            "shot", "shut", "slid", "spread", "stole", "stuck", "swore", "swung", "taught", "tore", "understood", "woke",
            "withdrew", "sought", "felt", "kept", "burnt", "found", "heard", "meant", "wound", "forgot");
    /** "-ed" forms that speak of what is to come: "is expected in January", "is scheduled in May". */
    private static final Set<String> AHEAD_PARTICIPLES = Set.of("expected", "scheduled", "planned", "slated", "set",
            "due", "timed", "billed", "tipped", "proposed", "intended", "aimed", "targeted", "pencilled", "penciled");

    private static final Set<String> VERB_PARTICLES = Set.of("out", "up", "off", "down", "back", "away", "over", "again",
            "there", "here", "open", "apart");

    /** A verb in the past right before {@code k}, or before a particle there: "cracked in", "blew out in". */
    private static boolean pastVerbBefore(TokenizedText tt, int k) {
        if (k < 1) {
            return false;
        }
        Token t = tt.get(k - 1);
        return pastTense(t) || k >= 2 && VERB_PARTICLES.contains(t.fold) && pastTense(tt.get(k - 2));
    }

    /**
     * "escaped from a lower-security jail in the city in January", "a door plug blew out on an Alaska Airlines jet in
     * January": a verb in the past earlier in the same clause, not one that reports speech ("said the vote will be in
     * January" tells nothing of when), puts the month behind.
     */
    private static boolean pastVerbInClause(TokenizedText tt, int k) {
        for (int j = k - 1; j >= 0 && j >= k - SENTENCE_LOOK_BACK; j--) {
            Token t = tt.get(j);
            if (pastTense(t) && !REPORTING_VERBS.contains(t.fold)) {
                return j == 0 || !tt.get(j - 1).fold.equals("be") && !tt.get(j - 1).fold.equals("to");
            }
            if (t.breakBefore || AHEAD_IN_SENTENCE.contains(t.fold) || REPORTING_VERBS.contains(t.fold)) {
                return false; // the clause opens here, or it speaks of what is to come, or reports what was said
            }
        }
        return false;
    }

    private static final Set<String> REPORTING_VERBS = Set.of("said", "told", "announced", "added", "stated", "reported",
            "confirmed", "warned", "claimed", "noted", "explained", "wrote", "declared", "insisted", "argued");

    private static boolean pastTense(Token t) {
        String f = t.fold;
        return !t.capitalised && (IRREGULAR_PAST.contains(f)
                || f.length() > 4 && f.endsWith("ed") && !AHEAD_PARTICIPLES.contains(f) && !f.endsWith("eed"));
    }

    /** Words earlier in the sentence that put its date ahead: "talks are due to resume on June 30". */
    private static final Set<String> AHEAD_IN_SENTENCE = Set.of("will", "due", "scheduled", "expected", "planned",
            "shall", "upcoming", "plans", "deadline", "expects", "forecasts", "hopes", "intends");
    private static final int SENTENCE_LOOK_BACK = 15;
    /** Words that put a date ahead across the event it dates: "before the handover on March 11". */
    private static final Set<String> UNTIL_EVENT = Set.of("before", "until", "till", "ahead");

    /** "was originally set for", "had initially been scheduled for": a plan since changed, for a date that may be gone. */
    private static boolean plannedBefore(TokenizedText tt, int set) {
        for (int k = set - 1; k >= 0 && k >= set - 3; k--) {
            if (SUPERSEDED.contains(tt.get(k).fold)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SUPERSEDED = Set.of("originally", "initially", "previously", "first");

    /** What may follow "before" or "until" when an event stands between it and the date: "before the handover on". */
    private static final Set<String> EVENT_DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their");

    /** "set for June 3", "scheduled for June 3". */
    private static final Set<String> SET_FOR = Set.of("set", "scheduled", "planned", "slated", "due", "expected",
            "called", "booked", "fixed");

    private static boolean pointsAhead(TokenizedText tt, int first) {
        if (first > 0 && AHEAD_BEFORE.contains(tt.get(first - 1).fold) || first > 1
                && (tt.get(first - 1).fold.equals("on") && AHEAD_BEFORE.contains(tt.get(first - 2).fold)
                || tt.get(first - 1).fold.equals("for") && SET_FOR.contains(tt.get(first - 2).fold)
                    && !plannedBefore(tt, first - 2))) {
            return true; // "until June 30", "by June 30", "set for June 3" (not "was originally set for Feb. 25")
        }
        if (first > 3 && tt.get(first - 1).fold.equals("on") && !tt.get(first - 1).breakBefore) {
            for (int k = first - 2; k >= first - 4 && k > 0; k--) {
                if (tt.get(k).breakBefore) {
                    break;
                }
                if (UNTIL_EVENT.contains(tt.get(k).fold)) {
                    // "before the handover on March 11", "until the vote on May 5"; not "caved in before dawn on Nov. 12"
                    return EVENT_DETERMINERS.contains(tt.get(k + 1).fold);
                }
            }
        }
        // "talks are due to resume on June 30", "Next year's final will be played ... on May 31"
        return earlierInSentence(tt, first, k -> AHEAD_IN_SENTENCE.contains(tt.get(k).fold))
                || nextYearInSentence(tt, first);
    }

    /** "next year" earlier in the date's sentence. */
    private static boolean nextYearInSentence(TokenizedText tt, int first) {
        return earlierInSentence(tt, first, k -> k + 1 < first && tt.get(k).fold.equals("next")
                && tt.get(k + 1).fold.equals("year"));
    }

    /**
     * Whether a word before the date at {@code first}, in its sentence and at most {@link #SENTENCE_LOOK_BACK} words
     * back, is one {@code wanted} accepts (by index). {@link #pastVerbInClause} walks back on its own: it stops at a
     * clause's edge and at words that decide against it, not at the sentence's start.
     */
    private static boolean earlierInSentence(TokenizedText tt, int first, IntPredicate wanted) {
        for (int k = first - 1; k >= 0 && k >= first - SENTENCE_LOOK_BACK; k--) {
            if (wanted.test(k)) {
                return true;
            }
            if (tt.get(k).sentenceStart) {
                break;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private int month(TokenizedText tt, int i) {
        Token t = tt.get(i);
        if (!t.capitalised || !Lexicon.get().monthNames.contains(t)) {
            return 0;
        }
        Integer m = months.get(t.fold);
        return m == null ? 0 : m;
    }

    /** 1..31 written as "8", "08" or "8th"; 0 otherwise. */
    private static int day(Token t) {
        String f = t.fold;
        int len = f.length();
        int digitsEnd = 0;
        while (digitsEnd < len && digitsEnd < 3 && f.charAt(digitsEnd) >= '0' && f.charAt(digitsEnd) <= '9') {
            digitsEnd++;
        }
        if (digitsEnd == 0 || digitsEnd > 2) {
            return 0;
        }
        String suffix = f.substring(digitsEnd);
        if (!suffix.isEmpty() && !suffix.equals("st") && !suffix.equals("nd") && !suffix.equals("rd") && !suffix.equals("th")) {
            return 0;
        }
        int d = Integer.parseInt(f.substring(0, digitsEnd));
        return d >= 1 && d <= 31 ? d : 0;
    }

    private static int year(Token t) {
        if (t.length() != 4 || !digits(t)) {
            return 0;
        }
        int y = Integer.parseInt(t.fold);
        return y >= MIN_YEAR && y <= MAX_YEAR ? y : 0;
    }

    private static boolean digits(Token t) {
        for (int k = 0; k < t.fold.length(); k++) {
            char c = t.fold.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The gap before token i is only spaces (and, where allowed, one comma); a period may end an abbreviation. */
    private static boolean spaces(TokenizedText tt, int i, boolean commaAllowed) {
        String gap = tt.gapBefore(i);
        if (gap.isEmpty() || gap.length() > 4) {
            return false;
        }
        for (int k = 0; k < gap.length(); k++) {
            char c = gap.charAt(k);
            boolean ok = c == ' ' || c == '\u00A0' || (c == ',' && commaAllowed) || (c == '.' && k == 0 && !commaAllowed);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
