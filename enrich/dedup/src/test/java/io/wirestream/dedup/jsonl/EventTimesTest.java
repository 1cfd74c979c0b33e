package io.wirestream.dedup.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventTimesTest {

    @Test
    void readsTheIsoForms() {
        assertThat(EventTimes.parse("2025-10-13T07:00:00Z")).isEqualTo(1760338800000L);
        assertThat(EventTimes.parse("2025-10-13T09:00:00+02:00")).isEqualTo(1760338800000L);
        assertThat(EventTimes.parse("2025-10-13T07:00:00")).isEqualTo(1760338800000L);
        assertThat(EventTimes.parse("2025-10-13")).isEqualTo(1760313600000L);
    }

    @Test
    void unreadableIsNull() {
        assertThat(EventTimes.parse(null)).isNull();
        assertThat(EventTimes.parse(" ")).isNull();
        assertThat(EventTimes.parse("13/10/2025")).isNull();
        assertThat(EventTimes.parse("2".repeat(100_000))).isNull();
    }
}
