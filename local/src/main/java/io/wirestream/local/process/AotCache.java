package io.wirestream.local.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * One child's JDK 25 AOT cache file, {@code <name>-<options>.aot}, and whether it still fits what the JVM will load.
 * The JVM checks a cache itself and, when it does not fit, runs without it but never records a new one. So the
 * file is named after the JVM options it was recorded with (a cache recorded with another GC or heap size is of no
 * use), and a cache older than any jar it was made from (a rebuild, an updated JDK) is recorded again.
 */
final class AotCache {

    /** Folders of jars are looked into this deep (Quarkus keeps its jars in {@code lib/main}). */
    private static final int DEPTH = 4;

    private final Path folder;
    private final String name;
    private final Path file;

    /** @param identity what the cache depends on besides its jars: the java and its options */
    AotCache(Path folder, String name, String identity) {
        this.folder = folder;
        this.name = name;
        CRC32 crc = new CRC32();
        crc.update(identity.getBytes(StandardCharsets.UTF_8));
        this.file = folder.resolve(name + "-" + HexFormat.of().toHexDigits((int) crc.getValue()) + ".aot");
    }

    Path file() {
        return file;
    }

    /** True when the file exists, is not empty and is newer than every file of {@code inputs}. */
    boolean isUsable(Collection<Path> inputs) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return false;
            }
            FileTime made = Files.getLastModifiedTime(file);
            for (Path input : inputs) {
                if (newest(input).compareTo(made) >= 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false; // unreadable: record anew
        }
    }

    /**
     * Clears the way for a recording: this child's caches, stale or recorded with other options, go (each is tens
     * of MB), and so does the dynamic archive an older JDK kept for it. A failure to delete only means the
     * recording JVM overwrites the file. Returns the file to record.
     */
    Path record() {
        Pattern mine = Pattern.compile(Pattern.quote(name) + "(-[0-9a-f]{8}\\.aot|\\.jsa)");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path other : files) {
                if (mine.matcher(other.getFileName().toString()).matches()) {
                    Files.deleteIfExists(other);
                }
            }
        } catch (IOException e) {
            // left behind; the recording still writes its own file
        }
        return file;
    }

    /** The latest modification time of {@code input} or, for a folder, of any file in it. */
    private static FileTime newest(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            return Files.exists(input) ? Files.getLastModifiedTime(input) : FileTime.fromMillis(0);
        }
        try (Stream<Path> files = Files.walk(input, DEPTH)) {
            return files.filter(Files::isRegularFile).map(AotCache::modified).max(FileTime::compareTo)
                    .orElse(FileTime.fromMillis(0));
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
