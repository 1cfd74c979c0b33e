package io.wirestream.local.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
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
     * services), kept per child in {@code <classArchives>}. None without a folder.
     * <ul>
     * <li>JDK 25+: an AOT cache (JEP 483, 514, 515). The first start records ({@code -XX:AOTCacheOutput}) and the JVM
     *     writes the cache when it exits: classes loaded and linked, and the method profiles the JIT gathered. Later
     *     starts map it ({@code -XX:AOTCache}): less class loading, and compiled code sooner. The JVM does not
     *     rewrite a cache it cannot use, so {@link AotCache} names each cache after the child's options (another
     *     GC or heap cannot use it) and records it again when any file of {@code classPath} or of the JDK is
     *     newer.</li>
     * <li>JDK 19-24: a dynamic archive {@code <name>.jsa}; the JVM itself ignores and rewrites a stale or foreign
     *     one.</li>
     * </ul>
     *
     * @param vmOptions the child's other JVM options (heap, GC, compiler)
     * @param classPath the jars and folders of jars the child loads its classes from (a folder is looked into)
     */
    public List<String> classDataSharing(String name, List<String> vmOptions, Collection<Path> classPath) {
        if (classArchives == null || !isAtLeast(19)) {
            return List.of(); // -XX:+AutoCreateSharedArchive came with JDK 19
        }
        try {
            Files.createDirectories(classArchives);
        } catch (IOException e) {
            return List.of(); // no folder, no archive: the JVM starts as it would without one
        }
        Path folder = classArchives.toAbsolutePath();
        if (!isAtLeast(25)) {
            // -Xlog: writing an archive lists every class it leaves out, one warning line each, into the child's log
            return List.of("-XX:SharedArchiveFile=" + folder.resolve(name + ".jsa"), "-XX:+AutoCreateSharedArchive",
                    "-Xlog:cds*=off");
        }
        List<Path> inputs = new ArrayList<>(classPath);
        inputs.add(path.toAbsolutePath().getParent().getParent().resolve("lib").resolve("modules")); // the JDK's classes
        AotCache cache = new AotCache(folder, name, path.toAbsolutePath() + " " + String.join(" ", vmOptions));
        // -Xlog: recording lists every class it cannot store, and a cache it cannot use is reported, not fatal
        return List.of(cache.isUsable(inputs) ? "-XX:AOTCache=" + cache.file() : "-XX:AOTCacheOutput=" + cache.record(),
                "-Xlog:aot*=off", "-Xlog:cds*=off");
    }

    /**
     * The start of the command for a JVM child we supervise (the broker, the registry): this java, the heap cap,
     * {@code tuning} (GC, compiler), {@link #quietOptions}, the owner mark by which {@link PidFile} recognises a
     * leftover of {@code dataDir}, exit on out-of-memory (a half-dead child holding its ports is worse than a dead
     * one), headless.
     *
     * @param classPath what the child loads its classes from, for {@link #classDataSharing}
     */
    public List<String> supervisedJvm(Heap heap, List<String> tuning, Path dataDir, Collection<Path> classPath) {
        List<String> vmOptions = new ArrayList<>();
        vmOptions.add(heap.maxHeapOption());
        vmOptions.addAll(tuning);
        vmOptions.addAll(quietOptions());
        List<String> command = new ArrayList<>();
        command.add(path.toString());
        command.addAll(vmOptions);
        command.addAll(classDataSharing(String.valueOf(dataDir.getFileName()), vmOptions, classPath));
        command.add(PidFile.ownerOption(dataDir));
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-Djava.awt.headless=true");
        return command;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
