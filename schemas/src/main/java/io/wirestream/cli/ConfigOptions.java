package io.wirestream.cli;

import io.wirestream.config.Field;
import io.wirestream.config.ServiceConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/**
 * The options every wirestream command shares, and the configuration they build the same way for services and
 * offline commands alike: bundled defaults, then {@code --config FILE}, then {@code WIRESTREAM_*} environment
 * variables, then options ({@code --set KEY=VALUE} and the command's own).
 */
public final class ConfigOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "properties file (docs/configuration.md lists every key)")
    Path configFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "sets one configuration key, over the file and the environment (repeatable)")
    List<String> settings = new ArrayList<>();

    @Option(names = "--print-config", description = "print the effective settings (secrets masked) and exit")
    boolean printConfig;

    @Option(names = {"-v", "--verbose"}, description = "on a failure, print the stack trace too")
    boolean verbose;

    public Path configFile() {
        return configFile;
    }

    public boolean printConfig() {
        return printConfig;
    }

    /** The configuration of {@code service} with {@code fields}; {@code options} adds the command's own options. */
    public ServiceConfig config(String service, Collection<Field<?>> fields, UnaryOperator<ServiceConfig.Builder> options) {
        ServiceConfig.Builder builder = ServiceConfig.builder(service).fields(fields).bundledDefaults()
                .file(configFile).environment(CommandShell.environment());
        for (String setting : settings) {
            int equals = setting.indexOf('=');
            if (equals <= 0) {
                throw new io.wirestream.config.ConfigException("--set " + setting + ": expected KEY=VALUE");
            }
            builder.set(setting.substring(0, equals).trim(), setting.substring(equals + 1), "option --set");
        }
        return options.apply(builder).build();
    }

    /** As {@link #config(String, Collection, UnaryOperator)} without options of the command's own. */
    public ServiceConfig config(String service, Collection<Field<?>> fields) {
        return config(service, fields, UnaryOperator.identity());
    }

    /** Prints the effective settings as {@code key=value} lines. */
    public static void print(ServiceConfig config, PrintWriter out) {
        config.effective().forEach((key, value) -> out.println(key + "=" + value));
        out.flush();
    }
}
