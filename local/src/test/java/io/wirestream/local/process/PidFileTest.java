package io.wirestream.local.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@EnabledOnOs(OS.LINUX)
class PidFileTest {

    @TempDir
    Path dir;

    /** A long-running child whose command line carries {@code arg} ($0 of the script). */
    private ManagedProcess childNaming(String arg) {
        ManagedProcess p = ManagedProcess.start("sh", List.of("/bin/sh", "-c", "sleep 300 & wait", arg), dir, dir.resolve("child.log"));
        awaitChildren(p); // so that a stop's snapshot of descendants includes the sleep
        return p;
    }

    private static List<ProcessHandle> awaitChildren(ManagedProcess p) {
        for (int i = 0; i < 100; i++) {
            List<ProcessHandle> children = ProcessHandle.of(p.pid()).map(h -> h.descendants().toList()).orElse(List.of());
            if (!children.isEmpty()) {
                return children;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return List.of();
    }

    @Test
    void aLeftoverNamingThisDataDirIsStoppedAndForgotten() {
        PidFile pidFile = PidFile.in(dir, "broker");
        ManagedProcess leftover = childNaming(PidFile.ownerOption(dir));
        pidFile.write(leftover.pid());
        List<ProcessHandle> grandchildren = awaitChildren(leftover);

        assertThat(pidFile.liveOwner()).isPresent();
        assertThat(pidFile.stopLeftover(Duration.ofSeconds(10))).contains(leftover.pid());

        // the JDK's reaper notes the exit of its own child a moment after the process is gone: wait for that note
        assertThat(leftover.onExit()).succeedsWithin(Duration.ofSeconds(10));
        assertThat(leftover.isAlive()).isFalse();
        assertThat(grandchildren).isNotEmpty().noneMatch(ManagedProcess::isRunning);
        assertThat(dir.resolve("broker.pid")).doesNotExist();
    }

    @Test
    void aProcessThatReusedThePidButNamesAnotherDirIsLeftAlone() {
        PidFile pidFile = PidFile.in(dir, "broker");
        ManagedProcess stranger = childNaming(PidFile.ownerOption(dir.resolve("other")));
        try {
            pidFile.write(stranger.pid());

            assertThat(pidFile.stopLeftover(Duration.ofSeconds(10))).isEmpty();
            assertThat(stranger.isAlive()).isTrue();
        } finally {
            stranger.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void aProcessOfAnotherDirWhoseNameStartsTheSameIsLeftAlone() {
        PidFile pidFile = PidFile.in(dir.resolve("a"), "broker");
        ManagedProcess neighbour = childNaming(PidFile.ownerOption(dir.resolve("ab")));
        try {
            pidFile.write(neighbour.pid());
            assertThat(pidFile.liveOwner()).isEmpty();
        } finally {
            neighbour.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void missingGarbageOrDeadPidsMeanNoOwner() throws Exception {
        PidFile pidFile = PidFile.in(dir, "x");
        assertThat(pidFile.liveOwner()).isEmpty();

        for (String junk : new String[] {"", "abc", "-5", "99999999999999999999999", "\u0000\u00ff", "1".repeat(100_000)}) {
            Files.writeString(dir.resolve("x.pid"), junk);
            assertThat(pidFile.liveOwner()).as("content %.20s", junk).isEmpty();
        }

        ManagedProcess gone = childNaming(PidFile.ownerOption(dir));
        gone.stop(Duration.ofSeconds(5));
        pidFile.write(gone.pid());
        assertThat(pidFile.liveOwner()).isEmpty();
    }
}
