package io.wirestream.sink.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhrasePairsTest {

    @Test
    void aPhraseRequiresEachOfItsAdjacentPairs() {
        assertThat(PhrasePairs.of("'harbour' <-> 'bridge'")).containsExactly("harbour bridge");
        assertThat(PhrasePairs.of("'a' <-> 'b' <-> 'c' & 'storm'")).containsExactly("a b", "b c");
        // a hyphenated word is a phrase of itself and its parts, as the vectors hold it
        assertThat(PhrasePairs.of("'x-ray' <-> 'x' <-> 'ray'")).containsExactly("x-ray x", "x ray");
        assertThat(PhrasePairs.of("'x' <-> 'y' & 'y' <-> 'z' & 'x' <-> 'y'")).containsExactly("x y", "y z");
    }

    @Test
    void wordsFurtherApartOrJoinedByAndAreNotPairs() {
        assertThat(PhrasePairs.of("'a' <2> 'b'")).isEmpty();
        assertThat(PhrasePairs.of("'a' & 'b'")).isEmpty();
        assertThat(PhrasePairs.of("'a' <2> 'b' <-> 'c'")).containsExactly("b c");
        assertThat(PhrasePairs.of("'a' <-> 'b' & 'c' <-> 'd'")).containsExactly("a b", "c d");
    }

    @Test
    void anythingButAPlainConjunctionTakesTheGeneralPath() {
        assertThat(PhrasePairs.of("'a' <-> 'b' | 'c'")).isEmpty();
        assertThat(PhrasePairs.of("!'a' <-> 'b'")).isEmpty();
        assertThat(PhrasePairs.of("( 'a' | 'b' ) <-> 'c'")).isEmpty();
        assertThat(PhrasePairs.of("'a':* <-> 'b'")).isEmpty();
        assertThat(PhrasePairs.of("T")).isEmpty();
        assertThat(PhrasePairs.of("")).isEmpty();
        assertThat(PhrasePairs.of(null)).isEmpty();
        assertThat(PhrasePairs.of("'unclosed <-> 'b")).isEmpty();
        assertThat(PhrasePairs.of("'a' <x> 'b'")).isEmpty();
    }

    @Test
    void quotesAndBackslashesSurviveTheRoundTrip() {
        assertThat(PhrasePairs.of("'it''s' <-> 'a\\\\b'")).containsExactly("it's a\\b");
    }
}
