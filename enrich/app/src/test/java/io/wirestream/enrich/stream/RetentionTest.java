package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private static final long DAY = Duration.ofDays(1).toMillis();
    private final Retention week = new Retention(Duration.ofDays(7));
    private final long now = 1_741_600_000_000L; // 2025-03-10

    @Test
    void anEntryCountsWhileItsEventTimeIsWithinTheWindowOfStreamTime() {
        assertThat(week.cutoff(now)).isEqualTo(now - 7 * DAY);
        assertThat(week.cutoff(Long.MIN_VALUE + 5)).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void aGenerationExpiresOnlyOnceEveryTimeInItIsOlderThanTheWindow() {
        long generation = Math.ceilDiv(7 * DAY, 8); // an eighth of the window
        long start = Math.floorDiv(now, generation) * generation;
        int g = week.generation(start);
        assertThat(week.generation(start + generation - 1)).isEqualTo(g);
        assertThat(week.generation(start + generation)).isEqualTo((g + 1) & 0xFF);

        // the last millisecond of the generation is still inside the window: kept
        long streamTime = start + generation - 1 + 7 * DAY;
        assertThat(week.generationExpired(g, streamTime)).isFalse();
        // one millisecond later every time in it is before the cut-off
        assertThat(week.generationExpired(g, streamTime + 1)).isTrue();
        // the generation of stream time itself and the seven before it are live
        for (int back = 0; back < 8; back++) {
            assertThat(week.generationExpired((week.generation(now) - back) & 0xFF, now)).isFalse();
        }
    }

    @Test
    void theOneByteGenerationReadsRightAcrossItsWrapAround() {
        long generation = Math.ceilDiv(7 * DAY, 8);
        // a stream time whose generation number ends in 0x02: entries filed in 0xFF and 0xFE are 3 and 4 back
        long streamTime = (Math.floorDiv(now, generation) | 0xFF) * generation + 3 * generation;
        assertThat(week.generation(streamTime)).isEqualTo(2);
        assertThat(week.generationExpired(0xFF, streamTime)).isFalse();
        assertThat(week.generationExpired(0xFE, streamTime)).isFalse();
        // 9 generations back is wholly older than the window, even though its byte is larger
        assertThat(week.generationExpired((2 - 9) & 0xFF, streamTime)).isTrue();
    }

    @Test
    void evictionRunsATenthOfTheWindowApartWithinAMinuteAndAnHour() {
        assertThat(week.evictionInterval()).isEqualTo(Duration.ofHours(1));
        assertThat(new Retention(Duration.ofMinutes(5)).evictionInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(new Retention(Duration.ofMinutes(30)).evictionInterval()).isEqualTo(Duration.ofMinutes(3));
    }
}
