package io.wirestream.local.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path dir;

    @Test
    void returnsTheLastLinesInOrder() throws Exception {
        Path log = dir.resolve("a.log");
        Files.writeString(log, IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).collect(Collectors.joining("\n", "", "\n")));

        assertThat(LogTail.lastLines(log, 3)).containsExactly("line 98", "line 99", "line 100");
        assertThat(LogTail.describe(log, 2)).contains("last 2 lines of " + log).contains("line 99").contains("line 100");
    }

    @Test
    void shortFileGivesAllItsLines() throws Exception {
        Path log = dir.resolve("b.log");
        Files.writeString(log, "only\r\ntwo");

        assertThat(LogTail.lastLines(log, 10)).containsExactly("only", "two");
    }

    @Test
    void missingOrEmptyFileGivesNothingAndSaysSo() throws Exception {
        Path missing = dir.resolve("missing.log");
        Path empty = Files.createFile(dir.resolve("empty.log"));

        assertThat(LogTail.lastLines(missing, 5)).isEmpty();
        assertThat(LogTail.lastLines(empty, 5)).isEmpty();
        assertThat(LogTail.describe(missing, 5)).contains("empty or missing");
    }

    @Test
    void hugeLogIsReadOnlyFromItsEnd() throws Exception {
        Path log = dir.resolve("huge.log");
        String word = "x".repeat(100_000);
        Files.writeString(log, "a".repeat(10 * 1024 * 1024) + "\n" + word + "\nlast\n");

        List<String> tail = LogTail.lastLines(log, 5);

        assertThat(tail).last().isEqualTo("last");
        assertThat(tail.stream().mapToInt(String::length).sum()).isLessThanOrEqualTo(LogTail.MAX_BYTES);
    }

    @Test
    void binaryBytesAndBrokenUtf8DoNotFail() throws Exception {
        Path log = dir.resolve("bin.log");
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(log, bytes);
        Files.write(log, "\nend".getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);

        assertThat(LogTail.lastLines(log, 1)).containsExactly("end");
    }

    @Test
    void negativeLineCountIsRejected() {
        assertThatThrownBy(() -> LogTail.lastLines(dir.resolve("x"), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lines");
    }
}
