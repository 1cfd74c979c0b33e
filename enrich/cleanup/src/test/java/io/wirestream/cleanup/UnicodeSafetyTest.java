package io.wirestream.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Unicode hygiene that must not overreach. */
class UnicodeSafetyTest {
    private final Cleaner cleaner = Cleaner.create(CleanupConfig.defaults());

    @Test
    void nfcLeavesSingletonMappingsAlone() {
        // U+FA10 is a CJK compatibility ideograph NFC would replace; U+0958 is excluded from composition
        String body = "The firm \uFA10 Holdings and the word \u0958 appear in the filing.";
        assertThat(cleaner.clean(null, body, "en").body()).isEqualTo(body);
    }

    @Test
    void nfcComposesCombiningMarks() {
        assertThat(cleaner.clean(null, "The Zu\u0308rich talks ended.", null).body()).isEqualTo("The Z\u00FCrich talks ended.");
    }

    @Test
    void persianZeroWidthNonJoinerIsKeptButStrayOnesGo() {
        String persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0646\u062F \u0628\u0631\u0648\u0646\u062F";
        CleanResult r = cleaner.clean(null, persian + "\u200B", null);
        assertThat(r.language()).isEqualTo("fa");
        assertThat(r.body()).isEqualTo(persian);
    }

    @Test
    void emojiZeroWidthJoinerIsKept() {
        String body = "The crowd cheered \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 as results came in.";
        assertThat(cleaner.clean(null, body, null).body()).isEqualTo(body);
    }

    @Test
    void persianDigitsStayInPersianTextButNotInEnglish() {
        String persian = "\u062F\u0631 \u06F1\u06F1 \u0698\u0627\u0646\u0648\u06CC\u0647 \u0645\u0630\u0627\u06A9\u0631\u0627\u062A \u0627\u062F\u0627\u0645\u0647 \u06CC\u0627\u0641\u062A";
        assertThat(cleaner.clean(null, persian, null).body()).isEqualTo(persian);
        assertThat(cleaner.clean(null, "The talks resumed on \u06F1\u06F1 January.", null).body())
                .isEqualTo("The talks resumed on 11 January.");
    }
}
