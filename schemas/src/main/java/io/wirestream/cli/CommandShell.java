package io.wirestream.cli;

import io.wirestream.config.ConfigException;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The one error policy of every wirestream main. A usage error (an unknown or malformed option) or a configuration
 * error (a bad value, an unknown key, a missing file) prints one line naming the option or key and exits 2; any
 * other failure prints one line with its cause and exits 1. A stack trace only with {@code --verbose}.
 */
public final class CommandShell {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    // the environment the configuration reads; tests run commands in-process with their own
    private static final InheritableThreadLocal<Map<String, String>> ENVIRONMENT = new InheritableThreadLocal<>();

    private static final io.wirestream.config.Field<java.time.Duration> DURATION_OPTION =
            io.wirestream.config.Field.duration("option", java.time.Duration.ZERO, "a duration option");

    private CommandShell() {
    }

    /** Runs {@code command} with {@code args} and exits the JVM with its exit code. */
    public static void main(Object command, String[] args) {
        System.exit(execute(command, args));
    }

    /** Runs {@code command} with {@code args}: the exit code, errors on standard error. */
    public static int execute(Object command, String[] args) {
        return commandLine(command).execute(args);
    }

    /**
     * Runs {@code command} in this JVM with its own environment and output (for tests): the exit code. Standard
     * output and error of the command itself go where {@code out} and {@code err} go.
     */
    public static int execute(Object command, String[] args, Map<String, String> environment, PrintWriter out,
                              PrintWriter err) {
        Map<String, String> previous = ENVIRONMENT.get();
        ENVIRONMENT.set(Map.copyOf(environment));
        try {
            CommandLine commandLine = commandLine(command);
            commandLine.setOut(out);
            commandLine.setErr(err);
            return commandLine.execute(args);
        } finally {
            ENVIRONMENT.set(previous);
        }
    }

    /** The environment the configuration reads: the process's, or a test's. */
    public static Map<String, String> environment() {
        Map<String, String> environment = ENVIRONMENT.get();
        return environment != null ? environment : System.getenv();
    }

    /** The command with the error policy installed (its help and version as picocli gives them). */
    public static CommandLine commandLine(Object command) {
        CommandLine commandLine = command instanceof CommandLine given ? given : new CommandLine(command);
        // durations as the configuration takes them (P7D, PT30S or milliseconds), refused in words, not a class name
        commandLine.registerConverter(java.time.Duration.class, text -> {
            try {
                return DURATION_OPTION.parse(text);
            } catch (ConfigException e) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not an ISO-8601 duration such as "
                        + "PT5M or P7D, nor milliseconds");
            }
        });
        commandLine.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println(name(e.getCommandLine()) + ": " + oneLine(e.getMessage()) + " (--help lists the options)");
            err.flush();
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            PrintWriter err = cl.getErr();
            ConfigException config = causeOf(e, ConfigException.class);
            CommandLine.ParameterException usage = causeOf(e, CommandLine.ParameterException.class);
            if (usage != null) {
                err.println(name(cl) + ": " + oneLine(usage.getMessage()) + " (--help lists the options)");
            } else if (config != null) {
                err.println(name(cl) + ": " + oneLine(config.getMessage()));
            } else {
                err.println(name(cl) + ": failed: " + describe(e));
            }
            if (verbose(parseResult)) {
                e.printStackTrace(err);
            }
            err.flush();
            return config != null || usage != null ? USAGE : FAILED;
        });
        return commandLine;
    }

    /** The exception and its causes in one line: {@code what happened: why}. */
    public static String describe(Throwable e) {
        StringBuilder line = new StringBuilder();
        Throwable current = e;
        for (int depth = 0; current != null && depth < 5; depth++, current = current.getCause()) {
            String message = current.getMessage();
            String part = message == null || message.isBlank() ? current.getClass().getSimpleName()
                    : current instanceof java.io.IOException || current instanceof NullPointerException
                    ? current.getClass().getSimpleName() + ": " + message : message;
            if (line.indexOf(part) < 0) {
                line.append(line.isEmpty() ? "" : ": ").append(part);
            }
        }
        return oneLine(line.toString());
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    private static String name(CommandLine commandLine) {
        return commandLine.getCommandName();
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable current = e; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }
}
