package io.wirestream.enrich;

import io.wirestream.cleanup.Cleaner;
import io.wirestream.cleanup.CleanupConfig;
import io.wirestream.config.ConfigException;
import io.wirestream.config.Field;
import io.wirestream.config.ServiceConfig;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cleanup stage's settings, read the same way by the enrich service and the offline commands. The keys are
 * the core's ({@link CleanupConfig}); the core itself stays free of the configuration library.
 */
public final class CleanupFields {

    public static final Field<String> RULES_DISABLED = Field.string(CleanupConfig.RULES_DISABLED, "",
            "rule ids to switch off, separated by commas (./wirestream clean --rules lists them); an unknown id "
                    + "is refused");
    public static final Field<String> PATTERNS_FILE = Field.string(CleanupConfig.PATTERNS_FILE, "",
            "a pattern file of your own that extends the bundled one (docs/cleanup.md)");
    public static final Field<Boolean> ATTRIBUTION_REMOVE = Field.bool(CleanupConfig.ATTRIBUTION_REMOVE, false,
            "cut inserted attributions instead of flagging them");
    public static final Field<Integer> MAX_BODY_CHARS = Field.integer(CleanupConfig.MAX_BODY_CHARS,
            CleanupConfig.DEFAULT_MAX_BODY_CHARS, 1, Integer.MAX_VALUE,
            "largest body accepted, in characters; a longer one is refused").deprecatedNames("cleanup.body.maxChars");

    public static final List<Field<?>> ALL = List.of(RULES_DISABLED, PATTERNS_FILE, ATTRIBUTION_REMOVE, MAX_BODY_CHARS);

    private CleanupFields() {
    }

    /** The cleaner as configured; an unknown rule id in cleanup.rules.disabled is a configuration error. */
    public static Cleaner cleaner(ServiceConfig config) {
        CleanupConfig cleanup = config(config);
        try {
            return Cleaner.create(cleanup);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    /** The core's configuration; a pattern file that cannot be read is a configuration error naming the key. */
    public static CleanupConfig config(ServiceConfig config) {
        Set<String> disabled = Arrays.stream(config.get(RULES_DISABLED).split(",")).map(String::strip)
                .filter(id -> !id.isEmpty()).collect(Collectors.toSet());
        String file = config.get(PATTERNS_FILE).strip();
        try {
            return CleanupConfig.of(disabled, file.isEmpty() ? null : Path.of(file), config.get(ATTRIBUTION_REMOVE),
                    config.get(MAX_BODY_CHARS));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new ConfigException(PATTERNS_FILE.name() + "=" + file + ": " + e.getMessage(), e);
        }
    }
}
