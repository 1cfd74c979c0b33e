package io.wirestream.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentFingerprintTest {

    private static final String TEXT = "The \"Washington Post\" reported that officials met on Friday.\n"
            + "Syria's interim government said talks would continue.";

    @Test
    void isThirtyTwoHexDigits() {
        assertThat(ContentFingerprint.of(TEXT)).matches("[0-9a-f]{32}");
    }

    @Test
    void ignoresWhitespaceLayout() {
        String spaced = "  The  \"Washington Post\"\treported that officials met on Friday.\r\n\r\n"
                + "Syria's interim government   said talks would continue.\n\n";
        assertThat(ContentFingerprint.of(spaced)).isEqualTo(ContentFingerprint.of(TEXT));
    }

    @Test
    void ignoresQuoteStyle() {
        String curly = TEXT.replace("\"Washington Post\"", "\u201cWashington Post\u201d").replace("Syria's", "Syria\u2019s");
        String guillemets = TEXT.replace("\"Washington Post\"", "\u00abWashington Post\u00bb");
        assertThat(ContentFingerprint.of(curly)).isEqualTo(ContentFingerprint.of(TEXT));
        assertThat(ContentFingerprint.of(guillemets)).isEqualTo(ContentFingerprint.of(TEXT));
    }

    @Test
    void ignoresUnicodeCompatibilityFormsAndCase() {
        String compat = TEXT.replace("officials", "of\uFB01cials").replace(" on ", "\u00a0on\u00a0")
                .replace("Friday", "\uFF26riday").toUpperCase(java.util.Locale.ROOT);
        assertThat(ContentFingerprint.of(compat)).isEqualTo(ContentFingerprint.of(TEXT));
    }

    @Test
    void ignoresAgencyTrailers() {
        assertThat(ContentFingerprint.of(TEXT + "\nend of message\nRCO NEWS\nRCO")).isEqualTo(ContentFingerprint.of(TEXT));
        assertThat(ContentFingerprint.of(TEXT + "\n(Reporting by Ana Ruiz; Editing by Tom Berg)"))
                .isEqualTo(ContentFingerprint.of(TEXT));
        assertThat(ContentFingerprint.of(TEXT + "\n\u00a9 Coastline Daily 2025. All rights reserved."))
                .isEqualTo(ContentFingerprint.of(TEXT));
    }

    @Test
    void changesWhenAWordChanges() {
        assertThat(ContentFingerprint.of(TEXT.replace("Friday", "Monday"))).isNotEqualTo(ContentFingerprint.of(TEXT));
        assertThat(ContentFingerprint.of(TEXT + " The CIA declined to comment."))
                .isNotEqualTo(ContentFingerprint.of(TEXT));
    }

    @Test
    void tokenBoundariesMatter() {
        assertThat(ContentFingerprint.of("ab c")).isNotEqualTo(ContentFingerprint.of("a bc"));
    }

    @Test
    void hexRoundTrips() {
        String hex = ContentFingerprint.of(TEXT);
        assertThat(Fingerprint.fromHex(hex).hex()).isEqualTo(hex);
    }
}
