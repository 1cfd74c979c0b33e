package io.wirestream.local.pipeline;

import io.wirestream.local.process.Heap;
import io.wirestream.local.process.JavaExecutable;
import io.wirestream.local.process.ManagedProcess;
import io.wirestream.local.process.NativeLibraryFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Starts a wirestream service jar as its own JVM with an explicit heap, logging to a file in the data directory;
 * {@code WIRESTREAM_<NAME>_JAVA_OPTS} (for example {@code WIRESTREAM_ENRICH_JAVA_OPTS}) adds JVM options to one of them.
 * The jars are found under the project's home ({@code <home>/<module>/target/wirestream-<artifact>.jar}), as
 * {@code mvn package} leaves them (without the version in their names: the root POM's finalName).
 */
final class ServiceLauncher {

    private final Path home;
    private final Path logDir;
    private final JavaExecutable java;

    ServiceLauncher(Path home, Path logDir, JavaExecutable java) {
        this.home = home;
        this.logDir = logDir;
        this.java = java;
    }

    ManagedProcess start(String name, String module, String artifact, Heap heap, List<String> args) {
        Path jar = home.resolve(module).resolve("target").resolve("wirestream-" + artifact + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + " jar not found at " + jar + ": build first (./wirestream build)");
        }
        List<String> vmOptions = new ArrayList<>();
        vmOptions.add(heap.maxHeapOption());
        vmOptions.add("--enable-native-access=ALL-UNNAMED"); // RocksDB (enrich's stores) loads a native library
        // enrich's RocksDB library loaded from one extracted copy, not a new temporary file per start (and per kill)
        NativeLibraryFolder.rocksDb(home.resolve(module).resolve("target").resolve("lib"),
                        home.resolve("local").resolve("target").resolve("native"))
                .ifPresent(folder -> vmOptions.add("-Djava.library.path=" + folder));
        // WIRESTREAM_ENRICH_JAVA_OPTS and the like: extra JVM options for one service, e.g. a JFR recording
        String extra = System.getenv("WIRESTREAM_" + name.toUpperCase(Locale.ROOT).replace('-', '_')
                + "_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            vmOptions.addAll(List.of(extra.trim().split("\\s+")));
        }
        List<String> command = new ArrayList<>();
        command.add(java.path().toString());
        command.addAll(vmOptions);
        // the jar and the dependencies its manifest names in target/lib
        command.addAll(java.classDataSharing(name, vmOptions, List.of(jar, jar.resolveSibling("lib"))));
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        return ManagedProcess.start(name, command, logDir.getParent(), logDir.resolve(name + ".log"));
    }
}
