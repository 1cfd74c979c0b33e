package io.wirestream.local.pipeline;

import io.wirestream.local.process.Heap;
import io.wirestream.local.process.JavaExecutable;
import io.wirestream.local.process.ManagedProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a wirestream service jar as its own JVM with an explicit heap, logging to a file in the data directory.
 * The jars are found under the project's home ({@code <home>/<module>/target}), as {@code mvn package} leaves them.
 */
final class ServiceLauncher {

    private static final String VERSION = "0.1.0-SNAPSHOT";

    private final Path home;
    private final Path logDir;
    private final JavaExecutable java;

    ServiceLauncher(Path home, Path logDir, JavaExecutable java) {
        this.home = home;
        this.logDir = logDir;
        this.java = java;
    }

    ManagedProcess start(String name, String module, String artifact, Heap heap, List<String> args) {
        Path jar = home.resolve(module).resolve("target").resolve("wirestream-" + artifact + "-" + VERSION + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + " jar not found at " + jar + ": build first (./wirestream build)");
        }
        List<String> command = new ArrayList<>();
        command.add(java.path().toString());
        command.add(heap.maxHeapOption());
        command.add("--enable-native-access=ALL-UNNAMED"); // RocksDB (enrich's stores) loads a native library
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        return ManagedProcess.start(name, command, logDir.getParent(), logDir.resolve(name + ".log"));
    }
}
