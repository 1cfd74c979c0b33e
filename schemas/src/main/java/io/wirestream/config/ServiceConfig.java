package io.wirestream.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The configuration of one service, built the same way for every service: the service's bundled defaults
 * ({@code <service>.properties} on the classpath), then an optional properties file, then environment
 * variables ({@code WIRESTREAM_KAFKA_BOOTSTRAP_SERVERS} overrides {@code kafka.bootstrap.servers}), then
 * explicit overrides (command-line options). Every {@code kafka.*} key passes through to the Kafka clients
 * with the prefix removed, so security settings work unchanged.
 */
public final class ServiceConfig {

    public static final String ENV_PREFIX = "WIRESTREAM_";
    public static final String KAFKA_PREFIX = "kafka.";

    private final String service;
    private final Map<String, String> values;
    private final Map<String, String> origins;
    private final List<Field<?>> fields;

    private ServiceConfig(String service, Map<String, String> values, Map<String, String> origins,
                          List<Field<?>> fields) {
        this.service = service;
        this.values = values;
        this.origins = origins;
        this.fields = List.copyOf(fields);
    }

    public static Builder builder(String service) {
        return new Builder(service);
    }

    public <T> T get(Field<T> field) {
        String raw = values.get(field.name());
        return raw == null ? field.defaultValue() : field.parse(raw, origins.get(field.name()));
    }

    /** Where a key's value came from (a file, an environment variable, an option), or null for a default. */
    public String origin(String key) {
        return origins.get(key);
    }

    /**
     * Every known field with its effective value (configured or default), then every other configured key; values
     * of keys that look secret are masked: what {@code --print-config} shows.
     */
    public Map<String, String> effective() {
        Map<String, String> shown = new TreeMap<>();
        for (Field<?> field : fields) {
            Object value = get(field);
            shown.put(field.name(), value == null ? "" : String.valueOf(value));
        }
        values.forEach((key, value) -> shown.putIfAbsent(key, value));
        shown.replaceAll((key, value) -> looksSecret(key) && !value.isEmpty() ? "********" : value);
        return shown;
    }

    /** The raw text of a key, or null. */
    public String raw(String key) {
        return values.get(key);
    }

    public String service() {
        return service;
    }

    /** Every {@code kafka.*} setting with the prefix removed: the properties for a Kafka client. */
    public Properties kafkaProperties() {
        Properties properties = new Properties();
        values.forEach((key, value) -> {
            if (key.startsWith(KAFKA_PREFIX)) {
                properties.put(key.substring(KAFKA_PREFIX.length()), value);
            }
        });
        properties.putIfAbsent("bootstrap.servers", get(CommonFields.BOOTSTRAP_SERVERS));
        return properties;
    }

    /** Every setting as properties (the cores read their own cleanup.*, dedup.*, tagging.* keys from it). */
    public Properties asProperties() {
        Properties properties = new Properties();
        properties.putAll(values);
        return properties;
    }

    /** All settings, for logging at start (values of keys that look secret are masked). */
    public Map<String, String> describe() {
        Map<String, String> shown = new TreeMap<>();
        values.forEach((key, value) -> shown.put(key, looksSecret(key) ? "********" : value));
        return shown;
    }

    private static boolean looksSecret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("secret") || lower.contains("jaas")
                || lower.contains("token") || lower.contains("user.info");
    }

    static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The known name nearest to {@code name} when it is close enough to be a typo of it, else null. */
    static String nearest(String name, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = editDistance(name, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= Math.max(2, name.length() / 6) ? best : null;
    }

    // Levenshtein distance; a few dozen short keys, so the plain two-row table is enough
    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * Builds a {@link ServiceConfig}; later sources override earlier ones. A former key of a field is read as the
     * field's key with a one-line warning; a key in one of the service's own namespaces (the first word of its
     * fields' keys, e.g. {@code dedup.}) that no field has is an error, with the nearest known key as a hint.
     */
    public static final class Builder {

        private final String service;
        private final Map<String, String> values = new TreeMap<>();
        private final Map<String, String> origins = new TreeMap<>();
        private final List<Field<?>> fields = new ArrayList<>();
        private final Map<String, String> renamed = new TreeMap<>();
        private final List<String> problems = new ArrayList<>();
        private Consumer<String> warnings = message -> System.err.println("wirestream: warning: " + message);
        private final java.util.Set<String> warned = new java.util.HashSet<>();
        private final Map<String, String> setUnderOwnName = new TreeMap<>();

        private Builder(String service) {
            this.service = service;
        }

        /** The fields this service knows: their defaults are filled in, and their values validated at build. */
        public Builder fields(Collection<Field<?>> known) {
            fields.addAll(known);
            for (Field<?> field : known) {
                field.deprecatedNames().forEach(old -> renamed.put(old, field.name()));
            }
            return this;
        }

        /** Where deprecation warnings go (standard error by default). */
        public Builder warnings(Consumer<String> sink) {
            this.warnings = sink;
            return this;
        }

        /** Loads {@code /<service>.properties} from the classpath, if present. */
        public Builder bundledDefaults() {
            try (InputStream in = ServiceConfig.class.getResourceAsStream("/" + service + ".properties")) {
                if (in != null) {
                    Properties properties = new Properties();
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
                }
            } catch (IOException e) {
                throw new ConfigException("cannot read bundled defaults " + service + ".properties: " + e, e);
            }
            return this;
        }

        /** Loads a user's properties file; a missing or unreadable file is an error naming the path. */
        public Builder file(Path path) {
            if (path == null) {
                return this;
            }
            if (!Files.isRegularFile(path)) {
                throw new ConfigException("configuration file " + path + " does not exist or is not a file");
            }
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                Properties properties = new Properties();
                properties.load(reader);
                properties.stringPropertyNames().forEach(key -> put(key, properties.getProperty(key), "file " + path));
            } catch (IOException | IllegalArgumentException e) {
                // IllegalArgumentException: what Properties.load throws for a malformed unicode escape
                throw new ConfigException("cannot read configuration file " + path + ": " + e.getMessage(), e);
            }
            return this;
        }

        /**
         * Applies {@code WIRESTREAM_*} variables: known fields by their exact env name (or a former key's), and any
         * other {@code WIRESTREAM_KAFKA_*} variable as a Kafka client property (underscores become dots). A variable
         * in the service's own namespace that is close to a known one is taken for a typo and refused.
         */
        public Builder environment(Map<String, String> env) {
            Map<String, String> knownByEnv = new TreeMap<>();
            for (Field<?> field : fields) {
                knownByEnv.put(field.envName(), field.name());
                field.deprecatedNames().forEach(old -> knownByEnv.putIfAbsent(envName(old), old));
            }
            for (String key : values.keySet()) {
                knownByEnv.putIfAbsent(envName(key), key);
            }
            java.util.Set<String> namespaces = namespaces();
            new TreeMap<>(env).forEach((name, value) -> {
                if (!name.startsWith(ENV_PREFIX)) {
                    return;
                }
                String key = knownByEnv.get(name);
                if (key == null && name.startsWith(ENV_PREFIX + "KAFKA_")) {
                    key = name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
                }
                if (key != null) {
                    put(key, value, "environment variable " + name);
                } else if (!name.endsWith("_JAVA_OPTS")) {
                    String rest = name.substring(ENV_PREFIX.length());
                    String first = rest.contains("_") ? rest.substring(0, rest.indexOf('_')) : rest;
                    String hint = nearest(name, knownByEnv.keySet());
                    if (namespaces.contains(first.toLowerCase(Locale.ROOT)) && hint != null) {
                        problems.add("unknown environment variable " + name + " (did you mean " + hint + "?)");
                    }
                }
            });
            return this;
        }

        /** An explicit override (a command-line option). */
        public Builder set(String key, String value) {
            return set(key, value, "option");
        }

        /** An explicit override, with where it came from for error messages. */
        public Builder set(String key, String value, String origin) {
            if (value != null) {
                put(key, value, origin);
            }
            return this;
        }

        public Builder setAll(Map<String, String> overrides) {
            overrides.forEach(this::set);
            return this;
        }

        private void put(String key, String value, String origin) {
            String current = renamed.get(key);
            if (current != null) {
                if (warned.add(key)) {
                    warnings.accept(key + " (" + origin + ") is deprecated and will be removed in the next release; "
                            + "use " + current);
                }
                if (origin.equals(setUnderOwnName.get(current))) {
                    return; // the new key in the same source wins over the old one
                }
                key = current;
            } else {
                setUnderOwnName.put(key, origin);
            }
            values.put(key, value);
            origins.put(key, origin);
        }

        /** The first words of the keys of this service's own fields (dedup, sink, ...), common ones excluded. */
        private java.util.Set<String> namespaces() {
            java.util.Set<String> namespaces = new java.util.TreeSet<>();
            for (Field<?> field : fields) {
                if (!CommonFields.ALL.contains(field)) {
                    namespaces.add(field.name().substring(0, field.name().indexOf('.') < 0 ? field.name().length()
                            : field.name().indexOf('.')));
                }
            }
            return namespaces;
        }

        public ServiceConfig build() {
            java.util.Set<String> namespaces = namespaces();
            java.util.Set<String> known = new java.util.TreeSet<>();
            fields.forEach(field -> known.add(field.name()));
            for (String key : values.keySet()) {
                int dot = key.indexOf('.');
                String first = dot < 0 ? key : key.substring(0, dot);
                if (known.contains(key) || key.startsWith(KAFKA_PREFIX) || !origins.containsKey(key)) {
                    continue; // bundled defaults carry no origin and are ours
                }
                String hint = nearest(key, known);
                if (namespaces.contains(first) || (hint != null && !otherServiceNamespace(first))) {
                    problems.add("unknown key " + key + " (" + origins.get(key) + ")"
                            + (hint == null ? "" : "; did you mean " + hint + "?"));
                }
            }
            if (!problems.isEmpty()) {
                throw new ConfigException(problems.get(0)
                        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
            }
            ServiceConfig config = new ServiceConfig(service, new TreeMap<>(values), new TreeMap<>(origins), fields);
            for (Field<?> field : fields) {
                config.get(field); // fail now, naming the field, rather than deep inside a running service
            }
            return config;
        }

        /** A key of another wirestream service (one file may configure every service). */
        private static boolean otherServiceNamespace(String first) {
            return SERVICE_NAMESPACES.contains(first);
        }
    }

    /** The first words of every service's own keys: a file shared by all services holds keys of each. */
    static final java.util.Set<String> SERVICE_NAMESPACES = java.util.Set.of("ingest", "enrich", "cleanup", "dedup",
            "tagging", "sink");
}
