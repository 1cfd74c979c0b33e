package io.wirestream.local.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    @Test
    void threadsAreSortedIntoKindsByTheirKernelNames() {
        String stream = "wirestream-enri"; // "wirestream-enrich-<uuid>-StreamThread-1" as the kernel keeps it
        assertThat(ThreadCpu.kind("wirestream-enri", stream)).isEqualTo("stream threads");
        assertThat(ThreadCpu.kind("C2 CompilerThre", stream)).isEqualTo("JIT compiler");
        assertThat(ThreadCpu.kind("C1 CompilerThre", stream)).isEqualTo("JIT compiler");
        assertThat(ThreadCpu.kind("GC Thread#1", stream)).isEqualTo("GC");
        assertThat(ThreadCpu.kind("G1 Refine#0", stream)).isEqualTo("GC");
        assertThat(ThreadCpu.kind("VM Thread", stream)).isEqualTo("GC");
        assertThat(ThreadCpu.kind("kafka-producer-", stream)).isEqualTo("Kafka client I/O");
        assertThat(ThreadCpu.kind("rocksdb:low", stream)).isEqualTo("RocksDB");
        assertThat(ThreadCpu.kind("enrich-input-pr", stream)).isEqualTo("other");
    }

    @Test
    void aBusyStreamThreadIsCountedUnderStreamThreads() throws InterruptedException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux's /proc");
        long pid = ProcessHandle.current().pid();
        ThreadCpu before = ThreadCpu.of(pid, "wirestream-enrich");
        AtomicBoolean counted = new AtomicBoolean();
        Thread busy = new Thread(() -> {
            long x = 0;
            // spin until /proc has charged this thread at least one clock tick
            for (int i = 0; !counted.get() && i < 5_000; i++) {
                for (int j = 0; j < 1_000_000; j++) {
                    x += j ^ i;
                }
                if (ThreadCpu.of(pid, "wirestream-enrich").secondsSince(before).get("stream threads") > 0) {
                    counted.set(true);
                }
            }
            if (x == 42) {
                System.out.print("");
            }
        }, "wirestream-enrich-test-StreamThread-1");
        busy.start();
        busy.join();
        assertThat(counted).isTrue();
        assertThat(ThreadCpu.of(pid, "wirestream-enrich").secondsSince(before)).containsKeys(
                ThreadCpu.KINDS.toArray(String[]::new)).allSatisfy((kind, secs) -> assertThat(secs).isNotNegative());
    }
}
