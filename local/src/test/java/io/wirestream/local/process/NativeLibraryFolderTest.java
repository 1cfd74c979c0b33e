package io.wirestream.local.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeLibraryFolderTest {

    private static final byte[] LIBRARY = "not really a shared object".getBytes();

    @TempDir
    Path work;

    @BeforeEach
    void onLinuxX64() {
        assumeTrue(NativeLibraryFolder.isLinuxX64(), "the bundled RocksDB library is for Linux on x86-64");
    }

    @Test
    void theLibraryIsTakenOutOfItsJarOnceAndFoundThereAfter() throws IOException {
        Path libs = jarWith("librocksdbjni-linux64.so");
        Path folder = NativeLibraryFolder.rocksDb(libs, work.resolve("native")).orElseThrow();
        Path library = folder.resolve("librocksdbjni-linux64.so");
        assertThat(library).hasBinaryContent(LIBRARY);
        assertThat(folder.getFileName().toString()).isEqualTo("rocksdbjni-10.1.3");

        Files.setLastModifiedTime(library, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        assertThat(NativeLibraryFolder.rocksDb(libs, work.resolve("native"))).contains(folder);
        assertThat(Files.getLastModifiedTime(library).toInstant()).as("not written again")
                .isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        try (var left = Files.list(folder)) {
            assertThat(left).containsExactly(library); // no partial copy left behind
        }
    }

    @Test
    void aCopyOfAnotherSizeIsReplaced() throws IOException {
        Path libs = jarWith("librocksdbjni-linux64.so");
        Path folder = work.resolve("native").resolve("rocksdbjni-10.1.3");
        Files.createDirectories(folder);
        Files.write(folder.resolve("librocksdbjni-linux64.so"), new byte[] {1, 2, 3});
        assertThat(NativeLibraryFolder.rocksDb(libs, work.resolve("native"))).contains(folder);
        assertThat(folder.resolve("librocksdbjni-linux64.so")).hasBinaryContent(LIBRARY);
    }

    @Test
    void withoutTheJarOrItsLibraryRocksDbIsLeftToItself() throws IOException {
        assertThat(NativeLibraryFolder.rocksDb(work.resolve("no-such-folder"), work.resolve("native"))).isEmpty();
        assertThat(NativeLibraryFolder.rocksDb(jarWith("librocksdbjni-osx-arm64.jnilib"), work.resolve("native")))
                .isEmpty();
    }

    private Path jarWith(String entry) throws IOException {
        Path libs = Files.createDirectories(work.resolve("lib-" + entry.hashCode()));
        try (OutputStream out = Files.newOutputStream(libs.resolve("rocksdbjni-10.1.3.jar"));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(LIBRARY);
            zip.closeEntry();
        }
        return libs;
    }
}
