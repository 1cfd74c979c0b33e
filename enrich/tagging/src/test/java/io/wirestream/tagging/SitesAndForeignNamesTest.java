package io.wirestream.tagging;

import static io.wirestream.tagging.TaggingAssertions.describe;
import static io.wirestream.tagging.TaggingAssertions.mentioning;
import static io.wirestream.tagging.TaggingAssertions.named;
import static io.wirestream.tagging.TaggingAssertions.one;
import static io.wirestream.tagging.TaggingAssertions.surfaces;
import static io.wirestream.tagging.TaggingAssertions.tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The kinds of issue 14, on names no knowledge base holds (invented), so the rules and not the KB are tested:
 * sites named by a head noun, organisations whose names hold a place, foreign company names, datelines and
 * translations stated in the text.
 */
class SitesAndForeignNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Families left Tamarsa camp after the floods.|Tamarsa|Tamarsa camp",
            "Residents of the Karvash refugee camp protested.|Karvash|Karvash refugee camp",
            "Jets took off from the Ondira air base on Monday.|Ondira|Ondira air base",
            "Flights resumed at Prince Halim International Airport on Monday.|Prince Halim International Airport|Prince Halim International Airport",
            "Troops moved to King Tavor Air Base overnight.|King Tavor Air Base|King Tavor Air Base",
            "Engineers inspected the Veldora Dam after the quake.|Veldora Dam|Veldora Dam",
            "Snow closed the Korvan Pass for a week.|Korvan Pass|Korvan Pass",
            "Output fell at the Ostrivka nuclear power plant.|Ostrivka|Ostrivka nuclear power plant",
            "Lorries waited at the Beit Nuran crossing for days.|Beit Nuran|Beit Nuran crossing",
            "Former inmates of Belmara Prison held a vigil.|Belmara Prison|Belmara Prison",
            "The Dovrenko Reservoir drained within days.|Dovrenko Reservoir|Dovrenko Reservoir",
            "Fishermen left the Maruna Lagoon at dusk.|Maruna Lagoon|Maruna Lagoon",
            "Recruits slept at the Tavrin Barracks overnight.|Tavrin Barracks|Tavrin Barracks",
            // religious sites and ports take a lower-case head too, as the blind held-out writers label them
            "The minaret of the Tarvelt mosque fell in the quake.|Tarvelt|Tarvelt mosque",
            "Mourners gathered at Orunji temple in the evening.|Orunji|Orunji temple",
            "Pilgrims left the Sayida Marwa shrine before dawn.|Sayida Marwa|Sayida Marwa shrine",
            "Cranes at Kelvora port stood idle.|Kelvora|Kelvora port",
    })
    void aSiteNamedByAHeadNounIsALocation(String text, String name, String mention) {
        Entity site = named(tag(text), name);
        assertThat(site.type()).as(describe(tag(text))).isEqualTo(EntityType.LOCATION);
        assertThat(surfaces(site)).containsExactly(mention);
    }

    @Test
    void aSiteNamedAgainWithItsHeadInLowerCaseKeepsTheHead() {
        List<Entity> e = tag("Jets took off from Korvan Air Base near the capital. The Korvan base was later closed.");
        assertThat(surfaces(named(e, "Korvan Air Base"))).as(describe(e))
                .containsExactlyInAnyOrder("Korvan Air Base", "Korvan base");
    }

    @Test
    void aPlacesKindInAppositionMakesItAPlace() {
        List<Entity> e = tag("Flags flew on Korvula, a resort island off the coast, and in Varsel, a small town near the "
                + "border. Gunmen attacked Korvan Vision, a television station, on Monday.");
        assertThat(named(e, "Korvula").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Varsel").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Korvan Vision").type()).as(describe(e)).isNotEqualTo(EntityType.LOCATION);
    }

    @Test
    void aKindOfPlaceBetweenTheAndANameMakesItAPlace() {
        List<Entity> e = tag("They met in a villa on the island Korvula. Police found him in a house of the colony Tres "
                + "Varas.");
        assertThat(named(e, "Korvula").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Tres Varas").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void zonesAndGatesArePlaces() {
        List<Entity> e = tag("Soldiers fired on protesters at the Tavira Toll Gate, and rockets hit the Korvan Green Zone.");
        assertThat(named(e, "Tavira Toll Gate").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Korvan Green Zone").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aBodysNameEndingInItsHeadInAnotherLanguageIsABody() {
        List<Entity> e = tag("The minister told the upper house, the Varta Sabha, that the bill passed. The Varta Sabha "
                + "adjourned on Monday.");
        assertThat(named(e, "Varta Sabha").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aSiteHeadWrittenBeforeItsNameIsPartOfIt() {
        List<Entity> e = tag("The bridge Tarvolli collapsed on Tuesday, and the trucks waited at the airport Venzara. Locals call "
                + "the stadium Orreka.");
        assertThat(named(e, "bridge Tarvolli").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "airport Venzara").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(e).as(describe(e)).noneMatch(x -> x.name().contains("stadium"));
    }

    @Test
    void aStadiumIsCalledByItsFirstWordAlone() {
        List<Entity> e = tag("At least 130 people died in a crush at the Kirrawan Stadium on Saturday. The minister said the "
                + "tragedy of Kirrawan had stained the sport.");
        assertThat(surfaces(named(e, "Kirrawan Stadium"))).as(describe(e)).containsExactlyInAnyOrder("Kirrawan Stadium", "Kirrawan");
    }

    @Test
    void hallsAndHousesArePlacesAndTennisOpensAreEvents() {
        List<Entity> e = tag("Crowds gathered outside Kirra City Hall and the Parliament House in Tavora after Karlo Venn "
                + "missed the Australian Open, his second Grand Slam absence.");
        assertThat(named(e, "Kirra City Hall").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Parliament House").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(e.stream().map(Entity::name)).as(describe(e)).doesNotContain("Australian Open", "Grand Slam");
    }

    @Test
    void foreignBodiesAndPalacesAreTypedByTheirHeads() {
        List<Entity> e = tag("Students of the Univerzita Tavorska fled, and the Sécurité Kirrane sent teams. Troops surrounded the "
                + "Palacio Venn and the Casa Grande del Tavora, while the Masjid Al Kirra and the Al Kirra mosque stayed shut.");
        assertThat(named(e, "Univerzita Tavorska").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Sécurité Kirrane").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Palacio Venn").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Casa Grande del Tavora").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(mentioning(e, "Masjid Al Kirra").mentions()).as(describe(e)).hasSize(2);
    }

    @Test
    void aPlaceJoinedByAParticleIsOneNameAndItsFirstPartLaterIsThatPlace() {
        List<Entity> e = tag("Protests began in San Antonio de los Baños and spread to Santiago de Cuba. In Santiago, police "
                + "arrested 20, and San Antonio residents marched to the Plaza de la Constitución and the Île de la Cité.");
        assertThat(surfaces(named(e, "San Antonio de los Baños"))).as(describe(e))
                .containsExactlyInAnyOrder("San Antonio de los Baños", "San Antonio");
        assertThat(surfaces(named(e, "Santiago de Cuba"))).as(describe(e)).containsExactlyInAnyOrder("Santiago de Cuba", "Santiago");
        assertThat(named(e, "Plaza de la Constitución").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Île de la Cité").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        // named alone first, the short name is the place of its own
        List<Entity> chile = tag("In Santiago, police arrested 20. Later, Santiago de Cuba was calm.");
        assertThat(mentioning(chile, "Santiago").name()).as(describe(chile)).isEqualTo("Santiago");
    }

    @Test
    void aCorrectionalOrIslamicCentreIsAPlace() {
        List<Entity> e = tag("He was taken to the Tavora Correctional Centre, and worshippers left the Kirra Islamic Centre.");
        assertThat(named(e, "Tavora Correctional Centre").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Kirra Islamic Centre").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aSiteNamedAgainWithAnotherHeadOfItsKindIsTheSameSite() {
        List<Entity> e = tag("He was taken to the Tavora Correctional Centre on Monday. Crowds gathered outside Tavora prison. "
                + "A gunman attacked the Kirra Islamic Centre, and police at the Kirra mosque said two died.");
        assertThat(surfaces(named(e, "Tavora Correctional Centre"))).as(describe(e))
                .containsExactlyInAnyOrder("Tavora Correctional Centre", "Tavora prison");
        assertThat(surfaces(named(e, "Kirra Islamic Centre"))).as(describe(e))
                .containsExactlyInAnyOrder("Kirra Islamic Centre", "Kirra mosque");
    }

    @Test
    void aNameTranslatedWordForWordWithWordsThatDoNotLookAlikeIsOneEntity() {
        List<Entity> e = tag("The Corte Suprema de Tavora ruled on Monday. Lawyers said the Supreme Court of Tavora had "
                + "never ruled so fast. Crowds filled the Praça dos Três Kirras, and police cleared Three Kirras Square.");
        assertThat(surfaces(mentioning(e, "Corte Suprema de Tavora"))).as(describe(e))
                .containsExactlyInAnyOrder("Corte Suprema de Tavora", "Supreme Court of Tavora");
        assertThat(surfaces(mentioning(e, "Praça dos Três Kirras"))).as(describe(e))
                .containsExactlyInAnyOrder("Praça dos Três Kirras", "Three Kirras Square");
        // the same words in another order in English are two names ("Court Supreme" is no translation to pair)
        List<Entity> f = tag("The Supreme Court of Tavora and the Tavora Court Supreme met.");
        assertThat(surfaces(mentioning(f, "Supreme Court of Tavora"))).as(describe(f)).containsExactly("Supreme Court of Tavora");
    }

    @Test
    void anAcronymSpellingLowerCaseWordsDefinesANameInItsOwnLanguage() {
        List<Entity> e = tag("Troops of the Groupement des forces tavoriennes (GFT, Tavorian Forces Group) took the palace. "
                + "The Mouvement populaire kirran (MPK) won 40 seats, and the Kirran Popular Movement formed a cabinet.");
        assertThat(surfaces(mentioning(e, "GFT"))).as(describe(e))
                .contains("Groupement des forces tavoriennes", "GFT");
        assertThat(surfaces(mentioning(e, "MPK"))).as(describe(e))
                .containsExactlyInAnyOrder("Mouvement populaire kirran", "MPK", "Kirran Popular Movement");
        // English copy spells no acronym from lower-case words after an English word
        List<Entity> f = tag("The Trump administration (TA) said so.");
        assertThat(f.stream().map(Entity::name)).as(describe(f)).doesNotContain("Trump administration");
    }

    @Test
    void aBodyNamedHeadFirstInItsLanguageIsAnOrganisationHoldingItsPlace() {
        List<Entity> e = tag("The Tribunal Kirrano ruled, and soldiers of the Fuerza Tavorense patrolled. The Tribunal de "
                + "Justiça de Minas Gerais froze the accounts. \"It is salty,\" said Raad Habib al-Tavori, a herder.");
        assertThat(named(e, "Tribunal Kirrano").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Fuerza Tavorense").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Tribunal de Justiça de Minas Gerais").type()).as(describe(e))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Raad Habib al-Tavori").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aSaintsChurchIsABuilding() {
        List<Entity> e = tag("Bombers struck St. Tavor's Church in the capital and the Saint Kirra Cathedral.");
        assertThat(named(e, "St. Tavor's Church").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Saint Kirra Cathedral").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aSiteNamedAgainWithoutTheWordsOfItsKindIsTheSameSite() {
        List<Entity> e = tag("The Tavorek Petroleum Refinery started output. Traders said the Tavorek refinery would cut "
                + "imports.");
        assertThat(surfaces(mentioning(e, "Tavorek Petroleum Refinery"))).as(describe(e))
                .containsExactlyInAnyOrder("Tavorek Petroleum Refinery", "Tavorek refinery");
    }

    @Test
    void aNameWithAWordNoEnglishDictionaryHoldsPairsWithItsEnglishCognates() {
        List<Entity> e = tag("The Tribunal Agrario ruled on Monday. The Agrarian Tribunal had never ruled so fast. The "
                + "Kirra Tribunal and the Tribunal Kirra met.");
        assertThat(surfaces(mentioning(e, "Tribunal Agrario"))).as(describe(e)).contains("Agrarian Tribunal");
        assertThat(surfaces(mentioning(e, "Kirra Tribunal"))).as(describe(e)).containsExactly("Kirra Tribunal");
    }

    @Test
    void aLanguageNamedAfterInIsNoPartOfTheNameThatFollows() {
        List<Entity> e = tag("The Tavoran Accountability Bureau (TAB), in Urdu Qaumi Tavora Bureau, issued the warrant.");
        assertThat(e.stream().map(Entity::name)).as(describe(e)).noneMatch(n -> n.startsWith("Urdu"));
        assertThat(mentioning(e, "Qaumi Tavora Bureau").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void parksPlazasAndSportsGroundsArePlaces() {
        List<Entity> e = tag("Mourners gathered in Tavora Park and on Venn Plaza, and the match at Kirra Oval was called "
                + "off. Grace Park, a teacher, said so. Gunmen stormed the Orvane Mall on Saturday.");
        for (String place : List.of("Tavora Park", "Venn Plaza", "Kirra Oval", "Orvane Mall")) {
            assertThat(named(e, place).type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        }
        assertThat(named(e, "Grace Park").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aParkNamedAfterAGivenNameIsAPlaceAfterAPrepositionOfPlace() {
        List<Entity> e = tag("Donors queued at Miriam Park on Sunday, and the march went from Helena Park to the court. "
                + "Linda Park said the wait was long.");
        assertThat(named(e, "Miriam Park").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Helena Park").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Linda Park").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aSiteNamedAfterAKnownTownIsAPlaceOfItsOwnButACampKeepsItsBareName() {
        List<Entity> e = tag("Lorries queued at the Rafah crossing while shelling hit Rafah. Families fled Tarvik camp; "
                + "in Tarvik, food ran out. Snow closed the Kirkuk province roads.");
        assertThat(surfaces(one(e, "Q172343"))).as(describe(e)).containsExactly("Rafah");
        assertThat(surfaces(named(e, "Rafah crossing"))).as(describe(e)).containsExactly("Rafah crossing");
        assertThat(named(e, "Rafah crossing").type()).isEqualTo(EntityType.LOCATION);
        assertThat(surfaces(named(e, "Tarvik"))).as(describe(e)).containsExactlyInAnyOrder("Tarvik camp", "Tarvik");
        // a region's lower-case head stays out of its name
        assertThat(e.stream().flatMap(x -> surfaces(x).stream())).as(describe(e)).contains("Kirkuk")
                .doesNotContain("Kirkuk province");
        // a head after a possessive name is not part of it: "Rafah's crossing"
        assertThat(tag("Rafah's crossing reopened.").stream().flatMap(x -> surfaces(x).stream())).containsExactly("Rafah");
    }

    @Test
    void aHeadAfterAWaterOrAfterAKnownRegionDescribesRatherThanNames() {
        List<Entity> sea = tag("Ships used the Black Sea corridor on Monday.");
        assertThat(sea.stream().flatMap(x -> surfaces(x).stream())).as(describe(sea)).contains("Black Sea");
        List<Entity> plant = tag("Gas reached the Transnistria power plant on Monday.");
        assertThat(plant.stream().flatMap(x -> surfaces(x).stream())).as(describe(plant)).contains("Transnistria");
    }

    @Test
    void aKnownSiteWrittenWithALowerCaseHeadIsStillTheKnownSite() {
        List<Entity> e = tag("Drones hit the Zaporizhzhia nuclear power plant on Sunday, and the ZNPP lost power.");
        assertThat(surfaces(one(e, "Q909477"))).as(describe(e))
                .containsExactly("Zaporizhzhia nuclear power plant", "ZNPP");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jets landed at Abu Dhabi International Airport on Monday.|Abu Dhabi International Airport|LOCATION",
            "Divers inspected the Kuala Lumpur Water Reservoir Dam at dawn.|Kuala Lumpur Water Reservoir Dam|LOCATION",
            "Tel Aviv Airways said fares would rise.|Tel Aviv Airways|ORGANIZATION",
    })
    void aKnownPlaceOfSeveralWordsGivesWayToTheSiteOrOrganisationItNames(String text, String name, EntityType type) {
        List<Entity> e = tag(text);
        assertThat(named(e, name).type()).as(describe(e)).isEqualTo(type);
        assertThat(e).as(describe(e)).hasSize(1);
    }

    @Test
    void aCountryBeginsAnOrganisationsNameUnlessTheRestIsAKnownOrganisation() {
        // every held-out writer labels "Kenya Defence Forces", "U.S. Steel", "U.S. Coast Guard" whole (since 2026-12-04)
        List<Entity> e = tag("The U.S. Maritime Administration and the Dar es Salaam Port Authority met on Monday.");
        assertThat(named(e, "U.S. Maritime Administration").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(e).as(describe(e)).noneMatch(x -> "Q30".equals(x.id()));
        // a place the rules cannot rebuild keeps its match ("es" would cut the name)
        assertThat(e).as(describe(e)).anyMatch(x -> x.name().equals("Dar es Salaam") && x.type() == EntityType.LOCATION);
        // a known organisation after the country keeps its own name, which has no country in it
        List<Entity> known = tag("Investigators of the U.S. National Transportation Safety Board arrived on Monday.");
        assertThat(surfaces(one(known, "Q30"))).as(describe(known)).containsExactly("U.S.");
        // a region's or water's head names a part of the place, not a site of its own
        List<Entity> coast = tag("Ships sailed along the Red Sea Coast on Monday.");
        assertThat(surfaces(one(coast, "Q23406"))).as(describe(coast)).containsExactly("Red Sea");
    }

    @Test
    void aBusinessSectorWordMakesACompany() {
        List<Entity> e = tag("Investors sold Daesan Electronics on Monday while Korvex Heavy Industries said orders rose.");
        assertThat(named(e, "Daesan Electronics").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Korvex Heavy Industries").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        // a sector word does not join the next company into its name
        List<Entity> two = tag("Exports were led by Daesan Electronics and Korvex Heavy Industries in March.");
        assertThat(two.stream().filter(x -> x.type() != EntityType.DATE).map(Entity::name)).as(describe(two))
                .containsExactly("Daesan Electronics", "Korvex Heavy Industries");
    }

    @Test
    void namesListedBeforeAPluralSiteHeadArePlaces() {
        List<Entity> e = tag("Jets struck the Tavrin and Kolsk power stations overnight, and aid reached the Maruna, "
                + "Dovrenko and Ondira camps.");
        for (String name : List.of("Tavrin", "Kolsk", "Maruna", "Dovrenko", "Ondira")) {
            assertThat(named(e, name).type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        }
        List<Entity> firms = tag("Workers at the Korvex and Brovka plants walked out.");
        assertThat(firms).as(describe(firms)).noneMatch(x -> x.type() == EntityType.LOCATION);
    }

    @Test
    void aBaseOrPrisonIsCalledByItsFirstWordAlone() {
        List<Entity> e = tag("Ministers met at Ondira Air Base in May. They have met many times at Ondira, the largest "
                + "base in the region. Former inmates of Belmara Prison said Belmara was feared.");
        assertThat(surfaces(named(e, "Ondira Air Base"))).as(describe(e)).containsExactlyInAnyOrder("Ondira Air Base", "Ondira");
        assertThat(surfaces(named(e, "Belmara Prison"))).as(describe(e)).containsExactlyInAnyOrder("Belmara Prison", "Belmara");
        // a region keeps apart from the town it is named after
        List<Entity> r = tag("Aid reached Tavrin Governorate, and refugees live in cities such as Kolsk and Tavrin.");
        assertThat(surfaces(named(r, "Tavrin Governorate"))).as(describe(r)).containsExactly("Tavrin Governorate");
    }

    @Test
    void aMediaOrCompanyKindAfterANameMakesAnOrganisation() {
        List<Entity> e = tag("Their Tamarsa Mizan television showed the fires, and the Dovrenko daily said Korvan Tesk, "
                + "the lender, had failed.");
        assertThat(named(e, "Tamarsa Mizan").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Dovrenko").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aCompanysPlantIsNoPlaceOfItsOwn() {
        List<Entity> e = tag("Workers at the Korvex plant in Sonora walked out.");
        assertThat(e).as(describe(e)).noneMatch(x -> x.name().equals("Korvex") && x.type() == EntityType.LOCATION);
    }

    @Test
    void anOrganisationWhoseNameHoldsAPlaceIsOneOrganisation() {
        List<Entity> e = tag("Students of the American University of Cairo and the University of Nairobi met officials "
                + "of the Central Bank of Kenya.");
        for (String name : List.of("American University of Cairo", "University of Nairobi", "Central Bank of Kenya")) {
            assertThat(named(e, name).type()).isEqualTo(EntityType.ORGANIZATION);
        }
        assertThat(e).as(describe(e)).noneMatch(x -> x.type() == EntityType.LOCATION);
    }

    @Test
    void aKnownPlaceAfterOfTheOrAStateFormIsPartOfTheOrganisation() {
        List<Entity> e = tag("The Central Bank of the Republic of Kenya (CBRK) sold reserves, and the University of the "
                + "Philippines closed. CBRK said it would act.");
        assertThat(surfaces(named(e, "Central Bank of the Republic of Kenya"))).as(describe(e))
                .containsExactlyInAnyOrder("Central Bank of the Republic of Kenya", "CBRK");
        assertThat(named(e, "University of the Philippines").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(e).as(describe(e)).noneMatch(x -> x.type() == EntityType.LOCATION);
    }

    @Test
    void aPlaceWordBeforeOfIsNoPersonOfAnOrganisation() {
        List<Entity> e = tag("Officials of the Port of Tamarsa Authority said the Gulf of Dovrenko Council would meet.");
        assertThat(e.stream().map(Entity::name)).as(describe(e))
                .containsExactly("Port of Tamarsa Authority", "Gulf of Dovrenko Council");
        assertThat(e).allMatch(x -> x.type() == EntityType.ORGANIZATION);
    }

    @Test
    void aForeignCompanyNameIsAnOrganisationByItsAppositive() {
        List<Entity> e = tag("Drones hit a depot of Brovka Lysa, the country's largest courier company, overnight. "
                + "Zalizko, the national railway, said trains ran late.");
        assertThat(named(e, "Brovka Lysa").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Zalizko").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        // but a person described by a role stays a person
        assertThat(named(tag("“We are ready,” said Petro Lysenko, a partner at the firm."), "Petro Lysenko").type())
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void foreignCompaniesOfTheKnowledgeBaseAreOrganisations() {
        List<Entity> e = tag("Naftogaz and Energoatom said supplies were stable; Nova Poshta and Ukrzaliznytsia resumed service.");
        assertThat(e).extracting(Entity::type).containsOnly(EntityType.ORGANIZATION).hasSize(4);
    }

    @Test
    void aDatelineInCapitalsIsThePlaceOfFiling() {
        Entity place = named(tag("TORVIK — Officials met on Monday to discuss the harbour."), "TORVIK");
        assertThat(place.type()).isEqualTo(EntityType.LOCATION);
        assertThat(tag("ECOWAS, the regional bloc, met on Monday.")).noneMatch(x -> x.type() == EntityType.LOCATION);
    }

    @Test
    void aNameTheTextTranslatesMergesWithItsTranslation() {
        List<Entity> e = tag("The Coastal Shield Brigade, known in Arabic as Dir al-Sahil, held the port. Dir al-Sahil "
                + "later withdrew.");
        Entity org = named(e, "Coastal Shield Brigade");
        assertThat(surfaces(org)).contains("Coastal Shield Brigade", "Dir al-Sahil");
        assertThat(e).as(describe(e)).noneMatch(x -> x.name().equals("Arabic"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Output fell, the Korvan Power Company said. The Korvan Power Company, whose full name is the Tamarsa National Electricity Board, said so.|Korvan Power Company|Tamarsa National Electricity Board",
            "Commander Ardan Velik, whose name is sometimes written Ardan Welik, spoke. Velik left.|Ardan Velik|Ardan Welik",
            "The Tamarsa Relief Network, also called Shabakat Tamarsa, opened kitchens.|Tamarsa Relief Network|Shabakat Tamarsa",
    })
    void aNameTheTextSaysIsAlsoWrittenOtherwiseMergesWithIt(String text, String name, String other) {
        List<Entity> e = tag(text);
        assertThat(e).as(describe(e)).anySatisfy(x -> assertThat(surfaces(x)).contains(name, other));
    }

    @Test
    void anOrganisationsOtherNameInBracketsIsTheSameOrganisation() {
        List<Entity> e = tag("The Tamarsan Armed Forces (Forces armées tamarsanes, FATa) pursued the attackers. FATa said "
                + "ten died. The Directorate General of Coastal Safety (Kıyı Emniyeti Korvan) monitors the strait.");
        assertThat(e).as(describe(e)).anySatisfy(x -> assertThat(surfaces(x))
                .contains("Tamarsan Armed Forces", "Forces armées tamarsanes", "FATa"));
        assertThat(e).as(describe(e)).anySatisfy(x -> assertThat(surfaces(x))
                .contains("Directorate General of Coastal Safety", "Kıyı Emniyeti Korvan"));
        List<Entity> or = tag("The Tamarsa Progressive Party, or Partia progresive e Tamarsës, organised a rally.");
        assertThat(or).as(describe(or)).anySatisfy(x -> assertThat(surfaces(x))
                .contains("Tamarsa Progressive Party", "Partia progresive e Tamarsës"));
        // a place in brackets is where the organisation is, not its name
        List<Entity> where = tag("The Tamarsa Relief Network (Korvan) opened kitchens.");
        assertThat(where).as(describe(where)).noneMatch(x -> surfaces(x).contains("Tamarsa Relief Network")
                && surfaces(x).contains("Korvan") && x.type() == EntityType.ORGANIZATION && surfaces(x).size() > 1
                && x.name().equals("Korvan"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Drones hit the port of Korvomorsk on Monday. Officials in Kervomorsk said two ships burned.|Korvomorsk|Kervomorsk",
            "Shelling was heard in Enerhovar overnight, and residents in Energovar lost power.|Enerhovar|Energovar",
    })
    void aPlaceWrittenTwoWaysIsOnePlace(String text, String one, String other) {
        List<Entity> e = tag(text);
        assertThat(e).as(describe(e)).anySatisfy(x -> assertThat(surfaces(x)).contains(one, other));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tourists crowded the Burj Velmara on Friday.|Burj Velmara|LOCATION",
            "Tham Korvak flooded after the rains.|Tham Korvak|LOCATION",
            "Protesters gathered on Korvan Meydanı in the evening.|Korvan Meydanı|LOCATION",
            "Divers searched Pulau Vendra after the storm.|Pulau Vendra|LOCATION",
            "Shares of Korvex Börse fell after the report.|Korvex Börse|ORGANIZATION",
            "A filing at the Amtsgericht Varnstadt started the case.|Amtsgericht Varnstadt|ORGANIZATION",
            "The editor of Velmar Shimbun resigned.|Velmar Shimbun|ORGANIZATION",
    })
    void aHeadInItsOwnLanguageTypesTheName(String text, String name, EntityType type) {
        List<Entity> e = tag(text);
        assertThat(named(e, name).type()).as(describe(e)).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Protesters gathered at the Korvan Monument on Sunday.|Korvan Monument",
            "Wreaths were laid at the Velmar Memorial.|Velmar Memorial",
    })
    void monumentsAndMemorialsArePlaces(String text, String name) {
        List<Entity> e = tag(text);
        assertThat(named(e, name).type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aJapaneseCompanyNamedWithoutKaishaIsTheSameCompany() {
        List<Entity> e = tag("The ship's owner, Velmar Kisen Kaisha, apologised. Velmar Kisen said the ship would be refloated.");
        Entity owner = named(e, "Velmar Kisen Kaisha");
        assertThat(owner.type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(surfaces(owner)).as(describe(e)).containsExactlyInAnyOrder("Velmar Kisen Kaisha", "Velmar Kisen");
    }

    @Test
    void twoSidesOfOnePlaceAreTwoPlaces() {
        // "South" and "East" share a skeleton, as spellings of one name would; they are words, not spellings
        List<Entity> e = tag("The court sat in South Varnok on Monday. He was taken to a prison in East Varnok, and his "
                + "supporters rallied in Upper Varnok and Lower Varnok.");
        for (String place : List.of("South Varnok", "East Varnok", "Upper Varnok", "Lower Varnok")) {
            assertThat(surfaces(named(e, place))).as(describe(e)).containsExactly(place);
        }
    }

    @Test
    void aCompanyNamedWithoutItsLegalWordIsTheSameCompany() {
        List<Entity> e = tag("Korvex Hutchison Holdings sold the ports. Korvex Hutchison said the deal closed. "
                + "Daesan Power Limited runs the dam; a Daesan Power engineer spoke.");
        assertThat(e).as(describe(e)).anySatisfy(x -> assertThat(surfaces(x))
                .contains("Korvex Hutchison Holdings", "Korvex Hutchison"));
        assertThat(e).as(describe(e)).anySatisfy(x -> assertThat(surfaces(x))
                .contains("Daesan Power Limited", "Daesan Power"));
        // the short name begins with a place, so alone it reads as one: still the company
        List<Entity> tonga = tag("Tonga Cobalt Limited owns the mine. Shares in Tonga Cobalt fell on Monday.");
        assertThat(tonga).as(describe(tonga)).anySatisfy(x -> assertThat(surfaces(x))
                .containsExactlyInAnyOrder("Tonga Cobalt Limited", "Tonga Cobalt"));
        // the shorter name is a place: no merge
        List<Entity> india = tag("The East India Company traded with India for two centuries.");
        assertThat(india).as(describe(india)).anySatisfy(x -> assertThat(surfaces(x)).containsExactly("India"));
    }

    @Test
    void knownTranslationsAndAcronymsAreOneEntity() {
        List<Entity> e = tag("The Houthis, or Ansar Allah, fired missiles. The SDF, also called Qasad, and the Syrian "
                + "Democratic Forces command met. The IAEA and the International Atomic Energy Agency spoke of Fordow "
                + "and Natanz. HTS, Hayat Tahrir al-Sham and Tahrir al-Sham are one group.");
        assertThat(surfaces(one(e, "Q3042087"))).contains("Houthis", "Ansar Allah");
        assertThat(surfaces(one(e, "ws:org:syrian-democratic-forces"))).contains("SDF", "Qasad", "Syrian Democratic Forces");
        assertThat(surfaces(one(e, "Q41984")))
                .contains("IAEA", "International Atomic Energy Agency");
        assertThat(surfaces(one(e, "Q28540613"))).contains("HTS", "Hayat Tahrir al-Sham", "Tahrir al-Sham");
        assertThat(named(e, "Fordow").type()).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Natanz").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void anAcronymDefinedInTheTextMergesWithItsName() {
        List<Entity> e = tag("The Free Coastal Alliance (FCA) joined the talks. The FCA did not name its leaders.");
        assertThat(surfaces(named(e, "Free Coastal Alliance"))).containsExactlyInAnyOrder("Free Coastal Alliance", "FCA");
    }
    @Test
    void minesBridgesAndPipelinesTakeTheirLowerCaseHead() {
        List<Entity> entities = tag("Rebels took the Kalundo mine and cut the Varsk pipeline near the Ostrel bridge.");
        for (String site : List.of("Kalundo mine", "Varsk pipeline", "Ostrel bridge")) {
            Entity e = mentioning(entities, site);
            assertThat(e.type()).as(describe(entities)).isEqualTo(EntityType.LOCATION);
        }
    }

    @Test
    void aMosqueIsASiteNotAnOrganisation() {
        List<Entity> entities = tag("Worshippers filled the Karvani Mosque on Friday.");
        assertThat(named(entities, "Karvani Mosque").type()).as(describe(entities)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aTranslationInBracketsAfterAPartyWithItsLowerCaseNounJoinsIt() {
        List<Entity> entities = tag("Members of her Civic Union party (Unione Civica, UC) were charged. The UC denied it.");
        assertThat(surfaces(named(entities, "Civic Union"))).as(describe(entities))
                .contains("Civic Union", "Unione Civica", "UC");
    }

    @Test
    void anAcronymStatedAfterKnownByItsJoinsTheName() {
        List<Entity> entities = tag("The Office for Customs Fraud, known by its Spanish acronym OLFA, examined the "
                + "contracts. OLFA found nothing.");
        assertThat(surfaces(named(entities, "Office for Customs Fraud"))).as(describe(entities)).contains("OLFA");
    }

    @Test
    void anOfficialNameAfterOfficiallyJoinsTheName() {
        List<Entity> entities = tag("Volunteers of the Blue Vests, officially the Marvan Rescue Corps, searched the "
                + "ruins.");
        assertThat(surfaces(mentioning(entities, "Blue Vests"))).as(describe(entities)).contains("Marvan Rescue Corps");
    }

    @Test
    void aPlatformIsAnOrganisationAndItsBracketedTranslationJoinsIt() {
        List<Entity> entities = tag("The Democratic Platform (Plataforma Democrática) held tally sheets.");
        Entity e = named(entities, "Democratic Platform");
        assertThat(e.type()).as(describe(entities)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(surfaces(e)).contains("Plataforma Democrática");
    }
    @Test
    void aNameInItsOwnLanguageAfterTheAcronymJoinsTheName() {
        List<Entity> entities = tag("The rebels of the Tamarsa Liberation Front (TLF), or Fronti Çlirimtar in Albanian, "
                + "attacked at dawn.");
        assertThat(surfaces(mentioning(entities, "TLF"))).as(describe(entities))
                .contains("Tamarsa Liberation Front", "Fronti Çlirimtar");
    }
    @Test
    void aCrossingNamedAfterTheTownsOnBothSidesIsCalledByEitherSide() {
        List<Entity> entities = tag("Trucks queued at the Talvik-Morsa border crossing on Monday. The Morsa crossing "
                + "reopened later, officials in Morsa said.");
        assertThat(surfaces(mentioning(entities, "Talvik-Morsa border crossing"))).as(describe(entities))
                .contains("Morsa crossing", "Morsa");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Officials of the Banque du Tarsal said reserves fell.|Banque du Tarsal|ORGANIZATION",
        "The Secretaría de Obras Públicas approved the plan.|Secretaría de Obras Públicas|ORGANIZATION",
        "Researchers at Universitas Kalamanda Raya said the ash would fall.|Universitas Kalamanda Raya|ORGANIZATION",
        "Officers of the Straż Morska detained the crew.|Straż Morska|ORGANIZATION",
        "Water rose in the Río Tarvelo overnight.|Río Tarvelo|LOCATION",
        "Smoke rose over the Varsovy Forest on Monday.|Varsovy Forest|LOCATION",
        "Ships waited at the Tarvelo Locks for a day.|Tarvelo Locks|LOCATION"})
    void aHeadInTheNamesOwnLanguageOrAPlaceWordTypesTheName(String text, String name, EntityType type) {
        List<Entity> entities = tag(text);
        assertThat(mentioning(entities, name).type()).as(describe(entities)).isEqualTo(type);
    }

    @Test
    void squaresBuildingsAndSitesAfterAKindWordArePlaces() {
        List<Entity> e = tag("Crowds filled the Praça dos Tamarsos. Staff left the Dravin R. Korvath Federal Building. "
                + "Strikes hit the Korvalo enrichment facility.");
        assertThat(named(e, "Praça dos Tamarsos").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Dravin R. Korvath Federal Building").type()).as(describe(e))
                .isEqualTo(EntityType.LOCATION);
        assertThat(mentioning(e, "Korvalo enrichment facility").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aTerritoryAndADistritoArePlaces() {
        List<Entity> e = tag("Voters in the Tamarsa Capital Territory queued for hours, as did those of the Distrito Korvalo.");
        assertThat(named(e, "Tamarsa Capital Territory").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Distrito Korvalo").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aNameAndItsWordForWordTranslationAreOneEntity() {
        List<Entity> e = tag("The Agence Nationale de Météorologie warned of floods, and the National Meteorology Agency "
                + "later raised its alert. The Police Fédérale Tavorienne sealed the roads; the Tavorian Federal Police "
                + "said two men were held. The Instituto Central de Korvalo, or Korvalo Central Institute, closed.");
        assertThat(surfaces(named(e, "Agence Nationale de Météorologie"))).as(describe(e))
                .containsExactlyInAnyOrder("Agence Nationale de Météorologie", "National Meteorology Agency");
        assertThat(surfaces(named(e, "Police Fédérale Tavorienne"))).as(describe(e))
                .containsExactlyInAnyOrder("Police Fédérale Tavorienne", "Tavorian Federal Police");
        assertThat(surfaces(named(e, "Instituto Central de Korvalo"))).as(describe(e))
                .containsExactlyInAnyOrder("Instituto Central de Korvalo", "Korvalo Central Institute");
    }

    @Test
    void aForeignNameWhoseWordsDoNotAllPairIsAnotherName() {
        List<Entity> e = tag("The Agence Nationale de Météorologie warned of floods, and the National Weather Agency "
                + "later raised its alert.");
        assertThat(surfaces(named(e, "Agence Nationale de Météorologie"))).as(describe(e))
                .containsExactly("Agence Nationale de Météorologie");
    }

    @Test
    void aNamedSiteOfAKnownPlaceIsTwoPlaces() {
        List<Entity> e = tag("Flights left Korvana International Airport of Benghazi on Monday. The National Museum of Iraq "
                + "reopened.");
        assertThat(named(e, "Korvana International Airport").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Benghazi").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "National Museum of Iraq")).as(describe(e)).isNotNull();
    }

    @Test
    void aSitesNumberIsPartOfItsName() {
        List<Entity> e = tag("A drone struck Tower 47 near the border. The rocket left from Launch Complex 12C, and traffic on "
                + "Interstate 418 stopped. The Tower said 22 people were hurt.");
        assertThat(e.stream().map(Entity::name)).as(describe(e))
                .contains("Tower 47", "Launch Complex 12C", "Interstate 418").doesNotContain("Tower", "Launch Complex");
        assertThat(named(e, "Tower 47").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aFieldInLowerCaseAndWhatAPlantMakesOrDoesMakeASite() {
        List<Entity> e = tag("Drones hit the Kavrani oil field and the Tolmeh field. Workers at the Pelmouth assembly plant and "
                + "the Darvik water treatment plant struck.");
        for (String site : List.of("Kavrani", "Tolmeh", "Pelmouth", "Darvik")) {
            assertThat(e).as(describe(e)).anyMatch(x -> x.name().startsWith(site) && x.type() == EntityType.LOCATION);
        }
    }

    @Test
    void aKnownBodyTranslatedWordForWordIsThatBody() {
        List<Entity> e = tag("The Fund Monetary International approved the loan. The Bank Central European held rates, and "
                + "the Committee International of the Red Cross visited the camp. The Organization World of the Health "
                + "warned of cholera.");
        assertThat(surfaces(one(e, "Q7804"))).as(describe(e)).containsExactly("Fund Monetary International");
        assertThat(surfaces(one(e, "Q8901"))).as(describe(e)).containsExactly("Bank Central European");
        assertThat(surfaces(named(e, "International Committee of the Red Cross"))).as(describe(e))
                .containsExactly("Committee International of the Red Cross");
        assertThat(surfaces(one(e, "Q7817"))).as(describe(e)).containsExactly("Organization World of the Health");
        assertThat(e).as(describe(e)).hasSize(4);
    }

    @Test
    void aBodyTranslatedWithItsHeadBeforeItsAdjectiveIsAnOrganisation() {
        List<Entity> e = tag("The Court Administrative Tavorian annulled the decree. Officers of the Police Military of the "
                + "Kirra District fired gas at protesters.");
        assertThat(named(e, "Court Administrative Tavorian").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Police Military of the Kirra District").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aSiteNamedWithItsHeadThenOfTheIsOnePlace() {
        List<Entity> e = tag("The president left the Palace of the Varandela on Sunday, and protesters filled the Esplanade "
                + "of the Torvas before dawn.");
        assertThat(named(e, "Palace of the Varandela").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Esplanade of the Torvas").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aKnownRegionWithThePointOfTheCompassAfterItsNameIsThatRegion() {
        List<Entity> e = tag("The plane came down off Karawang, in the province of Java West. The fishermen in Kirrabay West "
                + "saw it fall.");
        assertThat(surfaces(one(e, "Q3724"))).as(describe(e)).containsExactly("Java West");
        // not a known region read either way: the name stays as written
        assertThat(named(e, "Kirrabay West").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aSiteWithItsLowerCaseHeadBeforeItsNameIsOnePlaceWhicheverWayItIsWritten() {
        List<Entity> e = tag("Rescuers entered the mine Kaldera at dawn. The Kaldera mine employed 800 men. Divers left from "
                + "the port Tanjung Varro, and supporters gathered at the mosque Sidi Amrane Bel. Pilgrims at the shrine "
                + "Dar Kelmo prayed; in Dar Kelmo, shops shut.");
        assertThat(surfaces(named(e, "mine Kaldera"))).as(describe(e)).containsExactlyInAnyOrder("mine Kaldera", "Kaldera mine");
        assertThat(named(e, "port Tanjung Varro").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "mosque Sidi Amrane Bel").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        // a shrine's name is seldom a town's: the place of that name is the shrine
        assertThat(surfaces(named(e, "shrine Dar Kelmo"))).as(describe(e)).containsExactlyInAnyOrder("shrine Dar Kelmo",
                "Dar Kelmo");
    }

    @Test
    void aMallIsCalledByItsFirstWordAndWithoutItsKind() {
        List<Entity> e = tag("Gunmen stormed the Kelvora Shopping Mall on Saturday. Soldiers entered Kelvora Mall on Sunday. "
                + "Troops left Kelvora at dawn.");
        assertThat(surfaces(named(e, "Kelvora Shopping Mall"))).as(describe(e))
                .containsExactlyInAnyOrder("Kelvora Shopping Mall", "Kelvora Mall", "Kelvora");
    }

    @Test
    void anEpithetAfterTheIsPartOfTheName() {
        List<Entity> e = tag("Protesters sang in the Cathedral of Dorvan the Blessed. Ulric the Great founded the town.");
        assertThat(named(e, "Cathedral of Dorvan the Blessed").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Ulric the Great").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aTempleAndACathedralOfOneNameAreOneBuilding() {
        List<Entity> e = tag("Singers entered the Temple of Saint Orvel in Kelmar. Guards closed the Cathedral of Saint Orvel "
                + "on Monday, and the Varsk Cathedral and the Cathedral of Varsk were full.");
        assertThat(surfaces(named(e, "Cathedral of Saint Orvel"))).as(describe(e))
                .containsExactlyInAnyOrder("Temple of Saint Orvel", "Cathedral of Saint Orvel");
        assertThat(surfaces(named(e, "Cathedral of Varsk"))).as(describe(e))
                .containsExactlyInAnyOrder("Varsk Cathedral", "Cathedral of Varsk");
    }

    @Test
    void notreDameIsOurLadysCathedralNotATitle() {
        List<Entity> e = tag("Firefighters reached the Cathedral of Notre Dame at night. Crowds stood outside Notre-Dame.");
        assertThat(surfaces(named(e, "Cathedral of Notre Dame"))).as(describe(e)).contains("Cathedral of Notre Dame");
        assertThat(mentioning(e, "Notre-Dame").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aSiteOfARegionNamedByItsLowerCaseHeadIsTwoPlaces() {
        List<Entity> e = tag("The quake struck the Kelmo Peninsula of Varuna prefecture on Monday. Towns on the Kelmo "
                + "Peninsula were cut off.");
        assertThat(surfaces(named(e, "Kelmo Peninsula"))).as(describe(e)).containsExactly("Kelmo Peninsula");
        assertThat(named(e, "Varuna").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aSiteWithALowerCaseHeadIsNotTheLandItsFirstWordNames() {
        List<Entity> e = tag("Towns on the Kelmo Peninsula were cut off. Rescuers reached Kelmo airport on Monday. Dorva "
                + "Island was flooded. Dorva port closed.");
        assertThat(surfaces(named(e, "Kelmo Peninsula"))).as(describe(e)).containsExactly("Kelmo Peninsula");
        assertThat(surfaces(named(e, "Dorva Island"))).as(describe(e)).containsExactly("Dorva Island");
    }

    @Test
    void whatAMineYieldsStandsBetweenItsNameAndItsHead() {
        List<Entity> e = tag("Police shot 34 miners at the Kelvaro platinum mine on Thursday. The Kelvaro mine was closed.");
        assertThat(surfaces(mentioning(e, "Kelvaro platinum mine"))).as(describe(e))
                .containsExactlyInAnyOrder("Kelvaro platinum mine", "Kelvaro mine");
    }

    @Test
    void aSiteWithItsHeadInAnotherLanguageAfterTheNameIsTheSiteWithTheEnglishHead() {
        List<Entity> e = tag("The Kelvar Masjid was razed in 1992, and the Dhoran Mandir opened on its site. Crowds "
                + "gathered where the Kelvar mosque had stood, and the Dhoran temple was full.");
        assertThat(surfaces(named(e, "Kelvar Masjid"))).as(describe(e)).contains("Kelvar Masjid", "Kelvar mosque");
        assertThat(surfaces(named(e, "Dhoran Mandir"))).as(describe(e)).contains("Dhoran Mandir", "Dhoran temple");
        assertThat(named(e, "Kelvar Masjid").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aPlacesKindWrittenBeforeItsNameWithoutTheSaysItIsAPlace() {
        List<Entity> e = tag("The road connecting district Lam Veo and district Tam Kelo of province Phu Varro was cut.");
        for (String name : List.of("Lam Veo", "Tam Kelo", "Phu Varro")) {
            assertThat(named(e, name).type()).as(name + " in " + describe(e)).isEqualTo(EntityType.LOCATION);
        }
        // a Chinese family name and given name before a site's lower-case head name the site
        List<Entity> bridge = tag("The Tan Shuo bridge collapsed on Monday, and traffic stopped.");
        assertThat(named(bridge, "Tan Shuo").type()).as(describe(bridge)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aProvinceWrittenBeforeASiteWithoutInIsAPlaceOfItsOwn() {
        // as Korean is translated: the province (known, or not), then the airport in it
        List<Entity> e = tag("This morning in South Jeolla Province Velmora International Airport a plane crashed, and "
                + "Karvel Prefecture Tasso Airport closed.");
        assertThat(surfaces(named(e, "South Jeolla"))).as(describe(e)).contains("South Jeolla Province");
        assertThat(named(e, "Velmora International Airport").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Karvel Prefecture").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Tasso Airport").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aSiteCalledByItsFirstWordAndLowerCaseHeadIsTheSiteNotTheTown() {
        List<Entity> e = tag("VELMORA, 29 December - A plane crashed at Velmora International Airport. The Velmora airport "
                + "was shut, and the minister arrived in Velmora.");
        Entity airport = named(e, "Velmora International Airport");
        assertThat(surfaces(airport)).as(describe(e)).contains("Velmora airport").doesNotContain("VELMORA", "Velmora");
    }
}
