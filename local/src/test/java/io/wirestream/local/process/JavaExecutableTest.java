package io.wirestream.local.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void eachChildGetsItsOwnClassArchiveInTheGivenFolderAndNoneWithoutOne(@TempDir Path folder) {
        Path archives = folder.resolve("class-archives");
        JavaExecutable java = new JavaExecutable(Path.of("java"), 21).withClassArchives(archives);

        assertThat(java.classDataSharing("enrich")).containsExactly(
                "-XX:SharedArchiveFile=" + archives.resolve("enrich.jsa"), "-XX:+AutoCreateSharedArchive", "-Xlog:cds*=off");
        assertThat(archives).isDirectory(); // the JVM writes the file, not its folder
        assertThat(java.supervisedJvm(Heap.of("256m"), folder.resolve("broker")))
                .contains("-XX:SharedArchiveFile=" + archives.resolve("broker.jsa"));
        assertThat(new JavaExecutable(Path.of("java"), 21).classDataSharing("enrich")).isEmpty();
        assertThat(JavaExecutable.at(Path.of("java")).withClassArchives(archives).classDataSharing("enrich")).isEmpty();
    }

    @Test
    void aMissingExecutableIsNamed() {
        assertThatThrownBy(() -> JavaExecutable.at(Path.of("/no/such/java")).requireExists())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/no/such/java");
    }
}
