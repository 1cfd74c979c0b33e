package io.wirestream.local.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.local.process.Heap;
import io.wirestream.local.process.JavaExecutable;
import io.wirestream.local.process.PortInUseException;
import io.wirestream.local.process.Ports;
import io.wirestream.registry.RestSchemaRegistryClient;
import io.wirestream.registry.SchemaRegistryException;
import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.schemas.avro.RawArticle;
import io.wirestream.serde.SchemaVersions;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real Apicurio process for the class (it takes seconds to boot), driven through the Confluent-compatible
 * API with plain java.net.http so these tests depend on nothing but the JDK.
 */
class ApicurioRegistryProcessTest {

    private static final String HOST = "127.0.0.1";
    private static final String JSON = "application/vnd.schemaregistry.v1+json";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private static final String V1 = """
            {"type":"record","name":"Article","namespace":"io.wirestream.test","fields":[
              {"name":"id","type":"string"},
              {"name":"title","type":"string"}]}""";
    /** Adds a field with a default: a reader on v2 can still read v1 data, so BACKWARD accepts it. */
    private static final String V2_COMPATIBLE = """
            {"type":"record","name":"Article","namespace":"io.wirestream.test","fields":[
              {"name":"id","type":"string"},
              {"name":"title","type":"string"},
              {"name":"language","type":["null","string"],"default":null}]}""";
    /** Adds a required field: v1 data lacks it, so a v2 reader fails and BACKWARD must refuse. */
    private static final String V2_INCOMPATIBLE = """
            {"type":"record","name":"Article","namespace":"io.wirestream.test","fields":[
              {"name":"id","type":"string"},
              {"name":"title","type":"string"},
              {"name":"body","type":"string"}]}""";

    @TempDir
    static Path dataDir;

    private static ApicurioRegistryProcess registry;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        int[] ports = Ports.pickFree(HOST, 2);
        registry = new ApicurioRegistryProcess(RegistryConfig.defaults(dataDir.resolve("registry")).withPorts(ports[0], ports[1])).start();
    }

    @AfterAll
    static void stop() {
        if (registry != null) {
            registry.stop();
        }
    }

    @Test
    void registryUrlIsTheCcompatBase() {
        RegistryConfig c = registry.config();
        assertThat(registry.registryUrl()).isEqualTo("http://" + HOST + ":" + c.httpPort() + "/apis/ccompat/v7");
        assertThat(registry.isRunning()).isTrue();
    }

    @Test
    void globalCompatibilityIsBackward() throws Exception {
        HttpResponse<String> r = get("/config");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"BACKWARD\"");
    }

    @Test
    void avroSchemaRegistersAndIsFetchedById() throws Exception {
        HttpResponse<String> registered = register("articles.roundtrip-value", V1);
        assertThat(registered.statusCode()).isEqualTo(200);
        int id = id(registered.body());

        HttpResponse<String> fetched = get("/schemas/ids/" + id);

        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).contains("Article").contains("io.wirestream.test").contains("title");
        assertThat(get("/subjects").body()).contains("articles.roundtrip-value");
    }

    @Test
    void registeringTheSameSchemaAgainGivesTheSameId() throws Exception {
        int first = id(register("articles.same-value", V1).body());
        int second = id(register("articles.same-value", V1).body());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void backwardCompatibleChangeIsAcceptedWithANewId() throws Exception {
        int v1 = id(register("articles.evolve-value", V1).body());
        HttpResponse<String> v2 = register("articles.evolve-value", V2_COMPATIBLE);

        assertThat(v2.statusCode()).isEqualTo(200);
        assertThat(id(v2.body())).isNotEqualTo(v1);
    }

    @Test
    void incompatibleChangeIsRefusedWith409() throws Exception {
        assertThat(register("articles.strict-value", V1).statusCode()).isEqualTo(200);

        HttpResponse<String> refused = register("articles.strict-value", V2_INCOMPATIBLE);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(get("/subjects/articles.strict-value/versions").body()).isEqualTo("[1]");
    }

    @Test
    void theRealSchemasEvolveByAddingOptionalFieldsAndABreakingChangeIsRefused() {
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(registry.registryUrl());
        for (Schema real : new Schema[] {RawArticle.getClassSchema(), EnrichedArticle.getClassSchema()}) {
            String subject = "evolve." + real.getName() + "-value";
            int v1 = client.register(subject, real);
            int v2 = client.register(subject, SchemaVersions.withOptionalField(real, "section"));
            assertThat(v2).isNotEqualTo(v1);
            assertThatThrownBy(() -> client.register(subject, SchemaVersions.withRequiredField(real, "section")))
                    .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.isIncompatible()).isTrue());
        }
    }

    @Test
    void logGoesToTheDataDir() throws Exception {
        assertThat(Files.readString(registry.config().logFile())).contains("Apicurio");
    }

    @Test
    void busyHttpPortIsReportedBeforeAnythingIsStarted() throws Exception {
        try (ServerSocket squatter = new ServerSocket(0, 50, InetAddress.getByName(HOST))) {
            int busy = squatter.getLocalPort();
            RegistryConfig config = RegistryConfig.defaults(dataDir.resolve("busy")).withPorts(busy, Ports.pickFree(HOST))
                    .withHowToChangePort("use --registry-port");

            assertThatThrownBy(() -> new ApicurioRegistryProcess(config).start())
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("Port " + busy)
                    .hasMessageContaining("Apicurio Registry HTTP")
                    .hasMessageContaining("use --registry-port");
            assertThat(config.logFile()).doesNotExist();
        }
    }

    @Test
    void theRunningRegistrysOwnPortsAreReportedBusy() {
        RegistryConfig same = RegistryConfig.defaults(dataDir.resolve("second"))
                .withPorts(registry.config().httpPort(), Ports.pickFree(HOST));

        assertThatThrownBy(() -> new ApicurioRegistryProcess(same).start())
                .isInstanceOf(PortInUseException.class)
                .hasMessageContaining("Port " + registry.config().httpPort());
    }

    @Test
    void tooOldJavaIsRefusedByName() {
        RegistryConfig old = registry.config().withJava(new JavaExecutable(JavaExecutable.current().path(), 17));

        assertThatThrownBy(() -> new ApicurioRegistryProcess(old).start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs Java 21+")
                .hasMessageContaining("Java 17");
    }

    @Test
    void missingDistributionSaysHowToBuildIt() {
        RegistryConfig nowhere = registry.config().withApicurioHome(dataDir.resolve("nowhere"));

        assertThatThrownBy(() -> new ApicurioRegistryProcess(nowhere).start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("quarkus-run.jar")
                .hasMessageContaining("mvn -f local/pom.xml package");
    }

    @Test
    void configRejectsSharedPortsAndBadHeap() {
        assertThatThrownBy(() -> registry.config().withPorts(8081, 8081))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must differ");
        assertThatThrownBy(() -> registry.config().withHeap(Heap.of("lots")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("heap size");
    }

    private static HttpResponse<String> register(String subject, String avsc) throws Exception {
        String body = "{\"schemaType\":\"AVRO\",\"schema\":" + jsonString(avsc) + "}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(registry.registryUrl() + "/subjects/" + subject + "/versions"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(registry.registryUrl() + path))
                .timeout(Duration.ofSeconds(20)).header("Accept", JSON).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int id(String responseBody) {
        Matcher m = ID.matcher(responseBody);
        assertThat(m.find()).as("id in %s", responseBody).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** A JSON string literal: the schemas above hold only quotes, newlines and ASCII. */
    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
