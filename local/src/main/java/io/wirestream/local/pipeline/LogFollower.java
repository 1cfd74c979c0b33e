package io.wirestream.local.pipeline;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines a service appended to its log since the last look, starting with a given prefix: how
 * {@code ./wirestream local} shows ingest's per-source progress ({@code ingest: feed:...: fetched 20, new 20, ...})
 * on its own console while ingest runs as a service.
 */
final class LogFollower {

    private final Path file;
    private final String prefix;
    private long position;
    private final StringBuilder partial = new StringBuilder();

    LogFollower(Path file, String prefix) {
        this.file = file;
        this.prefix = prefix;
    }

    List<String> newLines() {
        List<String> lines = new ArrayList<>();
        if (!Files.exists(file)) {
            return lines;
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            if (in.length() < position) {
                position = 0; // rewritten
            }
            in.seek(position);
            byte[] bytes = new byte[(int) Math.min(1 << 20, in.length() - position)];
            in.readFully(bytes);
            position += bytes.length;
            partial.append(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return lines;
        }
        int newline;
        while ((newline = partial.indexOf("\n")) >= 0) {
            String line = partial.substring(0, newline);
            partial.delete(0, newline + 1);
            if (line.startsWith(prefix)) {
                lines.add(line);
            }
        }
        return lines;
    }
}
