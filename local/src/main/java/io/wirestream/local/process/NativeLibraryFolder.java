package io.wirestream.local.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A folder holding RocksDB's JNI library, taken out of its jar once, for enrich's {@code java.library.path}. Without
 * it RocksDB copies its 15 MB library into a new temporary file at every start, and a JVM killed with SIGKILL (the
 * fault suite, a crashed service) never deletes that copy: the temporary folder fills. RocksDB looks on
 * {@code java.library.path} first, so a library found there is loaded in place.
 */
public final class NativeLibraryFolder {

    private static final String LIBRARY = "librocksdbjni-linux64.so";

    private NativeLibraryFolder() {
    }

    /**
     * The folder under {@code cache} holding the library of the {@code rocksdbjni-*.jar} in {@code libs}, extracted
     * if it is not there yet; empty where that library does not fit (not Linux on x86-64, no such jar): RocksDB then
     * does as it always does.
     */
    public static Optional<Path> rocksDb(Path libs, Path cache) {
        if (!isLinuxX64()) {
            return Optional.empty();
        }
        try {
            Optional<Path> jar = rocksDbJar(libs);
            if (jar.isEmpty()) {
                return Optional.empty();
            }
            String version = jar.get().getFileName().toString().replace(".jar", "");
            Path folder = cache.resolve(version);
            Path library = folder.resolve(LIBRARY);
            try (ZipFile zip = new ZipFile(jar.get().toFile())) {
                ZipEntry entry = zip.getEntry(LIBRARY);
                if (entry == null) {
                    return Optional.empty();
                }
                if (Files.isRegularFile(library) && Files.size(library) == entry.getSize()) {
                    return Optional.of(folder);
                }
                Files.createDirectories(folder);
                // a temporary name, then a rename: a JVM starting meanwhile never loads half a library
                Path partial = Files.createTempFile(folder, LIBRARY, ".part");
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return Optional.of(folder);
        } catch (IOException e) {
            return Optional.empty(); // RocksDB extracts it itself, as before
        }
    }

    private static Optional<Path> rocksDbJar(Path libs) throws IOException {
        if (!Files.isDirectory(libs)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(libs, "rocksdbjni-*.jar")) {
            for (Path jar : jars) {
                return Optional.of(jar);
            }
        }
        return Optional.empty();
    }

    /** The platform of the bundled library: Linux on x86-64. */
    static boolean isLinuxX64() {
        String arch = System.getProperty("os.arch", "");
        return System.getProperty("os.name", "").startsWith("Linux") && (arch.equals("amd64") || arch.equals("x86_64"));
    }
}
