package io.wirestream.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import org.apache.avro.Schema;

/**
 * Client for the documented Confluent Schema Registry REST API (also served by Apicurio under
 * {@code /apis/ccompat/v7}). Confluent's own client is not reachable from our package registry, and we need
 * only four calls, so this is a small hand-written client over the JDK's HTTP client.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private final URI baseUrl;
    private final HttpClient http;
    private final Duration timeout;
    private final java.util.Optional<String> authorization;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<String, Integer> idsBySubjectAndSchema = new ConcurrentHashMap<>();

    public RestSchemaRegistryClient(String baseUrl) {
        this(baseUrl, RegistryConnection.DEFAULT_TIMEOUT);
    }

    public RestSchemaRegistryClient(String baseUrl, Duration timeout) {
        this(RegistryConnection.of(baseUrl, timeout));
    }

    /** A client that sends the connection's credentials and trusts its certificates. */
    public RestSchemaRegistryClient(RegistryConnection connection) {
        this.baseUrl = connection.baseUrl();
        this.timeout = connection.timeout();
        this.authorization = connection.authorization();
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(timeout);
        if (connection.ssl() != null) {
            builder.sslContext(connection.ssl());
        } else if ("http".equalsIgnoreCase(baseUrl.getScheme())) {
            builder.sslContext(unusedTls());
        }
        this.http = builder.build();
    }

    /**
     * For a plain-HTTP registry: a TLS context that is never used. Without one the client takes the JVM's default,
     * whose set-up reads and parses every CA certificate of the JDK: a few hundred milliseconds of each service's
     * start. It trusts nothing, so a request that did turn to TLS would fail rather than trust blindly.
     */
    private static SSLContext unusedTls() {
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(new KeyManager[0], new TrustManager[0], null);
            return tls;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no TLS implementation in this JVM", e);
        }
    }

    @Override
    public int register(String subject, Schema schema) {
        String cacheKey = subject + '\n' + schema;
        Integer cached = idsBySubjectAndSchema.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        JsonNode response = send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema),
                "register schema under subject '" + subject + "'");
        int id = response.path("id").asInt(-1);
        if (id < 0) {
            throw new SchemaRegistryException("registry answered without an id when registering under '" + subject
                    + "': " + response, 200, -1, null);
        }
        idsBySubjectAndSchema.put(cacheKey, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    @Override
    public int idOf(String subject, Schema schema) {
        String cacheKey = subject + '\n' + schema;
        Integer cached = idsBySubjectAndSchema.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        JsonNode response = send("POST", "/subjects/" + encode(subject), schemaBody(schema),
                "look up schema under subject '" + subject + "'");
        int id = response.path("id").asInt(-1);
        idsBySubjectAndSchema.put(cacheKey, id);
        return id;
    }

    @Override
    public Schema schemaById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        JsonNode response = send("GET", "/schemas/ids/" + id, null, "fetch schema id " + id);
        String text = response.path("schema").asText(null);
        if (text == null) {
            throw new SchemaRegistryException("registry returned no schema text for id " + id, 200, -1, null);
        }
        Schema schema = new Schema.Parser().parse(text);
        schemasById.putIfAbsent(id, schema);
        return schema;
    }

    @Override
    public boolean isCompatible(String subject, Schema schema) {
        try {
            JsonNode response = send("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest",
                    schemaBody(schema), "check compatibility under subject '" + subject + "'");
            return response.path("is_compatible").asBoolean(false);
        } catch (SchemaRegistryException e) {
            if (e.isNotFound()) {
                return true; // no version yet: anything is compatible with nothing
            }
            throw e;
        }
    }

    private String schemaBody(Schema schema) {
        ObjectNode body = json.createObjectNode();
        body.put("schema", schema.toString());
        body.put("schemaType", "AVRO");
        return body.toString();
    }

    private JsonNode send(String method, String path, String body, String what) {
        URI uri = URI.create(baseUrl + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", CONTENT_TYPE + ", application/json");
        authorization.ifPresent(value -> request.header("Authorization", value));
        if (body != null) {
            request.header("Content-Type", CONTENT_TYPE).method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException | HttpTimeoutException e) {
            throw new SchemaRegistryException("schema registry at " + baseUrl + " is unreachable (" + what + "): "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), 0, -1, e);
        } catch (javax.net.ssl.SSLException e) {
            // a certificate we do not trust is configuration, not an outage: waiting would not fix it
            throw new SchemaRegistryException("TLS with schema registry at " + baseUrl + " failed (" + what + "): "
                    + e.getMessage() + " (is " + RegistryConnection.TRUSTSTORE_LOCATION + " set?)", -1, -1, e);
        } catch (IOException e) {
            throw new SchemaRegistryException("schema registry at " + baseUrl + " failed (" + what + "): " + e, 0, -1, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException("interrupted while calling schema registry (" + what + ")", 0, -1, e);
        }
        JsonNode parsed = parse(response.body());
        int status = response.statusCode();
        if (status / 100 == 2) {
            return parsed;
        }
        int errorCode = parsed.path("error_code").asInt(-1);
        String detail = parsed.path("message").asText(response.body());
        throw new SchemaRegistryException(describe(status) + " (" + what + ", HTTP " + status
                + (errorCode > 0 ? ", error " + errorCode : "") + "): " + detail, status, errorCode, null);
    }

    private static String describe(int status) {
        return switch (status) {
            case 404 -> "not found in schema registry";
            case 409 -> "schema is incompatible with the subject's earlier versions";
            case 422 -> "schema registry rejected the schema as invalid";
            case 401, 403 -> "schema registry refused the credentials";
            default -> "schema registry error";
        };
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode().put("message", body);
        }
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "RestSchemaRegistryClient[" + baseUrl + "]";
    }
}
