package io.wirestream.local.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomesTest {

    @Test
    void everyRawRecordWithExactlyOneOutcomeAddsUp() {
        Outcomes outcomes = new Outcomes(500, 396, 101, 3);
        assertThat(outcomes.total()).isEqualTo(500);
        assertThat(outcomes.addUp()).isTrue();
        assertThat(outcomes.missing()).isZero();
        assertThat(outcomes.warning()).isNull();
        assertThat(outcomes.line()).isEqualTo("outcomes: raw 500 = enriched 396 + duplicates 101 + dead letters 3");
    }

    @Test
    void recordsStillInsideEnrichAreMissing() {
        Outcomes outcomes = new Outcomes(500, 380, 100, 0);
        assertThat(outcomes.addUp()).isFalse();
        assertThat(outcomes.missing()).isEqualTo(20);
        assertThat(outcomes.line()).isEqualTo("outcomes: raw 500 != enriched 380 + duplicates 100 + dead letters 0");
        assertThat(outcomes.warning()).startsWith("WARNING: 20 of 500 raw records have no outcome");
    }

    @Test
    void moreOutcomesThanRawRecordsIsNeverCaughtUp() {
        Outcomes outcomes = new Outcomes(500, 400, 100, 2);
        assertThat(outcomes.addUp()).isFalse();
        assertThat(outcomes.missing()).isEqualTo(-2);
        assertThat(outcomes.warning()).startsWith("WARNING: 2 more outcomes than raw records");
    }

    @Test
    void nothingIngestedNothingOwed() {
        assertThat(new Outcomes(0, 0, 0, 0).addUp()).isTrue();
    }
}
