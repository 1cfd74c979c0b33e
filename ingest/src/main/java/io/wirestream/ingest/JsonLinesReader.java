package io.wirestream.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * JSON Lines from a stream (a file, stdin, an HTTP body), one line at a time. Each line is decoded as UTF-8 on its
 * own, so a bad byte costs only its line: the problem names the line and reading goes on. A line longer than the
 * limit is skipped without being held in memory.
 */
public final class JsonLinesReader {

    private final long maxLineBytes;
    private final JsonArticles articles;
    private final ObjectMapper json = new ObjectMapper();

    public JsonLinesReader(long maxLineBytes, JsonArticles articles) {
        this.maxLineBytes = maxLineBytes;
        this.articles = articles;
    }

    /** Reads every line of {@code in}; an IOException of the stream itself ends the reading (it is the caller's). */
    public void read(InputStream in, String origin, Consumer<InputArticle> out, Consumer<InputProblem> problems)
            throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int number = 0;
        boolean tooLong = false;
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) != -1) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    tooLong = append(line, buffer, start, i, tooLong);
                    number++;
                    handle(origin, number, line, tooLong, out, problems);
                    line.reset();
                    tooLong = false;
                    start = i + 1;
                }
            }
            tooLong = append(line, buffer, start, n, tooLong);
        }
        if (line.size() > 0 || tooLong) {
            handle(origin, number + 1, line, tooLong, out, problems);
        }
    }

    /**
     * Adds {@code buffer[from, to)} to the line unless it is already over the limit; returns whether it is. A run of
     * bytes at a time: a write per byte (a synchronised call) was most of ingest's own CPU on 5 KB lines.
     */
    private boolean append(ByteArrayOutputStream line, byte[] buffer, int from, int to, boolean tooLong) {
        if (tooLong || from == to) {
            return tooLong;
        }
        line.write(buffer, from, to - from);
        if (line.size() > maxLineBytes) {
            line.reset(); // only that it was too long is kept, never more than the limit and one buffer
            return true;
        }
        return false;
    }

    private void handle(String origin, int number, ByteArrayOutputStream bytes, boolean tooLong,
                        Consumer<InputArticle> out, Consumer<InputProblem> problems) {
        if (tooLong) {
            problems.accept(new InputProblem(origin, number, "line is over the limit of " + maxLineBytes + " bytes"));
            return;
        }
        String line;
        try {
            line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.accept(new InputProblem(origin, number, "not valid UTF-8"));
            return;
        }
        if (number == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        if (line.isBlank()) {
            return;
        }
        try {
            articles.toArticle(origin, number, json.readTree(line), "line", out, problems);
        } catch (JsonProcessingException e) {
            problems.accept(new InputProblem(origin, number, "invalid JSON: " + e.getOriginalMessage()));
        }
    }
}
