package io.wirestream.tagging.dates;

import java.util.Locale;

/**
 * The ISO 8601 forms of a month ({@code 2024-12}) and of yearless dates ({@code --12-08}, {@code --12}), written by
 * hand: {@code String.format} parsed its pattern and built a Formatter for every date found. Always ASCII digits:
 * {@code String.format} wrote the JVM's default locale's digits, so under an Arabic or Persian locale a yearless
 * date came out in Arabic-Indic digits, which no ISO reader takes. Values outside the written ranges (never a
 * month or day a finder accepts) go through {@code String.format} with {@link Locale#ROOT}.
 */
final class IsoText {

    private IsoText() {
    }

    /** {@code 2024-12}. */
    static String yearMonth(int year, int month) {
        if (year < 0 || year > 9999 || month < 0 || month > 99) {
            return String.format(Locale.ROOT, "%04d-%02d", year, month);
        }
        return new String(new char[] {digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10),
                digit(year % 10), '-', digit(month / 10), digit(month % 10)});
    }

    /** {@code --12-08}. */
    static String yearlessDay(int month, int day) {
        if (month < 0 || month > 99 || day < 0 || day > 99) {
            return String.format(Locale.ROOT, "--%02d-%02d", month, day);
        }
        return new String(new char[] {'-', '-', digit(month / 10), digit(month % 10), '-', digit(day / 10),
                digit(day % 10)});
    }

    /** {@code --12}. */
    static String yearlessMonth(int month) {
        if (month < 0 || month > 99) {
            return String.format(Locale.ROOT, "--%02d", month);
        }
        return new String(new char[] {'-', '-', digit(month / 10), digit(month % 10)});
    }

    private static char digit(int d) {
        return (char) ('0' + d);
    }
}
