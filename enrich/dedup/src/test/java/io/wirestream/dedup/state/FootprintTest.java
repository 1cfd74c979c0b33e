package io.wirestream.dedup.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.IntSummaryStatistics;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.wirestream.dedup.ArticleAnalyser;
import io.wirestream.dedup.ArticleAnalysis;
import io.wirestream.dedup.DedupConfig;
import io.wirestream.dedup.corpus.LabelledCorpus;

/**
 * Bytes per retained article in the stores, measured by serialising what the deduplicator stores for each
 * corpus article. The target is 512 bytes; ids are padded to 40 characters (a UUID is 36, a 128-bit hex id 32) to stay honest about long ids.
 */
class FootprintTest {

    @Test
    void anIndexedArticleFitsIn512BytesWithA40CharacterId() throws Exception {
        DedupConfig config = DedupConfig.defaults();
        ArticleAnalyser analyser = new ArticleAnalyser(config);
        ObjectMapper mapper = new ObjectMapper();
        IntSummaryStatistics totals = new IntSummaryStatistics();
        for (LabelledCorpus.Line line : LabelledCorpus.load().lines()) {
            ArticleAnalysis a = analyser.analyse(mapper.readTree(line.json()).get("body").asText());
            String id = (line.id() + "x".repeat(40)).substring(0, 40);
            // worst case: a near duplicate carries both a fingerprint and a root ref
            ArticleRecord record = new ArticleRecord(ArticleRef.of(id), id, 1L, a.fingerprint(), 99L, a.sketch());
            StateFootprint footprint = StateFootprint.of(record, a.bandKeys().length);
            totals.accept(footprint.total());
        }
        System.out.println("bytes per retained article (40-char ids): " + totals);
        assertThat(totals.getMax()).isLessThanOrEqualTo(512);
    }
}
