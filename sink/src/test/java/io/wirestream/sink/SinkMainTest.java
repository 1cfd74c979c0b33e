package io.wirestream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SinkMainTest {

    @TempDir
    Path folder;

    @Test
    void helpListsTheOptionsAndEverySetting() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = SinkMain.commandLine();
        commandLine.setOut(new PrintWriter(out));

        assertThat(commandLine.execute("--help")).isZero();
        assertThat(out.toString()).contains("--config=FILE", "sink.jdbc.url", "sink.http.port",
                "kafka.bootstrap.servers");
    }

    @Test
    void printsTheEffectiveSettingsWithSecretsMasked() throws Exception {
        Path file = folder.resolve("sink.properties");
        Files.writeString(file, "sink.jdbc.password=hunter2\nsink.http.port=9999\n");
        StringWriter out = new StringWriter();
        CommandLine commandLine = SinkMain.commandLine();
        commandLine.setOut(new PrintWriter(out));

        assertThat(commandLine.execute("--config", file.toString(), "--print-config")).isZero();
        assertThat(out.toString()).contains("sink.http.port=9999", "sink.jdbc.password=********")
                .doesNotContain("hunter2");
    }

    @Test
    void aBadSettingOrAMissingFileIsAUsageErrorNamingIt() throws Exception {
        Path file = folder.resolve("bad.properties");
        Files.writeString(file, "sink.http.port=eighty\n");
        StringWriter err = new StringWriter();
        CommandLine commandLine = SinkMain.commandLine();
        commandLine.setErr(new PrintWriter(err));

        assertThat(commandLine.execute("--config", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("sink.http.port", "eighty");
        assertThat(SinkMain.commandLine().execute("--config", folder.resolve("missing").toString())).isEqualTo(2);
    }

    @Test
    void answersABrokenFileABadOptionAndABadVariableWithOneLineAndExitTwo() {
        io.wirestream.cli.CommandChecks.assertCommonErrors(SinkMain::commandLine, java.util.List.of(),
                SinkFields.HTTP_PORT, folder);
    }

    @org.junit.jupiter.api.TestFactory
    java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> refusesEveryBadValueOfEveryField() {
        return io.wirestream.cli.CommandChecks.fuzzFields("sink", SinkMain::commandLine, java.util.List.of(),
                SinkFields.ALL, folder);
    }

    @Test
    void docsListEverySinkSetting() throws Exception {
        io.wirestream.config.ConfigDocs.assertSectionInSync("sink", SinkFields.SINK);
    }
}
