package io.wirestream.enrich.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.cleanup.Cleaner;
import io.wirestream.cleanup.CleanupConfig;
import io.wirestream.cleanup.RuleInfo;
import io.wirestream.dedup.DedupConfig;
import io.wirestream.dedup.Verdict;
import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.EnrichmentStages;
import io.wirestream.tagging.EntityTagger;
import io.wirestream.tagging.KnowledgeBase;
import io.wirestream.enrich.TaggingFields;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The offline commands: the same cores as the stream, over JSON Lines (stdin/stdout or --in/--out). */
public final class OfflineCommands {

    private OfflineCommands() {
    }

    /** Options every offline command shares. */
    public static final class Io {
        @Option(names = "--in", paramLabel = "FILE", description = "JSON Lines input (default: stdin)")
        Path in;

        @Option(names = "--out", paramLabel = "FILE", description = "JSON Lines output (default: stdout)")
        Path out;

        @Option(names = {"-c", "--config"}, paramLabel = "FILE",
                description = "properties file with cleanup.*, dedup.*, tagging.* settings")
        Path config;

        Properties properties() {
            Properties properties = new Properties();
            if (config != null) {
                try (Reader reader = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot read configuration file " + config + ": " + e.getMessage());
                }
            }
            return properties;
        }

        int finish(JsonLines.Counts counts) {
            System.err.println(counts.lines() + " lines, " + counts.errors() + " errors");
            return counts.errors() == 0 ? 0 : 1;
        }
    }

    @Command(name = "clean", mixinStandardHelpOptions = true,
            description = "Repairs machine-translation and encoding artifacts. Adds cleanTitle, cleanBody, language, "
                    + "edits (offsets into the original body) and flags.")
    public static final class Clean implements Callable<Integer> {
        @Mixin
        Io io;

        @Option(names = "--rules", description = "list the rules and what each does, then exit")
        boolean listRules;

        @Override
        public Integer call() throws IOException {
            Cleaner cleaner = Cleaner.create(CleanupConfig.fromProperties(io.properties()));
            if (listRules) {
                for (RuleInfo rule : cleaner.rules()) {
                    System.out.printf("%-28s %-8s %s%n", rule.id(), rule.enabled() ? "on" : "off", rule.description());
                    for (String example : rule.examples()) {
                        System.out.println("    e.g. " + example);
                    }
                }
                return 0;
            }
            EnrichmentStages stages = new EnrichmentStages(cleaner, null);
            return io.finish(JsonLines.run(io.in, io.out, (node, line) -> {
                ArticleInFlight article = OfflineArticles.read(node, line);
                stages.clean(article);
                ObjectNode out = node.deepCopy();
                OfflineJson.putCleanup(out, article);
                return out;
            }));
        }
    }

    @Command(name = "tag", mixinStandardHelpOptions = true,
            description = "Tags PERSON, ORGANIZATION, LOCATION and DATE entities with canonical ids. Tags cleanBody "
                    + "when the line has one, else body; mention offsets point into that text.")
    public static final class Tag implements Callable<Integer> {
        @Mixin
        Io io;

        @Option(names = "--kb", paramLabel = "FILE",
                description = "extra knowledge-base file (see docs/tagging.md); overrides tagging.kb.file")
        Path knowledgeBase;

        @Override
        public Integer call() throws IOException {
            Properties properties = io.properties();
            if (knowledgeBase != null) {
                properties.setProperty(TaggingFields.KB_FILE.name(), knowledgeBase.toString());
            }
            KnowledgeBase kb = TaggingFields.knowledgeBase(properties);
            EnrichmentStages stages = new EnrichmentStages(null, EntityTagger.create(kb));
            return io.finish(JsonLines.run(io.in, io.out, (node, line) -> {
                ArticleInFlight article = OfflineArticles.read(node, line);
                String cleanBody = JsonLines.optional(node, "cleanBody");
                if (cleanBody != null) {
                    article.cleaned(JsonLines.optional(node, "cleanTitle"), cleanBody,
                            JsonLines.optional(node, "language"), java.util.List.of(), java.util.List.of());
                }
                stages.tag(article);
                ObjectNode out = node.deepCopy();
                out.set("entities", OfflineJson.entities(out, article.entities()));
                return out;
            }));
        }
    }

    @Command(name = "dedup", mixinStandardHelpOptions = true,
            description = "Judges each line, in arrival order: {id, verdict: UNIQUE|DUPLICATE, "
                    + "kind: EXACT|NEAR|REDELIVERY|null, duplicateOf, similarity, revision}. Cleans the text first, "
                    + "as the stream does. revision: the id was seen before with other content (a new version).")
    public static final class Dedup implements Callable<Integer> {
        @Mixin
        Io io;

        @Override
        public Integer call() throws IOException {
            Properties properties = io.properties();
            EnrichmentStages stages = new EnrichmentStages(Cleaner.create(CleanupConfig.fromProperties(properties)), null);
            OfflineDeduplicator deduplicator = new OfflineDeduplicator(DedupConfig.fromProperties(properties));
            return io.finish(JsonLines.run(io.in, io.out, (node, line) -> {
                ArticleInFlight article = OfflineArticles.read(node, line);
                stages.clean(article);
                return verdictJson(deduplicator.judge(article));
            }));
        }

        static JsonNode verdictJson(Verdict verdict) {
            ObjectNode out = JsonLines.JSON.createObjectNode();
            out.put("id", verdict.id());
            out.put("verdict", verdict.isDuplicate() ? "DUPLICATE" : "UNIQUE");
            out.put("kind", verdict.kind() == null ? null : verdict.kind().name());
            out.put("duplicateOf", verdict.duplicateOf());
            if (verdict.isDuplicate()) {
                out.put("similarity", verdict.similarity());
            } else {
                out.putNull("similarity");
            }
            out.put("revision", verdict.revision());
            return out;
        }
    }

    @Command(name = "enrich", mixinStandardHelpOptions = true,
            description = "Runs every stage (redelivery, cleanup, dedup, tagging) and writes EnrichedArticle as JSON; "
                    + "a duplicate is written as its dedup verdict instead.")
    public static final class Enrich implements Callable<Integer> {
        @Mixin
        Io io;

        @Override
        public Integer call() throws IOException {
            Properties properties = io.properties();
            EnrichmentStages stages = new EnrichmentStages(Cleaner.create(CleanupConfig.fromProperties(properties)),
                    EntityTagger.create(TaggingFields.knowledgeBase(properties)));
            OfflineDeduplicator deduplicator = new OfflineDeduplicator(DedupConfig.fromProperties(properties));
            return io.finish(JsonLines.run(io.in, io.out, (node, line) -> {
                ArticleInFlight article = OfflineArticles.read(node, line);
                stages.clean(article);
                stages.fingerprint(article);
                Verdict verdict = deduplicator.judge(article);
                if (verdict.isDuplicate()) {
                    return Dedup.verdictJson(verdict);
                }
                article.judgedRevision(verdict.revision());
                stages.tag(article);
                return OfflineJson.enriched(stages.toEnriched(article, Instant.EPOCH));
            }));
        }
    }
}
