package io.wirestream.sink.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    @Test
    void readsTypedValuesWithDefaults() {
        QueryParameters query = QueryParameters.parse("limit=5&q=al-Sharaa+visit&from=2024-12-01&type=person");
        assertThat(query.limit(20)).isEqualTo(5);
        assertThat(query.searchText()).isEqualTo("al-Sharaa visit");
        assertThat(query.range()).isEqualTo(new TimeRange(LocalDate.parse("2024-12-01"), null));
        assertThat(query.entityType()).isEqualTo("PERSON");
        assertThat(QueryParameters.parse(null).limit(20)).isEqualTo(20);
        assertThat(QueryParameters.parse("&&=&limit=").limit(7)).isEqualTo(7);
    }

    @Test
    void theFirstOfARepeatedParameterWins() {
        assertThat(QueryParameters.parse("limit=3&limit=400").limit(20)).isEqualTo(3);
    }

    @Test
    void malformedPercentEncodingIsABadRequest() {
        assertThatThrownBy(() -> QueryParameters.parse("q=%zz")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("parameter q: malformed percent-encoding");
        assertThatThrownBy(() -> QueryParameters.decodePathSegment("Q%2")).isInstanceOf(BadRequestException.class);
    }

    @Test
    void hostileValuesAreRefusedWithAShortMessage() {
        String huge = "9".repeat(100_000);
        assertThatThrownBy(() -> QueryParameters.parse("limit=" + huge)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("at most 4096");
        String longWord = "x".repeat(4000);
        assertThatThrownBy(() -> QueryParameters.parse("from=" + longWord).range())
                .isInstanceOf(BadRequestException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
        // PostgreSQL refuses NUL in a parameter: it becomes U+FFFD like stored text does
        assertThat(QueryParameters.parse("q=a%00b%FF").searchText()).isEqualTo("a\uFFFDb\uFFFD");
    }

    @Test
    void pathSegmentsKeepPlusSigns() {
        assertThat(QueryParameters.decodePathSegment("a+b%20c%2Fd")).isEqualTo("a+b c/d");
    }
}
