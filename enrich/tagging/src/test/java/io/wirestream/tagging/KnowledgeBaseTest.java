package io.wirestream.tagging;

import static io.wirestream.tagging.TaggingAssertions.describe;
import static io.wirestream.tagging.TaggingAssertions.one;
import static io.wirestream.tagging.TaggingAssertions.surfaces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled knowledge base and the user-extension file format. */
class KnowledgeBaseTest {
    @TempDir
    Path dir;

    @Test
    void bundledBaseCoversCountriesCapitalsCitiesAndCuratedEntities() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        assertThat(kb.size()).isGreaterThan(2000);
        assertThat(KnowledgeBase.bundled()).isSameAs(kb);
        EntityTagger tagger = EntityTagger.create(kb);
        List<Entity> e = tagger.tag("Ministers from Canada, Peru and Mongolia met in Ottawa, Lima, Ulaanbaatar and Osaka "
                + "with NATO, Reuters, Hezbollah and the Taliban.", null);
        assertThat(e.stream().map(Entity::name)).contains("Canada", "Peru", "Mongolia", "Ottawa", "Lima", "Ulan Bator",
                "Osaka", "NATO", "Reuters", "Hezbollah", "Taliban");
    }

    @Test
    void seatsOfGovernmentAreTheOfficesAndTheElyseePalaceTheBuilding() {
        EntityTagger tagger = EntityTagger.create(KnowledgeBase.bundled());
        List<Entity> e = tagger.tag("Downing Street and the Elysée said so, and the Blue House agreed. Guests left the "
                + "Élysée Palace at noon.", null);
        assertThat(e).as(describe(e)).extracting(Entity::id).containsExactly("ws:org:downing-street", "ws:org:elysee",
                "ws:org:blue-house", "ws:place:elysee-palace");
        assertThat(e).as(describe(e)).extracting(Entity::type).containsExactly(EntityType.ORGANIZATION,
                EntityType.ORGANIZATION, EntityType.ORGANIZATION, EntityType.LOCATION);
    }

    @Test
    void theCommonsCapitalisedIsTheHouseOfCommons() {
        EntityTagger tagger = EntityTagger.create(KnowledgeBase.bundled());
        List<Entity> e = tagger.tag("The minister told the Commons on Monday that village commons would be sold.", null);
        assertThat(e).extracting(Entity::name).as(describe(e)).containsExactly("House of Commons");
        assertThat(e.get(0).mentions()).extracting(Mention::text).containsExactly("Commons");
    }

    @Test
    void bundledBaseKnowsFirstLevelRegionsButNotThoseThatAreSurnames() {
        EntityTagger tagger = EntityTagger.create(KnowledgeBase.bundled());
        List<Entity> e = tagger.tag("Police in Nova Scotia and officials of Maharashtra and Gauteng met in the capital of "
                + "Inner Mongolia Autonomous Region. Anel Flores and Lara Ávila spoke.", null);
        assertThat(e).filteredOn(x -> x.type() == EntityType.LOCATION).extracting(Entity::id)
                .containsExactly("Q1952", "Q1191", "Q133083", "Q41079");
        assertThat(e).filteredOn(x -> x.id().equals("Q41079")).singleElement()
                .satisfies(x -> assertThat(x.mentions().get(0).text()).isEqualTo("Inner Mongolia Autonomous Region"));
        assertThat(e).filteredOn(x -> x.type() == EntityType.PERSON).extracting(Entity::name)
                .containsExactly("Anel Flores", "Lara Ávila");
    }

    @Test
    void theLargestRegionsKeepTheirNamesFromSmallerCitiesAbroad() {
        EntityTagger tagger = EntityTagger.create(KnowledgeBase.bundled());
        List<Entity> e = tagger.tag("Tourists returned to Bali. Police in Windsor, Ontario, cleared a bridge, and farmers in "
                + "Paraná and Bahia marched.", null);
        // Indonesia's Bali, not Bāli in India; Canada's province, not Ontario, California; Brazil's states
        assertThat(e).filteredOn(x -> !x.name().equals("Windsor")).extracting(Entity::id).as(describe(e))
                .containsExactly("Q3125978", "Q1904", "Q15499", "Q40430");
    }

    @Test
    void everyBundledEntryHasAnIdANameAndANonDateType() {
        for (var entry : KnowledgeBase.bundled().entries()) {
            assertThat(entry.id()).matches("Q[0-9]+|ws:[a-z]+:[a-z0-9-]+");
            assertThat(entry.name()).isNotBlank();
            assertThat(entry.type()).isNotEqualTo(EntityType.DATE);
        }
    }

    @Test
    void aUserFileAddsEntitiesAndAliases() throws IOException {
        Path file = write("""
                # our newsroom's additions
                {"id":"ws:person:amina-yusuf","name":"Amina Yusuf","type":"PERSON","aliases":["Amina Yousef"]}
                {"id":"Q858","name":"Syria","type":"LOCATION","aliases":["Sham country"]}

                {"id":"ws:org:kbc","name":"Kenya Broadcasting Corporation","type":"organization","aliases":["KBC"],"note":"ignored field"}
                """);
        KnowledgeBase kb = KnowledgeBase.bundled().withFile(file);
        assertThat(kb.size()).isEqualTo(KnowledgeBase.bundled().size() + 2);
        List<Entity> e = EntityTagger.create(kb).tag("Amina Yousef told KBC that Sham country and Syria are one.", null);
        assertThat(one(e, "ws:person:amina-yusuf").name()).isEqualTo("Amina Yusuf");
        assertThat(one(e, "ws:org:kbc").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(surfaces(one(e, "Q858"))).containsExactlyInAnyOrder("Sham country", "Syria");
    }

    @Test
    void anApostropheInsideAWordIsOptionalOnEitherSide() throws IOException {
        Path file = write("{\"id\":\"ws:person:tabataba-i\",\"name\":\"Hamid Tabataba'i\",\"type\":\"PERSON\"}\n"
                + "{\"id\":\"ws:place:qaranah\",\"name\":\"Qaranah\",\"type\":\"LOCATION\"}\n");
        List<Entity> e = EntityTagger.create(KnowledgeBase.bundled().withFile(file))
                .tag("Hamid Tabatabai toured Qara'nah. Hamid Tabataba’i left Qaranah.", null);
        assertThat(surfaces(one(e, "ws:person:tabataba-i"))).as(describe(e))
                .containsExactlyInAnyOrder("Hamid Tabatabai", "Hamid Tabataba’i");
        assertThat(surfaces(one(e, "ws:place:qaranah"))).as(describe(e)).containsExactlyInAnyOrder("Qara'nah", "Qaranah");
    }

    @Test
    void aKnownOrganisationWrittenOnWithForIsStillThatOrganisation() throws IOException {
        Path file = write("{\"id\":\"ws:org:tra\",\"name\":\"Tamarsa Relief Agency\",\"type\":\"ORGANIZATION\"}\n");
        EntityTagger tagger = EntityTagger.create(KnowledgeBase.bundled().withFile(file));
        List<Entity> e = tagger.tag("The Tamarsa Relief Agency for Syria Refugees cut rations. The Tamarsa Relief Agency "
                + "for years ran schools.", null);
        assertThat(surfaces(one(e, "ws:org:tra"))).as(describe(e))
                .containsExactlyInAnyOrder("Tamarsa Relief Agency for Syria Refugees", "Tamarsa Relief Agency");
        assertThat(e).as(describe(e)).hasSize(1); // Syria is part of the name
    }

    @Test
    void aUserEntryWinsAnAliasOverABundledOne() throws IOException {
        Path file = write("{\"id\":\"ws:place:georgia-us\",\"name\":\"Georgia (U.S. state)\",\"type\":\"LOCATION\",\"aliases\":[\"Georgia\"]}\n");
        List<Entity> e = EntityTagger.create(KnowledgeBase.bundled().withFile(file)).tag("Voters in Georgia queued.", null);
        assertThat(e).singleElement().extracting(Entity::id).isEqualTo("ws:place:georgia-us");
    }

    @Test
    void aBrokenLineIsRejectedWithItsLineNumber() throws IOException {
        Path file = write("{\"id\":\"ws:x:a\",\"name\":\"A\",\"type\":\"PERSON\"}\n{\"id\":\"ws:x:b\",\"name\":\"B\"\n");
        assertThatThrownBy(() -> KnowledgeBase.bundled().withFile(file))
                .isInstanceOf(TaggingInputException.class).hasMessageContaining(":2:");
    }

    @Test
    void missingFieldsUnknownTypesAndDatesAreRejected() throws IOException {
        assertThatThrownBy(() -> KnowledgeBase.bundled().withFile(write("{\"name\":\"A\",\"type\":\"PERSON\"}")))
                .isInstanceOf(TaggingInputException.class).hasMessageContaining("\"id\"");
        assertThatThrownBy(() -> KnowledgeBase.bundled().withFile(write("{\"id\":\"x\",\"name\":\"A\",\"type\":\"PLANET\"}")))
                .isInstanceOf(TaggingInputException.class).hasMessageContaining("PLANET");
        assertThatThrownBy(() -> KnowledgeBase.bundled().withFile(write("{\"id\":\"x\",\"name\":\"A\",\"type\":\"DATE\"}")))
                .isInstanceOf(TaggingInputException.class).hasMessageContaining("DATE");
        assertThatThrownBy(() -> KnowledgeBase.bundled().withFile(write("[1,2]")))
                .isInstanceOf(TaggingInputException.class);
        assertThatThrownBy(() -> KnowledgeBase.bundled().withFile(write("{\"id\":\"ws:x:a\",\"name\":\"A\",\"type\":\"PERSON\",\"aliases\":\"A\"}")))
                .isInstanceOf(TaggingInputException.class).hasMessageContaining("aliases");
    }

    @Test
    void aCountryBoundAliasNamesTheEntryOfTheCountryTheArticleNames() throws IOException {
        // a user's own bodies, each "Assembly" in its own country's news only
        Path file = write("""
                {"id":"ws:org:tavoria-assembly","name":"Assembly of Kenya","type":"ORGANIZATION","aliases":["Assembly"],"country":"KE","inCountryOnly":["Assembly"]}
                {"id":"ws:org:ghana-assembly","name":"Assembly of Ghana","type":"ORGANIZATION","aliases":["Assembly"],"country":"gh","inCountryOnly":["Assembly"]}
                """);
        EntityTagger tagger = EntityTagger.create(KnowledgeBase.bundled().withFile(file));
        assertThat(tagger.tag("The Assembly met in Nairobi on Monday.", null)).extracting(Entity::id)
                .contains("ws:org:tavoria-assembly").doesNotContain("ws:org:ghana-assembly");
        assertThat(tagger.tag("The Assembly met in Ghana on Monday.", null)).extracting(Entity::id)
                .contains("ws:org:ghana-assembly").doesNotContain("ws:org:tavoria-assembly");
        assertThat(tagger.tag("The Assembly met on Monday.", null)).extracting(Entity::id)
                .doesNotContain("ws:org:ghana-assembly", "ws:org:tavoria-assembly");
    }

    @Test
    void aCountryBoundAliasMustBeANameOfTheEntryWithACountry() throws IOException {
        assertThatThrownBy(() -> KnowledgeBase.bundled().withFile(write(
                "{\"id\":\"ws:x:a\",\"name\":\"A\",\"type\":\"ORGANIZATION\",\"country\":\"KE\",\"inCountryOnly\":[\"B\"]}")))
                .isInstanceOf(TaggingInputException.class).hasMessageContaining(":1:").hasMessageContaining("\"B\"");
        assertThatThrownBy(() -> KnowledgeBase.bundled().withFile(write(
                "{\"id\":\"ws:x:a\",\"name\":\"A\",\"type\":\"ORGANIZATION\",\"inCountryOnly\":[\"A\"]}")))
                .isInstanceOf(TaggingInputException.class).hasMessageContaining("\"country\"");
        assertThatThrownBy(() -> KnowledgeBase.bundled().withFile(write(
                "{\"id\":\"ws:x:a\",\"name\":\"A\",\"type\":\"ORGANIZATION\",\"country\":\"Kenya\"}")))
                .isInstanceOf(TaggingInputException.class).hasMessageContaining("ISO 3166-1");
    }

    @Test
    void aMissingFileIsAnIoError() {
        assertThatThrownBy(() -> KnowledgeBase.bundled().withFile(dir.resolve("absent.jsonl")))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("absent.jsonl");
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(dir, "kb", ".jsonl");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
