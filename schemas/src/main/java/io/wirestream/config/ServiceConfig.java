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

    private ServiceConfig(String service, Map<String, String> values) {
        this.service = service;
        this.values = values;
    }

    public static Builder builder(String service) {
        return new Builder(service);
    }

    public <T> T get(Field<T> field) {
        String raw = values.get(field.name());
        return raw == null ? field.defaultValue() : field.parse(raw);
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

    /** Builds a {@link ServiceConfig}; later sources override earlier ones. */
    public static final class Builder {

        private final String service;
        private final Map<String, String> values = new TreeMap<>();
        private final List<Field<?>> fields = new ArrayList<>();

        private Builder(String service) {
            this.service = service;
        }

        /** The fields this service knows: their defaults are filled in, and their values validated at build. */
        public Builder fields(Collection<Field<?>> known) {
            fields.addAll(known);
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
                properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
            } catch (IOException e) {
                throw new ConfigException("cannot read configuration file " + path + ": " + e.getMessage(), e);
            }
            return this;
        }

        /**
         * Applies {@code WIRESTREAM_*} variables: known fields by their exact env name, and any other
         * {@code WIRESTREAM_KAFKA_*} variable as a Kafka client property (underscores become dots).
         */
        public Builder environment(Map<String, String> env) {
            Map<String, String> knownByEnv = new TreeMap<>();
            for (Field<?> field : fields) {
                knownByEnv.put(field.envName(), field.name());
            }
            for (String key : values.keySet()) {
                knownByEnv.putIfAbsent(envName(key), key);
            }
            env.forEach((name, value) -> {
                if (!name.startsWith(ENV_PREFIX)) {
                    return;
                }
                String key = knownByEnv.get(name);
                if (key == null && name.startsWith(ENV_PREFIX + "KAFKA_")) {
                    key = name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
                }
                if (key != null) {
                    values.put(key, value);
                }
            });
            return this;
        }

        public Builder set(String key, String value) {
            if (value != null) {
                values.put(key, value);
            }
            return this;
        }

        public Builder setAll(Map<String, String> overrides) {
            overrides.forEach(this::set);
            return this;
        }

        public ServiceConfig build() {
            ServiceConfig config = new ServiceConfig(service, new TreeMap<>(values));
            for (Field<?> field : fields) {
                config.get(field); // fail now, naming the field, rather than deep inside a running service
            }
            return config;
        }
    }
}
