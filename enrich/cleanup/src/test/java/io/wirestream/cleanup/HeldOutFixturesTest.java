package io.wirestream.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The held-out set (fixtures/heldout): 74 artifact articles and 72 clean native articles written by someone given
 * only the list of artifact classes, never the rules. The rules are not tuned on it, so its score says how
 * they generalise; the fixtures the rules were written from say much less. Scores: before issue 10's rules 22/74
 * repaired, 2 clean articles edited; after, 72/74 and the same 2 (two articles quoting verse, whose short lines
 * layout.broken-wrap joined); once the wrap rule told verse from wrapped prose (judged on our own fixtures, the
 * layout-* and wrap-from-* cases), 72/74 and none edited. A case counts as repaired when the body
 * comes out exactly as expected, with the expected flags; a clean article counts as edited when its body changes.
 */
class HeldOutFixturesTest {

    private static final Cleaner CLEANER = Cleaner.create(CleanupConfig.defaults());
    /** The bar. */
    private static final double MIN_REPAIRED = 0.95;

    @Test
    void theHeldOutSetScoresAboveTheBarAndNoCleanArticleIsEdited() {
        Map<String, int[]> byClass = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        int repaired = 0;
        List<JsonNode> artifacts = Fixtures.read("heldout/artifacts.jsonl");
        for (JsonNode c : artifacts) {
            String input = c.get("input").asText();
            CleanResult r = CLEANER.clean(Fixtures.text(c, "title"), input, null);
            boolean flagsOk = true;
            for (JsonNode f : c.path("flags")) {
                // the set names the class of flag ("glued-fragment"), not our rule ids: any glued-* rule answers it
                String family = f.asText().split("-")[0];
                flagsOk &= r.flags().stream().anyMatch(fl -> fl.rule().endsWith(f.asText())
                        || fl.rule().substring(fl.rule().indexOf('.') + 1).startsWith(family));
            }
            boolean ok = r.body().equals(c.get("expected").asText()) && flagsOk;
            int[] counts = byClass.computeIfAbsent(c.get("class").asText(), k -> new int[2]);
            counts[1]++;
            if (ok) {
                counts[0]++;
                repaired++;
            } else {
                missed.add(c.get("id").asText());
            }
        }
        List<String> edited = new ArrayList<>();
        int flagged = 0;
        List<JsonNode> clean = Fixtures.read("heldout/clean.jsonl");
        for (JsonNode c : clean) {
            String text = c.get("text").asText();
            CleanResult r = CLEANER.clean(Fixtures.text(c, "title"), text, null);
            if (!r.body().equals(text) || !r.edits().isEmpty()) {
                edited.add(c.get("id").asText());
            }
            flagged += r.flags().isEmpty() ? 0 : 1;
        }
        double score = (double) repaired / artifacts.size();
        StringBuilder report = new StringBuilder(String.format("held-out cleanup: %d/%d repaired (%.1f%%), clean "
                + "articles edited %d/%d, flagged %d; by class:", repaired, artifacts.size(), 100 * score,
                edited.size(), clean.size(), flagged));
        byClass.forEach((k, v) -> report.append(' ').append(k).append(' ').append(v[0]).append('/').append(v[1]));
        report.append("; missed ").append(missed).append("; edited ").append(edited);
        System.out.println(report);

        // the bar: no clean article edited
        assertThat(edited).as("clean articles edited").isEmpty();
        assertThat(score).as(report.toString()).isGreaterThanOrEqualTo(MIN_REPAIRED);
    }
}
