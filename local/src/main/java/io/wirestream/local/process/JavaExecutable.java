package io.wirestream.local.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code java} that starts a child JVM, with its feature version when known. By default it is the JVM
 * running this code: the launcher already runs on a JDK new enough for Apicurio (21+), and that JDK is the
 * one the user chose, whereas the machine's default {@code java} may be older.
 */
public record JavaExecutable(Path path, int featureVersion, Path classArchives) {

    /** Feature version when the executable was given by path and never asked. */
    public static final int UNKNOWN = 0;

    public JavaExecutable {
        Objects.requireNonNull(path, "path");
    }

    public JavaExecutable(Path path, int featureVersion) {
        this(path, featureVersion, null);
    }

    /** The same java, keeping a class-data archive per child in {@code folder} (see {@link #classDataSharing}). */
    public JavaExecutable withClassArchives(Path folder) {
        return new JavaExecutable(path, featureVersion, folder);
    }

    public static JavaExecutable current() {
        Path home = Path.of(System.getProperty("java.home"));
        Path exe = home.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
        return new JavaExecutable(exe, Runtime.version().feature());
    }

    public static JavaExecutable at(Path path) {
        return new JavaExecutable(path, UNKNOWN);
    }

    public void requireExists() {
        if (!Files.isExecutable(path)) {
            throw new IllegalArgumentException("java executable not found or not executable: " + path);
        }
    }

    /** True when the version is known and at least {@code feature}. */
    public boolean isAtLeast(int feature) {
        return featureVersion != UNKNOWN && featureVersion >= feature;
    }

    /**
     * Options that keep a child's log free of noise the JDK prints for libraries we do not control
     * (JDK 24+ warns on every use of sun.misc.Unsafe memory access, which Kafka and Netty still make).
     */
    public List<String> quietOptions() {
        return isAtLeast(24) ? List.of("--sun-misc-unsafe-memory-access=allow") : List.of();
    }

    /**
     * Class data sharing for a JVM started again and again with the same class path (the broker, the registry, the
     * services): when it exits, the JVM writes the classes it loaded to {@code <classArchives>/<name>.jsa}, and the
     * next start maps that archive instead of loading, parsing and verifying the same classes again. A stale or
     * foreign archive (another JDK, a rebuilt jar) is ignored and rewritten by the JVM itself. None without a folder.
     */
    public List<String> classDataSharing(String name) {
        if (classArchives == null || !isAtLeast(19)) {
            return List.of(); // -XX:+AutoCreateSharedArchive came with JDK 19
        }
        try {
            Files.createDirectories(classArchives);
        } catch (IOException e) {
            return List.of(); // no folder, no archive: the JVM starts as it would without one
        }
        // -Xlog: writing an archive lists every class it leaves out, one warning line each, into the child's log
        return List.of("-XX:SharedArchiveFile=" + classArchives.toAbsolutePath().resolve(name + ".jsa"),
                "-XX:+AutoCreateSharedArchive", "-Xlog:cds*=off");
    }

    /**
     * The start of the command for a JVM child we supervise (the broker, the registry): this java, the heap cap,
     * {@link #quietOptions}, the owner mark by which {@link PidFile} recognises a leftover of {@code dataDir},
     * exit on out-of-memory (a half-dead child holding its ports is worse than a dead one), headless.
     */
    public List<String> supervisedJvm(Heap heap, Path dataDir) {
        List<String> command = new ArrayList<>();
        command.add(path.toString());
        command.add(heap.maxHeapOption());
        command.addAll(quietOptions());
        command.addAll(classDataSharing(String.valueOf(dataDir.getFileName())));
        command.add(PidFile.ownerOption(dataDir));
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-Djava.awt.headless=true");
        return command;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
