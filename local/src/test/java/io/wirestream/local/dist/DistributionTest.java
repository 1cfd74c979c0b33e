package io.wirestream.local.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionTest {

    @TempDir
    Path dir;

    @Test
    void theBuildOfThisModuleIsFoundFromItsWorkingDirectory() {
        Distribution found = Distribution.locate();

        assertThat(found.brokerLib()).isDirectory();
        assertThat(found.apicurioHome().resolve("quarkus-run.jar")).isRegularFile();
        assertThat(found.brokerLib()).isEqualTo(found.home().resolve("broker-lib"));
    }

    @Test
    void theBrokerClasspathHoldsTheBrokerButTheTestClasspathDoesNot() throws Exception {
        try (var jars = Files.list(Distribution.locate().brokerLib())) {
            assertThat(jars.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("kafka_2.13-4.3.1"))
                    .anyMatch(n -> n.startsWith("kafka-clients-4.3.1"))
                    .anyMatch(n -> n.startsWith("zstd-jni"))
                    .noneMatch(n -> n.startsWith("junit") || n.startsWith("assertj"));
        }
        assertThat(getClass().getClassLoader().getResource("kafka/Kafka.class")).isNull();
    }

    @Test
    void anExplicitHomeWinsOverTheSearch() {
        String before = System.getProperty(Distribution.HOME_PROPERTY);
        System.setProperty(Distribution.HOME_PROPERTY, dir.toString());
        try {
            assertThat(Distribution.locate().home()).isEqualTo(dir.toAbsolutePath().normalize());
            assertThat(Distribution.locate().apicurioHome()).isEqualTo(dir.toAbsolutePath().resolve("apicurio-registry"));
        } finally {
            if (before == null) {
                System.clearProperty(Distribution.HOME_PROPERTY);
            } else {
                System.setProperty(Distribution.HOME_PROPERTY, before);
            }
        }
    }
}
