package io.wirestream.local.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Resident set size of a process, from Linux's /proc; empty where /proc is missing or the process is gone. */
public final class ResidentMemory {

    private ResidentMemory() {
    }

    public static OptionalLong bytes(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(parseKilobytes(line.substring("VmRSS:".length())) * 1024L);
                }
            }
            return OptionalLong.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** Parses the value part of a /proc status line such as {@code "  269144 kB"}. */
    static long parseKilobytes(String value) {
        String trimmed = value.trim();
        if (!trimmed.endsWith("kB")) {
            throw new IllegalArgumentException("expected a value in kB, got '" + trimmed + "'");
        }
        return Long.parseLong(trimmed.substring(0, trimmed.length() - 2).trim());
    }
}
