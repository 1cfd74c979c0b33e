package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PacingTest {

    @Test
    void recordIIsDueAtIOverRateSecondsAfterTheFirst() {
        Pacing pacing = new Pacing(4);
        assertThat(pacing.dueNanos(0)).isZero();
        assertThat(pacing.dueNanos(1)).isEqualTo(250_000_000L);
        assertThat(pacing.dueNanos(4)).isEqualTo(1_000_000_000L);
        assertThat(pacing.dueNanos(10)).isEqualTo(2_500_000_000L);
    }

    @Test
    void aFractionalRateKeepsItsScheduleWithoutDrift() {
        Pacing pacing = new Pacing(18.5);
        // 185 records take exactly 10 s: rounding per step would drift, a schedule does not
        assertThat(pacing.dueNanos(185)).isEqualTo(10_000_000_000L);
        assertThat(pacing.dueNanos(1)).isEqualTo(54_054_054L);
    }

    @Test
    void waitsOnlyForWhatIsLeftAndNeverForAnOverdueRecord() {
        Pacing pacing = new Pacing(10);
        assertThat(pacing.waitNanos(3, 100_000_000L)).isEqualTo(200_000_000L);
        assertThat(pacing.waitNanos(3, 300_000_000L)).isZero();
        // behind schedule (a slow send): the next records go out at once until the schedule is met again
        assertThat(pacing.waitNanos(3, 900_000_000L)).isZero();
        assertThat(pacing.waitNanos(10, 900_000_000L)).isEqualTo(100_000_000L);
    }

    @Test
    void unlimitedNeverWaits() {
        assertThat(Pacing.UNLIMITED.unlimited()).isTrue();
        assertThat(Pacing.UNLIMITED.dueNanos(1_000_000)).isZero();
        assertThat(Pacing.UNLIMITED.waitNanos(1_000_000, 0)).isZero();
    }

    @Test
    void rejectsANegativeOrNonFiniteRate() {
        assertThatThrownBy(() -> new Pacing(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pacing(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pacing(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }
}
