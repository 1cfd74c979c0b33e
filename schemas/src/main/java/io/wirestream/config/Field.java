package io.wirestream.config;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One typed, validated, documented configuration setting: its key, what it means, its default, and how a
 * text value becomes a typed one. A bad value fails with the key, the value and the reason. Keys are lower case
 * with dots between words ({@code dedup.max.text.chars}); a renamed key keeps its old names as
 * {@link #deprecatedNames()}, accepted with a warning for one release.
 */
public final class Field<T> {

    private final String name;
    private final String type;
    private final String doc;
    private final T defaultValue;
    private final Function<String, T> parser;
    private final List<String> deprecatedNames;

    private Field(String name, String type, String doc, T defaultValue, Function<String, T> parser,
                  List<String> deprecatedNames) {
        this.name = Objects.requireNonNull(name);
        if (!name.matches("[a-z0-9]+(\\.[a-z0-9]+)*")) {
            throw new IllegalArgumentException("key " + name + " is not lower case words separated by dots");
        }
        this.type = type;
        this.doc = doc;
        this.defaultValue = defaultValue;
        this.parser = parser;
        this.deprecatedNames = List.copyOf(deprecatedNames);
    }

    private Field(String name, String type, String doc, T defaultValue, Function<String, T> parser) {
        this(name, type, doc, defaultValue, parser, List.of());
    }

    public static Field<String> string(String name, String defaultValue, String doc) {
        return new Field<>(name, "string", doc, defaultValue, value -> value);
    }

    public static Field<Integer> integer(String name, int defaultValue, int min, int max, String doc) {
        return new Field<>(name, "int [" + min + ".." + max + "]", doc, defaultValue,
                value -> wholeNumber(value, min, max).intValueExact());
    }

    public static Field<Long> longValue(String name, long defaultValue, long min, String doc) {
        return new Field<>(name, "long [" + min + "..]", doc, defaultValue,
                value -> wholeNumber(value, min, Long.MAX_VALUE).longValueExact());
    }

    /** Any 64-bit whole number (a seed). */
    public static Field<Long> anyLong(String name, long defaultValue, String doc) {
        return new Field<>(name, "long", doc, defaultValue,
                value -> wholeNumber(value, Long.MIN_VALUE, Long.MAX_VALUE).longValueExact());
    }

    /** A decimal number in {@code (min, max]} when {@code minExclusive}, else in {@code [min, max]}. */
    public static Field<Double> decimal(String name, double defaultValue, double min, boolean minExclusive, double max,
                                        String doc) {
        String range = (minExclusive ? "(" : "[") + min + ".." + max + "]";
        return new Field<>(name, "decimal " + range, doc, defaultValue, value -> {
            double parsed;
            String trimmed = nonEmpty(value);
            try {
                parsed = Double.parseDouble(trimmed);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number");
            }
            if (Double.isNaN(parsed) || parsed > max || parsed < min || (minExclusive && parsed == min)) {
                throw new IllegalArgumentException("must be in " + range);
            }
            return parsed;
        });
    }

    public static Field<Boolean> bool(String name, boolean defaultValue, String doc) {
        return new Field<>(name, "boolean", doc, defaultValue, value -> switch (nonEmpty(value).toLowerCase()) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException("expected true or false");
        });
    }

    /** ISO-8601 durations ({@code P7D}, {@code PT30S}) or plain milliseconds; never negative. */
    public static Field<Duration> duration(String name, Duration defaultValue, String doc) {
        return duration(name, defaultValue, Duration.ZERO, doc);
    }

    /** As {@link #duration(String, Duration, String)}, at least {@code min} (e.g. a retention above zero). */
    public static Field<Duration> duration(String name, Duration defaultValue, Duration min, String doc) {
        return new Field<>(name, "duration (ISO-8601 like P7D or PT30S, or milliseconds)", doc, defaultValue, value -> {
            String trimmed = nonEmpty(value);
            Duration parsed;
            try {
                parsed = trimmed.chars().allMatch(Character::isDigit)
                        ? Duration.ofMillis(Long.parseLong(trimmed)) : Duration.parse(trimmed);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("too large a number of milliseconds");
            } catch (DateTimeParseException | ArithmeticException e) {
                throw new IllegalArgumentException("not an ISO-8601 duration such as P7D or PT30S, nor milliseconds");
            }
            if (parsed.compareTo(min) < 0) {
                throw new IllegalArgumentException(min.isZero() ? "must not be negative" : "must be at least " + min);
            }
            return parsed;
        });
    }

    public static Field<Path> path(String name, Path defaultValue, String doc) {
        return new Field<>(name, "path", doc, defaultValue, value -> {
            try {
                return Path.of(nonEmpty(value));
            } catch (java.nio.file.InvalidPathException e) {
                throw new IllegalArgumentException("not a valid path: " + e.getReason());
            }
        });
    }

    /** This field, also read under its former names (each accepted with a one-line deprecation warning). */
    public Field<T> deprecatedNames(String... formerNames) {
        return new Field<>(name, type, doc, defaultValue, parser, List.of(formerNames));
    }

    /** Parses a configured text value; the message names the key, the value and what was expected. */
    public T parse(String raw) {
        return parse(raw, null);
    }

    /** As {@link #parse(String)}; {@code origin} says where the value came from (a file, a variable, an option). */
    public T parse(String raw, String origin) {
        try {
            return parser.apply(raw);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new ConfigException("invalid value '" + raw + "' for " + name
                    + (origin == null ? "" : " (from " + origin + ")") + ": " + e.getMessage() + "; expected " + type);
        }
    }

    private static String nonEmpty(String value) {
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty");
        }
        return trimmed;
    }

    private static BigInteger wholeNumber(String value, long min, long max) {
        String trimmed = nonEmpty(value).replace("_", "");
        if (!trimmed.matches("[+-]?\\d+")) {
            throw new IllegalArgumentException("not a whole number");
        }
        // a number of any length is compared, not parsed into a long that would overflow
        BigInteger parsed = trimmed.length() > 40 ? BigInteger.TEN.pow(40).multiply(
                BigInteger.valueOf(trimmed.startsWith("-") ? -1 : 1)) : new BigInteger(trimmed);
        if (parsed.compareTo(BigInteger.valueOf(min)) < 0 || parsed.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new IllegalArgumentException(max == Long.MAX_VALUE ? "must be at least " + min
                    + (parsed.bitLength() > 63 ? " and at most " + max : "") : "must be between " + min + " and " + max);
        }
        return parsed;
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

    /** Keys this setting had before it was renamed; still read, with a warning. */
    public List<String> deprecatedNames() {
        return deprecatedNames;
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
