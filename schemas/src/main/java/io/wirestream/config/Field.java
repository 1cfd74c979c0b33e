package io.wirestream.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.Function;

/**
 * One typed, validated, documented configuration setting: its key, what it means, its default, and how a
 * text value becomes a typed one. A bad value fails with the key, the value and the reason.
 */
public final class Field<T> {

    private final String name;
    private final String type;
    private final String doc;
    private final T defaultValue;
    private final Function<String, T> parser;

    private Field(String name, String type, String doc, T defaultValue, Function<String, T> parser) {
        this.name = Objects.requireNonNull(name);
        this.type = type;
        this.doc = doc;
        this.defaultValue = defaultValue;
        this.parser = parser;
    }

    public static Field<String> string(String name, String defaultValue, String doc) {
        return new Field<>(name, "string", doc, defaultValue, value -> value);
    }

    public static Field<Integer> integer(String name, int defaultValue, int min, int max, String doc) {
        return new Field<>(name, "int [" + min + ".." + max + "]", doc, defaultValue, value -> {
            int parsed;
            try {
                parsed = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a whole number");
            }
            if (parsed < min || parsed > max) {
                throw new IllegalArgumentException("must be between " + min + " and " + max);
            }
            return parsed;
        });
    }

    public static Field<Long> longValue(String name, long defaultValue, long min, String doc) {
        return new Field<>(name, "long [" + min + "..]", doc, defaultValue, value -> {
            long parsed;
            try {
                parsed = Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a whole number");
            }
            if (parsed < min) {
                throw new IllegalArgumentException("must be at least " + min);
            }
            return parsed;
        });
    }

    public static Field<Boolean> bool(String name, boolean defaultValue, String doc) {
        return new Field<>(name, "boolean", doc, defaultValue, value -> switch (value.trim().toLowerCase()) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException("expected true or false");
        });
    }

    /** ISO-8601 durations ({@code P7D}, {@code PT30S}) or plain milliseconds. */
    public static Field<Duration> duration(String name, Duration defaultValue, String doc) {
        return new Field<>(name, "duration (ISO-8601 like P7D, or milliseconds)", doc, defaultValue, value -> {
            String trimmed = value.trim();
            try {
                return trimmed.chars().allMatch(Character::isDigit)
                        ? Duration.ofMillis(Long.parseLong(trimmed)) : Duration.parse(trimmed);
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new IllegalArgumentException("not an ISO-8601 duration such as P7D or PT30S");
            }
        });
    }

    public static Field<Path> path(String name, Path defaultValue, String doc) {
        return new Field<>(name, "path", doc, defaultValue, value -> Path.of(value.trim()));
    }

    /** Parses a configured text value; the message names the key, the value and what was expected. */
    public T parse(String raw) {
        try {
            return parser.apply(raw);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("invalid value '" + raw + "' for " + name + ": " + e.getMessage()
                    + " (" + doc + ")");
        }
    }

    public String name() {
        return name;
    }

    public String type() {
        return type;
    }

    public String doc() {
        return doc;
    }

    public T defaultValue() {
        return defaultValue;
    }

    /** The environment variable that overrides this field: {@code WIRESTREAM_} + the key upper-cased, dots as underscores. */
    public String envName() {
        return ServiceConfig.envName(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
