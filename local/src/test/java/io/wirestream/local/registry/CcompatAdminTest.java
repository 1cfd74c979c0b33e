package io.wirestream.local.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CcompatAdminTest {

    @Test
    void readsTheLevelFromEitherFieldName() {
        assertThat(CcompatAdmin.parseLevel("{\"compatibilityLevel\":\"BACKWARD\"}")).contains(Compatibility.BACKWARD);
        assertThat(CcompatAdmin.parseLevel("{ \"compatibility\" : \"FULL_TRANSITIVE\" }")).contains(Compatibility.FULL_TRANSITIVE);
    }

    @Test
    void unknownOrMissingLevelIsEmpty() {
        assertThat(CcompatAdmin.parseLevel("{\"compatibilityLevel\":\"SIDEWAYS\"}")).isEmpty();
        assertThat(CcompatAdmin.parseLevel("{}")).isEmpty();
        assertThat(CcompatAdmin.parseLevel("")).isEmpty();
        assertThat(CcompatAdmin.parseLevel("\"compatibility\"".repeat(10_000))).isEmpty();
    }

    @Test
    void aRegistryThatIsNotThereDoesNotAnswer() {
        int port = io.wirestream.local.process.Ports.pickFree("127.0.0.1");
        assertThat(new CcompatAdmin("http://127.0.0.1:" + port + "/apis/ccompat/v7").answers()).isFalse();
    }
}
