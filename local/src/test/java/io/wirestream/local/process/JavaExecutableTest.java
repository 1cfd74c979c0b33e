package io.wirestream.local.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JavaExecutableTest {

    @Test
    void currentIsTheRunningJvmAndExists() {
        JavaExecutable java = JavaExecutable.current();

        java.requireExists();
        assertThat(java.path()).startsWith(Path.of(System.getProperty("java.home")));
        assertThat(java.featureVersion()).isEqualTo(Runtime.version().feature());
        assertThat(java.isAtLeast(17)).isTrue();
    }

    @Test
    void aJavaGivenByPathHasAnUnknownVersionAndGetsNoVersionSpecificOptions() {
        JavaExecutable java = JavaExecutable.at(Path.of("/opt/some/java"));

        assertThat(java.isAtLeast(8)).isFalse();
        assertThat(java.quietOptions()).isEmpty();
    }

    @Test
    void unsafeWarningsAreSilencedOnlyWhereTheOptionExists() {
        assertThat(new JavaExecutable(Path.of("java"), 21).quietOptions()).isEmpty();
        assertThat(new JavaExecutable(Path.of("java"), 25).quietOptions()).containsExactly("--sun-misc-unsafe-memory-access=allow");
    }

    @Test
    void aMissingExecutableIsNamed() {
        assertThatThrownBy(() -> JavaExecutable.at(Path.of("/no/such/java")).requireExists())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/no/such/java");
    }
}
