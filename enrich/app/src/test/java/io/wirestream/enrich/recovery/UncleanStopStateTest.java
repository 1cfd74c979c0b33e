package io.wirestream.enrich.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UncleanStopStateTest {

    @Test
    void clearsOnlyTaskDirectoriesWithStoresAndNoCheckpoint(@TempDir Path stateDir) throws Exception {
        Path app = stateDir.resolve("wirestream-enrich");
        Path crashed = Files.createDirectories(app.resolve("0_1").resolve("rocksdb").resolve("dedup-waiting"));
        Files.writeString(crashed.resolve("000012.sst"), "data");
        Path clean = Files.createDirectories(app.resolve("1_0").resolve("rocksdb").resolve("dedup-articles"));
        Files.writeString(app.resolve("1_0").resolve(".checkpoint"), "0\n1\n");
        Path empty = Files.createDirectories(app.resolve("0_2"));
        Files.writeString(empty.resolve(".lock"), "");
        Files.writeString(app.resolve("kafka-streams-process-metadata"), "{\"processId\":\"ae0dfb8f\"}");
        Path notATask = Files.createDirectories(app.resolve("something-else").resolve("rocksdb"));

        assertThat(UncleanStopState.clear(stateDir, "wirestream-enrich")).containsExactly("0_1");

        assertThat(app.resolve("0_1")).doesNotExist();
        assertThat(clean).exists();
        assertThat(empty).exists();
        assertThat(notATask).exists();
        assertThat(app.resolve("kafka-streams-process-metadata")).exists();
    }

    @Test
    void aFirstStartHasNothingToClear(@TempDir Path stateDir) {
        assertThat(UncleanStopState.clear(stateDir, "never-ran")).isEmpty();
    }
}
