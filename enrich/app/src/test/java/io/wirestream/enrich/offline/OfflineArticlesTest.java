package io.wirestream.enrich.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.cleanup.Cleaner;
import io.wirestream.cleanup.CleanupConfig;
import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.EnrichmentStages;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The offline input shape: ids are required, and a bad line is an error line while the good ones go through. */
class OfflineArticlesTest {

    @Test
    void anEmptyIdIsAPerRecordErrorAndTheOtherLinesAreCleaned() throws Exception {
        String input = """
                {"id": "a-1", "body": "The talks will resume next month . ."}
                {"id": "", "body": "The talks resumed."}
                {"id": "  ", "body": "The talks resumed."}
                {"id": "a-2", "body": "The talks ended."}
                """;
        EnrichmentStages stages = new EnrichmentStages(Cleaner.create(CleanupConfig.defaults()), null);
        StringWriter out = new StringWriter();
        JsonLines.Counts counts = JsonLines.run(new BufferedReader(new StringReader(input)), out, (node, line) -> {
            ArticleInFlight article = OfflineArticles.read(node, line);
            stages.clean(article);
            var result = node.deepCopy();
            OfflineJson.putCleanup(result, article);
            return result;
        });

        List<JsonNode> lines = out.toString().lines().map(l -> {
            try {
                return JsonLines.JSON.readTree(l);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(counts.errors()).isEqualTo(2);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("cleanBody").asText()).isEqualTo("The talks will resume next month.");
        assertThat(lines.get(1).get("line").asLong()).isEqualTo(2);
        assertThat(lines.get(1).get("error").asText()).isEqualTo("field \"id\" must not be empty");
        assertThat(lines.get(2).get("error").asText()).isEqualTo("field \"id\" must not be empty");
        assertThat(lines.get(3).get("cleanBody").asText()).isEqualTo("The talks ended.");
    }
}
