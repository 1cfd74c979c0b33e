package io.wirestream.tagging.dates;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Picks the year of a date written without one ("January 11"): the latest such date that is not more than
 * {@link #LOOK_AHEAD_DAYS} after publication. So an article of 2025-01-24 reads "January 11" as 2025-01-11,
 * "December 8" as 2024-12-08 and "February 10" (upcoming talks) as 2025-02-10. A date the text marks as
 * ahead of it ({@link #resolveAhead}) takes the first such date on or after publication instead.
 */
public final class YearResolver {
    /** How far after publication a yearless date may point: a month covers "talks on February 10". */
    public static final int LOOK_AHEAD_DAYS = 31;

    private YearResolver() {
    }

    /** ISO date, or the ISO 8601 yearless form {@code --MM-DD} when there is no publication date. Null if invalid. */
    public static String resolve(int month, int day, LocalDate publishedOn) {
        if (publishedOn == null) {
            if (!valid(2000, month, day)) { // a leap year, so 29 February stays possible
                return null;
            }
            return IsoText.yearlessDay(month, day);
        }
        LocalDate limit = publishedOn.plusDays(LOOK_AHEAD_DAYS);
        for (int year = publishedOn.getYear() + 1; year >= publishedOn.getYear() - 4; year--) {
            if (!valid(year, month, day)) {
                continue;
            }
            LocalDate d = LocalDate.of(year, month, day);
            if (!d.isAfter(limit)) {
                return d.toString();
            }
        }
        return null;
    }

    /**
     * How far before publication a date the text marks as ahead still stays in the past: "the law, which was
     * scheduled to enter into force on 13 December, has been stopped" (published 17 December) means the
     * December just gone, not the one a year later. Also covers a story filed days before it was published.
     */
    public static final int RECENT_DAYS = 7;

    /**
     * For a date the sentence marks as ahead ("until June 30", "is due to report by June 30"): the first such
     * date on or after publication, unless the date fell within the last {@link #RECENT_DAYS} days.
     */
    public static String resolveAhead(int month, int day, LocalDate publishedOn) {
        if (publishedOn == null) {
            return resolve(month, day, null);
        }
        for (int back = 1; back <= RECENT_DAYS; back++) {
            LocalDate d = publishedOn.minusDays(back);
            if (d.getMonthValue() == month && d.getDayOfMonth() == day) {
                return d.toString();
            }
        }
        for (int year = publishedOn.getYear(); year <= publishedOn.getYear() + 4; year++) {
            if (valid(year, month, day) && !LocalDate.of(year, month, day).isBefore(publishedOn)) {
                return LocalDate.of(year, month, day).toString();
            }
        }
        return null;
    }

    /**
     * A month named without a year ("in October"): the latest such month up to the month of publication, or with
     * {@code ahead} the first from it on; {@code --MM} without a publication date.
     */
    public static String resolveMonth(int month, LocalDate publishedOn, boolean ahead) {
        return resolveMonth(month, publishedOn, ahead, false);
    }

    /**
     * How many months after publication a month named alone still reads as the coming one without a cue: "Grossi
     * could visit Russia again in May" (April) is this May, "a report said in July" (February) last July.
     */
    public static final int MONTHS_AHEAD = 2;

    /**
     * As {@link #resolveMonth(int, LocalDate, boolean)}; {@code past} when the text puts the month behind ("since
     * April", "last March"), which rules out the coming one.
     */
    public static String resolveMonth(int month, LocalDate publishedOn, boolean ahead, boolean past) {
        if (publishedOn == null) {
            return IsoText.yearlessMonth(month);
        }
        int after = Math.floorMod(month - publishedOn.getMonthValue(), 12); // months from publication to it
        boolean coming = ahead || !past && after >= 1 && after <= MONTHS_AHEAD;
        int year = publishedOn.getYear();
        if (coming && month < publishedOn.getMonthValue()) {
            year++;
        } else if (!coming && month > publishedOn.getMonthValue()) {
            year--;
        }
        return IsoText.yearMonth(year, month);
    }

    static boolean valid(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
