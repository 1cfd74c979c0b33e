package io.wirestream.dedup.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokeniserTest {

    @Test
    void splitsOnEverythingButLettersAndDigits() {
        assertThat(Tokeniser.tokens("\u201cisis\u201d plan\u2014near damascus, (jan 11)"))
                .containsExactly("isis", "plan", "near", "damascus", "jan", "11");
    }

    @Test
    void keepsDecimalNumbersAndDropsThousandsSeparators() {
        assertThat(Tokeniser.tokens("rate of 6.25 percent, 3,200 workers. 12.")).containsExactly(
                "rate", "of", "6.25", "percent", "3200", "workers", "12");
    }

    @Test
    void keepsNonLatinWordsWithTheirMarks() {
        assertThat(Tokeniser.tokens("\u0628\u0650\u0633\u0652\u0645 \u0627\u0644\u0644\u0647")).hasSize(2);
        assertThat(Tokeniser.tokens("\u0928\u092e\u0938\u094d\u0924\u0947")).hasSize(1);
    }

    @Test
    void unpairedSurrogatesAndControlBytesSeparate() {
        assertThat(Tokeniser.tokens("ab\uD800cd\u0000ef\uDC00")).containsExactly("ab", "cd", "ef");
    }

    @Test
    void recognisesNumbers() {
        assertThat(Tokeniser.isNumber("2019")).isTrue();
        assertThat(Tokeniser.isNumber("11th")).isTrue();
        assertThat(Tokeniser.isNumber("eleven")).isFalse();
    }
}
