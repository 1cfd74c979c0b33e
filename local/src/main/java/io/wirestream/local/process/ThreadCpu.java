package io.wirestream.local.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of a JVM's threads by kind (stream threads, JIT compiler, GC, Kafka client I/O, RocksDB, other), from
 * Linux's /proc. A process's total alone hides where it goes: right after start-up the JIT compiler can take a
 * third of it. Empty where /proc is missing.
 */
public final class ThreadCpu {

    /** /proc counts in clock ticks; USER_HZ is 100 on every Linux we run (Java cannot ask sysconf). */
    private static final double SECONDS_PER_TICK = 0.01;

    public static final List<String> KINDS = List.of("stream threads", "JIT compiler", "GC", "Kafka client I/O",
            "RocksDB", "other");

    private final Map<String, Long> ticksByThread;
    private final Map<String, String> kindByThread;

    private ThreadCpu(Map<String, Long> ticksByThread, Map<String, String> kindByThread) {
        this.ticksByThread = ticksByThread;
        this.kindByThread = kindByThread;
    }

    /**
     * @param streamThreadName how the stream threads' names begin (Kafka Streams names them after the client id,
     *                         which starts with the application id); the kernel keeps the first 15 characters
     */
    public static ThreadCpu of(long pid, String streamThreadName) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        String streamComm = streamThreadName.substring(0, Math.min(15, streamThreadName.length()));
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                try {
                    String comm = Files.readString(thread.resolve("comm")).strip();
                    String stat = Files.readString(thread.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // fields[0] is the state (field 3 of stat); utime and stime are fields 14 and 15
                    ticks.put(thread.getFileName().toString(), Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                    kinds.put(thread.getFileName().toString(), kind(comm, streamComm));
                } catch (IOException | RuntimeException e) {
                    // the thread ended while we read it
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc, or the process is gone: nothing to count
        }
        return new ThreadCpu(ticks, kinds);
    }

    static String kind(String comm, String streamComm) {
        if (comm.equals(streamComm)) {
            return "stream threads";
        }
        if (comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre")) {
            return "JIT compiler";
        }
        if (comm.startsWith("GC Thread") || comm.startsWith("G1 ") || comm.equals("VM Thread")) {
            return "GC";
        }
        if (comm.startsWith("kafka-producer-") || comm.startsWith("kafka-coordinat") || comm.startsWith("kafka-admin-cli")) {
            return "Kafka client I/O";
        }
        return comm.startsWith("rocksdb") ? "RocksDB" : "other";
    }

    /** No thread counted yet: what a process had at its start, for {@link #secondsSince}. */
    public static ThreadCpu none() {
        return new ThreadCpu(Map.of(), Map.of());
    }

    public boolean isEmpty() {
        return ticksByThread.isEmpty();
    }

    /** Seconds of CPU by kind since {@code before} (threads started since count from zero; ended ones are lost). */
    public Map<String, Double> secondsSince(ThreadCpu before) {
        Map<String, Double> out = new LinkedHashMap<>();
        KINDS.forEach(k -> out.put(k, 0.0));
        ticksByThread.forEach((thread, ticks) -> out.merge(kindByThread.get(thread),
                (ticks - before.ticksByThread.getOrDefault(thread, 0L)) * SECONDS_PER_TICK, Double::sum));
        return out;
    }
}
