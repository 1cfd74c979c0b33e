package io.wirestream.cleanup;

import io.wirestream.cleanup.patterns.PatternSet;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the cleaner is set up. Property keys:
 * <ul>
 *   <li>{@code cleanup.rules.disabled} comma-separated rule ids to switch off (see {@link Cleaner#rules()})</li>
 *   <li>{@code cleanup.patterns.file} path of a user pattern file that extends the bundled one</li>
 *   <li>{@code cleanup.attribution.remove} true to cut inserted attributions instead of flagging them (default false)</li>
 *   <li>{@code cleanup.body.max.chars} largest body accepted (default 2,000,000 chars)</li>
 * </ul>
 * The services and commands read these keys through the app's typed {@code CleanupFields} and {@link #of}.
 */
public final class CleanupConfig {
    public static final String RULES_DISABLED = "cleanup.rules.disabled";
    public static final String PATTERNS_FILE = "cleanup.patterns.file";
    public static final String ATTRIBUTION_REMOVE = "cleanup.attribution.remove";
    public static final String MAX_BODY_CHARS = "cleanup.body.max.chars";

    public static final int DEFAULT_MAX_BODY_CHARS = 2_000_000;

    private final Set<String> disabled;
    private final PatternSet patterns;
    private final boolean removeAttribution;
    private final int maxBodyChars;

    private CleanupConfig(Set<String> disabled, PatternSet patterns, boolean removeAttribution, int maxBodyChars) {
        this.disabled = Set.copyOf(disabled);
        this.patterns = patterns;
        this.removeAttribution = removeAttribution;
        this.maxBodyChars = maxBodyChars;
    }

    public static CleanupConfig defaults() {
        return new CleanupConfig(Set.of(), PatternSet.bundled(), false, DEFAULT_MAX_BODY_CHARS);
    }

    /**
     * A configuration from typed values: rule ids to switch off, a pattern file to add (or null), whether inserted
     * attributions are cut, and the largest body accepted. An unknown rule id fails when the cleaner is created.
     */
    public static CleanupConfig of(Set<String> disabledRules, Path patternsFile, boolean removeAttribution,
                                   int maxBodyChars) {
        if (maxBodyChars <= 0) {
            throw new IllegalArgumentException(MAX_BODY_CHARS + " must be a positive integer, got: " + maxBodyChars);
        }
        PatternSet patterns = patternsFile == null ? PatternSet.bundled() : PatternSet.bundledPlus(patternsFile);
        return new CleanupConfig(disabledRules, patterns, removeAttribution, maxBodyChars);
    }

    /** Reads the keys above; unknown rule ids are rejected so a typo does not silently leave a rule on. */
    public static CleanupConfig fromProperties(Properties p) {
        Set<String> disabled = Arrays.stream(p.getProperty(RULES_DISABLED, "").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        String file = p.getProperty(PATTERNS_FILE, "").strip();
        PatternSet patterns = file.isEmpty() ? PatternSet.bundled() : PatternSet.bundledPlus(Path.of(file));
        String remove = p.getProperty(ATTRIBUTION_REMOVE, "false").strip();
        if (!remove.equalsIgnoreCase("true") && !remove.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(ATTRIBUTION_REMOVE + " must be true or false, got: " + remove);
        }
        int max;
        try {
            max = Integer.parseInt(p.getProperty(MAX_BODY_CHARS, String.valueOf(DEFAULT_MAX_BODY_CHARS)).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MAX_BODY_CHARS + " must be a positive integer", e);
        }
        if (max <= 0) {
            throw new IllegalArgumentException(MAX_BODY_CHARS + " must be a positive integer, got: " + max);
        }
        return new CleanupConfig(disabled, patterns, Boolean.parseBoolean(remove), max);
    }

    Set<String> disabled() {
        return disabled;
    }

    PatternSet patterns() {
        return patterns;
    }

    boolean removeAttribution() {
        return removeAttribution;
    }

    int maxBodyChars() {
        return maxBodyChars;
    }
}
