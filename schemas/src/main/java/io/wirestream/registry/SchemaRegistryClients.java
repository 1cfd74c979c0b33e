package io.wirestream.registry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Picks a client for a registry URL: {@code mock://scope} gives the in-memory registry of that scope (shared
 * within the JVM, as Confluent's serde does for tests); anything else the REST client.
 */
public final class SchemaRegistryClients {

    public static final String MOCK_SCHEME = "mock://";

    private static final Map<String, SchemaRegistryClient> MOCK_SCOPES = new ConcurrentHashMap<>();
    private static final Map<String, SchemaRegistryClient> REST_CLIENTS = new ConcurrentHashMap<>();

    private SchemaRegistryClients() {
    }

    public static SchemaRegistryClient forUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("no schema registry URL configured (schema.registry.url)");
        }
        if (url.startsWith(MOCK_SCHEME)) {
            return MOCK_SCOPES.computeIfAbsent(url.substring(MOCK_SCHEME.length()),
                    scope -> new InMemorySchemaRegistryClient());
        }
        // one client (and cache) per URL: every serde instance of a service shares it
        return REST_CLIENTS.computeIfAbsent(url, RestSchemaRegistryClient::new);
    }

    /**
     * The client a configuration describes: {@code schema.registry.url} with the credential and trust-store keys
     * of {@link RegistryConnection} (Confluent's names).
     */
    public static SchemaRegistryClient forConfig(Map<String, ?> config) {
        Object url = config.get(RegistryConnection.URL);
        if (url != null && url.toString().startsWith(MOCK_SCHEME)) {
            return forUrl(url.toString());
        }
        RegistryConnection connection = RegistryConnection.from(config);
        return REST_CLIENTS.computeIfAbsent(connection.cacheKey(), key -> new RestSchemaRegistryClient(connection));
    }

    /** Forgets an in-memory scope, so the next test starts with an empty registry. */
    public static void dropMockScope(String url) {
        MOCK_SCOPES.remove(url.startsWith(MOCK_SCHEME) ? url.substring(MOCK_SCHEME.length()) : url);
    }
}
