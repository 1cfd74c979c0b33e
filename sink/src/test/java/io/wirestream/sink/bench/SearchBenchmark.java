package io.wirestream.sink.bench;

import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.sink.api.ReadQueries;
import io.wirestream.sink.db.Database;
import io.wirestream.sink.db.JdbcSettings;
import io.wirestream.sink.db.SinkStore;
import io.wirestream.sink.row.ArticleRow;
import io.wirestream.sink.row.Change;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Search latency over 100,000 stored articles on the real PostgreSQL (127.0.0.1:5432, database test): the
 * full-text search the API uses there against the substring scan it used before, same data, same run. A main,
 * not JMH: what matters is the spread over many different queries (p50/p99), not one query's steady state.
 *
 * <p>Articles are written through the sink's own writer into a schema of their own (dropped at the end).
 * Their words are drawn from a 20,000-word invented vocabulary with a Zipf distribution (s = 1), as words of
 * a language are; queries are single words from four frequency bands (in ~50 %, ~5 %, ~0.5 % and ~0.05 % of
 * the articles), two-word queries, quoted phrases and "word -word". Each query asks for the first page of 20,
 * with snippets, as the dashboard does.
 *
 * <p>Run: {@code mvn -q -pl sink test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath io.wirestream.sink.bench.SearchBenchmark [articles] [queries] [keep|schema=NAME]"}
 */
public final class SearchBenchmark {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final int VOCABULARY = 20_000;
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    private final Random random = new Random(42);
    private final String[] words = inventWords(VOCABULARY, new Random(7));
    private final double[] cumulative = zipf(VOCABULARY);

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        String option = args.length > 2 ? args[2] : "";
        new SearchBenchmark().run(articles, queries, option);
    }

    /** {@code option}: "keep" leaves the loaded schema in place; "schema=NAME" searches one kept before. */
    private void run(int articleCount, int queryCount, String option) throws Exception {
        boolean reuse = option.startsWith("schema=");
        boolean keep = reuse || option.equals("keep");
        String schema = reuse ? option.substring("schema=".length())
                : "search_bench_" + Long.toHexString(System.nanoTime());
        if (!reuse) {
            try (Connection admin = DriverManager.getConnection(URL, "postgres", "");
                 Statement statement = admin.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
        }
        JdbcSettings settings = new JdbcSettings(URL + "?currentSchema=" + schema, "postgres", "", 2);
        try (Database database = Database.open(settings)) {
            database.migrate();
            long loadStart = System.nanoTime();
            if (!reuse) {
                load(database, articleCount);
            }
            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                // statistics, as autovacuum would keep them: the planner's choice between the GIN index and a
                // walk of the time index depends on how common it knows each word to be
                statement.execute("ANALYZE articles");
                statement.execute("ANALYZE article_search");
                connection.commit();
            }
            if (!reuse) {
                System.out.printf("loaded %,d articles in %.0f s through SinkStore%n", articleCount,
                        (System.nanoTime() - loadStart) / 1e9);
            }
            System.out.printf("load average before searching %.1f%n", load());
            // searched through a pool like the read API's (no server-side prepared statements, a timeout)
            Database reads = Database.openForReads(settings, java.time.Duration.ofSeconds(60));
            ReadQueries queries = new ReadQueries(reads);
            List<Query> mix = queries(queryCount);
            // warm up both paths (JIT, plan cache, the OS page cache over the table and the index)
            for (Query query : mix.subList(0, Math.min(50, mix.size()))) {
                queries.search(query.text(), 20, null);
            }
            for (Query query : mix.subList(0, 3)) {
                queries.searchBySubstring(query.plain(), 20, null);
            }
            Map<String, List<Double>> fullText = new LinkedHashMap<>();
            Map<String, Long> matched = new LinkedHashMap<>();
            List<Map.Entry<Double, String>> slowest = new ArrayList<>();
            for (Query query : mix) {
                long start = System.nanoTime();
                int hits = queries.search(query.text(), 20, null).items().size();
                double millis = (System.nanoTime() - start) / 1e6;
                slowest.add(Map.entry(millis, query.text()));
                fullText.computeIfAbsent(query.band(), k -> new ArrayList<>()).add(millis);
                fullText.computeIfAbsent("all", k -> new ArrayList<>()).add(millis);
                matched.merge(query.band(), (long) hits, Long::sum);
            }
            // the tail, to look at with EXPLAIN ANALYZE
            slowest.sort(Map.Entry.<Double, String>comparingByKey().reversed());
            slowest.stream().limit(5).forEach(e -> System.out.printf("slow: %8.1f ms  %s%n", e.getKey(), e.getValue()));
            // the scan reads every body for every query: a tenth of the queries is enough for its spread
            List<Double> substring = new ArrayList<>();
            for (Query query : mix.subList(0, Math.max(10, mix.size() / 10))) {
                long start = System.nanoTime();
                queries.searchBySubstring(query.plain(), 20, null);
                substring.add((System.nanoTime() - start) / 1e6);
            }
            System.out.printf("%-28s %8s %8s %8s %8s%n", "search (first page of 20)", "queries", "p50 ms", "p99 ms", "max ms");
            fullText.forEach((band, times) -> print("full text, " + band, times));
            print("substring LIKE (before)", substring);
            System.out.printf("load average at the end %.1f; %d cores%n", load(),
                    Runtime.getRuntime().availableProcessors());
            reads.close();
        } finally {
            if (keep) {
                System.out.println("kept schema " + schema + " (drop it with: DROP SCHEMA " + schema + " CASCADE)");
            } else {
                try (Connection admin = DriverManager.getConnection(URL, "postgres", "");
                     Statement statement = admin.createStatement()) {
                    statement.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    private void load(Database database, int count) throws SQLException {
        SinkStore store = new SinkStore(database);
        List<Change> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(new Change.UpsertArticle(ArticleRow.from(article(i))));
            if (batch.size() == 1000) {
                store.apply(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            store.apply(batch);
        }
    }

    private EnrichedArticle article(int i) {
        String title = text(6 + random.nextInt(6));
        String body = text(120 + random.nextInt(130)) + ".";
        Instant published = START.plusSeconds(i * 37L);
        return EnrichedArticle.newBuilder()
                .setId("bench-" + i).setSource("source-" + (i % 40)).setUrl("https://example.org/" + i)
                .setTitle(title).setBody(body).setLanguage("en").setPublishedAt(published)
                .setIngestedAt(published.plusSeconds(60)).setCleanTitle(title).setCleanBody(body)
                .setEdits(List.of()).setFlags(List.of()).setEntities(List.of()).setContentFingerprint("fp-" + i)
                .setPipelineVersion("bench").setProcessedAt(published.plusSeconds(120)).build();
    }

    /** A query and the band it is from; {@code plain} is the same words without search syntax, for LIKE. */
    private record Query(String band, String text, String plain) {
    }

    private List<Query> queries(int count) {
        // Zipf ranks whose words are in about 50 %, 5 %, 0.5 % and 0.05 % of 185-word articles
        int[][] bands = {{25, 35}, {300, 400}, {3_000, 4_000}, {15_000, 19_999}};
        String[] bandNames = {"word in ~50%", "word in ~5%", "word in ~0.5%", "word in ~0.05%"};
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int kind = i % 7;
            if (kind < 4) {
                String word = words[between(bands[kind])];
                queries.add(new Query(bandNames[kind], word, word));
            } else if (kind == 4) {
                String a = words[between(bands[1])];
                String b = words[between(bands[2])];
                queries.add(new Query("two words", a + " " + b, a));
            } else if (kind == 5) {
                String phrase = text(2);
                queries.add(new Query("\"quoted phrase\"", "\"" + phrase + "\"", phrase));
            } else {
                String a = words[between(bands[1])];
                String b = words[between(bands[0])];
                queries.add(new Query("word -word", a + " -" + b, a));
            }
        }
        return queries;
    }

    private int between(int[] range) {
        return range[0] + random.nextInt(range[1] - range[0] + 1);
    }

    private String text(int wordCount) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < wordCount; i++) {
            if (i > 0) {
                text.append(' ');
            }
            int rank = Arrays.binarySearch(cumulative, random.nextDouble());
            text.append(words[rank < 0 ? Math.min(-rank - 1, VOCABULARY - 1) : rank]);
        }
        return text.toString();
    }

    private static String[] inventWords(int count, Random random) {
        String[] syllables = {"ka", "lo", "mi", "ter", "san", "dru", "vel", "po", "rin", "gat", "shu", "nem", "bo",
                "fra", "li", "zor", "an", "de", "qui", "mo"};
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        while (seen.size() < count) {
            int length = 2 + random.nextInt(3);
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < length; i++) {
                word.append(syllables[random.nextInt(syllables.length)]);
            }
            seen.add(word.toString());
        }
        return seen.toArray(String[]::new);
    }

    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int rank = 1; rank <= n; rank++) {
            sum += 1.0 / rank;
            cumulative[rank - 1] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    private static void print(String name, List<Double> times) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%-28s %8d %8.1f %8.1f %8.1f%n", name, sorted.length, percentile(sorted, 0.50),
                percentile(sorted, 0.99), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
