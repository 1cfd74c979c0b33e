package io.wirestream.tagging.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The in-place gap tests answer what a substring of the gap, stripped or not, would. */
class TokenizedTextGapTest {

    private static final String[] GAPS = {"", " ", "  ", "-", " - ", ",", ", ", " ,\n", "\n\n", " ( ", "(", ",(", "\u00A0, ",
        " \t", ", -", "- ,"};

    @Test
    void everyGapTestAgreesWithTheGapsText() {
        for (String first : GAPS) {
            for (String second : GAPS) {
                String text = first + "Alpha" + (second.isEmpty() ? " " : second) + "Beta";
                TokenizedText tt = Tokenizer.tokenize(text);
                for (int i = 0; i < tt.size(); i++) {
                    String gap = tt.gapBefore(i);
                    String stripped = gap.strip();
                    for (String probe : new String[] {"", "-", ",", "(", ", ", " - "}) {
                        assertThat(tt.gapIs(i, probe)).as("gapIs %s in [%s]", probe, text).isEqualTo(gap.equals(probe));
                        assertThat(tt.strippedGapIs(i, probe)).as("strippedGapIs %s in [%s]", probe, text)
                                .isEqualTo(stripped.equals(probe));
                    }
                    for (char c : new char[] {',', '(', '-'}) {
                        assertThat(tt.strippedGapStartsWith(i, c)).as("startsWith %s in [%s]", c, text)
                                .isEqualTo(stripped.startsWith(String.valueOf(c)));
                        assertThat(tt.strippedGapEndsWith(i, c)).as("endsWith %s in [%s]", c, text)
                                .isEqualTo(stripped.endsWith(String.valueOf(c)));
                    }
                }
            }
        }
    }
}
