package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.cli.CommandChecks;
import io.wirestream.cli.CommandChecks.Run;
import io.wirestream.config.CommonFields;
import io.wirestream.config.ConfigDocs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Ingest's command shell: the shared error policy, every field's bad values, --print-config, and its docs. */
class IngestMainTest {

    @TempDir
    Path dir;

    @Test
    void answersABrokenFileABadOptionAndABadVariableWithOneLineAndExitTwo() {
        // the missing --config file used to end in a stack trace and exit 1, although the help promised 2
        CommandChecks.assertCommonErrors(IngestMain::new, List.of("--input", "x"), IngestFields.MAX_BYTES, dir);
        CommandChecks.assertUsageError(CommandChecks.run(IngestMain::new, Map.of(), List.of("--rate", "-1")), "--rate");
        CommandChecks.assertUsageError(CommandChecks.run(IngestMain::new, Map.of(), List.of()), "nothing to ingest");
        CommandChecks.assertUsageError(CommandChecks.run(IngestMain::new, Map.of(), List.of("--feed", "ftp://x/")),
                "ftp://x/");
    }

    @TestFactory
    Stream<DynamicTest> refusesEveryBadValueOfEveryField() {
        return CommandChecks.fuzzFields("ingest", IngestMain::new, List.of("--input", "x"), IngestFields.ALL, dir);
    }

    @Test
    void printsTheEffectiveSettingsFromFileEnvironmentAndOptions() {
        Run run = CommandChecks.run(IngestMain::new, Map.of("WIRESTREAM_INGEST_MAX_BYTES", "2048"),
                List.of("--bootstrap-servers", "b:9092", "--set", "topics.partitions=8", "--print-config"));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("kafka.bootstrap.servers=b:9092", "ingest.max.bytes=2048",
                "topics.partitions=8");
    }

    @Test
    void docsListEveryIngestSetting() throws Exception {
        List<io.wirestream.config.Field<?>> own = new ArrayList<>(IngestFields.ALL);
        own.removeAll(CommonFields.ALL);
        ConfigDocs.assertSectionInSync("ingest", own);
    }
}
