package io.wirestream.dedup.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyTrailersTest {

    private static final String BODY = "Officials said the attack was foiled.\nThe CIA declined to comment.";

    @ParameterizedTest
    @ValueSource(strings = {
            "\nend of message\nRCO NEWS\nRCO",
            "\nEnd of message.",
            "\n(Reporting by Tomas Berg; Editing by Ana Ruiz)",
            "\n\u00a9 Coastline Daily 2025. All rights reserved.",
            "\nCopyright 2025 Meridian Wire",
            "\n-- ENDS --",
            "\n***",
            "\nIRNA\n\n\n",
            " (Reporting by Tomas Berg)",
    })
    void stripsTrailers(String trailer) {
        assertThat(AgencyTrailers.strip(BODY + trailer).strip()).isEqualTo(BODY);
    }

    @Test
    void keepsAContentLastLine() {
        assertThat(AgencyTrailers.strip(BODY)).isEqualTo(BODY);
        String shortLast = "The minister resigned.\nHe was 64.";
        assertThat(AgencyTrailers.strip(shortLast)).isEqualTo(shortLast);
    }

    @Test
    void onlyTrailingLinesAreExamined() {
        String middle = "RCO NEWS\n" + BODY;
        assertThat(AgencyTrailers.strip(middle)).isEqualTo(middle);
    }

    @Test
    void aTextOfOnlyTrailersBecomesEmpty() {
        assertThat(AgencyTrailers.strip("end of message\nRCO NEWS\nRCO").strip()).isEmpty();
    }

    @Test
    void aHugeLastLineIsContent() {
        String huge = "x".repeat(1_000_000);
        assertThat(AgencyTrailers.strip(huge)).hasSize(1_000_000);
    }
}
