package io.wirestream.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventTimesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2025-10-13T07:00:00Z              | 2025-10-13T07:00:00Z",
            "2025-10-13T07:00:00.250Z          | 2025-10-13T07:00:00.250Z",
            "2025-10-13T09:00:00+02:00         | 2025-10-13T07:00:00Z",
            "2025-10-13T07:00:00               | 2025-10-13T07:00:00Z",
            "2025-10-13T07:00                  | 2025-10-13T07:00:00Z",
            "2025-10-13 07:00:00               | 2025-10-13T07:00:00Z",
            "2025-10-13                        | 2025-10-13T00:00:00Z",
            "Mon, 13 Oct 2025 07:00:00 GMT     | 2025-10-13T07:00:00Z",
            "13 Oct 2025 09:00:00 +0200        | 2025-10-13T07:00:00Z",
            "'  2025-10-13T07:00:00Z  '        | 2025-10-13T07:00:00Z"})
    void readsEveryDocumentedForm(String text, String expected) {
        assertThat(EventTimes.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "13/10/2025", "2025-13-01", "2025-10-13T25:00", "Mon, 32 Oct 2025 07:00:00 GMT"})
    void refusesOtherTextNamingTheForms(String text) {
        assertThatThrownBy(() -> EventTimes.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text).hasMessageContaining("RFC 1123");
        assertThat(EventTimes.tryParse(text)).isEmpty();
    }

    @Property(tries = 2000)
    void anyTextIsReadOrRefusedWithoutAnotherException(@ForAll String text) {
        try {
            EventTimes.parse(text);
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).startsWith("unreadable date-time");
        }
    }

    @Property
    void blankIsNoTime(@ForAll("blank") String text) {
        assertThat(EventTimes.parse(text)).isNull();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> blank() {
        return net.jqwik.api.Arbitraries.strings().withChars(" \t\n").ofMaxLength(5);
    }
}
