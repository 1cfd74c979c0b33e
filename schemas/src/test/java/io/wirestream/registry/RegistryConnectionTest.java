package io.wirestream.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryConnectionTest {

    private static String basic(String userInfo) {
        return "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void noCredentialsByDefault() {
        RegistryConnection c = RegistryConnection.from(Map.of("schema.registry.url", "http://registry:8081/"));
        assertThat(c.baseUrl()).hasToString("http://registry:8081");
        assertThat(c.authorization()).isEmpty();
        assertThat(c.ssl()).isNull();
    }

    @Test
    void userInfoAndBearerUnderConfluentsKeys() {
        assertThat(RegistryConnection.from(Map.of("schema.registry.url", "https://r", "basic.auth.credentials.source",
                "USER_INFO", "basic.auth.user.info", "svc:p@ss:word")).authorization()).contains(basic("svc:p@ss:word"));
        assertThat(RegistryConnection.from(Map.of("schema.registry.url", "https://r", "bearer.auth.credentials.source",
                "STATIC_TOKEN", "bearer.auth.token", " abc.def ")).authorization()).contains("Bearer abc.def");
    }

    @Test
    void credentialsInTheUrlAreSentAsBasicAndLeftOutOfTheAddress() {
        RegistryConnection c = RegistryConnection.from(Map.of("schema.registry.url",
                "https://svc:p%40ss@registry.example:8443/apis/ccompat/v7"));
        assertThat(c.authorization()).contains(basic("svc:p@ss"));
        assertThat(c.baseUrl()).hasToString("https://registry.example:8443/apis/ccompat/v7");
    }

    @Test
    void badCombinationsNameTheKey() {
        assertThatThrownBy(() -> RegistryConnection.from(Map.of("schema.registry.url", "https://r",
                "basic.auth.credentials.source", "USER_INFO"))).hasMessageContaining("basic.auth.user.info");
        assertThatThrownBy(() -> RegistryConnection.from(Map.of("schema.registry.url", "https://r",
                "basic.auth.credentials.source", "SASL_INHERIT"))).hasMessageContaining("not supported");
        assertThatThrownBy(() -> RegistryConnection.from(Map.of("schema.registry.url", "https://r",
                "bearer.auth.credentials.source", "STATIC_TOKEN"))).hasMessageContaining("bearer.auth.token");
        assertThatThrownBy(() -> RegistryConnection.from(Map.of("schema.registry.url", "https://r",
                "basic.auth.credentials.source", "USER_INFO", "basic.auth.user.info", "a:b",
                "bearer.auth.credentials.source", "STATIC_TOKEN"))).hasMessageContaining("not both");
        assertThatThrownBy(() -> RegistryConnection.from(Map.of("schema.registry.url", "https://r",
                "schema.registry.ssl.truststore.location", "/no/such/trust.p12")))
                .hasMessageContaining("schema.registry.ssl.truststore.location").hasMessageContaining("/no/such");
        assertThatThrownBy(() -> RegistryConnection.from(Map.of())).hasMessageContaining("schema.registry.url");
    }

    @Test
    void secretsAreNotPartOfTheCacheKeyInClear() {
        RegistryConnection c = RegistryConnection.from(Map.of("schema.registry.url", "https://r",
                "basic.auth.credentials.source", "USER_INFO", "basic.auth.user.info", "svc:topsecret"));
        assertThat(c.cacheKey()).doesNotContain("topsecret");
    }
}
