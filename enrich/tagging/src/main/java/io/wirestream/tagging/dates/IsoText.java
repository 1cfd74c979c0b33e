package io.wirestream.tagging.dates;

import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The ISO forms of a month ({@code 2024-12}) and of yearless dates ({@code --12-08}, {@code --12}) built by hand:
 * {@code String.format} parsed its pattern and built a Formatter for every date found. The result is the same as
 * String.format's: outside the ranges written here, or when the default format locale writes digits other than
 * 0-9, it still is String.format.
 */
final class IsoText {
    private record LocaleDigits(Locale locale, boolean ascii) {
    }

    /** The last default format locale seen, and whether its digits are 0-9 (String.format writes the locale's). */
    private static volatile LocaleDigits lastLocale;

    private IsoText() {
    }

    /** {@code String.format("%04d-%02d", year, month)}. */
    static String yearMonth(int year, int month) {
        if (year < 0 || year > 9999 || month < 0 || month > 99 || !asciiDigits()) {
            return String.format("%04d-%02d", year, month);
        }
        char[] out = new char[7];
        out[0] = digit(year / 1000);
        out[1] = digit(year / 100 % 10);
        out[2] = digit(year / 10 % 10);
        out[3] = digit(year % 10);
        out[4] = '-';
        out[5] = digit(month / 10);
        out[6] = digit(month % 10);
        return new String(out);
    }

    /** {@code String.format("--%02d-%02d", month, day)}. */
    static String yearlessDay(int month, int day) {
        if (month < 0 || month > 99 || day < 0 || day > 99 || !asciiDigits()) {
            return String.format("--%02d-%02d", month, day);
        }
        return new String(new char[] {'-', '-', digit(month / 10), digit(month % 10), '-', digit(day / 10), digit(day % 10)});
    }

    /** {@code String.format("--%02d", month)}. */
    static String yearlessMonth(int month) {
        if (month < 0 || month > 99 || !asciiDigits()) {
            return String.format("--%02d", month);
        }
        return new String(new char[] {'-', '-', digit(month / 10), digit(month % 10)});
    }

    private static char digit(int d) {
        return (char) ('0' + d);
    }

    private static boolean asciiDigits() {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        LocaleDigits last = lastLocale;
        if (last == null || !last.locale().equals(locale)) {
            last = new LocaleDigits(locale, DecimalFormatSymbols.getInstance(locale).getZeroDigit() == '0');
            lastLocale = last;
        }
        return last.ascii();
    }
}
