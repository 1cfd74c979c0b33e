package io.wirestream.local.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Real child processes through /bin/sh: the stop logic is about OS signals, so nothing here is mocked. */
@EnabledOnOs(OS.LINUX)
class ManagedProcessTest {

    @TempDir
    Path dir;

    private ManagedProcess sh(String script) {
        return ManagedProcess.start("sh", List.of("/bin/sh", "-c", script), dir, dir.resolve("out.log"));
    }

    private static void awaitDescendants(ManagedProcess p, int count) throws InterruptedException {
        long pid = p.pid();
        for (int i = 0; i < 100 && ProcessHandle.of(pid).map(h -> h.descendants().count()).orElse(0L) < count; i++) {
            Thread.sleep(50);
        }
    }

    @Test
    void gracefulStopEndsTheProcessAndItsChildren() throws Exception {
        ManagedProcess p = sh("sleep 300 & sleep 300 & wait");
        awaitDescendants(p, 2);
        List<ProcessHandle> children = ProcessHandle.of(p.pid()).orElseThrow().descendants().toList();
        assertThat(children).hasSizeGreaterThanOrEqualTo(2);

        boolean graceful = p.stop(Duration.ofSeconds(10));

        assertThat(graceful).isTrue();
        assertThat(p.isAlive()).isFalse();
        assertThat(children).noneMatch(ManagedProcess::isRunning);
    }

    @Test
    void aProcessIgnoringSigtermIsKilledAfterTheGracePeriod() throws Exception {
        ManagedProcess p = sh("trap '' TERM; echo ready; sleep 300 & wait");
        awaitDescendants(p, 1);
        List<ProcessHandle> children = ProcessHandle.of(p.pid()).orElseThrow().descendants().toList();

        boolean graceful = p.stop(Duration.ofMillis(300));

        assertThat(graceful).isFalse();
        assertThat(p.isAlive()).isFalse();
        assertThat(children).noneMatch(ManagedProcess::isRunning);
    }

    @Test
    void stoppingTwiceIsHarmless() {
        ManagedProcess p = sh("exec sleep 300");
        p.stop(Duration.ofSeconds(5));
        assertThat(p.stop(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void outputGoesToTheLogFile() throws Exception {
        ManagedProcess p = sh("echo to-stdout; echo to-stderr >&2");
        p.onExit().get();

        assertThat(Files.readString(p.logFile())).contains("to-stdout").contains("to-stderr");
    }

    @Test
    void aFailingCommandReportsItsExitCodeAndLogTail() {
        assertThatThrownBy(() -> ManagedProcess.runToCompletion("format", List.of("/bin/sh", "-c", "echo boom-detail; exit 3"),
                dir, dir.resolve("fmt.log"), Duration.ofSeconds(30)))
                .isInstanceOf(StartupFailedException.class)
                .hasMessageContaining("format failed with exit code 3")
                .hasMessageContaining("boom-detail");
    }

    @Test
    void aCommandOutlivingItsTimeoutIsStoppedAndReported() {
        assertThatThrownBy(() -> ManagedProcess.runToCompletion("slow", List.of("/bin/sh", "-c", "echo started; sleep 300"),
                dir, dir.resolve("slow.log"), Duration.ofMillis(500)))
                .isInstanceOf(StartupFailedException.class)
                .hasMessageContaining("slow did not finish")
                .hasMessageContaining("started");
    }

    @Test
    void readinessFailsFastWithTheLogTailWhenTheProcessDies() {
        ManagedProcess p = sh("echo fatal: config is wrong; exit 7");

        assertThatThrownBy(() -> Readiness.await("thing", p, () -> false, Duration.ofMinutes(5)))
                .isInstanceOf(StartupFailedException.class)
                .hasMessageContaining("thing exited with code 7")
                .hasMessageContaining("fatal: config is wrong");
    }

    @Test
    void readinessTimesOutWithTheLogTail() {
        ManagedProcess p = sh("echo still booting; exec sleep 300");
        try {
            assertThatThrownBy(() -> Readiness.await("thing", p, () -> false, Duration.ofMillis(500)))
                    .isInstanceOf(StartupFailedException.class)
                    .hasMessageContaining("thing was not ready within")
                    .hasMessageContaining("still booting");
        } finally {
            p.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void readinessReturnsOnceTheProbeSucceeds() {
        ManagedProcess p = sh("exec sleep 300");
        int[] calls = {0};
        try {
            Readiness.await("thing", p, () -> ++calls[0] >= 3, Duration.ofMinutes(1));
            assertThat(calls[0]).isEqualTo(3);
        } finally {
            p.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void emptyCommandIsRejected() {
        assertThatThrownBy(() -> ManagedProcess.start("nothing", List.of(), dir, dir.resolve("x.log")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }
}
