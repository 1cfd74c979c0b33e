package io.wirestream.local.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeapTest {

    @Test
    void acceptsJvmSizeNotation() {
        assertThat(Heap.of("384m").maxHeapOption()).isEqualTo("-Xmx384m");
        assertThat(Heap.of("1G").maxHeapOption()).isEqualTo("-Xmx1G");
    }

    @Test
    void rejectsAnythingTheJvmWouldMisreadOrThatCouldInjectOptions() {
        for (String bad : new String[] {null, "", "512", "-1m", "0m", "512 m", "512m -Dx=y", "12345678m", "m", "x".repeat(100_000)}) {
            assertThatThrownBy(() -> Heap.of(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("heap size");
        }
    }
}
