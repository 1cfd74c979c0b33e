package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.cleanup.Cleaner;
import io.wirestream.cleanup.CleanupConfig;
import io.wirestream.enrich.pipeline.EnrichmentStages;
import io.wirestream.dedup.DedupConfig;
import io.wirestream.registry.InMemorySchemaRegistryClient;
import io.wirestream.schemas.Topics;
import io.wirestream.tagging.EntityTagger;
import io.wirestream.tagging.KnowledgeBase;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Every node, internal topic and store has a name we chose: generated names (KSTREAM-...-0000000012) shift
 * when the topology changes, and renamed changelogs or repartition topics would lose state on upgrade.
 */
class TopologyNamesTest {

    @Test
    void noNodeOrTopicCarriesAGeneratedName() {
        String description = EnrichTopology.build(Topics.withRegistry(new InMemorySchemaRegistryClient()),
                new EnrichmentStages(Cleaner.create(CleanupConfig.defaults()), EntityTagger.create(KnowledgeBase.bundled())),
                new EnrichTopology.EnrichSettings(Duration.ofDays(7), 1_000_000, DedupConfig.defaults(), 3),
                Clock.systemUTC()).describe().toString();
        assertThat(description).doesNotContain("KSTREAM-").doesNotContain("KTABLE-");
        for (String topic : new String[] {Routes.ARTICLES_TOPIC, Routes.PENDING_TOPIC, Routes.PROBES_TOPIC,
                Routes.BAND_DONE_TOPIC, Routes.ANSWERS_TOPIC}) {
            assertThat(description).contains(topic + "-repartition");
        }
        // one ordered topic per raw partition in front of the exact and band stages
        for (int partition = 0; partition < 3; partition++) {
            assertThat(description).contains(Routes.from(Routes.BY_FINGERPRINT_TOPIC, partition) + "-repartition")
                    .contains(Routes.from(Routes.BY_BAND_TOPIC, partition) + "-repartition");
        }
        assertThat(description).doesNotContain(Routes.from(Routes.BY_BAND_TOPIC, 3));
        for (String store : new String[] {Routes.SEEN_IDS_STORE, Routes.ORDER_CLOCK_STORE, Routes.FINGERPRINT_STORE,
                Routes.BAND_STORE,
                Routes.ARTICLE_STORE, Routes.PENDING_STORE, Routes.PENDING_ARTICLE_STORE}) {
            assertThat(description).contains(store);
        }
    }
}
