package io.wirestream.cleanup.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void english() {
        assertThat(detector.detect("The talks resumed on Monday, officials said.", null, null)).isEqualTo("en");
    }

    @Test
    void persianArabicRussianUkrainianByScriptAndLetters() {
        assertThat(detector.detect("دولت ایران اعلام کرد که مذاکرات ادامه می‌یابد", null, null)).isEqualTo("fa");
        assertThat(detector.detect("قالت الحكومة إن المحادثات ستستأنف يوم الاثنين في المدينة", null, null)).isEqualTo("ar");
        assertThat(detector.detect("Переговоры возобновятся в понедельник, сообщил источник.", null, null)).isEqualTo("ru");
        assertThat(detector.detect("Переговори відновляться у понеділок, повідомило джерело.", null, null)).isEqualTo("uk");
    }

    @Test
    void otherLatinLanguagesAreNotEnglish() {
        assertThat(detector.detect("Les négociations ont repris lundi dans la capitale, selon le ministère qui a publié un communiqué.", null, null)).isEqualTo("fr");
        assertThat(detector.detect("Die Gespräche wurden am Montag in der Hauptstadt wieder aufgenommen, sagte das Ministerium.", null, null)).isEqualTo("de");
        assertThat(detector.detect("Las conversaciones se reanudaron el lunes en la capital, según el ministerio.", null, null)).isEqualTo("es");
    }

    @Test
    void unsureWithoutEvidence() {
        assertThat(detector.detect("2024 — 11/12", null, null)).isEqualTo("und");
        assertThat(detector.detect("Xkcd qwrtp zzyzx", null, null)).isEqualTo("und");
    }

    @Test
    void declaredLanguageOnlySettlesUnsureCasesOfTheSameScript() {
        assertThat(detector.detect("Xkcd qwrtp zzyzx", null, "en-US")).isEqualTo("en");
        assertThat(detector.detect("2024", null, "EN")).isEqualTo("en");
        assertThat(detector.detect("The talks resumed on Monday, officials said.", null, "fa")).isEqualTo("en");
        assertThat(detector.detect("Xkcd qwrtp zzyzx", null, "ru")).isEqualTo("und");
        assertThat(detector.detect("Xkcd qwrtp zzyzx", null, "english")).isEqualTo("und");
    }

    @Test
    void englishWithAQuotedPersianPhraseIsEnglish() {
        assertThat(detector.detect("The minister used the word «مقاومت» three times in his speech, and the crowd cheered.",
                null, null)).isEqualTo("en");
    }
}
