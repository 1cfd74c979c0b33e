package io.wirestream.enrich;

import io.wirestream.cli.CommandShell;
import io.wirestream.cli.ConfigOptions;
import io.wirestream.cli.WirestreamVersion;
import io.wirestream.config.ServiceConfig;
import io.wirestream.enrich.offline.OfflineCommands;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the enrich jar: the stream service ({@code stream}) and the offline JSON Lines commands. */
@Command(name = "enrich", mixinStandardHelpOptions = true, versionProvider = WirestreamVersion.class,
        description = "wirestream enrichment: the Kafka Streams service and offline JSON Lines commands.",
        subcommands = {EnrichMain.Stream.class, OfflineCommands.Clean.class, OfflineCommands.Tag.class,
                OfflineCommands.Dedup.class, OfflineCommands.Enrich.class, io.wirestream.enrich.bench.PassThrough.class})
public final class EnrichMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CommandShell.main(new EnrichMain(), args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: stream, clean, tag, dedup or enrich");
    }

    @Command(name = "stream", mixinStandardHelpOptions = true, versionProvider = WirestreamVersion.class,
            description = "Runs the Kafka Streams application articles.raw -> articles.enriched (exactly-once), "
                    + "with articles.duplicates and articles.dlq, until Ctrl-C.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:stopped", "1:failed (the cause is printed)", "2:usage or configuration error"})
    static final class Stream implements Callable<Integer> {
        @CommandLine.Mixin
        ServiceOptions options;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            ServiceConfig config = options.config();
            if (options.configOptions().printConfig()) {
                ConfigOptions.print(config, spec.commandLine().getOut());
                return 0;
            }
            try (EnrichService service = new EnrichService(config)) {
                service.runUntilShutdown();
            }
            return 0;
        }
    }
}
