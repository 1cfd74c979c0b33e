package io.wirestream.local.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class ResidentMemoryTest {

    @Test
    @EnabledOnOs(OS.LINUX)
    void thisJvmHasAResidentSize() {
        assertThat(ResidentMemory.bytes(ProcessHandle.current().pid()).orElse(0)).isPositive();
    }

    @Test
    void aProcessThatDoesNotExistHasNone() {
        assertThat(ResidentMemory.bytes(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void parsesProcStatusValues() {
        assertThat(ResidentMemory.parseKilobytes("\t  269144 kB")).isEqualTo(269_144L);
        assertThatThrownBy(() -> ResidentMemory.parseKilobytes("12 MB")).isInstanceOf(IllegalArgumentException.class);
    }
}
