package io.wirestream.sink;

import io.wirestream.cli.ClusterOptions;
import io.wirestream.cli.CommandShell;
import io.wirestream.cli.ConfigOptions;
import io.wirestream.cli.WirestreamVersion;
import io.wirestream.config.Field;
import io.wirestream.config.ServiceConfig;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * Runs the sink until SIGTERM or Ctrl-C: consumes articles.enriched and articles.duplicates into the
 * database and serves the read API. A shutdown hook closes the service so the last batch is either fully
 * stored and committed or left for the next start.
 */
@Command(name = "sink", mixinStandardHelpOptions = true, versionProvider = WirestreamVersion.class,
        description = "Stores enriched articles and duplicate links in PostgreSQL (H2 file by default) and serves "
                + "a read API and dashboard.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:failed (the cause is printed)", "2:usage or configuration error"})
public final class SinkMain implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(SinkMain.class);

    @Mixin
    ConfigOptions configOptions;

    @Mixin
    ClusterOptions cluster;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command with its help footer listing every setting (tests run it without exiting the JVM). */
    static CommandLine commandLine() {
        CommandLine commandLine = CommandShell.commandLine(new SinkMain());
        commandLine.getCommandSpec().usageMessage().footer("", "Settings (properties file keys; environment "
                + "overrides: WIRESTREAM_ + key upper-cased, dots as underscores):", fieldHelp());
        return commandLine;
    }

    private static boolean isSecret(String key) {
        return key.contains("password") || key.contains("token");
    }

    private static String fieldHelp() {
        StringBuilder help = new StringBuilder();
        for (Field<?> field : SinkFields.ALL) {
            help.append(String.format("  %-28s %s (default: %s)%n", field.name(), field.doc(),
                    isSecret(field.name()) ? "empty" : field.defaultValue()));
        }
        return help.toString();
    }

    @Override
    public Integer call() throws InterruptedException {
        ServiceConfig settings = configOptions.config("sink", SinkFields.ALL, cluster::applyTo);
        if (configOptions.printConfig()) {
            ConfigOptions.print(settings, spec.commandLine().getOut());
            return 0;
        }
        Map<String, String> shown = new TreeMap<>(settings.describe());
        shown.replaceAll((key, value) -> isSecret(key) && !value.isEmpty() ? "********" : value);
        log.info("starting the sink with {}", shown);
        SinkService service = SinkService.create(settings);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            closed.countDown();
        }, "sink-shutdown"));
        try {
            service.start();
            // on stdout too: the one line someone who just started the sink is looking for
            service.dashboardUrl().ifPresent(url -> {
                spec.commandLine().getOut().println("sink: dashboard at " + url);
                spec.commandLine().getOut().flush();
            });
        } catch (RuntimeException e) {
            throw new IllegalStateException("the sink could not start", e); // one line with the cause (CommandShell)
        }
        service.awaitTermination();
        if (service.failure().isPresent()) {
            log.error("the sink stopped on a failure", service.failure().get());
            return 1;
        }
        closed.await(); // stopped by the shutdown hook: let it finish closing before the JVM exits
        return 0;
    }
}
