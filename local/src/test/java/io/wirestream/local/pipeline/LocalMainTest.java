package io.wirestream.local.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.cli.CommandChecks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./wirestream local}, {@code bench} and {@code chaos} (the same main with --generate / --chaos) under the
 * shared error policy: exit 2 and one line for a bad option, a broken --ingest-config and a bad value the launcher
 * passes from the environment; nothing is started before these are checked.
 */
class LocalMainTest {

    @TempDir
    Path dir;

    @Test
    void aBadOptionIsOneLineAndExitTwo() {
        CommandChecks.assertUsageError(CommandChecks.run(LocalMain::new, Map.of(), List.of("--no-such-option")),
                "--no-such-option");
        CommandChecks.assertUsageError(CommandChecks.run(LocalMain::new, Map.of(), List.of("--kafka-port", "ninety")),
                "--kafka-port");
        CommandChecks.assertUsageError(CommandChecks.run(LocalMain::new, Map.of(), List.of("--timeout", "5 minutes")),
                "--timeout");
    }

    @Test
    void aBrokenIngestConfigIsOneLineAndExitTwo() throws Exception {
        CommandChecks.assertUsageError(CommandChecks.run(LocalMain::new, Map.of(),
                List.of("--ingest-config", dir.resolve("missing.properties").toString())), "missing.properties");
        Path broken = dir.resolve("broken.properties");
        Files.writeString(broken, "ingest.feeds=\\u12zz\n", StandardCharsets.ISO_8859_1);
        CommandChecks.assertUsageError(CommandChecks.run(LocalMain::new, Map.of(),
                List.of("--ingest-config", broken.toString())), "broken.properties");
    }

    @Test
    void benchAndChaosCountsFromTheEnvironmentAreCheckedAsOptions() {
        // ./wirestream bench passes WIRESTREAM_BENCH_ARTICLES as --generate, chaos WIRESTREAM_CHAOS_FAULTS as --chaos
        CommandChecks.assertUsageError(CommandChecks.run(LocalMain::new, Map.of(),
                List.of("--once", "--generate", "2k")), "--generate");
        CommandChecks.assertUsageError(CommandChecks.run(LocalMain::new, Map.of(),
                List.of("--once", "--chaos", "twenty")), "--chaos");
    }

    @Test
    void signalExitCodesAreStopsNotFailures() {
        assertThat(LocalMain.isSignalExit(130)).isTrue();
        assertThat(LocalMain.isSignalExit(143)).isTrue();
        assertThat(LocalMain.isSignalExit(1)).isFalse();
        assertThat(LocalMain.isSignalExit(137)).isFalse(); // SIGKILL is not a stop we asked for
    }
}
