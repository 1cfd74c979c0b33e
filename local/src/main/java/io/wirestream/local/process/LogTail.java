package io.wirestream.local.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log file, read from its end so a huge log costs no more than a small one. */
public final class LogTail {

    /** At most this many bytes are read from the end of the file. */
    static final int MAX_BYTES = 64 * 1024;

    private LogTail() {
    }

    public static List<String> lastLines(Path file, int lines) {
        if (lines < 0) {
            throw new IllegalArgumentException("lines must be >= 0, was " + lines);
        }
        if (lines == 0 || !Files.isRegularFile(file)) {
            return List.of();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int toRead = (int) Math.min(length, MAX_BYTES);
            byte[] bytes = new byte[toRead];
            raf.seek(length - toRead);
            raf.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            List<String> all = Arrays.asList(text.split("\\R", -1));
            if (!all.isEmpty() && all.getLast().isEmpty()) {
                all = all.subList(0, all.size() - 1);
            }
            return List.copyOf(all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return List.of("(could not read " + file + ": " + e.getMessage() + ")");
        }
    }

    /** A block for an error message: a heading naming the file, then the lines indented. */
    public static String describe(Path file, int lines) {
        List<String> tail = lastLines(file, lines);
        if (tail.isEmpty()) {
            return "(log " + file + " is empty or missing)";
        }
        StringBuilder sb = new StringBuilder("last ").append(tail.size()).append(" lines of ").append(file).append(':');
        for (String line : tail) {
            sb.append(System.lineSeparator()).append("    ").append(line);
        }
        return sb.toString();
    }
}
