package io.wirestream.tagging.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The hand-built ISO parts are what {@code String.format} writes in the root locale, whatever the JVM's locale. */
class IsoTextTest {

    @Test
    void writesWhatStringFormatWritesInTheRootLocale() {
        assertSameAsRootFormat();
    }

    @Test
    void writesAsciiDigitsUnderALocaleWithOtherDigits() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            for (String tag : new String[] {"ar-EG", "fa-IR", "hi-IN-u-nu-deva", "de-DE", "th-TH-u-nu-thai"}) {
                Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag(tag));
                assertSameAsRootFormat();
                assertThat(IsoText.yearlessDay(1, 11)).isEqualTo("--01-11");
            }
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    private static void assertSameAsRootFormat() {
        for (int month = -2; month <= 101; month++) {
            assertThat(IsoText.yearlessMonth(month)).isEqualTo(String.format(Locale.ROOT, "--%02d", month));
            for (int day = -2; day <= 101; day += 3) {
                assertThat(IsoText.yearlessDay(month, day))
                        .isEqualTo(String.format(Locale.ROOT, "--%02d-%02d", month, day));
            }
            for (int year : new int[] {-1, 0, 7, 42, 999, 1800, 2024, 2199, 9999, 10000, 123456}) {
                assertThat(IsoText.yearMonth(year, month))
                        .isEqualTo(String.format(Locale.ROOT, "%04d-%02d", year, month));
            }
        }
    }
}
