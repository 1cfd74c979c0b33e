package io.wirestream.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps docs/configuration.md in step with the fields: each module's test compares its section with the table
 * {@link FieldTable} generates. {@code -Dwirestream.docs.write=true} rewrites the section instead.
 */
public final class ConfigDocs {

    private ConfigDocs() {
    }

    public static void assertSectionInSync(String section, List<Field<?>> fields) throws IOException {
        Path doc = locate();
        String current = Files.readString(doc, StandardCharsets.UTF_8);
        String wanted = FieldTable.replaceSection(current, section, FieldTable.markdown(fields));
        if (Boolean.getBoolean("wirestream.docs.write")) {
            Files.writeString(doc, wanted, StandardCharsets.UTF_8);
            return;
        }
        assertThat(current).as("docs/configuration.md section '%s' is out of date with the fields: run this test "
                + "with -Dwirestream.docs.write=true and commit the result", section).isEqualTo(wanted);
    }

    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path doc = dir.resolve("docs").resolve("configuration.md");
            if (Files.isRegularFile(doc)) {
                return doc;
            }
        }
        throw new IllegalStateException("docs/configuration.md not found above " + Path.of("").toAbsolutePath());
    }
}
