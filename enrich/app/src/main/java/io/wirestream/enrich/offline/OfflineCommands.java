package io.wirestream.enrich.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.cleanup.Cleaner;
import io.wirestream.cleanup.RuleInfo;
import io.wirestream.dedup.Verdict;
import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.EnrichmentStages;
import io.wirestream.tagging.EntityTagger;
import io.wirestream.tagging.KnowledgeBase;
import io.wirestream.cli.ConfigOptions;
import io.wirestream.cli.WirestreamVersion;
import io.wirestream.config.ServiceConfig;
import io.wirestream.enrich.CleanupFields;
import io.wirestream.enrich.DedupFields;
import io.wirestream.enrich.EnrichFields;
import io.wirestream.enrich.TaggingFields;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The offline commands: the same cores as the stream, over JSON Lines (stdin/stdout or --in/--out). */
public final class OfflineCommands {

    private OfflineCommands() {
    }

    /**
     * Options every offline command shares: input and output, and the configuration read the same way as the
     * services' (bundled defaults, {@code --config FILE}, {@code WIRESTREAM_*} variables, {@code --set KEY=VALUE}).
     */
    public static final class Io {
        @Option(names = "--in", paramLabel = "FILE", description = "JSON Lines input (default: stdin)")
        Path in;

        @Option(names = "--out", paramLabel = "FILE", description = "JSON Lines output (default: stdout)")
        Path out;

        @Mixin
        ConfigOptions configOptions;

        /** The stages' settings (cleanup.*, dedup.*, tagging.*); with --print-config, printed (then null). */
        ServiceConfig config(CommandSpec spec, UnaryOperator<ServiceConfig.Builder> options) {
            ServiceConfig config = configOptions.config("enrich", EnrichFields.STAGES, options);
            if (configOptions.printConfig()) {
                ConfigOptions.print(config, spec.commandLine().getOut());
                return null;
            }
            return config;
        }

        ServiceConfig config(CommandSpec spec) {
            return config(spec, UnaryOperator.identity());
        }

        int finish(JsonLines.Counts counts) {
            System.err.println(counts.lines() + " lines, " + counts.errors() + " errors");
            return counts.errors() == 0 ? 0 : 1;
        }
    }

    @Command(name = "clean", mixinStandardHelpOptions = true, versionProvider = WirestreamVersion.class,
            description = "Repairs machine-translation and encoding artifacts. Adds cleanTitle, cleanBody, language, "
                    + "edits (offsets into the original body) and flags.")
    public static final class Clean implements Callable<Integer> {
        @Mixin
        Io io;

        @Spec
        CommandSpec spec;

        @Option(names = "--rules", description = "list the rules and what each does, then exit")
        boolean listRules;

        @Override
        public Integer call() throws IOException {
            ServiceConfig config = io.config(spec);
            if (config == null) {
                return 0;
            }
            Cleaner cleaner = CleanupFields.cleaner(config);
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

    @Command(name = "tag", mixinStandardHelpOptions = true, versionProvider = WirestreamVersion.class,
            description = "Tags PERSON, ORGANIZATION, LOCATION and DATE entities with canonical ids. Tags cleanBody "
                    + "when the line has one, else body; mention offsets point into that text.")
    public static final class Tag implements Callable<Integer> {
        @Mixin
        Io io;

        @Spec
        CommandSpec spec;

        @Option(names = "--kb", paramLabel = "FILE",
                description = "extra knowledge-base file (see docs/tagging.md); overrides tagging.kb.file")
        Path knowledgeBase;

        @Override
        public Integer call() throws IOException {
            ServiceConfig config = io.config(spec, builder -> builder.set(TaggingFields.KB_FILE.name(),
                    knowledgeBase == null ? null : knowledgeBase.toString(), "option --kb"));
            if (config == null) {
                return 0;
            }
            KnowledgeBase kb = TaggingFields.knowledgeBase(config);
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

    @Command(name = "dedup", mixinStandardHelpOptions = true, versionProvider = WirestreamVersion.class,
            description = "Judges each line, in arrival order: {id, verdict: UNIQUE|DUPLICATE, "
                    + "kind: EXACT|NEAR|REDELIVERY|null, duplicateOf, similarity, revision}. Cleans the text first, "
                    + "as the stream does. revision: the id was seen before with other content (a new version).")
    public static final class Dedup implements Callable<Integer> {
        @Mixin
        Io io;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ServiceConfig config = io.config(spec);
            if (config == null) {
                return 0;
            }
            EnrichmentStages stages = new EnrichmentStages(CleanupFields.cleaner(config), null);
            OfflineDeduplicator deduplicator = new OfflineDeduplicator(DedupFields.config(config));
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

    @Command(name = "enrich", mixinStandardHelpOptions = true, versionProvider = WirestreamVersion.class,
            description = "Runs every stage (redelivery, cleanup, dedup, tagging) and writes EnrichedArticle as JSON; "
                    + "a duplicate is written as its dedup verdict instead.")
    public static final class Enrich implements Callable<Integer> {
        @Mixin
        Io io;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ServiceConfig config = io.config(spec);
            if (config == null) {
                return 0;
            }
            EnrichmentStages stages = new EnrichmentStages(CleanupFields.cleaner(config),
                    EntityTagger.create(TaggingFields.knowledgeBase(config)));
            OfflineDeduplicator deduplicator = new OfflineDeduplicator(DedupFields.config(config));
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
