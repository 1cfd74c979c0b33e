package io.wirestream.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renamed keys, unknown keys, where a bad value came from, and the docs of the common settings. */
class ConfigSystemTest {

    private static final Field<Integer> MAX_CHARS = Field.integer("demo.max.text.chars", 10, 1, 100, "limit")
            .deprecatedNames("demo.max-text-chars");
    private static final Field<Duration> RETENTION = Field.duration("demo.retention", Duration.ofDays(7),
            Duration.ofMillis(1), "how long");
    private static final List<Field<?>> FIELDS = List.of(MAX_CHARS, RETENTION);

    @Test
    void anOldKeyIsReadAsTheNewOneWithOneWarning(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old.properties");
        Files.writeString(file, "demo.max-text-chars=42\n");
        List<String> warnings = new ArrayList<>();
        ServiceConfig config = ServiceConfig.builder("x").fields(FIELDS).warnings(warnings::add).file(file).build();
        assertThat(config.get(MAX_CHARS)).isEqualTo(42);
        assertThat(warnings).singleElement().asString().contains("demo.max-text-chars").contains("deprecated")
                .contains("use demo.max.text.chars");
    }

    @Test
    void theNewKeyWinsOverTheOldInOneSourceAndALaterSourceWinsOverAnEarlier(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("both.properties");
        Files.writeString(file, "demo.max-text-chars=42\ndemo.max.text.chars=43\n");
        ServiceConfig config = ServiceConfig.builder("x").fields(FIELDS).warnings(w -> { }).file(file).build();
        assertThat(config.get(MAX_CHARS)).isEqualTo(43);
        ServiceConfig overridden = ServiceConfig.builder("x").fields(FIELDS).warnings(w -> { }).file(file)
                .environment(Map.of("WIRESTREAM_DEMO_MAX_TEXT_CHARS", "44")).build();
        assertThat(overridden.get(MAX_CHARS)).isEqualTo(44);
    }

    @Test
    void plainMillisecondsAreADuration() {
        // dedup.retention=604800000 used to end in a stack trace (two declarations, one without milliseconds)
        ServiceConfig config = ServiceConfig.builder("x").fields(FIELDS).set("demo.retention", "604800000").build();
        assertThat(config.get(RETENTION)).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void anUnknownKeyInTheServicesNamespaceIsRefusedWithTheNearestKnownOne() {
        assertThatThrownBy(() -> ServiceConfig.builder("x").fields(FIELDS).set("demo.retension", "P1D").build())
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown key demo.retension (option); did you mean demo.retention?");
        assertThatThrownBy(() -> ServiceConfig.builder("x").fields(FIELDS).set("demo.something.else", "1").build())
                .hasMessage("unknown key demo.something.else (option)");
        // another service's key, a Kafka key, a far-off key: not this service's business
        ServiceConfig.builder("x").fields(FIELDS).set("sink.jdbc.url", "jdbc:h2:mem:x").set("kafka.acks", "all")
                .set("colour", "blue").build();
    }

    @Test
    void aMistypedEnvironmentVariableIsRefusedWithTheNearestKnownOne() {
        assertThatThrownBy(() -> ServiceConfig.builder("x").fields(FIELDS)
                .environment(Map.of("WIRESTREAM_DEMO_RETENSION", "P1D")).build())
                .hasMessage("unknown environment variable WIRESTREAM_DEMO_RETENSION (did you mean "
                        + "WIRESTREAM_DEMO_RETENTION?)");
        // a launcher's variables are not settings
        ServiceConfig.builder("x").fields(FIELDS).environment(Map.of("WIRESTREAM_DEMO_JAVA_OPTS", "-Xmx1g",
                "WIRESTREAM_BENCH_ARTICLES", "10")).build();
    }

    @Test
    void aBadValueNamesTheKeyWhereItCameFromAndWhatWasExpected() {
        assertThatThrownBy(() -> ServiceConfig.builder("x").fields(FIELDS)
                .environment(Map.of("WIRESTREAM_DEMO_RETENTION", "7 days")).build())
                .hasMessage("invalid value '7 days' for demo.retention (from environment variable "
                        + "WIRESTREAM_DEMO_RETENTION): not an ISO-8601 duration such as P7D or PT30S, nor milliseconds; "
                        + "expected duration (ISO-8601 like P7D or PT30S, or milliseconds)");
        assertThatThrownBy(() -> ServiceConfig.builder("x").fields(FIELDS).set("demo.retention", "PT0S").build())
                .hasMessageContaining("must be at least PT0.001S");
        assertThatThrownBy(() -> ServiceConfig.builder("x").fields(FIELDS)
                .set("demo.max.text.chars", "99999999999999999999999").build())
                .hasMessageContaining("must be between 1 and 100");
    }

    /** Whatever text a field is given, it is either taken or refused with one line naming the key. */
    @Property(tries = 2000)
    void anyTextIsTakenOrRefusedInOneLine(@ForAll String text) {
        List<Field<?>> all = new ArrayList<>(CommonFields.ALL);
        all.addAll(FIELDS);
        all.add(Field.decimal("demo.ratio", 0.5, 0.0, true, 1.0, "a ratio"));
        all.add(Field.anyLong("demo.seed", 1, "a seed"));
        all.add(Field.path("demo.path", null, "a path"));
        all.add(Field.bool("demo.flag", true, "a flag"));
        for (Field<?> field : all) {
            try {
                field.parse(text);
            } catch (ConfigException e) {
                assertThat(e.getMessage()).contains(field.name());
                assertThat(e.getMessage().replace(text, "")).doesNotContain("\n");
            }
        }
    }

    @Test
    void docsListEveryCommonSetting() throws Exception {
        ConfigDocs.assertSectionInSync("common", CommonFields.ALL);
    }
}
