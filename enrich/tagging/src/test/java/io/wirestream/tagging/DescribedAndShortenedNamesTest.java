package io.wirestream.tagging;

import static io.wirestream.tagging.TaggingAssertions.describe;
import static io.wirestream.tagging.TaggingAssertions.mentioning;
import static io.wirestream.tagging.TaggingAssertions.named;
import static io.wirestream.tagging.TaggingAssertions.surfaces;
import static io.wirestream.tagging.TaggingAssertions.tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sixth alias-merge round (docs/tagging.md, "In-document resolution"): names given to something the text has
 * described ("the court, known in Romanian as ..."), nicknames and meanings, names with their head turned around or
 * dropped, two-letter initials, a place after "President of", and the period of "Jr.". Every name is invented.
 */
class DescribedAndShortenedNamesTest {

    @Test
    void aNameGivenToTheDescribedThingIsTheNearestNameHoldingThatNoun() {
        List<Entity> e = tag("The Supreme Tribunal of Varnia ruled on Friday. The tribunal, known in Varnian as Curtea "
                + "Supremia, gave no reasons.");
        assertThat(surfaces(mentioning(e, "Curtea Supremia"))).as(describe(e)).contains("Supreme Tribunal of Varnia");
    }

    @Test
    void twoNamesForTwoPlacesAreBothTheDescribedThing() {
        List<Entity> e = tag("Boats circled Lorvan Shoal on Monday. The shoal, called Tesdin Bank in Marovia and Kelu "
                + "Reef in Oskaria, lies 200 km offshore.");
        assertThat(surfaces(mentioning(e, "Lorvan Shoal"))).as(describe(e)).contains("Tesdin Bank", "Kelu Reef");
    }

    @Test
    void aNameAfterThePlaceTheThingStandsInIsStillThatThing() {
        List<Entity> e = tag("Output at the Glass Works in Berlin, known in German as the Glaswerke Orvath, will end.");
        assertThat(surfaces(mentioning(e, "Glass Works"))).as(describe(e)).contains("Glaswerke Orvath");
    }

    @Test
    void aNicknameIsThePerson() {
        List<Entity> e = tag("Prime Minister Sorvaya Kettering, known by her nickname Lumi Ro, apologised on Monday. "
                + "President Dalmar Ostrov Jr., popularly known as Bimbo, said nothing.");
        assertThat(surfaces(mentioning(e, "Sorvaya Kettering"))).as(describe(e)).contains("Lumi Ro");
        assertThat(surfaces(mentioning(e, "Dalmar Ostrov Jr."))).as(describe(e)).contains("Bimbo");
    }

    @Test
    void whatANameMeansIsTheSameOrganisation() {
        List<Entity> e = tag("The candidate of Fekko Tal Maru, the ruling coalition whose name means \"Hand in Hand\" "
                + "in Wolof, conceded.");
        assertThat(surfaces(mentioning(e, "Fekko Tal Maru"))).as(describe(e)).contains("Hand in Hand");
    }

    @Test
    void aHeadTurnedAroundIsTheSameOffice() {
        List<Entity> e = tag("The Department of Fisheries sued the mill in 2020. The Fisheries Department said it "
                + "would appeal. Lawyers for the Department of Tourism declined to comment.");
        assertThat(surfaces(mentioning(e, "Fisheries Department"))).as(describe(e)).contains("Department of Fisheries");
        assertThat(surfaces(mentioning(e, "Department of Tourism"))).as(describe(e))
                .doesNotContain("Fisheries Department");
    }

    @Test
    void aCartelOrAUniversityWithItsHeadTurnedIsTheSameBody() {
        List<Entity> e = tag("The Cartel of Korvo fought the army. The Korvo Cartel lost. She studied at the University "
                + "of Tavira; Tavira University said so.");
        assertThat(surfaces(mentioning(e, "Korvo Cartel"))).as(describe(e)).contains("Cartel of Korvo");
        assertThat(surfaces(mentioning(e, "Tavira University"))).as(describe(e)).contains("University of Tavira");
        // a known body's one-word alias after its own head and "of" is the body so named
        List<Entity> f = tag("The Empress graduated from the University of Harvard.");
        assertThat(surfaces(mentioning(f, "University of Harvard"))).as(describe(f)).containsExactly("University of Harvard");
        assertThat(mentioning(f, "University of Harvard").id()).isEqualTo("Q13371");
    }

    @Test
    void aSiteNamedAfterAPersonIsNamedAgainWithoutItsHead() {
        List<Entity> e = tag("Floods shut Teodoro Malvek International Airport on Friday. Images showed planes in water "
                + "on the Teodoro Malvek apron.");
        Entity airport = mentioning(e, "Teodoro Malvek International Airport");
        assertThat(surfaces(airport)).as(describe(e)).contains("Teodoro Malvek");
        assertThat(airport.type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aTownAnAirportIsNamedAfterStaysTheTown() {
        List<Entity> e = tag("Buses took them to Kerro Vadh Airport. Officials met in Kerro Vadh last week.");
        assertThat(surfaces(mentioning(e, "Kerro Vadh Airport"))).as(describe(e)).doesNotContain("Kerro Vadh");
    }

    @Test
    void aMovementIsNamedAgainWithoutItsHead() {
        List<Entity> e = tag("Lawmakers from the Tavor Movement cast blank ballots. Speaker Ilan Boro, who heads "
                + "Tavor, announced the result.");
        assertThat(surfaces(mentioning(e, "Tavor Movement"))).as(describe(e)).contains("Tavor");
    }

    @Test
    void twoLettersAreTheInitialsOfATwoWordCompany() {
        List<Entity> e = tag("Workers walked out at Dorvin Motors on Friday. DM said it was disappointed. The KX "
                + "plant stayed open.");
        assertThat(surfaces(mentioning(e, "Dorvin Motors"))).as(describe(e)).contains("DM");
        assertThat(surfaces(mentioning(e, "Dorvin Motors"))).as(describe(e)).doesNotContain("KX");
    }

    @Test
    void aPlaceAfterATitleAndOfIsAPlaceBeforeTheHoldersName() {
        List<Entity> e = tag("President of Tajikistan Ardan Veloz signed the treaty, which the Majlis Tor of "
                + "Uzbekistan must ratify.");
        assertThat(mentioning(e, "Tajikistan").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(mentioning(e, "Uzbekistan").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aPortfolioAfterAModifierEndsTheCouncilsName() {
        List<Entity> e = tag("Documents declassified by the High Council of National Defence (HCND) were published.");
        assertThat(surfaces(mentioning(e, "HCND"))).as(describe(e)).contains("High Council of National Defence");
    }

    @Test
    void aTitleWordInAKnownOrganisationsNameStaysInTheMention() {
        List<Entity> e = tag("Erdogan's Justice and Development Party (AKP) welcomed the call.");
        assertThat(surfaces(mentioning(e, "AKP"))).as(describe(e)).contains("Justice and Development Party");
    }

    @Test
    void aSiteIsNamedAgainByItsLastWordAndHead() {
        List<Entity> e = tag("A freighter struck the Marcus Orlov Tamarsa Bridge at night. The Tamarsa Bridge fell into the river.");
        assertThat(surfaces(named(e, "Marcus Orlov Tamarsa Bridge"))).as(describe(e))
                .containsExactlyInAnyOrder("Marcus Orlov Tamarsa Bridge", "Tamarsa Bridge");
    }

    @Test
    void aRegionNamedHeadFirstIsTheRegionNamedHeadLast() {
        List<Entity> e = tag("Police in the County of Velmora found more bodies. Velmora County officials said the search "
                + "would go on.");
        assertThat(surfaces(mentioning(e, "County of Velmora"))).as(describe(e)).contains("Velmora County");
    }

    @Test
    void aSiteNamedAgainByItsLastWordAndHeadLeavesOutTheKindWordsBetween() {
        List<Entity> e = tag("The flight left for Velmora Tarskan International Airport. Tarskan Airport was calm, and "
                + "Kelvo International Airport later reopened as Kelvo Airport.");
        assertThat(surfaces(mentioning(e, "Velmora Tarskan International Airport"))).as(describe(e))
                .contains("Tarskan Airport");
        assertThat(surfaces(mentioning(e, "Kelvo International Airport"))).as(describe(e)).contains("Kelvo Airport");
    }
}
