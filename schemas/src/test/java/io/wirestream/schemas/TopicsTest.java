package io.wirestream.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.config.ServiceConfig;
import io.wirestream.registry.InMemorySchemaRegistryClient;
import org.junit.jupiter.api.Test;

class TopicsTest {

    private final Topics topics = Topics.withRegistry(new InMemorySchemaRegistryClient());

    @Test
    void theContractNamesFourTopics() {
        assertThat(topics.all()).extracting(Topic::name)
                .containsExactly("articles.raw", "articles.enriched", "articles.duplicates", "articles.dlq");
    }

    @Test
    void enrichedKeepsTheLatestVersionPerIdAndRawIsRetainedForReplay() {
        assertThat(topics.enriched().configs()).containsEntry("cleanup.policy", "compact,delete");
        assertThat(topics.raw().configs()).containsEntry("cleanup.policy", "delete")
                .containsEntry("retention.ms", Long.toString(365L * 24 * 3600 * 1000));
        assertThat(topics.raw().newTopic().numPartitions()).isEqualTo(4);
    }

    @Test
    void aPrefixGoesInFrontOfEveryName() {
        ServiceConfig config = ServiceConfig.builder("x").set("topics.prefix", "staging.")
                .set("schema.registry.url", "mock://topics-test").build();
        assertThat(Topics.from(config).all()).extracting(Topic::name).containsExactly("staging.articles.raw",
                "staging.articles.enriched", "staging.articles.duplicates", "staging.articles.dlq");
    }
}
