package io.wirestream.local.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
    void beforeJdk25EachChildGetsItsOwnDynamicArchiveInTheGivenFolderAndNoneWithoutOne(@TempDir Path folder) {
        Path archives = folder.resolve("class-archives");
        JavaExecutable java = new JavaExecutable(Path.of("java"), 21).withClassArchives(archives);

        assertThat(java.classDataSharing("enrich", List.of(), List.of())).containsExactly(
                "-XX:SharedArchiveFile=" + archives.toAbsolutePath().resolve("enrich.jsa"), "-XX:+AutoCreateSharedArchive",
                "-Xlog:cds*=off");
        assertThat(archives).isDirectory(); // the JVM writes the file, not its folder
        assertThat(java.supervisedJvm(Heap.of("256m"), List.of(), folder.resolve("broker"), List.of()))
                .contains("-XX:SharedArchiveFile=" + archives.toAbsolutePath().resolve("broker.jsa"));
        assertThat(new JavaExecutable(Path.of("java"), 21).classDataSharing("enrich", List.of(), List.of())).isEmpty();
        assertThat(JavaExecutable.at(Path.of("java")).withClassArchives(archives).classDataSharing("enrich", List.of(), List.of()))
                .isEmpty();
    }

    @Test
    void fromJdk25AChildRecordsAnAotCacheThenUsesItUntilItsJarsChange(@TempDir Path folder) throws Exception {
        Path archives = folder.resolve("class-archives");
        Path jdk = Files.createDirectories(folder.resolve("jdk").resolve("lib"));
        Files.writeString(jdk.resolve("modules"), "jdk");
        Path lib = Files.createDirectories(folder.resolve("lib"));
        Path dependency = Files.writeString(lib.resolve("dependency.jar"), "v1");
        Path jar = Files.writeString(folder.resolve("service.jar"), "v1");
        JavaExecutable java = new JavaExecutable(folder.resolve("jdk").resolve("bin").resolve("java"), 25)
                .withClassArchives(archives);
        List<Path> classPath = List.of(jar, lib);
        List<String> options = List.of("-Xmx512m");
        ageEverything(folder, Duration.ofMinutes(10));

        Path cache = recorded(java.classDataSharing("enrich", options, classPath));
        assertThat(cache.getParent()).isEqualTo(archives.toAbsolutePath());
        assertThat(cache.getFileName().toString()).matches("enrich-[0-9a-f]{8}\\.aot");
        assertThat(java.classDataSharing("enrich", options, classPath)).contains("-Xlog:aot*=off", "-Xlog:cds*=off");

        Files.writeString(cache, "cache"); // what the recording JVM leaves when it exits
        assertThat(java.classDataSharing("enrich", options, classPath)).contains("-XX:AOTCache=" + cache)
                .noneMatch(option -> option.startsWith("-XX:AOTCacheOutput"));

        Path otherGc = recorded(java.classDataSharing("enrich", List.of("-Xmx512m", "-XX:+UseSerialGC"), classPath));
        assertThat(otherGc).as("other options, another cache").isNotEqualTo(cache);
        assertThat(cache).as("the one recorded with other options is deleted (tens of MB)").doesNotExist();
        Files.writeString(cache, "cache");

        Files.writeString(dependency, "v2"); // a rebuild: newer than the cache
        assertThat(recorded(java.classDataSharing("enrich", options, classPath)))
                .as("a dependency in a folder newer than the cache").isEqualTo(cache);
        assertThat(cache).doesNotExist();

        Files.writeString(cache, "cache");
        Files.setLastModifiedTime(jdk.resolve("modules"), FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(recorded(java.classDataSharing("enrich", options, classPath))).as("an updated JDK").isEqualTo(cache);

        Files.writeString(cache, ""); // a recording cut short
        Files.setLastModifiedTime(jdk.resolve("modules"), FileTime.from(Instant.now().minusSeconds(600)));
        assertThat(recorded(java.classDataSharing("enrich", options, classPath))).as("an empty cache").isEqualTo(cache);

        Files.writeString(archives.resolve("enrich-a-0123abcd.aot"), "another child's");
        Files.writeString(archives.resolve("enrich.jsa"), "what JDK 21 kept");
        recorded(java.classDataSharing("enrich", List.of("-Xmx1g"), classPath));
        assertThat(archives.resolve("enrich-a-0123abcd.aot")).as("a child whose name starts alike keeps its own").exists();
        assertThat(archives.resolve("enrich.jsa")).as("the dynamic archive of an older JDK goes").doesNotExist();
    }

    /** The file a recording start writes: the option's value. */
    private static Path recorded(List<String> options) {
        return options.stream().filter(option -> option.startsWith("-XX:AOTCacheOutput=")).findFirst()
                .map(option -> Path.of(option.substring("-XX:AOTCacheOutput=".length())))
                .orElseThrow(() -> new AssertionError("not a recording start: " + options));
    }

    private static void ageEverything(Path folder, Duration age) throws Exception {
        FileTime then = FileTime.from(Instant.now().minus(age));
        try (var files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, then);
            }
        }
    }

    @Test
    void aMissingExecutableIsNamed() {
        assertThatThrownBy(() -> JavaExecutable.at(Path.of("/no/such/java")).requireExists())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/no/such/java");
    }
}
