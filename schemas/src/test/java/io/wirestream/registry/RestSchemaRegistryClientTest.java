package io.wirestream.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the REST client maps the registry's answers. The server here replays the documented Confluent responses;
 * the integration tests run the same client against the real Apicurio process.
 */
class RestSchemaRegistryClientTest {

    private static final Schema SCHEMA = SchemaBuilder.record("Story").namespace("test").fields()
            .requiredString("id").endRecord();

    private HttpServer server;
    private int status;
    private String body;
    private String lastPath;
    private int calls;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            calls++;
            lastPath = exchange.getRequestURI().getRawPath();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private RestSchemaRegistryClient client() {
        return new RestSchemaRegistryClient("http://127.0.0.1:" + server.getAddress().getPort() + "/apis/ccompat/v7/");
    }

    @Test
    void registersAndCachesTheId() {
        status = 200;
        body = "{\"id\":42}";
        RestSchemaRegistryClient client = client();
        assertThat(client.register("articles.raw-value", SCHEMA)).isEqualTo(42);
        assertThat(lastPath).isEqualTo("/apis/ccompat/v7/subjects/articles.raw-value/versions");
        assertThat(client.register("articles.raw-value", SCHEMA)).isEqualTo(42);
        assertThat(calls).isEqualTo(1);
        assertThat(client.schemaById(42)).isEqualTo(SCHEMA); // known from registration: no call
        assertThat(calls).isEqualTo(1);
    }

    @Test
    void fetchesASchemaById() {
        status = 200;
        body = "{\"schema\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(SCHEMA.toString()) + "}";
        assertThat(client().schemaById(7)).isEqualTo(SCHEMA);
        assertThat(lastPath).isEqualTo("/apis/ccompat/v7/schemas/ids/7");
    }

    @Test
    void notFoundIsReportedWithTheRegistryMessage() {
        status = 404;
        body = "{\"error_code\":40403,\"message\":\"Schema 7 not found\"}";
        assertThatThrownBy(() -> client().schemaById(7)).isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("not found").hasMessageContaining("schema id 7").hasMessageContaining("40403")
                .satisfies(e -> assertThat(((SchemaRegistryException) e).isNotFound()).isTrue());
    }

    @Test
    void incompatibleIsReported() {
        status = 409;
        body = "{\"error_code\":409,\"message\":\"Schema being registered is incompatible with an earlier schema\"}";
        assertThatThrownBy(() -> client().register("articles.raw-value", SCHEMA))
                .isInstanceOf(SchemaRegistryException.class).hasMessageContaining("incompatible")
                .hasMessageContaining("articles.raw-value")
                .satisfies(e -> assertThat(((SchemaRegistryException) e).isIncompatible()).isTrue());
    }

    @Test
    void invalidSchemaIsReported() {
        status = 422;
        body = "{\"error_code\":42201,\"message\":\"Invalid schema\"}";
        assertThatThrownBy(() -> client().register("articles.raw-value", SCHEMA))
                .isInstanceOf(SchemaRegistryException.class).hasMessageContaining("invalid")
                .satisfies(e -> assertThat(((SchemaRegistryException) e).isInvalidSchema()).isTrue());
    }

    @Test
    void compatibilityWithNoSubjectYetIsTrue() {
        status = 404;
        body = "{\"error_code\":40401,\"message\":\"Subject not found\"}";
        assertThat(client().isCompatible("new-value", SCHEMA)).isTrue();
        status = 200;
        body = "{\"is_compatible\":false}";
        assertThat(client().isCompatible("new-value", SCHEMA)).isFalse();
    }

    @Test
    void anUnreachableRegistryIsNamed() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        RestSchemaRegistryClient client =
                new RestSchemaRegistryClient("http://127.0.0.1:" + freePort, Duration.ofSeconds(2));
        assertThatThrownBy(() -> client.schemaById(1)).isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("unreachable").hasMessageContaining("127.0.0.1:" + freePort)
                .satisfies(e -> assertThat(((SchemaRegistryException) e).isUnreachable()).isTrue());
    }
}
