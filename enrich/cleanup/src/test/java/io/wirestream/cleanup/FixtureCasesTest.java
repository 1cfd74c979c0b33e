package io.wirestream.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The labelled fixtures: every artifact case must come out exactly as expected (with its expected flags),
 * and no clean native-English paragraph may be edited or flagged.
 */
class FixtureCasesTest {
    private static final Cleaner DEFAULT = Cleaner.create(CleanupConfig.defaults());

    @Test
    void fixturesAreLargeEnough() {
        assertThat(Fixtures.read("artifact-cases.jsonl")).hasSizeGreaterThanOrEqualTo(40);
        assertThat(Fixtures.read("clean-paragraphs.jsonl")).hasSizeGreaterThanOrEqualTo(40);
    }

    @TestFactory
    Stream<DynamicTest> artifactCasesAreRepaired() {
        return Fixtures.read("artifact-cases.jsonl").stream().map(c -> DynamicTest.dynamicTest(c.get("id").asText(), () -> {
            Cleaner cleaner = cleanerFor(c);
            String input = c.get("input").asText();
            CleanResult r = cleaner.clean(Fixtures.text(c, "title"), input, null);
            assertThat(r.body()).as("clean body").isEqualTo(c.get("expected").asText());
            assertThat(Fixtures.replay(input, r.edits())).as("edits replay").isEqualTo(r.body());
            for (JsonNode f : c.path("flags")) {
                assertThat(r.flags()).as("flags").anyMatch(fl -> fl.rule().equals(f.asText()));
            }
            if (c.has("language")) {
                assertThat(r.language()).isEqualTo(c.get("language").asText());
            }
            if (c.has("expectedTitle")) {
                assertThat(r.title()).isEqualTo(c.get("expectedTitle").asText());
            }
            CleanResult again = cleaner.clean(r.title(), r.body(), null);
            assertThat(again.edits()).as("idempotent").isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> cleanParagraphsAreUntouched() {
        return Fixtures.read("clean-paragraphs.jsonl").stream().map(c -> DynamicTest.dynamicTest(c.get("id").asText(), () -> {
            String text = c.get("text").asText();
            String title = Fixtures.text(c, "title");
            CleanResult r = DEFAULT.clean(title, text, null);
            assertThat(r.language()).isEqualTo("en");
            assertThat(r.edits()).as("edits on clean text").isEmpty();
            assertThat(r.flags()).as("flags on clean text").isEmpty();
            assertThat(r.body()).isEqualTo(text);
            assertThat(r.title()).isEqualTo(title);
        }));
    }

    @Test
    void cleanParagraphsJoinedIntoOneArticleAreUntouched() {
        List<JsonNode> all = Fixtures.read("clean-paragraphs.jsonl");
        StringBuilder article = new StringBuilder();
        for (JsonNode c : all) {
            article.append(c.get("text").asText()).append("\n\n");
        }
        String body = article.toString().strip();
        CleanResult r = DEFAULT.clean("A day of news", body, "en");
        assertThat(r.edits()).isEmpty();
        assertThat(r.body()).isEqualTo(body);
    }

    private static Cleaner cleanerFor(JsonNode c) {
        if (!c.has("properties")) {
            return DEFAULT;
        }
        Properties p = new Properties();
        JsonNode props = c.get("properties");
        props.fieldNames().forEachRemaining(k -> p.setProperty(k, props.get(k).asText()));
        return Cleaner.create(CleanupConfig.fromProperties(p));
    }
}
