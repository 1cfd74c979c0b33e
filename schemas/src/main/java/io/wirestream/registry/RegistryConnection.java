package io.wirestream.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * How to reach a schema registry: its base URL, the credentials to send and the certificates to trust. Read from
 * the keys Confluent's client uses, so a production configuration written for it works here unchanged:
 *
 * <ul>
 *   <li>{@value #BASIC_SOURCE} = {@code USER_INFO} with {@value #BASIC_USER_INFO} = {@code user:password}, or
 *       {@code URL} for the user info in the URL ({@code https://user:password@host/});</li>
 *   <li>{@value #BEARER_SOURCE} = {@code STATIC_TOKEN} with {@value #BEARER_TOKEN};</li>
 *   <li>{@value #TRUSTSTORE_LOCATION}, {@value #TRUSTSTORE_PASSWORD}, {@value #TRUSTSTORE_TYPE} for a registry
 *       whose certificate the JVM's default trust store does not vouch for.</li>
 * </ul>
 */
public record RegistryConnection(URI baseUrl, Duration timeout, Optional<String> authorization, SSLContext ssl) {

    public static final String URL = "schema.registry.url";
    public static final String BASIC_SOURCE = "basic.auth.credentials.source";
    public static final String BASIC_USER_INFO = "basic.auth.user.info";
    public static final String BEARER_SOURCE = "bearer.auth.credentials.source";
    public static final String BEARER_TOKEN = "bearer.auth.token";
    public static final String TRUSTSTORE_LOCATION = "schema.registry.ssl.truststore.location";
    public static final String TRUSTSTORE_PASSWORD = "schema.registry.ssl.truststore.password";
    public static final String TRUSTSTORE_TYPE = "schema.registry.ssl.truststore.type";

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public RegistryConnection {
        Objects.requireNonNull(baseUrl);
        Objects.requireNonNull(authorization);
    }

    /** A plain connection: no credentials, the JVM's default trust. */
    public static RegistryConnection of(String url, Duration timeout) {
        return new RegistryConnection(trimmed(URI.create(url)), timeout, Optional.empty(), null);
    }

    /**
     * The connection a configuration describes (keys as above; unset or blank keys mean "not used"). A bad
     * combination fails with the key and the reason, before any call is made.
     */
    public static RegistryConnection from(Map<String, ?> config) {
        String url = text(config, URL);
        if (url == null) {
            throw new IllegalArgumentException("no schema registry URL configured (" + URL + ")");
        }
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(URL + " '" + url + "' is not a URL: " + e.getMessage());
        }
        Optional<String> authorization = authorization(config, uri);
        SSLContext ssl = sslContext(config);
        return new RegistryConnection(trimmed(withoutUserInfo(uri)), DEFAULT_TIMEOUT, authorization, ssl);
    }

    private static Optional<String> authorization(Map<String, ?> config, URI uri) {
        String basic = text(config, BASIC_SOURCE);
        String bearer = text(config, BEARER_SOURCE);
        if (basic != null && bearer != null) {
            throw new IllegalArgumentException("set " + BASIC_SOURCE + " or " + BEARER_SOURCE + ", not both");
        }
        if (bearer != null) {
            if (!bearer.equalsIgnoreCase("STATIC_TOKEN")) {
                throw new IllegalArgumentException(BEARER_SOURCE + " '" + bearer + "' is not supported (STATIC_TOKEN)");
            }
            String token = text(config, BEARER_TOKEN);
            if (token == null) {
                throw new IllegalArgumentException(BEARER_SOURCE + "=STATIC_TOKEN needs " + BEARER_TOKEN);
            }
            return Optional.of("Bearer " + token.trim());
        }
        String userInfo = switch (basic == null ? "URL" : basic.toUpperCase(Locale.ROOT)) {
            case "USER_INFO" -> {
                String info = text(config, BASIC_USER_INFO);
                if (info == null || !info.contains(":")) {
                    throw new IllegalArgumentException(BASIC_SOURCE + "=USER_INFO needs " + BASIC_USER_INFO
                            + " as user:password");
                }
                yield info;
            }
            // Confluent's default: credentials in the URL when it has them, else none
            case "URL" -> uri.getRawUserInfo() == null ? null
                    : URLDecoder.decode(uri.getRawUserInfo(), StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException(BASIC_SOURCE + " '" + basic
                    + "' is not supported (USER_INFO or URL)");
        };
        return userInfo == null ? Optional.empty() : Optional.of("Basic "
                + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
    }

    private static SSLContext sslContext(Map<String, ?> config) {
        String location = text(config, TRUSTSTORE_LOCATION);
        if (location == null) {
            return null;
        }
        String password = text(config, TRUSTSTORE_PASSWORD);
        String type = Optional.ofNullable(text(config, TRUSTSTORE_TYPE)).orElse("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(location.trim()))) {
            KeyStore store = KeyStore.getInstance(type);
            store.load(in, password == null ? null : password.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot load " + TRUSTSTORE_LOCATION + " '" + location + "' (type "
                    + type + "): " + e.getMessage());
        }
    }

    private static String text(Map<String, ?> config, String key) {
        Object value = config.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static URI withoutUserInfo(URI uri) {
        if (uri.getRawUserInfo() == null) {
            return uri;
        }
        return URI.create(uri.toString().replace(uri.getRawUserInfo() + "@", ""));
    }

    private static URI trimmed(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }

    /** Identifies the connection without its secrets: one client (and cache) per distinct connection. */
    String cacheKey() {
        return baseUrl + "|" + authorization.map(a -> Integer.toHexString(a.hashCode())).orElse("-") + "|"
                + (ssl == null ? "default-trust" : Integer.toHexString(System.identityHashCode(ssl)));
    }
}
