package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.config.Field;
import io.wirestream.config.ServiceConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs wirestream commands in this JVM (through {@link CommandShell}, as their mains do) and checks the error
 * policy: a configuration or usage error is exit 2 and one line on standard error naming the key or option, never a
 * stack trace. Shared by every module's command tests.
 */
public final class CommandChecks {

    /** What one run of a command did. */
    public record Run(int exit, String out, String err) {
        public List<String> errLines() {
            return err.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    private CommandChecks() {
    }

    public static Run run(Supplier<Object> command, Map<String, String> env, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CommandShell.execute(command.get(), args.toArray(String[]::new), env, new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    /** Exit 2, one line on standard error that mentions {@code mention}, no stack trace. */
    public static void assertUsageError(Run run, String mention) {
        assertThat(run.exit()).as("exit code; stderr: %s", run.err()).isEqualTo(CommandShell.USAGE);
        assertThat(run.errLines()).as("stderr").hasSize(1);
        assertThat(run.err()).as("stderr").contains(mention).doesNotContain("\tat ").doesNotContain("Exception:");
    }

    /** Text values {@code field} must refuse, by its type: empty, spaces, negative, overflow, a wrong unit. */
    public static List<String> badValues(Field<?> field) {
        Set<String> candidates = new LinkedHashSet<>();
        String type = field.type();
        if (type.startsWith("int") || type.startsWith("long")) {
            candidates.addAll(List.of("", "   ", "-7", "99999999999999999999999", "12ms", "1.5", "ten"));
        } else if (type.startsWith("decimal")) {
            candidates.addAll(List.of("", "   ", "-0.5", "1e999", "0.5x", "half"));
        } else if (type.startsWith("duration")) {
            candidates.addAll(List.of("", "   ", "-PT1S", "99999999999999999999999", "7 days", "10s", "P"));
        } else if (type.startsWith("boolean")) {
            candidates.addAll(List.of("", "   ", "perhaps", "-1"));
        } else if (type.startsWith("path")) {
            candidates.addAll(List.of("", "   ", "bad\u0000path"));
        }
        // keep what the field does refuse (a seed takes any whole number, a port takes -1)
        List<String> refused = new ArrayList<>();
        for (String candidate : candidates) {
            try {
                field.parse(candidate);
            } catch (io.wirestream.config.ConfigException expected) {
                refused.add(candidate);
            }
        }
        return refused;
    }

    /** The key with two letters of its last word swapped: a typo the did-you-mean hint must catch. */
    public static String typo(String key) {
        int at = key.lastIndexOf('.') + 1;
        if (key.length() - at < 3) {
            return key + "x";
        }
        char[] chars = key.toCharArray();
        char swap = chars[at + 1];
        chars[at + 1] = chars[at + 2];
        chars[at + 2] = swap;
        String typo = new String(chars);
        return typo.equals(key) ? key + "x" : typo;
    }

    /**
     * Every refused value of every field through a file, an environment variable and {@code --set}; and every
     * field's key with a typo through the file and {@code --set} (not kafka.* keys: those pass through to Kafka):
     * each an exit 2 with one line naming the key.
     */
    public static Stream<DynamicTest> fuzzFields(String label, Supplier<Object> command, List<String> leadingArgs,
                                                 List<Field<?>> fields, Path dir) {
        List<DynamicTest> tests = new ArrayList<>();
        int[] n = {0};
        for (Field<?> field : fields) {
            for (String bad : badValues(field)) {
                String shown = "'" + bad.replace("\u0000", "\\0") + "'";
                tests.add(DynamicTest.dynamicTest(label + " file " + field.name() + "=" + shown, () -> {
                    Path file = dir.resolve("fuzz-" + n[0]++ + ".properties");
                    writeProperties(file, field.name(), bad);
                    assertUsageError(run(command, Map.of(), args(leadingArgs, "--config", file.toString())),
                            field.name());
                }));
                if (!bad.contains("\u0000")) { // no environment variable can hold a NUL
                    tests.add(DynamicTest.dynamicTest(label + " env " + field.envName() + "=" + shown, () ->
                            assertUsageError(run(command, Map.of(field.envName(), bad), leadingArgs), field.name())));
                }
                tests.add(DynamicTest.dynamicTest(label + " --set " + field.name() + "=" + shown, () ->
                        assertUsageError(run(command, Map.of(), args(leadingArgs, "--set", field.name() + "=" + bad)),
                                field.name())));
            }
            if (field.name().startsWith(ServiceConfig.KAFKA_PREFIX)) {
                continue;
            }
            String typo = typo(field.name());
            tests.add(DynamicTest.dynamicTest(label + " typo " + typo, () -> {
                Path file = dir.resolve("typo-" + n[0]++ + ".properties");
                writeProperties(file, typo, "1");
                Run run = run(command, Map.of(), args(leadingArgs, "--config", file.toString()));
                assertUsageError(run, typo);
                assertThat(run.err()).contains("did you mean " + field.name());
            }));
            tests.add(DynamicTest.dynamicTest(label + " --set typo " + typo, () -> {
                Run run = run(command, Map.of(), args(leadingArgs, "--set", typo + "=1"));
                assertUsageError(run, typo);
                assertThat(run.err()).contains("did you mean " + field.name());
            }));
        }
        return tests.stream();
    }

    /**
     * The errors every command must answer with exit 2 and one line: a broken configuration file (a missing one,
     * and one with a malformed escape), an unknown option, and a bad environment value.
     */
    public static void assertCommonErrors(Supplier<Object> command, List<String> leadingArgs, Field<?> envField,
                                          Path dir) {
        assertUsageError(run(command, Map.of(), args(leadingArgs, "--config", dir.resolve("missing.properties")
                .toString())), "missing.properties");
        Path broken = dir.resolve("broken.properties");
        try {
            Files.writeString(broken, "a.key=\\u12zz\n", StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertUsageError(run(command, Map.of(), args(leadingArgs, "--config", broken.toString())), "broken.properties");
        assertUsageError(run(command, Map.of(), args(leadingArgs, "--no-such-option")), "--no-such-option");
        String bad = badValues(envField).get(0);
        assertUsageError(run(command, Map.of(envField.envName(), bad), leadingArgs), envField.envName());
    }

    private static List<String> args(List<String> leading, String... more) {
        List<String> all = new ArrayList<>(leading);
        all.addAll(List.of(more));
        return all;
    }

    private static void writeProperties(Path file, String key, String value) {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty(key, value);
        try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
