package io.wirestream.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.wirestream.tagging.kb.KbEntry;
import io.wirestream.tagging.kb.KbValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled KB passes the validator; bad user files are refused at load with the file and the line. */
class KnowledgeBaseValidationTest {

    @TempDir
    Path dir;

    @Test
    void theBundledKnowledgeBaseIsSound() {
        assertThat(KbValidator.problems(KnowledgeBase.bundled())).isEmpty();
    }

    @Test
    void everyIdIsAQidOrAPrefixedLocalIdAndFormerIdsStillResolve() {
        for (KbEntry e : KnowledgeBase.bundled().entries()) {
            assertThat(e.id()).matches("Q[1-9][0-9]*|ws:[a-z]+:\\S+");
        }
        assertThat(KnowledgeBase.bundled().find("ws:geonames:170654")).get().extracting(KbEntry::id).isEqualTo("Q3766");
        assertThat(KnowledgeBase.bundled().find("ws:country:ad")).get().extracting(KbEntry::id).isEqualTo("Q228");
        assertThat(KnowledgeBase.bundled().find("Q142")).get().extracting(KbEntry::sameAs)
                .satisfies(same -> assertThat(same).containsEntry("iso3166", "FR"));
    }

    @Test
    void aPlaceMergedIntoItsCuratedEntryIsStillFoundByItsGeoNamesId() {
        // Hama, Raqqa and Zaporizhzhia were each in curated.jsonl and geo.jsonl; geo's ids were stored by then
        assertThat(KnowledgeBase.bundled().find("ws:geonames:170017")).get().extracting(KbEntry::id).isEqualTo("Q173545");
        assertThat(KnowledgeBase.bundled().find("ws:geonames:172955")).get().extracting(KbEntry::id)
                .isEqualTo("Q283368");
        assertThat(KnowledgeBase.bundled().find("ws:geonames:687700")).get().extracting(KbEntry::id)
                .isEqualTo("Q157835");
    }

    @Test
    void aCuratedPlaceWhoseGeoNamesEntryIsStillThereIsReportedAsOnePlaceTwice() throws IOException {
        // geo.jsonl knows Rahim Yar Khan only as ws:geonames:1167460; an entry naming that number is the city again
        Path file = write("""
                {"id":"ws:place:rahim-yar-khan","name":"Rahim Yar Khan City","type":"LOCATION","sameAs":{"geonames":"1167460"}}
                """);
        assertThat(KbValidator.problems(KnowledgeBase.bundled().withFile(file)))
                .anySatisfy(p -> assertThat(p).contains("geonames:1167460", "ws:geonames:1167460", "ws:place:rahim-yar-khan"));
    }

    @Test
    void twoPeopleSharingAnAliasWithoutAContextRuleAreReported() throws IOException {
        Path file = write("""
                {"id":"ws:person:ann-lee-1","name":"Ann Lee","type":"PERSON"}
                {"id":"ws:person:ann-lee-2","name":"Annie Lee","type":"PERSON","aliases":["Ann Lee"]}
                """);
        assertThat(KbValidator.problems(KnowledgeBase.bundled().withFile(file)))
                .anySatisfy(p -> assertThat(p).contains("\"Ann Lee\"", "ws:person:ann-lee-1", "ws:person:ann-lee-2"));
    }

    @Test
    void aDuplicateIdNamesBothLines() throws IOException {
        Path file = write("""
                {"id":"ws:org:a","name":"Alpha Group","type":"ORGANIZATION"}
                # a comment
                {"id":"ws:org:a","name":"Alpha Corp","type":"ORGANIZATION"}
                """);
        assertThatThrownBy(() -> KnowledgeBase.bundled().withFile(file)).isInstanceOf(TaggingInputException.class)
                .hasMessageContaining(file + ":3:").hasMessageContaining("duplicate id \"ws:org:a\" (first on line 1)");
    }

    @Test
    void anAliasOfTenThousandCharsIsRefused() throws IOException {
        Path file = write("{\"id\":\"ws:org:b\",\"name\":\"Beta\",\"type\":\"ORGANIZATION\",\"aliases\":[\""
                + "x".repeat(10_000) + "\"]}\n");
        assertThatThrownBy(() -> KnowledgeBase.bundled().withFile(file)).isInstanceOf(TaggingInputException.class)
                .hasMessageContaining(file + ":1:").hasMessageContaining("alias of 10000 chars");
    }

    @Test
    void aMillionAliasesAreRefusedAtTheLineThatCrossesTheBound() throws IOException {
        // 1,000,000 aliases over 1,000 lines of 1,000 each: the per-file bound stops the load at line 200
        String lines = IntStream.range(0, 1_000).mapToObj(i -> "{\"id\":\"ws:org:n" + i
                        + "\",\"name\":\"Name " + i + "\",\"type\":\"ORGANIZATION\",\"aliases\":["
                        + IntStream.range(0, 999).mapToObj(j -> "\"A" + i + "x" + j + "\"").collect(Collectors.joining(","))
                        + "]}")
                .collect(Collectors.joining("\n"));
        Path file = write(lines);
        assertThatThrownBy(() -> KnowledgeBase.bundled().withFile(file)).isInstanceOf(TaggingInputException.class)
                .hasMessageContaining(file + ":201:").hasMessageContaining("more than 200000 names and aliases");
    }

    @Test
    void anIdWithoutPrefixIsRefused() throws IOException {
        Path file = write("{\"id\":\"kbc\",\"name\":\"KBC\",\"type\":\"ORGANIZATION\"}\n");
        assertThatThrownBy(() -> KnowledgeBase.bundled().withFile(file)).isInstanceOf(TaggingInputException.class)
                .hasMessageContaining(":1:").hasMessageContaining("neither a Wikidata QID");
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(dir, "kb", ".jsonl");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
