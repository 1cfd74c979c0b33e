package io.wirestream.sink.bench;

import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.schemas.avro.Entity;
import io.wirestream.schemas.avro.EntityType;
import io.wirestream.schemas.avro.Mention;
import io.wirestream.sink.TestArticles;
import io.wirestream.sink.db.Database;
import io.wirestream.sink.db.TestDatabase;
import io.wirestream.sink.db.SinkStore;
import io.wirestream.sink.row.ArticleRow;
import io.wirestream.sink.row.Change;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The sink's CPU per article on the embedded H2, as a live sink writes news text: new articles of about 5 KB with
 * 25 entities and 4 mentions each (the bench's generated articles carry 25 and ~95, the seed article 22 and 68), in
 * transactions of {@code batch}. A main rather than JMH: the figure is the whole process's CPU, H2's background
 * writer and serialisation threads included, which a JMH score of the writing thread leaves out.
 * <pre>
 * java -cp sink/target/test-classes:sink/target/classes:$(cat cp.txt) io.wirestream.sink.bench.SinkWriteCost 3000 25
 * </pre>
 * (cp.txt from {@code mvn -pl sink dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}).
 * The first third again as many articles warm up and are not counted.
 */
public final class SinkWriteCost {

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Path folder = Files.createTempDirectory("sink-write-cost");
        try (TestDatabase h2 = TestDatabase.h2(folder)) {
            Database database = h2.database();
            SinkStore store = new SinkStore(database);
            Random random = new Random(7);
            int warm = articles / 3;
            long cpuStart = 0;
            long wallStart = 0;
            List<Change> changes = new ArrayList<>();
            for (int i = 0; i < warm + articles; i++) {
                if (i == warm) {
                    cpuStart = processCpuNanos();
                    wallStart = System.nanoTime();
                }
                changes.add(new Change.UpsertArticle(ArticleRow.from(newsArticle("cost-" + i, random))));
                if (changes.size() == batch) {
                    store.apply(changes);
                    changes.clear();
                }
            }
            store.apply(changes);
            double cpuMs = (processCpuNanos() - cpuStart) / 1e6 / articles;
            double wallMs = (System.nanoTime() - wallStart) / 1e6 / articles;
            System.out.printf(Locale.ROOT, "%d articles in transactions of %d: %.2f ms of process CPU and %.2f ms of"
                    + " wall time per article (%d mentions stored)%n", articles, batch, cpuMs, wallMs,
                    store.count("mentions"));
        }
    }

    /** About 5 KB of body, 25 entities drawn from 800, each mentioned 4 times. */
    private static EnrichedArticle newsArticle(String id, Random random) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < 25) {
            names.add((names.size() % 3 == 0 ? "City " : "Person ") + random.nextInt(800));
        }
        EnrichedArticle article = TestArticles.article(id, names.toArray(String[]::new));
        StringBuilder body = new StringBuilder();
        List<Entity> entities = new ArrayList<>();
        for (String name : names) {
            List<Mention> mentions = new ArrayList<>();
            for (int m = 0; m < 4; m++) {
                body.append("Words around the story, then ");
                mentions.add(new Mention(body.length(), body.length() + name.length(), name));
                body.append(name).append(" said. ");
            }
            entities.add(Entity.newBuilder().setId("Q-" + name).setName(name)
                    .setType(name.startsWith("City") ? EntityType.LOCATION : EntityType.PERSON)
                    .setMentions(mentions).setMethod("kb").setConfidence(0.9).build());
        }
        while (body.length() < 5000) {
            body.append("More of the article's text follows here. ");
        }
        article.setBody(body.toString());
        article.setCleanBody(body.toString());
        article.setEntities(entities);
        article.setEdits(List.of());
        return article;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
