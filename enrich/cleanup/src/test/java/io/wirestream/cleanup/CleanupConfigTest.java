package io.wirestream.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.cleanup.patterns.PatternFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanupConfigTest {

    @Test
    void everyRuleIsListedOnceWithDescriptionAndExamples() {
        List<RuleInfo> rules = Cleaner.create(CleanupConfig.defaults()).rules();
        Set<String> ids = new HashSet<>();
        for (RuleInfo r : rules) {
            assertThat(ids.add(r.id())).as("duplicate id %s", r.id()).isTrue();
            assertThat(r.id()).matches("[a-z]+\\.[a-z-]+");
            assertThat(r.description()).isNotBlank().doesNotContain("\n");
            assertThat(r.examples()).isNotEmpty();
            assertThat(r.enabled()).isTrue();
        }
        assertThat(ids).contains("encoding.mojibake", "unicode.invisible", "trailer.agency-name", "words.doubled",
                "grammar.modal-noun", "sentence.glued-fragment", "brackets.unbalanced", "attribution.prefix");
    }

    @Test
    void disabledRulesAreReportedAndDoNotRun() {
        Properties p = new Properties();
        p.setProperty(CleanupConfig.RULES_DISABLED, "words.doubled, trailer.agency-name");
        Cleaner cleaner = Cleaner.create(CleanupConfig.fromProperties(p));
        assertThat(cleaner.rules()).filteredOn(r -> !r.enabled()).extracting(RuleInfo::id)
                .containsExactlyInAnyOrder("words.doubled", "trailer.agency-name");
        CleanResult r = cleaner.clean(null, "The the talks ended.\nRCO NEWS", null);
        assertThat(r.body()).isEqualTo("The the talks ended.\nRCO NEWS");
    }

    @Test
    void unknownRuleIdIsRejected() {
        Properties p = new Properties();
        p.setProperty(CleanupConfig.RULES_DISABLED, "words.dubled");
        CleanupConfig config = CleanupConfig.fromProperties(p);
        assertThatThrownBy(() -> Cleaner.create(config))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("words.dubled");
    }

    @Test
    void userPatternFileExtendsTheBundledOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("patterns.txt");
        Files.writeString(file, "# our own wire\nagency: Gazette Wire\nend-marker: that is all from our desk\n"
                + "attribution: as the {agency} learned,\n");
        Properties p = new Properties();
        p.setProperty(CleanupConfig.PATTERNS_FILE, file.toString());
        Cleaner cleaner = Cleaner.create(CleanupConfig.fromProperties(p));

        CleanResult r = cleaner.clean(null,
                "As the Gazette Wire learned, the talks ended.\nThat is all from our desk\nGAZETTE WIRE\nRCO", null);
        assertThat(r.body()).isEqualTo("As the Gazette Wire learned, the talks ended.");
        assertThat(r.flags()).extracting(Flag::text).contains("As the Gazette Wire learned,");
        assertThat(r.edits()).extracting(Edit::rule).contains("trailer.end-marker", "trailer.agency-name");
        // the bundled patterns still apply, and without the user file the new ones do not
        CleanResult plain = Cleaner.create(CleanupConfig.defaults()).clean(null,
                "The talks ended.\nThat is all from our desk", null);
        assertThat(plain.body()).isEqualTo("The talks ended.\nThat is all from our desk");
    }

    @Test
    void userAgenciesAndDeskLinesExtendTheNewAgencyRules(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("patterns.txt");
        Files.writeString(file, "agency: Gazette Wire\nagency: GZW\ndesk-line: (?-i)[A-Z]{2,4}-\\d{3,5}\n");
        Properties p = new Properties();
        p.setProperty(CleanupConfig.PATTERNS_FILE, file.toString());
        Cleaner cleaner = Cleaner.create(CleanupConfig.fromProperties(p));
        String body = "The talks ended on Monday without a deal.\nGZW\nBoth sides will meet again in May. GW-2207\n-- (Gazette Wire)";

        CleanResult r = cleaner.clean(null, body, null);

        assertThat(r.body()).isEqualTo("The talks ended on Monday without a deal.\nBoth sides will meet again in May.");
        assertThat(r.edits()).extracting(Edit::rule)
                .containsExactly("agency.name-line", "agency.desk-line", "trailer.sign-off");
        // without the user file none of these is known: GZW stands alone once, GW-2207 is no bundled shape, and
        // two unknown words in brackets are no sign-off
        assertThat(Cleaner.create(CleanupConfig.defaults()).clean(null, body, null).edits()).isEmpty();
    }

    @Test
    void theNewRulesAreSwitchedOffLikeTheOthers() {
        String body = "The minister is is expected on Monday, the ministry said.\nThe talks will resume next week. K.R / T.M\n========";
        assertThat(Cleaner.create(CleanupConfig.defaults()).clean(null, body, null).body())
                .isEqualTo("The minister is expected on Monday, the ministry said.\nThe talks will resume next week.");
        Properties p = new Properties();
        p.setProperty(CleanupConfig.RULES_DISABLED, "words.doubled-verb, agency.desk-line, trailer.separator");
        Cleaner cleaner = Cleaner.create(CleanupConfig.fromProperties(p));

        assertThat(cleaner.clean(null, body, null).edits()).isEmpty();
        assertThat(cleaner.rules()).filteredOn(r -> !r.enabled()).extracting(RuleInfo::id)
                .containsExactlyInAnyOrder("words.doubled-verb", "agency.desk-line", "trailer.separator");
    }

    @Test
    void badPatternFileNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "agency: Fine\nend-marker: (unclosed\n");
        Properties p = new Properties();
        p.setProperty(CleanupConfig.PATTERNS_FILE, file.toString());
        assertThatThrownBy(() -> CleanupConfig.fromProperties(p))
                .isInstanceOf(PatternFileException.class).hasMessageContaining("bad.txt:2");
        Files.writeString(file, "nonsense line\n");
        assertThatThrownBy(() -> CleanupConfig.fromProperties(p))
                .isInstanceOf(PatternFileException.class).hasMessageContaining("bad.txt:1");
        p.setProperty(CleanupConfig.PATTERNS_FILE, dir.resolve("missing.txt").toString());
        assertThatThrownBy(() -> CleanupConfig.fromProperties(p))
                .isInstanceOf(PatternFileException.class).hasMessageContaining("missing.txt");
    }

    @Test
    void attributionRemovalMustBeABoolean() {
        Properties p = new Properties();
        p.setProperty(CleanupConfig.ATTRIBUTION_REMOVE, "yes");
        assertThatThrownBy(() -> CleanupConfig.fromProperties(p)).hasMessageContaining("true or false");
    }

    @Test
    void emptyPropertiesMeanDefaults() {
        Cleaner a = Cleaner.create(CleanupConfig.fromProperties(new Properties()));
        Cleaner b = Cleaner.create(CleanupConfig.defaults());
        String body = "According to IRNA, the the talks ended. .\nend of message";
        assertThat(a.clean(null, body, null)).isEqualTo(b.clean(null, body, null));
    }
}
