package io.wirestream.tagging;

import static io.wirestream.tagging.TaggingAssertions.describe;
import static io.wirestream.tagging.TaggingAssertions.mentioning;
import static io.wirestream.tagging.TaggingAssertions.surfaces;
import static io.wirestream.tagging.TaggingAssertions.tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A bracketed acronym defines the name before it, and says where that name begins. */
class AcronymDefinitionsTest {

    @Test
    void theAcronymsLettersCarryTheNameAcrossLowerCaseJoins() {
        List<Entity> entities = tag("The Directorate of Water Works in the Highlands (DOWWH) cut supplies. "
                + "The DOWWH said repairs would take a week.");
        Entity body = mentioning(entities, "DOWWH");
        assertThat(body.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(surfaces(body)).as(describe(entities))
                .containsExactlyInAnyOrder("Directorate of Water Works in the Highlands", "DOWWH");
        assertThat(entities).as(describe(entities)).noneMatch(e -> e.name().equals("Highlands"));
    }

    @Test
    void aKnownPlaceInsideADefinedNameIsPartOfTheName() {
        List<Entity> entities = tag("The Council on Trade with the United States (CTUS) met on Friday. CTUS members "
                + "disagreed.");
        assertThat(surfaces(mentioning(entities, "CTUS"))).as(describe(entities))
                .contains("Council on Trade with the United States");
        assertThat(entities).as(describe(entities)).noneMatch(e -> e.id().equals("Q30"));
    }

    @Test
    void aShortWordInCapitalsMayGiveAllItsLetters() {
        List<Entity> entities = tag("The UK Hydrographic Survey (UKHS) mapped the strait.");
        assertThat(surfaces(mentioning(entities, "UKHS"))).as(describe(entities)).contains("UK Hydrographic Survey");
    }

    @Test
    void anOfficesParentBodyIsPartOfItsNameButADescriptorIsNot() {
        List<Entity> office = tag("The UN Office for Mine Clearance (OMC) sent teams. OMC staff stayed.");
        assertThat(surfaces(mentioning(office, "OMC"))).as(describe(office)).contains("UN Office for Mine Clearance");
        List<Entity> descriptor = tag("The UN Seed and Grain Organization (SGO) sent teams.");
        assertThat(surfaces(mentioning(descriptor, "SGO"))).as(describe(descriptor))
                .contains("Seed and Grain Organization").doesNotContain("UN Seed and Grain Organization");
    }

    @Test
    void aDefinedNameEndingInASiteHeadIsAPlace() {
        List<Entity> entities = tag("Water rose behind the Great Karvel Valley Dam (GKVD) on Monday.");
        assertThat(mentioning(entities, "GKVD").type()).as(describe(entities)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void lettersThatSpellNoRunOfWordsLeaveTheNamesAsTheyAre() {
        List<Entity> entities = tag("Officials in Tarsk said the Velmoran Fisheries Board (XQZ) met.");
        assertThat(surfaces(mentioning(entities, "Velmoran Fisheries Board"))).as(describe(entities))
                .doesNotContain("Tarsk said the Velmoran Fisheries Board");
        assertThat(mentioning(entities, "Tarsk").type()).as(describe(entities)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aKnownPlaceThenWordsOfAnotherLanguageSpeltByTheAcronymAreOneName() {
        List<Entity> e = tag("He ran as the candidate of the Sri Lanka Velmora Karunagam (SLVK), and won.");
        assertThat(surfaces(mentioning(e, "SLVK"))).as(describe(e)).contains("Sri Lanka Velmora Karunagam");
        assertThat(mentioning(e, "SLVK").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        // English words after the place want a head to say what they name
        List<Entity> english = tag("He spoke for the Sri Lanka Tea Pickers (SLTP) on Monday.");
        assertThat(english.stream().flatMap(x -> surfaces(x).stream())).as(describe(english))
                .doesNotContain("Sri Lanka Tea Pickers");
    }
}
