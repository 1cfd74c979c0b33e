package io.wirestream.local.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Remembers a child's pid in its data dir, so that a child orphaned by a launcher that was killed outright
 * (SIGKILL runs no shutdown hook) can be stopped by the next start instead of blocking its ports.
 *
 * <p>A pid alone may have been reused by an unrelated process, so a process counts as ours only while one
 * of its arguments is exactly {@code marker} (see {@link #ownerOption}).
 */
public final class PidFile {

    private final Path file;
    private final String marker;

    public PidFile(Path file, String marker) {
        this.file = file;
        this.marker = marker;
    }

    /**
     * A harmless system property naming the data dir, added to a child's command line so that
     * {@link #liveOwner()} can recognise it.
     */
    public static String ownerOption(Path dataDir) {
        return "-Dwirestream.local.dir=" + dataDir.toAbsolutePath().normalize();
    }

    /** The pid file {@code name.pid} in {@code dataDir}, recognising children started with {@link #ownerOption}. */
    public static PidFile in(Path dataDir, String name) {
        return new PidFile(dataDir.resolve(name + ".pid"), ownerOption(dataDir));
    }

    public void write(long pid) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Long.toString(pid), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover pid file is harmless: the next start verifies the command line before acting on it
        }
    }

    /** The live process recorded here, if its command line still names the marker. */
    public Optional<ProcessHandle> liveOwner() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        long pid;
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
            if (text.isEmpty() || text.length() > 19 || !text.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            pid = Long.parseLong(text);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::namesMarker);
    }

    /** Exact match of one argument: a substring test would let {@code dir/sub}'s marker match {@code dir}'s. */
    private boolean namesMarker(ProcessHandle handle) {
        Optional<String[]> args = handle.info().arguments();
        if (args.isPresent()) {
            return java.util.Arrays.asList(args.get()).contains(marker);
        }
        // the JDK may not report arguments; /proc has them NUL-separated
        try {
            String cmdline = Files.readString(Path.of("/proc", Long.toString(handle.pid()), "cmdline"), StandardCharsets.UTF_8);
            return java.util.Arrays.asList(cmdline.split("\u0000")).contains(marker);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Stops a process left running by an earlier run, with its descendants (SIGTERM, then SIGKILL after
     * {@code grace}).
     * Returns its pid when there was one.
     */
    public Optional<Long> stopLeftover(Duration grace) {
        Optional<ProcessHandle> owner = liveOwner();
        owner.ifPresent(handle -> ManagedProcess.stopTree(handle, grace));
        delete();
        return owner.map(ProcessHandle::pid);
    }
}
