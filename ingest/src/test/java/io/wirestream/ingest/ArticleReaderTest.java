package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    @TempDir
    Path dir;

    private final List<InputArticle> articles = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();

    private void read(Path path) {
        new ArticleReader(1000, "files").read(path, articles::add, problems::add);
    }

    @Test
    void aTextFileIsATitleLineThenTheBody() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "\uFEFFMinisters meet in Geneva\nThe talks began on Monday.\nMore.\n");
        read(dir.resolve("a.txt"));
        assertThat(problems).isEmpty();
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Ministers meet in Geneva");
            assertThat(a.body()).isEqualTo("The talks began on Monday.\nMore.");
            assertThat(a.source()).isEqualTo("files");
            assertThat(a.id()).isNull();
        });
    }

    @Test
    void jsonLinesUseTheOfflineShapeAndReportBadLinesByNumber() throws Exception {
        Files.writeString(dir.resolve("in.jsonl"), String.join("\n",
                "{\"id\":\"x1\",\"source\":\"RCO\",\"title\":\"T\",\"body\":\"Body one.\",\"publishedAt\":\"2025-01-24\"}",
                "",
                "{not json",
                "{\"id\":\"x2\",\"body\":\"  \"}",
                "{\"id\":\"x3\",\"body\":\"Body three.\",\"publishedAt\":\"2025-01-24T08:30:00+03:30\"}",
                "{\"id\":\"x4\",\"body\":\"Body four.\",\"publishedAt\":\"last Friday\"}",
                "[1,2]"));
        read(dir.resolve("in.jsonl"));
        assertThat(articles).extracting(InputArticle::id).containsExactly("x1", "x3");
        assertThat(articles.get(0).publishedAt()).isEqualTo(Instant.parse("2025-01-24T00:00:00Z"));
        assertThat(articles.get(1).publishedAt()).isEqualTo(Instant.parse("2025-01-24T05:00:00Z"));
        assertThat(articles.get(1).source()).isEqualTo("files");
        assertThat(problems).extracting(InputProblem::line).containsExactly(3, 4, 6, 7);
        assertThat(problems.get(0).reason()).startsWith("invalid JSON");
        assertThat(problems.get(1).reason()).contains("empty or missing \"body\"");
        assertThat(problems.get(2).reason()).contains("publishedAt");
        assertThat(problems.get(3).reason()).contains("not a JSON object");
    }

    @Test
    void anArticleLargerThanARawRecordMayBeIsRefusedAloneAtTheFirstHop() throws Exception {
        String big = "ا".repeat(1_100_000); // 2.2 MB in UTF-8: over RecordLimits' 2 MiB though 1.1 M chars
        Files.writeString(dir.resolve("big.jsonl"), "{\"id\":\"ok-1\",\"body\":\"Fine.\"}\n"
                + "{\"id\":\"big-1\",\"body\":\"" + big + "\"}\n{\"id\":\"ok-2\",\"body\":\"Fine too.\"}\n");
        new ArticleReader(10L * 1024 * 1024, "files").read(dir.resolve("big.jsonl"), articles::add, problems::add);
        assertThat(articles).extracting(InputArticle::id).containsExactly("ok-1", "ok-2");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.toString()).contains(":2")
                .contains("over the 2097152"));
    }

    @Test
    void anIdOrSourceLongerThanTheSinkCanKeepIsRefusedAtTheFirstHop() throws Exception {
        Files.writeString(dir.resolve("long.jsonl"), "{\"id\":\"" + "i".repeat(513) + "\",\"body\":\"B.\"}\n"
                + "{\"id\":\"s-1\",\"source\":\"" + "S".repeat(1001) + "\",\"body\":\"B.\"}\n"
                + "{\"id\":\"" + "k".repeat(512) + "\",\"source\":\"" + "S".repeat(1000) + "\",\"body\":\"B.\"}\n");
        new ArticleReader(1 << 20, "files").read(dir.resolve("long.jsonl"), articles::add, problems::add);
        assertThat(articles).singleElement().satisfies(a -> assertThat(a.id()).hasSize(512));
        assertThat(problems).extracting(Object::toString).satisfiesExactly(
                p -> assertThat(p).contains(":1").contains("513 characters"),
                p -> assertThat(p).contains(":2").contains("1001 characters"));
    }

    @Test
    void aJsonFileMayHoldOneObjectOrAnArray() throws Exception {
        Files.writeString(dir.resolve("one.json"), "{\"body\":\"Only one.\"}");
        Files.writeString(dir.resolve("many.json"), "[{\"body\":\"First.\"},{\"body\":\"Second.\"}]");
        read(dir);
        assertThat(articles).extracting(InputArticle::body).containsExactly("First.", "Second.", "Only one.");
    }

    @Test
    void badFilesAreNamedWithTheirReasonAndTheRestStillGo() throws Exception {
        Files.write(dir.resolve("latin1.txt"), "Caf\u00e9\nBody".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("broken.json"), "{\"body\": \"unterminated");
        Files.writeString(dir.resolve("empty.txt"), "Title only\n\n");
        Files.writeString(dir.resolve("huge.txt"), "Title\n" + "x".repeat(2000));
        Files.writeString(dir.resolve("good.txt"), "Good title\nGood body.");
        Files.writeString(dir.resolve("notes.md"), "ignored in a directory");
        read(dir);

        assertThat(articles).extracting(InputArticle::title).containsExactly("Good title");
        assertThat(problems).extracting(p -> Path.of(p.origin()).getFileName().toString() + ": " + p.reason())
                .containsExactlyInAnyOrder(
                        "latin1.txt: not valid UTF-8",
                        "broken.json: invalid JSON: Unexpected end-of-input: was expecting closing quote for a string value",
                        "empty.txt: empty body (a .txt article is a title line, then the body)",
                        "huge.txt: file is 2006 bytes, over the limit of 1000");
    }

    @Test
    void missingAndUnsupportedPathsAreReported() {
        read(dir.resolve("nope"));
        read(dir.resolve("x.pdf"));
        assertThat(problems).extracting(InputProblem::reason)
                .containsExactly("no such file or directory", "no such file or directory");
    }

    @Test
    void anExplicitUnsupportedFileIsReported() throws Exception {
        Files.writeString(dir.resolve("x.pdf"), "%PDF");
        read(dir.resolve("x.pdf"));
        assertThat(problems).singleElement().extracting(InputProblem::reason).asString().contains("unsupported");
    }

    @Test
    void aBadUtf8ByteCostsOnlyItsLine() throws Exception {
        byte[] bad = "{\"id\":\"x2\",\"body\":\"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        file.write("{\"id\":\"x1\",\"body\":\"One.\"}\n".getBytes(StandardCharsets.UTF_8));
        file.write(bad);
        file.write("\n{\"id\":\"x3\",\"body\":\"Three.\"}\n{broken\n{\"id\":\"x5\",\"body\":\"Five.\"}"
                .getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("mixed.jsonl"), file.toByteArray());
        read(dir.resolve("mixed.jsonl"));
        assertThat(articles).extracting(InputArticle::id).containsExactly("x1", "x3", "x5");
        assertThat(problems).extracting(p -> p.line() + ": " + p.reason())
                .containsExactly("2: not valid UTF-8", "4: invalid JSON: Unexpected character ('b' (code 98)): "
                        + "was expecting double-quote to start field name");
    }

    @Test
    void aBodyOfOnlyNoBreakSpacesIsEmptyAndIdsLoseInvisibleEdges() throws Exception {
        Files.writeString(dir.resolve("in.jsonl"), String.join("\n",
                "{\"id\":\"nbsp\",\"body\":\"\u00a0\u00a0 \u202f\u2007\u200b\"}",
                "{\"id\":\"\ufeffbom-id\",\"body\":\"Body.\"}",
                "{\"id\":\"\u200bzw-id\u200b\",\"body\":\"Body.\"}",
                "{\"id\":\"\u200b\",\"body\":\"Body.\"}"));
        Files.writeString(dir.resolve("nbsp.txt"), "Title\n\u00a0\u00a0\u00a0\n");
        read(dir);
        assertThat(articles).extracting(InputArticle::id).containsExactly("bom-id", "zw-id");
        assertThat(problems).extracting(InputProblem::reason).containsExactly(
                "empty or missing \"body\"", "\"id\" holds only invisible characters",
                "empty body (a .txt article is a title line, then the body)");
    }
}
