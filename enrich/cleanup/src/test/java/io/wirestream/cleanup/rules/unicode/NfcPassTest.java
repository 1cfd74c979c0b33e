package io.wirestream.cleanup.rules.unicode;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NfcPass skips the normaliser on text whose chars are all below U+0300 or inert punctuation: that must be safe. */
class NfcPassTest {

    @Test
    void inertPunctuationIsNfcAndComposesWithNothingBeforeIt() {
        List<Character> chars = new ArrayList<>();
        for (char c = 0; c < '\u0300'; c++) {
            chars.add(c);
        }
        for (char c = '\u0300'; c < '\uD800'; c++) {
            if (NfcPass.isInertPunctuation(c)) {
                chars.add(c);
                int type = Character.getType(c);
                assertThat(type).as("U+%04X is not a mark", (int) c).isNotIn((int) Character.NON_SPACING_MARK,
                        (int) Character.COMBINING_SPACING_MARK, (int) Character.ENCLOSING_MARK);
            }
        }
        List<String> failing = new ArrayList<>();
        for (char c : chars) {
            if (c < '\u0300') {
                continue;
            }
            for (char before : chars) {
                String pair = "" + before + c;
                if (!Normalizer.isNormalized(pair, Normalizer.Form.NFC)) {
                    failing.add(String.format("U+%04X U+%04X", (int) before, (int) c));
                }
            }
        }
        assertThat(failing).isEmpty();
    }
}
