package io.wirestream.local.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wirestream.local.files.FileTrees;
import io.wirestream.local.pipeline.LocalMain;
import io.wirestream.local.process.Ports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The short fault suite in CI: {@code ./wirestream chaos} with one fault of each kind (enrich, sink, ingest and the
 * broker killed with SIGKILL and restarted, the registry frozen, the PostgreSQL table locked) while 300 generated
 * articles and the hostile inputs flow through the real services (their jars, as users run them), then the ledger.
 */
class ChaosIT {

    private static final String DATABASE = "wirestream_chaos_it";

    @Test
    void theLedgerBalancesAfterOneFaultOfEachKind(@TempDir Path work) throws Exception {
        Path home = Path.of("..").toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(home.resolve("enrich/app/target/wirestream-enrich.jar")),
                "needs the packaged service jars (the reactor's package phase makes them)");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE);
        }
        System.setProperty("wirestream.home", home.toString());
        int[] ports = Ports.pickFree("127.0.0.1", 5);
        int exit = new CommandLine(new LocalMain()).execute("--once", "--chaos", "6", "--chaos-articles", "300",
                "--seed", "7", "--data-dir", work.resolve("data").toString(),
                "--kafka-port", Integer.toString(ports[0]), "--controller-port", Integer.toString(ports[1]),
                "--registry-port", Integer.toString(ports[2]), "--registry-management-port", Integer.toString(ports[3]),
                "--sink-port", Integer.toString(ports[4]),
                "--jdbc-url", "jdbc:postgresql://127.0.0.1:5432/" + DATABASE, "--jdbc-user", "postgres",
                "--timeout", "PT4M");
        String report = Files.isRegularFile(work.resolve("data/chaos-report.txt"))
                ? Files.readString(work.resolve("data/chaos-report.txt")) : "(no report)";
        System.out.println(report);
        if (exit != 0 && Files.isDirectory(work.resolve("data/logs"))) {
            // the temporary folder goes with the test: keep the services' logs where CI leaves its reports
            Path kept = Path.of("target", "chaos-it-logs");
            FileTrees.copy(work.resolve("data/logs"), kept);
            if (Files.isRegularFile(work.resolve("data/broker/broker.log"))) {
                Files.copy(work.resolve("data/broker/broker.log"), kept.resolve("broker.log"));
            }
            System.out.println("services' logs kept in " + kept.toAbsolutePath());
        }
        assertThat(exit).as(report).isZero();
        assertThat(report).contains("the ledger balances").contains("kill enrich").contains("kill sink")
                .contains("kill broker").contains("freeze registry").contains("lock table");
    }
}
