package io.wirestream.local.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.config.CommonFields;
import io.wirestream.config.ServiceConfig;
import io.wirestream.local.registry.ApicurioRegistryProcess;
import io.wirestream.registry.RegistryConnection;
import io.wirestream.registry.SchemaRegistryClients;
import io.wirestream.registry.SchemaRegistryException;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.RawArticle;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our registry client against the real Apicurio behind TLS and authentication (a proxy, {@link TlsAuthProxy}):
 * basic and bearer credentials under Confluent's keys, a trust store for a certificate the JVM does not know,
 * and clear, non-retried errors when either is wrong.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryAuthIT {

    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8));
    private static final String BEARER = "Bearer tok-7f3a";

    private ApicurioRegistryProcess registry;
    private TlsAuthProxy proxy;
    private Path trustStore;
    private String url;

    @BeforeAll
    void start(@TempDir Path work) throws Exception {
        registry = TestRegistry.start(work.resolve("registry"));
        URI direct = URI.create(registry.registryUrl());
        trustStore = TlsAuthProxy.makeCertificates(work.resolve("tls"));
        proxy = new TlsAuthProxy(work.resolve("tls"), URI.create(direct.getScheme() + "://" + direct.getAuthority()),
                List.of(BASIC, BEARER));
        url = proxy.url(direct.getRawPath());
    }

    @AfterAll
    void stop() {
        proxy.close();
        registry.close();
    }

    private Map<String, String> settings(String... keysAndValues) {
        Map<String, String> settings = new HashMap<>();
        settings.put(RegistryConnection.URL, url);
        settings.put(RegistryConnection.TRUSTSTORE_LOCATION, trustStore.toString());
        settings.put(RegistryConnection.TRUSTSTORE_PASSWORD, TlsAuthProxy.STORE_PASSWORD);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            settings.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return settings;
    }

    @Test
    void aServiceConfiguredWithBasicCredentialsAndATrustStoreWritesAndReadsThroughTheRegistry() {
        ServiceConfig config = ServiceConfig.builder("auth-it").fields(CommonFields.ALL)
                .set(CommonFields.SCHEMA_REGISTRY_URL.name(), url)
                .set(RegistryConnection.BASIC_SOURCE, "USER_INFO")
                .set(RegistryConnection.BASIC_USER_INFO, "alice:s3cret")
                .set(RegistryConnection.TRUSTSTORE_LOCATION, trustStore.toString())
                .set(RegistryConnection.TRUSTSTORE_PASSWORD, TlsAuthProxy.STORE_PASSWORD)
                .set(CommonFields.TOPIC_PREFIX.name(), "auth" + UUID.randomUUID().toString().substring(0, 8) + ".")
                .build();
        Topics topics = Topics.from(config);
        RawArticle article = RawArticle.newBuilder().setId("a-1").setBody("Body.").setIngestedAt(Instant.now()).build();
        byte[] bytes = topics.raw().valueSerde().serializer().serialize(topics.raw().name(), article);
        assertThat(topics.raw().valueSerde().deserializer().deserialize(topics.raw().name(), bytes)).isEqualTo(article);
    }

    @Test
    void aBearerTokenAndCredentialsInTheUrlWorkToo() {
        int id = SchemaRegistryClients.forConfig(settings(RegistryConnection.BEARER_SOURCE, "STATIC_TOKEN",
                RegistryConnection.BEARER_TOKEN, "tok-7f3a")).register("bearer-value", RawArticle.getClassSchema());
        Map<String, String> inUrl = settings();
        inUrl.put(RegistryConnection.URL, url.replace("https://", "https://alice:s3cret@"));
        assertThat(SchemaRegistryClients.forConfig(inUrl).schemaById(id).getFullName())
                .isEqualTo(RawArticle.getClassSchema().getFullName());
    }

    @Test
    void wrongCredentialsAreARefusalNotAnOutage() {
        assertThatThrownBy(() -> SchemaRegistryClients.forConfig(settings(RegistryConnection.BASIC_SOURCE,
                "USER_INFO", RegistryConnection.BASIC_USER_INFO, "alice:wrong")).schemaById(1))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.isTransient()).isFalse();
                    assertThat(e.getMessage()).contains("refused the credentials");
                });
    }

    @Test
    void anUntrustedCertificateSaysWhatToSet() {
        Map<String, String> noTrust = settings(RegistryConnection.BEARER_SOURCE, "STATIC_TOKEN",
                RegistryConnection.BEARER_TOKEN, "tok-7f3a");
        noTrust.remove(RegistryConnection.TRUSTSTORE_LOCATION);
        assertThatThrownBy(() -> SchemaRegistryClients.forConfig(noTrust).schemaById(1))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.isTransient()).isFalse();
                    assertThat(e.getMessage()).contains("TLS").contains(RegistryConnection.TRUSTSTORE_LOCATION);
                });
    }
}
