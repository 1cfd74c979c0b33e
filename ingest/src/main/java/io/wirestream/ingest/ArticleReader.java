package io.wirestream.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from a file or a directory tree (in name order, so a re-run reads the same sequence):
 * {@code .txt} (first line title, the rest body), {@code .json} (one object or an array of them) and
 * {@code .jsonl} (one object per line, in the offline input shape). Whatever cannot be read is reported as an
 * {@link InputProblem} naming the file, line and reason; reading goes on with the rest.
 */
public final class ArticleReader {

    private final long maxBytes;
    private final String defaultSource;
    private final ObjectMapper json = new ObjectMapper();

    public ArticleReader(long maxBytes, String defaultSource) {
        this.maxBytes = maxBytes;
        this.defaultSource = defaultSource;
    }

    /** Reads {@code input}; every article goes to {@code articles}, every skipped item to {@code problems}. */
    public void read(Path input, Consumer<InputArticle> articles, Consumer<InputProblem> problems) {
        if (!Files.exists(input)) {
            problems.accept(new InputProblem(input, 0, "no such file or directory"));
            return;
        }
        if (Files.isDirectory(input)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(input)) {
                files = walk.filter(Files::isRegularFile).filter(ArticleReader::isSupported)
                        .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
            } catch (IOException e) {
                problems.accept(new InputProblem(input, 0, "cannot list directory: " + e.getMessage()));
                return;
            }
            files.forEach(file -> readFile(file, articles, problems));
        } else if (isSupported(input)) {
            readFile(input, articles, problems);
        } else {
            problems.accept(new InputProblem(input, 0, "unsupported file type (expected .txt, .json or .jsonl)"));
        }
    }

    static boolean isSupported(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".json") || name.endsWith(".jsonl");
    }

    private void readFile(Path file, Consumer<InputArticle> articles, Consumer<InputProblem> problems) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".jsonl")) {
                readJsonLines(file, articles, problems);
                return;
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                problems.accept(new InputProblem(file, 0, "file is " + size + " bytes, over the limit of " + maxBytes));
                return;
            }
            String text = decodeUtf8(Files.readAllBytes(file));
            if (name.endsWith(".txt")) {
                readText(file, text, articles, problems);
            } else {
                readJson(file, text, articles, problems);
            }
        } catch (CharacterCodingException e) {
            problems.accept(new InputProblem(file, 0, "not valid UTF-8"));
        } catch (IOException e) {
            problems.accept(new InputProblem(file, 0, "cannot read: " + e.getMessage()));
        }
    }

    private void readText(Path file, String text, Consumer<InputArticle> articles, Consumer<InputProblem> problems) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int newline = content.indexOf('\n');
        String title = (newline < 0 ? content : content.substring(0, newline)).strip();
        String body = newline < 0 ? "" : content.substring(newline + 1).strip();
        if (body.isEmpty()) {
            problems.accept(new InputProblem(file, 0, "empty body (a .txt article is a title line, then the body)"));
            return;
        }
        articles.accept(new InputArticle(null, defaultSource, null, title.isEmpty() ? null : title, body, null, null,
                file.toString()));
    }

    private void readJson(Path file, String text, Consumer<InputArticle> articles, Consumer<InputProblem> problems) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            problems.accept(new InputProblem(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "invalid JSON: " + e.getOriginalMessage()));
            return;
        }
        if (root != null && root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                toArticle(file, 0, root.get(i), "element " + i, articles, problems);
            }
        } else {
            toArticle(file, 0, root, "document", articles, problems);
        }
    }

    private void readJsonLines(Path file, Consumer<InputArticle> articles, Consumer<InputProblem> problems)
            throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), strict))) {
            String line;
            int number = 0;
            while (true) {
                try {
                    line = reader.readLine();
                } catch (CharacterCodingException e) {
                    problems.accept(new InputProblem(file, number + 1, "not valid UTF-8; rest of file skipped"));
                    return;
                }
                if (line == null) {
                    return;
                }
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.length() > maxBytes) {
                    problems.accept(new InputProblem(file, number, "line is over the limit of " + maxBytes + " bytes"));
                    continue;
                }
                try {
                    toArticle(file, number, json.readTree(line), "line", articles, problems);
                } catch (JsonProcessingException e) {
                    problems.accept(new InputProblem(file, number, "invalid JSON: " + e.getOriginalMessage()));
                }
            }
        }
    }

    private void toArticle(Path file, int line, JsonNode node, String what, Consumer<InputArticle> articles,
                           Consumer<InputProblem> problems) {
        if (node == null || !node.isObject()) {
            problems.accept(new InputProblem(file, line, what + " is not a JSON object"));
            return;
        }
        String body = text(node, "body");
        if (body == null || body.isBlank()) {
            problems.accept(new InputProblem(file, line, "empty or missing \"body\""));
            return;
        }
        Instant publishedAt;
        try {
            publishedAt = parseTime(text(node, "publishedAt"));
        } catch (DateTimeParseException e) {
            problems.accept(new InputProblem(file, line, "unreadable \"publishedAt\": " + text(node, "publishedAt")));
            return;
        }
        String source = text(node, "source");
        articles.accept(new InputArticle(text(node, "id"), source == null ? defaultSource : source, text(node, "url"),
                text(node, "title"), body, text(node, "language"), publishedAt,
                file + (line > 0 ? ":" + line : "")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** ISO instants, offset date-times, local date-times (taken as UTC) and plain dates (midnight UTC). */
    static Instant parseTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(trimmed).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                return LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
        }
    }

    private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
