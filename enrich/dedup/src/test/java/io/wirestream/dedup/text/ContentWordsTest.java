package io.wirestream.dedup.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ContentWordsTest {

    @Test
    void dropsStopwordsAndStrayLettersAndStems() {
        assertThat(ContentWords.of(List.of("the", "talks", "were", "stalled", "s", "in", "damascus", "5")))
                .containsExactly("talk", "stall", "damascus", "5");
    }

    @Test
    void inflectionsOfOneWordMeet() {
        assertThat(LightStemmer.stem("negotiations")).isEqualTo(LightStemmer.stem("negotiation"));
        assertThat(LightStemmer.stem("killed")).isEqualTo("kill");
        assertThat(LightStemmer.stem("process")).isEqualTo("process");
        assertThat(LightStemmer.stem("bus")).isEqualTo("bus");
        assertThat(LightStemmer.stem("damascus")).isEqualTo("damascus");
        assertThat(LightStemmer.stem("analysis")).isEqualTo("analysis");
        assertThat(LightStemmer.stem("\u0634\u0647\u0631\u0647\u0627")).isEqualTo("\u0634\u0647\u0631\u0647\u0627");
    }
}
