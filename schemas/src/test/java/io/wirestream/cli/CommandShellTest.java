package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.config.ConfigException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The error policy itself: usage and configuration errors exit 2, failures exit 1, a stack trace only on request. */
class CommandShellTest {

    @Command(name = "demo")
    static final class Demo implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Option(names = "--fail")
        String fail;

        @Override
        public Integer call() throws Exception {
            options.config("demo", List.of());
            if ("config".equals(fail)) {
                throw new ConfigException("invalid value 'x' for demo.key: expected a number");
            }
            if ("io".equals(fail)) {
                throw new IllegalStateException("cannot store the batch", new IOException("disk full"));
            }
            return 0;
        }
    }

    @Test
    void aFailureIsExitOneWithItsCauseInOneLine() {
        CommandChecks.Run run = CommandChecks.run(Demo::new, Map.of(), List.of("--fail", "io"));
        assertThat(run.exit()).isEqualTo(CommandShell.FAILED);
        assertThat(run.errLines()).containsExactly("demo: failed: cannot store the batch: IOException: disk full");
    }

    @Test
    void verboseAddsTheStackTrace() {
        CommandChecks.Run run = CommandChecks.run(Demo::new, Map.of(), List.of("--fail", "io", "--verbose"));
        assertThat(run.exit()).isEqualTo(CommandShell.FAILED);
        assertThat(run.errLines().get(0)).isEqualTo("demo: failed: cannot store the batch: IOException: disk full");
        assertThat(run.err()).contains("\tat ").contains("Caused by: java.io.IOException: disk full");
    }

    @Test
    void aConfigurationErrorThrownWhileRunningIsExitTwoInOneLine() {
        CommandChecks.assertUsageError(CommandChecks.run(Demo::new, Map.of(), List.of("--fail", "config")),
                "demo: invalid value 'x' for demo.key");
    }

    @Test
    void aBadOptionOrSettingIsExitTwoInOneLine() {
        CommandChecks.assertUsageError(CommandChecks.run(Demo::new, Map.of(), List.of("--fial")), "--fial");
        CommandChecks.assertUsageError(CommandChecks.run(Demo::new, Map.of(), List.of("--set", "novalue")),
                "expected KEY=VALUE");
    }

    @Test
    void theVersionIsTheBuildsWithTheCommandsName() {
        CommandChecks.Run run = CommandChecks.run(() -> new picocli.CommandLine(new Demo())
                .setCommandName("demo"), Map.of(), List.of());
        assertThat(run.exit()).isZero();
        assertThat(new WirestreamVersion().getVersion()[0]).endsWith(" " + WirestreamVersion.get());
    }
}
