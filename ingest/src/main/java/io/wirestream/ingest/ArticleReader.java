package io.wirestream.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private final JsonArticles jsonArticles;
    private final JsonLinesReader jsonLines;

    public ArticleReader(long maxBytes, String defaultSource) {
        this.maxBytes = maxBytes;
        this.defaultSource = defaultSource;
        this.jsonArticles = new JsonArticles(defaultSource);
        this.jsonLines = new JsonLinesReader(maxBytes, jsonArticles);
    }

    /** Reads {@code input}; every article goes to {@code articles}, every skipped item to {@code problems}. */
    public void read(Path input, Consumer<InputArticle> articles, Consumer<InputProblem> problems) {
        if (!Files.exists(input)) {
            problems.accept(new InputProblem(input.toString(), 0, "no such file or directory"));
            return;
        }
        if (Files.isDirectory(input)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(input)) {
                files = walk.filter(Files::isRegularFile).filter(ArticleReader::isSupported)
                        .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
            } catch (IOException e) {
                problems.accept(new InputProblem(input.toString(), 0, "cannot list directory: " + e.getMessage()));
                return;
            }
            files.forEach(file -> readFile(file, articles, problems));
        } else if (isSupported(input)) {
            readFile(input, articles, problems);
        } else {
            problems.accept(new InputProblem(input.toString(), 0, "unsupported file type (expected .txt, .json or .jsonl)"));
        }
    }

    public static boolean isSupported(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".json") || name.endsWith(".jsonl");
    }

    private void readFile(Path file, Consumer<InputArticle> articles, Consumer<InputProblem> problems) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".jsonl")) {
                try (InputStream in = Files.newInputStream(file)) {
                    jsonLines.read(in, file.toString(), articles, problems);
                }
                return;
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                problems.accept(new InputProblem(file.toString(), 0, "file is " + size + " bytes, over the limit of " + maxBytes));
                return;
            }
            String text = decodeUtf8(Files.readAllBytes(file));
            if (name.endsWith(".txt")) {
                readText(file, text, articles, problems);
            } else {
                readJson(file, text, articles, problems);
            }
        } catch (CharacterCodingException e) {
            problems.accept(new InputProblem(file.toString(), 0, "not valid UTF-8"));
        } catch (IOException e) {
            problems.accept(new InputProblem(file.toString(), 0, "cannot read: " + e.getMessage()));
        }
    }

    private void readText(Path file, String text, Consumer<InputArticle> articles, Consumer<InputProblem> problems) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int newline = content.indexOf('\n');
        String title = (newline < 0 ? content : content.substring(0, newline)).strip();
        String body = newline < 0 ? "" : content.substring(newline + 1).strip();
        if (Text.isBlank(body)) {
            problems.accept(new InputProblem(file.toString(), 0, "empty body (a .txt article is a title line, then the body)"));
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
            problems.accept(new InputProblem(file.toString(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "invalid JSON: " + e.getOriginalMessage()));
            return;
        }
        if (root != null && root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                jsonArticles.toArticle(file.toString(), 0, root.get(i), "element " + i, articles, problems);
            }
        } else {
            jsonArticles.toArticle(file.toString(), 0, root, "document", articles, problems);
        }
    }

    private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
