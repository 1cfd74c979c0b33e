package io.wirestream.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.local.process.JavaExecutable;
import io.wirestream.local.process.Ports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A launcher JVM that is told to stop (SIGTERM here; Ctrl-C's SIGINT runs the same hooks) takes its broker with it. */
@EnabledOnOs(OS.LINUX)
class ShutdownHookTest {

    private static final String HOST = "127.0.0.1";

    @TempDir
    Path dir;

    @Test
    void signallingTheLauncherStopsTheBrokerItStarted() throws Exception {
        int[] ports = Ports.pickFree(HOST, 2);
        Path out = dir.resolve("launcher.out");
        String classpath = Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                .orElse(System.getProperty("java.class.path"));
        Process launcher = new ProcessBuilder(JavaExecutable.current().path().toString(), "-Xmx128m",
                "-Dlogback.configurationFile=" + Path.of("src/test/resources/logback-test.xml").toAbsolutePath(),
                "-cp", classpath, BrokerThenWait.class.getName(),
                dir.resolve("broker").toString(), Integer.toString(ports[0]), Integer.toString(ports[1]))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            long brokerPid = awaitReadyLine(launcher, out);
            assertThat(ProcessHandle.of(brokerPid)).isPresent();

            launcher.destroy();

            assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(ProcessHandle.of(brokerPid).filter(ProcessHandle::isAlive)).isEmpty();
            assertThat(Ports.isFree(HOST, ports[0])).isTrue();
            assertThat(Ports.isFree(HOST, ports[1])).isTrue();
            assertThat(dir.resolve("broker").resolve("broker.pid")).doesNotExist();
        } finally {
            launcher.destroyForcibly();
        }
    }

    /** The helper prints "READY pid" once the broker answers; bounded so a broken start fails the test. */
    private static long awaitReadyLine(Process launcher, Path out) throws Exception {
        for (int i = 0; i < 1200; i++) {
            if (Files.exists(out)) {
                List<String> lines = Files.readAllLines(out);
                for (String line : lines) {
                    if (line.startsWith("READY ")) {
                        return Long.parseLong(line.substring("READY ".length()).trim());
                    }
                }
            }
            if (!launcher.isAlive()) {
                throw new AssertionError("launcher exited early:\n" + Files.readString(out));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("launcher never became ready:\n" + Files.readString(out));
    }
}
