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
                new EnrichTopology.EnrichSettings(1_000_000, DedupConfig.defaults(), 3, InputProgress.UNKNOWN,
                        Duration.ofMillis(200), Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ZERO),
                Clock.systemUTC()).describe().toString();
        assertThat(description).doesNotContain("KSTREAM-").doesNotContain("KTABLE-");
        for (String topic : new String[] {Routes.SIGNATURES_TOPIC, Routes.VERDICTS_TOPIC}) {
            assertThat(description).contains(topic + "-repartition");
        }
        assertThat(description).contains(Routes.WAITING_STORE);
        for (String store : Routes.JUDGE_STORES) {
            assertThat(description).contains(store);
        }
    }
}
