package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** JSON Lines read in whatever pieces the stream hands over: the same articles, problems and line numbers. */
class JsonLinesReaderTest {

    private static final int LIMIT = 3000;

    /**
     * Lines of every kind (short, long across several reads, over the limit, not JSON, with multi-byte characters
     * that a read may cut in two), the last one with or without its newline, read through a stream that returns
     * pieces of random size: each article and each problem is reported once, with its line number.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void whateverPiecesTheStreamGivesEveryLineIsReadOnceWithItsNumber(long seed) throws IOException {
        Random random = new Random(seed);
        int lines = 1 + random.nextInt(40);
        boolean finalNewline = random.nextBoolean();
        StringBuilder input = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int number = 1; number <= lines; number++) {
            switch (random.nextInt(4)) {
                case 0 -> {
                    String body = "Zürich – ünïcödé " + "x".repeat(random.nextInt(LIMIT - 200));
                    input.append("{\"id\":\"a").append(number).append("\",\"body\":\"").append(body).append("\"}");
                    expected.add("article a" + number + " " + body.length());
                }
                case 1 -> {
                    input.append("{\"id\":\"b").append(number).append("\",\"body\":\"").append("é".repeat(LIMIT))
                            .append("\"}");
                    expected.add("problem " + number + " line is over the limit of " + LIMIT + " bytes");
                }
                case 2 -> {
                    input.append("not json ").append(number);
                    expected.add("problem " + number);
                }
                default -> {
                    String body = "short " + number;
                    input.append("{\"id\":\"c").append(number).append("\",\"body\":\"").append(body).append("\"}");
                    expected.add("article c" + number + " " + body.length());
                }
            }
            if (number < lines || finalNewline) {
                input.append('\n');
            }
        }
        List<String> seen = new ArrayList<>();
        new JsonLinesReader(LIMIT, new JsonArticles("test")).read(
                new Pieces(input.toString().getBytes(StandardCharsets.UTF_8), random), "input.jsonl",
                article -> seen.add("article " + article.id() + " " + article.body().length()),
                problem -> seen.add("problem " + problem.line()
                        + (problem.reason().startsWith("line is over") ? " " + problem.reason() : "")));

        assertThat(seen).containsExactlyElementsOf(expected);
    }

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** A stream that hands over 1 to 9,000 bytes a read, like a pipe or a socket. */
    private static final class Pieces extends InputStream {
        private final ByteArrayInputStream bytes;
        private final Random random;

        Pieces(byte[] content, Random random) {
            this.bytes = new ByteArrayInputStream(content);
            this.random = random;
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes.read(buffer, offset, Math.min(length, 1 + random.nextInt(9000)));
        }
    }
}
