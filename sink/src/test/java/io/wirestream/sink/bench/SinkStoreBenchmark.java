package io.wirestream.sink.bench;

import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.sink.TestArticles;
import io.wirestream.sink.db.Database;
import io.wirestream.sink.db.JdbcSettings;
import io.wirestream.sink.db.SinkStore;
import io.wirestream.sink.row.ArticleRow;
import io.wirestream.sink.row.Change;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Articles stored per second: one transaction of {@value #BATCH} articles (5 entities, 5 mentions each), as
 * the consumer loop writes a poll. Every invocation rewrites the same ids, i.e. the replay/newer-version
 * path (delete and re-insert of links and mentions), which is the more expensive one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SinkStoreBenchmark {

    static final int BATCH = 100;
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    @Param({"h2", "postgresql"})
    public String database;

    private Path folder;
    private Database db;
    private SinkStore store;
    private List<Change> batch;
    private String schema;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        JdbcSettings settings;
        if (database.equals("h2")) {
            folder = Files.createTempDirectory("sink-bench");
            settings = new JdbcSettings("jdbc:h2:file:" + folder.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                    "sa", "", 2);
        } else {
            schema = "sink_bench_" + System.nanoTime();
            try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", ""); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            settings = new JdbcSettings(POSTGRES + "?currentSchema=" + schema, "postgres", "", 2);
        }
        db = Database.open(settings);
        db.migrate();
        store = new SinkStore(db);
        batch = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            EnrichedArticle article = TestArticles.article("bench-" + i, "Ahmad al-Sharaa", "City Damascus",
                    "City Idlib", "Person " + (i % 17), "City " + (i % 23));
            batch.add(new Change.UpsertArticle(ArticleRow.from(article)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Object upsertBatch() throws Exception {
        return store.apply(batch);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        db.close();
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", ""); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
        if (folder != null) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
