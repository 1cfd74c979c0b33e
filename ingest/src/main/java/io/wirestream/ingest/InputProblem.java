package io.wirestream.ingest;

import java.nio.file.Path;

/** Something in the input that was skipped: the file (and line, for JSON Lines) and the reason. */
public record InputProblem(Path path, int line, String reason) {

    @Override
    public String toString() {
        return path + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
