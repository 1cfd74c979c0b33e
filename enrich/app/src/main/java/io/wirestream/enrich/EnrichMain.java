package io.wirestream.enrich;

import io.wirestream.enrich.offline.OfflineCommands;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the enrich jar: the stream service ({@code stream}) and the offline JSON Lines commands. */
@Command(name = "enrich", mixinStandardHelpOptions = true, version = "wirestream enrich 0.1.0",
        description = "wirestream enrichment: the Kafka Streams service and offline JSON Lines commands.",
        subcommands = {EnrichMain.Stream.class, OfflineCommands.Clean.class, OfflineCommands.Tag.class,
                OfflineCommands.Dedup.class, OfflineCommands.Enrich.class, io.wirestream.enrich.bench.PassThrough.class})
public final class EnrichMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new EnrichMain()).execute(args));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: stream, clean, tag, dedup or enrich");
    }

    @Command(name = "stream", mixinStandardHelpOptions = true,
            description = "Runs the Kafka Streams application articles.raw -> articles.enriched (exactly-once), "
                    + "with articles.duplicates and articles.dlq, until Ctrl-C.")
    static final class Stream implements Callable<Integer> {
        @CommandLine.Mixin
        ServiceOptions options;

        @Override
        public Integer call() throws InterruptedException {
            try (EnrichService service = new EnrichService(options.config())) {
                service.runUntilShutdown();
            }
            return 0;
        }
    }
}
