package io.wirestream.tagging;

import static io.wirestream.tagging.TaggingAssertions.describe;
import static io.wirestream.tagging.TaggingAssertions.named;
import static io.wirestream.tagging.TaggingAssertions.surfaces;
import static io.wirestream.tagging.TaggingAssertions.tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Names outside the knowledge base: found by capitalisation and context, typed by cues, merged in the document. */
class NameRulesTest {

    @Test
    void anOperationsNameAndACurrencysLettersAreNoEntities() {
        List<Entity> e = tag("Troops crossed the border under an operation named Korvan Shield. The summit cost about "
                + "S$20 million and HK$5 billion.");
        assertThat(e).as(describe(e)).isEmpty();
    }

    @Test
    void aNumberedCourtOrFrontKeepsItsNumber() {
        List<Entity> e = tag("The 4th Federal Court of Tavira ruled on Monday. Rebels of the Korvan 33rd Front and the "
                + "7th Infantry Division clashed.");
        assertThat(e).as(describe(e)).extracting(Entity::name).contains("4th Federal Court of Tavira",
                "7th Infantry Division");
    }

    @Test
    void anAdjectiveOfARegionIsNoName() {
        List<Entity> e = tag("Talks on the Himalayan region stalled, and Andean nations met. Himalayan glaciers melt.");
        assertThat(e).as(describe(e)).isEmpty();
    }

    @Test
    void aBodysNameWithoutItsHeadIsTheBodyHoweverOftenUsed() {
        List<Entity> e = tag("Thomas Varley, the oldest travel firm, collapsed. Thomas Varley Group had warned in May, "
                + "and Thomas Varley said on Monday that Thomas Varley would stop trading.");
        assertThat(named(e, "Thomas Varley Group").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(surfaces(named(e, "Thomas Varley Group"))).as(describe(e)).contains("Thomas Varley");
    }

    @Test
    void aTitleWordAfterAGivenNameIsTheSurname() {
        List<Entity> e = tag("Julie Major met Ahmed Mufti on Monday.");
        assertThat(e).as(describe(e)).extracting(Entity::name).containsExactly("Julie Major", "Ahmed Mufti");
        assertThat(e).as(describe(e)).allSatisfy(x -> assertThat(x.type()).isEqualTo(EntityType.PERSON));
    }

    @Test
    void saidBeforeANameIsAGivenName() {
        List<Entity> e = tag("The brother of the president, Saïd Korvani, is not appeared since the illness of Amar "
                + "Korvani. On Monday Said Tavoli told reporters he would stay.");
        assertThat(e).as(describe(e)).extracting(Entity::name).contains("Saïd Korvani", "Amar Korvani", "Said Tavoli");
    }

    @Test
    void monarchsAndClergysTitlesStayOutOfTheName() {
        List<Entity> e = tag("Emperor Tavomi and Empress Emerita Kelsa attended. Father Kirro Vensel said mass, and Father "
                + "Kirro stayed.");
        assertThat(e).as(describe(e)).extracting(Entity::name).contains("Tavomi", "Kelsa", "Kirro Vensel");
        assertThat(e).as(describe(e)).allSatisfy(x -> assertThat(x.type()).isEqualTo(EntityType.PERSON));
    }

    @Test
    void aHyphenatedGivenNamesFirstPartIsAGivenName() {
        List<Entity> e = tag("Heinz-Christian Tessler has stepped back. The video shows Tessler at a villa.");
        assertThat(named(e, "Heinz-Christian Tessler").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aStormIsNoEntity() {
        List<Entity> e = tag("Floodwaters left by Cyclone Tavira spread across Beira, and Typhoon Korvo hit Luzon.");
        assertThat(e).as(describe(e)).extracting(Entity::name).doesNotContain("Cyclone Tavira", "Typhoon Korvo", "Tavira",
                "Korvo");
    }

    @Test
    void anOrdinaryWordOpeningTheSentenceBeforeAGivenNameAndAPluralTitleAreNoPartOfTheName() {
        List<Entity> e = tag("Carpenter Mauricio Tellaval, a friend of the family, was jailed. Justices Ombeke Tarrow and Wanjiru "
                + "Kessel dissented.");
        assertThat(named(e, "Mauricio Tellaval").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(named(e, "Ombeke Tarrow").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aKnownGivenNameRightAfterAnOrganisationsHeadStartsItsHoldersName() {
        List<Entity> e = tag("He met the adviser in the Grand Chamber Saud al-Marrabi , and Ukrainian Leonid Tavrenko was there.");
        assertThat(named(e, "Grand Chamber").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Saud al-Marrabi").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(named(e, "Leonid Tavrenko").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void complexesCourthousesAndMarketsArePlaces() {
        List<Entity> e = tag("Judges sat at the Varrowby Judicial Complex, and crowds filled Souq Tammaril before the Ostrel "
                + "courthouse closed.");
        assertThat(named(e, "Varrowby Judicial Complex").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Souq Tammaril").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void theNameOfALanguageIsNoEntity() {
        List<Entity> e = tag("The elders of Marrakand spoke in the Velosi language and sang in the Orrim dialect.");
        assertThat(e).as(describe(e)).noneMatch(x -> x.name().equals("Velosi") || x.name().equals("Orrim"));
    }

    @Test
    void aTitleMakesAPerson() {
        Entity p = named(tag("Deputy Governor Farida Haidari visited the clinic."), "Farida Haidari");
        assertThat(p.type()).isEqualTo(EntityType.PERSON);
        assertThat(p.method()).isEqualTo("rule");
        assertThat(p.id()).isEqualTo("ws:name:farida-haidari");
    }

    @Test
    void aChamberNamedByItsHeadAloneIsAnOrganisationAndItsLeadersTitleNoPartOfIt() {
        List<Entity> e = tag("Lawmakers in the Senate on Tuesday blocked the bill. Senate Majority Leader Karlo Venn said it "
                + "was dead, and House Minority Whip Ilse Varga agreed.");
        assertThat(named(e, "Senate").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Senate").mentions()).as(describe(e)).hasSize(2);
        assertThat(named(e, "Karlo Venn").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(named(e, "Ilse Varga").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aPeoplesAdjectiveAndTheFirstWordsOfATitleAreNoName() {
        // before a known person, whom the knowledge base finds first
        List<Entity> e = tag("Iranian Supreme Leader Ayatollah Ali Khamenei spoke on Monday, and the Russian Defence "
                + "Ministry agreed.");
        assertThat(e.stream().map(Entity::name)).as(describe(e))
                .containsExactly("Ali Khamenei", "Ministry of Defence of the Russian Federation");
    }

    @Test
    void abbreviatedRanksAndARectorsTitleAreNoPartOfTheName() {
        List<Entity> e = tag("Tavoria Police Const. Ilse Varga and Supt. Karlo Venn spoke, and Rector Oyelaran Bakare agreed.");
        assertThat(e.stream().map(Entity::name)).as(describe(e))
                .containsExactly("Tavoria Police", "Ilse Varga", "Karlo Venn", "Oyelaran Bakare");
    }

    @Test
    void flightsAndAircraftModelsAreNoNamesButChannelsWithADigitAre() {
        List<Entity> e = tag("The plane, an A350, landed in Kirra after flight KV4978 was diverted, and the broadcaster TK1 "
                + "said so.");
        assertThat(e.stream().map(Entity::name)).as(describe(e)).doesNotContain("KV4978", "A350").contains("TK1");
    }

    @Test
    void aFlightNamedWithItsCapitalisedWordIsNoNameButItsAirlineIs() {
        List<Entity> e = tag("Flight KV4978 crashed, five months after Tarvo Air Flight TJ610 went down, and Kirran Airlines "
                + "Flight 302 was grounded.");
        assertThat(e.stream().map(Entity::name)).as(describe(e)).containsExactlyInAnyOrder("Tarvo Air", "Kirran Airlines");
    }

    @Test
    void plansAndEventsNamedHeadFirstAreNoEntities() {
        List<Entity> e = tag("The bill would redefine the Treaty of Varrowby, signed in 1840, and Kessel called for a Tarvo Plan "
                + "after the Siege of Ostrel.");
        assertThat(e.stream().map(Entity::name)).as(describe(e)).doesNotContain("Treaty of Varrowby", "Tarvo Plan",
                "Siege of Ostrel");
    }

    @Test
    void shipsAreNoEntitiesButACarrierMayBeAnAirline() {
        List<Entity> e = tag("The container ship Ever Tavora ran aground near Kirra, and the destroyer USS Venn came to help. "
                + "The national carrier Tavorair cancelled flights.");
        assertThat(e.stream().map(Entity::name)).as(describe(e)).containsExactly("Kirra", "Tavorair");
    }

    @Test
    void aPersonOfAnOrganisationIsTwoNamesAndFirmsJoinTheirFoundersWithAnAmpersand() {
        List<Entity> e = tag("The new chamber elected Samuel Venn of Tavora Unida, and Edward Kirra of Varga & Bakare said so.");
        assertThat(named(e, "Samuel Venn").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(named(e, "Edward Kirra").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(named(e, "Varga & Bakare").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(e.stream().map(Entity::name)).as(describe(e)).contains("Tavora Unida");
    }

    @Test
    void formerIsNoPartOfANameAndAGivenNameBeatsTheNounBeforeIt() {
        List<Entity> e = tag("Former Tavora Enquirer publisher David Kirrawan testified on Monday.");
        assertThat(named(e, "Tavora Enquirer").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "David Kirrawan").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aKindOfBusinessOpeningTheSentenceIsNoName() {
        List<Entity> e = tag("Salvage firm Kirrawan Marine said the ship was free. Parent company Tavora Holdings agreed.");
        assertThat(e.stream().map(Entity::name)).as(describe(e)).doesNotContain("Salvage", "Parent")
                .contains("Kirrawan Marine");
    }

    @Test
    void aSentenceOpeningGroupOfPeopleWhoSpeakIsNoName() {
        List<Entity> e = tag("Police said the man was shot near Tamarsa. Troops said they advanced. Authorities said "
                + "nothing. Medics said two were hurt. Staff said so.");
        assertThat(e.stream().map(Entity::name)).as(describe(e)).containsExactly("Tamarsa");
        // after a dateline's dash too; and a political creed is an adjective, not a person
        List<Entity> dateline = tag("KIRRA, April 20 (CP) - Police said a former Maoist guerrilla leader had fled.");
        assertThat(dateline.stream().map(Entity::name)).as(describe(dateline)).doesNotContain("Police", "Maoist");
        // a surname that is also a plural still joins the full name written before it
        List<Entity> p = tag("Oyelaran Banks spoke on Monday. Banks said he would run.");
        assertThat(surfaces(named(p, "Oyelaran Banks"))).as(describe(p)).containsExactlyInAnyOrder("Oyelaran Banks", "Banks");
    }

    @Test
    void aSentenceOpeningPluralBeforeOfIsNoPartOfTheName() {
        List<Entity> e = tag("Shares of Daesan Electronics fell. Supporters of Oyelaran Bakare marched on Monday.");
        assertThat(e.stream().map(Entity::name)).as(describe(e)).containsExactly("Daesan Electronics", "Oyelaran Bakare");
        // a head keeps its "of": "Islands of ..." is a place, "Forces of ..." an organisation
        assertThat(named(tag("Bank of Tamarsa shares fell."), "Bank of Tamarsa").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aPersonNamedRightAfterAnOrganisationsHeadWordIsAPersonOfTheirOwn() {
        List<Entity> e = tag("The head of the Tamarsa Regional Military Administration Oleh Korvin said two drones fell. "
                + "Korvin added that no one was hurt.");
        assertThat(named(e, "Tamarsa Regional Military Administration").type()).as(describe(e))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(surfaces(named(e, "Oleh Korvin"))).as(describe(e)).containsExactly("Oleh Korvin", "Korvin");
        // an office's own two-word ending stays in the office's name
        List<Entity> office = tag("The Tamarsa Regional Administration Press Office said so.");
        assertThat(office).as(describe(office)).noneMatch(x -> x.type() == EntityType.PERSON);
    }

    @Test
    void aLowerCaseArticleGluedBeforeANameIsPartOfIt() {
        List<Entity> e = tag("Families left al-Tamarsa camp in May, and later Al-Tamarsa emptied. Their al-Mizan television "
                + "broadcast it.");
        // the camp's lower-case head is part of the site's name (issue 14's "Shatila camp"); the bare name is the same place
        assertThat(surfaces(named(e, "al-Tamarsa"))).as(describe(e)).containsExactlyInAnyOrder("al-Tamarsa camp", "Al-Tamarsa");
        assertThat(named(e, "al-Mizan").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        // still one word: no cue, no name (and no two-word PERSON by default)
        List<Entity> none = tag("The two sides discussed the situation in the camps of al-Tamarsa and the return of families.");
        assertThat(none).as(describe(none)).noneMatch(x -> x.type() == EntityType.PERSON);
        // and still a surname
        List<Entity> p = tag("Abdul Ghani al-Kikli leads the force. Officials said al-Kikli had left.");
        assertThat(surfaces(named(p, "Abdul Ghani al-Kikli"))).as(describe(p)).contains("al-Kikli");
    }

    @Test
    void envoysAndMediatorsAreTitles() {
        List<Entity> e = tag("UN Special Coordinator Marta Oyelaran met the Rapporteur Tomasz Wierzbicki and chief mediator "
                + "Farida Haidari. Commodore Jay Tarrelo and Superintendent Omar Tarik spoke.");
        for (String name : List.of("Marta Oyelaran", "Tomasz Wierzbicki", "Farida Haidari", "Jay Tarrelo", "Omar Tarik")) {
            assertThat(named(e, name).type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        }
    }

    @Test
    void aVerbOfSpeechMakesAPerson() {
        assertThat(named(tag("“We are ready,” said Tomasz Wierzbicki, a local organiser."), "Tomasz Wierzbicki").type())
                .isEqualTo(EntityType.PERSON);
        assertThat(named(tag("Oyelaran Bakare told reporters the vote was fair."), "Oyelaran Bakare").type())
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void organisationHeadsMakeAnOrganisation() {
        List<Entity> e = tag("The Malawian Ministry of Health and the Lilongwe Farmers Union met the Ndovu Trading Company.");
        assertThat(named(e, "Malawian Ministry of Health").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Lilongwe Farmers Union").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Ndovu Trading Company").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void placeCuesMakeALocation() {
        List<Entity> e = tag("Shelling hit homes in Kafranbel and near the Wadi Qandil river. The town of Saraqib emptied.");
        assertThat(named(e, "Kafranbel").type()).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Wadi Qandil").type()).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Saraqib").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void nearbyAnEnclaveOfAndTheGovernorOfMakeALocation() {
        List<Entity> e = tag("In nearby Korvask the clinic closed. The enclave of Tavrani was shelled, and the small community "
                + "of Pelmouth grieved. Velmaro, a former governor of Kestrany, spoke.");
        for (String place : List.of("Korvask", "Tavrani", "Pelmouth", "Kestrany")) {
            assertThat(named(e, place).type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        }
    }

    @Test
    void aPlaceListGoesOnToANameWithItsArticleGlued() {
        List<Entity> e = tag("The towns of Kavrat, Tolmeh and al-Dreska were flooded.");
        for (String place : List.of("Kavrat", "Tolmeh")) {
            assertThat(named(e, place).type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        }
    }

    @Test
    void anArabicOrHebrewPlaceOpenerMakesALocation() {
        List<Entity> e = tag("Ras Darwan was struck twice. Beit Sulaf lost power, and Kfar Moran emptied as Wadi Tamra flooded.");
        for (String name : List.of("Ras Darwan", "Beit Sulaf", "Kfar Moran", "Wadi Tamra")) {
            assertThat(named(e, name).type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        }
        // a title still makes a person, and so does a role in apposition
        assertThat(named(tag("Governor Bab Ferhat visited the clinic."), "Bab Ferhat").type()).isEqualTo(EntityType.PERSON);
        assertThat(named(tag("Ras Mbaraka, a lawyer for the families, said they were held."), "Ras Mbaraka").type())
                .isEqualTo(EntityType.PERSON);
        assertThat(named(tag("Ras Darwan, the largest port, was hit."), "Ras Darwan").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void namesThatDifferOnlyByAnInnerApostropheAreOneEntity() {
        List<Entity> e = tag("Students of Allameh Tabataba'i University marched. Allameh Tabatabai University closed early.");
        Entity org = named(e, "Allameh Tabataba'i University");
        assertThat(org.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(surfaces(org)).as(describe(e))
                .containsExactlyInAnyOrder("Allameh Tabataba'i University", "Allameh Tabatabai University");
        assertThat(e).hasSize(1);
    }

    @Test
    void twoOrganisationsJoinedByAndAreTwo() {
        List<Entity> e = tag("Students of Kasoa University of Science and Ndovu Mwangi University marched, and the Ndovu "
                + "Labour Party and Kisumu Farmers Party joined them.");
        for (String name : List.of("Kasoa University of Science", "Ndovu Mwangi University", "Ndovu Labour Party",
                "Kisumu Farmers Party")) {
            assertThat(named(e, name).type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        }
        assertThat(e).as(describe(e)).hasSize(4);
        // a bare name after a complete organisation's name is a second organisation
        List<Entity> bare = tag("Sales at the Daesan Motor Company and Korvex rose, and Ndovu Trading Group and Kisumu "
                + "Tamarsa said prices would rise.");
        assertThat(bare.stream().map(Entity::name)).as(describe(bare))
                .containsExactly("Daesan Motor Company", "Korvex", "Ndovu Trading Group", "Kisumu Tamarsa");
        assertThat(bare).as(describe(bare)).allMatch(x -> x.type() == EntityType.ORGANIZATION);
        // one organisation with "and" in its name stays whole
        List<Entity> one = tag("The Lilongwe Department of Health and Human Services and the Kasoa Institute for Peace "
                + "and Conflict Studies met the Lilongwe Securities and Exchange Commission and the Kasoa Ministry of "
                + "Petroleum and Mineral Resources.");
        assertThat(one.stream().map(Entity::name)).as(describe(one))
                .containsExactly("Lilongwe Department of Health and Human Services", "Kasoa Institute for Peace and Conflict Studies",
                        "Lilongwe Securities and Exchange Commission", "Kasoa Ministry of Petroleum and Mineral Resources");
    }

    @Test
    void aBracketedAcronymProvesWhereANameWithAndEnds() {
        List<Entity> e = tag("A vessel of the Kasoa Bureau of Fisheries and Coastal Patrols (KBFCP) was hit. KBFCP said no one "
                + "was hurt. The Kasoa Bureau of Fisheries and Tomasz Wierzbicki met.");
        assertThat(surfaces(named(e, "Kasoa Bureau of Fisheries and Coastal Patrols"))).as(describe(e))
                .containsExactlyInAnyOrder("Kasoa Bureau of Fisheries and Coastal Patrols", "KBFCP");
        assertThat(e).as(describe(e)).anyMatch(x -> x.name().equals("Kasoa Bureau of Fisheries"));
    }

    @Test
    void wordsWithNoHeadAndThenAHeadedNameAreOneOrganisation() {
        List<Entity> e = tag("The Coastal Dredging and Harbour Salvage Board sent divers. Inspectors of the Orvane Tariffs and "
                + "Freight Auditing Bureau of Kasoa came too. Police in Tamberlo and Kesh Valley Council staff helped, "
                + "as did Tomasz Wierzbicki and Harbour Pilots Association volunteers.");
        assertThat(e.stream().map(Entity::name)).as(describe(e))
                .contains("Coastal Dredging and Harbour Salvage Board", "Orvane Tariffs and Freight Auditing Bureau of Kasoa",
                        "Kesh Valley Council", "Tomasz Wierzbicki", "Harbour Pilots Association")
                .doesNotContain("Tamberlo and Kesh Valley Council", "Tomasz Wierzbicki and Harbour Pilots Association");
    }

    @Test
    void aBodyOfTwoThingsJoinedByAndIsOneOrganisation() {
        List<Entity> e = tag("The Kasoa Union of Weavers and Textile Workers struck. The Orvane Council for Irrigation and "
                + "Drainage agreed. The Kesh Institute of Mining and Tomasz Wierzbicki Foundation signed.");
        assertThat(e.stream().map(Entity::name)).as(describe(e))
                .contains("Kasoa Union of Weavers and Textile Workers", "Orvane Council for Irrigation and Drainage",
                        "Kesh Institute of Mining")
                .doesNotContain("Kesh Institute of Mining and Tomasz Wierzbicki Foundation");
    }

    @Test
    void anAcronymSpellingAnOrganisationsInitialsIsThatOrganisation() {
        List<Entity> e = tag("The Tamarsa Water Authority cut supplies on Monday. TWA said pumps had failed. "
                + "TWA said repairs would take a week.");
        Entity org = named(e, "Tamarsa Water Authority");
        assertThat(org.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(surfaces(org)).as(describe(e)).containsExactlyInAnyOrder("Tamarsa Water Authority", "TWA");
        assertThat(e).as(describe(e)).hasSize(1);
        // in brackets after a name that starts with a known place
        List<Entity> b = tag("Kuala Lumpur Airways (KLA) cancelled flights. KLA said fuel had run short.");
        assertThat(surfaces(named(b, "Kuala Lumpur Airways"))).as(describe(b))
                .containsExactlyInAnyOrder("Kuala Lumpur Airways", "KLA");
        // two organisations with the same initials: the acronym is neither
        List<Entity> two = tag("The Tamarsa Water Authority and the Tavrin Workers Association met. TWA said talks failed.");
        assertThat(two).as(describe(two)).noneMatch(x -> x.name().startsWith("T") && surfaces(x).contains("TWA")
                && surfaces(x).size() > 1);
    }

    @Test
    void aMinistryNamedByItsPortfoliosKeepsThem() {
        List<Entity> e = tag("The Kasoa Ministry of Interior and the Kasoa Ministry of Economy and Finance met on Monday.");
        assertThat(e.stream().map(Entity::name)).as(describe(e))
                .containsExactly("Kasoa Ministry of Interior", "Kasoa Ministry of Economy and Finance");
        assertThat(e).allMatch(x -> x.type() == EntityType.ORGANIZATION);
        // a role after "and" is no portfolio of the ministry
        List<Entity> r = tag("Officials of the Kasoa Ministry of Health and Finance Minister Omar Tarik met.");
        assertThat(r.stream().map(Entity::name)).as(describe(r)).doesNotContain("Kasoa Ministry of Health and Finance");
        assertThat(named(r, "Omar Tarik").type()).isEqualTo(EntityType.PERSON);
        assertThat(named(r, "Kasoa Ministry of Health").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void theHolderAfterARolesPortfolioIsAPerson() {
        List<Entity> e = tag("Deputy Prime Minister for Reconstruction Taras Melnyk met Vice President for Strategic "
                + "Affairs Mohammad Reza Tavakoli. The Minister for Foreign Affairs said nothing.");
        assertThat(named(e, "Taras Melnyk").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(named(e, "Mohammad Reza Tavakoli").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(e).as(describe(e)).hasSize(2);
    }

    @Test
    void aKoreanGivenNameMayStartWithASyllableSpeltLikeAFunctionWord() {
        List<Entity> e = tag("General Baek An-su was named commander, and Deputy Minister Jang In-ho resigned. "
                + "In-depth reporting followed.");
        assertThat(named(e, "Baek An-su").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(named(e, "Jang In-ho").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(e).as(describe(e)).hasSize(2);
    }

    @Test
    void aSurnameAloneIsASecondMentionOfTheFullName() {
        List<Entity> e = tag("Opposition leader Dariusz Kowalczyk called a strike. Kowalczyk said it would last a week.");
        Entity p = named(e, "Dariusz Kowalczyk");
        assertThat(surfaces(p)).containsExactlyInAnyOrder("Dariusz Kowalczyk", "Kowalczyk");
        assertThat(e).hasSize(1);
    }

    @Test
    void formerlyKnownAsMergesTwoUnknownNames() {
        List<Entity> e = tag("The Northern Grain Cooperative, formerly known as the Kassala Millers Association, cut prices.");
        Entity org = named(e, "Northern Grain Cooperative");
        assertThat(surfaces(org)).contains("Kassala Millers Association");
        assertThat(e).as(describe(e)).hasSize(1);
    }

    @Test
    void anAcronymInBracketsJoinsItsName() {
        List<Entity> e = tag("The Tigray Relief Network (TRN) said aid was blocked. TRN staff left Mekelle.");
        Entity org = named(e, "Tigray Relief Network");
        assertThat(surfaces(org)).containsExactlyInAnyOrder("Tigray Relief Network", "TRN");
        assertThat(org.mentions()).hasSize(3);
    }

    @Test
    void sentenceOpenersAndLoneCapitalisedWordsAreNotEntities() {
        assertThat(tag("However, Officials said. Current and former staff agreed. Even so, Therefore it ended."))
                .isEmpty();
        assertThat(tag("Middle Eastern and Syrian delegates met American and Russian officials.")).isEmpty();
    }

    @Test
    void aPeoplesAdjectiveBeforeAGivenNameIsNotPartOfThePersonsName() {
        List<Entity> e = tag("American John Korvathi won the race. Korvathi said he was tired. The Egyptian Red Crescent "
                + "sent a team.");
        assertThat(named(e, "John Korvathi").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(surfaces(named(e, "John Korvathi"))).as(describe(e)).containsExactlyInAnyOrder("John Korvathi", "Korvathi");
        assertThat(named(e, "Egyptian Red Crescent").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void peoplesNamedWithADirectionAreNotPlaces() {
        assertThat(tag("Two South Koreans and three West Africans were among the dead, as were East Timorese and "
                + "North Koreans.")).as("peoples").isEmpty();
        List<Entity> places = tag("Flights from South Korea and West Africa were cancelled.");
        assertThat(places).as(describe(places)).extracting(Entity::name)
                .containsExactlyInAnyOrder("South Korea", "West Africa");
    }

    @Test
    void theSameNameGetsTheSameIdInEveryDocument() {
        String id1 = named(tag("Envoy Lindiwe Mokoena arrived."), "Lindiwe Mokoena").id();
        String id2 = named(tag("A week later, said Lindiwe Mokoena, the talks resumed."), "Lindiwe Mokoena").id();
        assertThat(id1).isEqualTo(id2).isEqualTo("ws:name:lindiwe-mokoena");
    }

    @Test
    void hyphenatedGivenNamesStayWhole() {
        assertThat(named(tag("Taiwan’s premier Cho Jung-tai said so."), "Cho Jung-tai").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aLoneWordAfterKnownAsJoinsTheName() {
        List<Entity> e = tag("Gang leader Jimmy Chérizier, better known as Barbecue, spoke. Cherizier left.");
        assertThat(surfaces(named(e, "Jimmy Chérizier"))).containsExactlyInAnyOrder("Jimmy Chérizier", "Barbecue", "Cherizier");
    }

    @Test
    void koreanStyleNamesResolveByTheirFirstWord() {
        List<Entity> e = tag("Acting Chief Justice Moon Hyung-bae read the ruling. Moon said it was final.");
        assertThat(surfaces(named(e, "Moon Hyung-bae"))).containsExactlyInAnyOrder("Moon Hyung-bae", "Moon");
    }

    @Test
    void placesListedAfterAPlaceArePlaces() {
        List<Entity> e = tag("Protests spread to Mombasa, Kisumu and Nakuru, while students fled to Eldoret.");
        for (String place : List.of("Mombasa", "Kisumu", "Nakuru", "Eldoret")) {
            assertThat(named(e, place).type()).as(place).isEqualTo(EntityType.LOCATION);
        }
    }

    @Test
    void aPersonOfAnOrganisationAreTwoEntities() {
        List<Entity> e = tag("Analyst Sash Tusa of Agency Partners said so.");
        assertThat(named(e, "Sash Tusa").type()).isEqualTo(EntityType.PERSON);
        assertThat(named(e, "Agency Partners").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(e).hasSize(2);
    }

    @Test
    void eventsRolesAndProductsAreNotEntities() {
        assertThat(tag("Crowds filled the Kazan Winter Festival.")).isEmpty();
        assertThat(tag("He met the Secretary of State and the Minister of Foreign Affairs.")).isEmpty();
        assertThat(tag("The 737 MAX was grounded.")).isEmpty();
    }

    @Test
    void partiesAreOrganisationsUnderTheirShortNames() {
        List<Entity> e = tag("The Ndovu Labour Party won. Ndovu lost two seats. The Greens gained, and the Demokraatit party too.");
        assertThat(surfaces(named(e, "Ndovu Labour Party"))).contains("Ndovu");
        assertThat(named(e, "Greens").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Demokraatit").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void companiesNamedBeforeTheirChiefAreOrganisations() {
        List<Entity> e = tag("Zentrix announced orders. Zentrix chief executive Mara Oduya said demand was strong.");
        Entity company = named(e, "Zentrix");
        assertThat(company.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(company.mentions()).hasSize(2);
        assertThat(named(e, "Mara Oduya").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void transliterationVariantsOfAnUnknownPersonMerge() {
        List<Entity> e = tag("Deputy Mohammed Zahlan arrived. Later, Muhammad Zahlan said talks failed. Zahlaan left.");
        Entity p = named(e, "Mohammed Zahlan");
        assertThat(surfaces(p)).containsExactlyInAnyOrder("Mohammed Zahlan", "Muhammad Zahlan", "Zahlaan");
    }

    @Test
    void aNameListedBeforeAKnownPlaceIsAPlace() {
        List<Entity> e = tag("Trucks were diverted between Korvask and Kandahar. Tavish Merrondo and Kenya's president met. "
                + "Velmarin and China's CNOOC signed the deal.");
        assertThat(named(e, "Korvask").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        // a place that qualifies the next name says nothing of the name before it
        assertThat(e).as(describe(e)).noneMatch(x -> x.name().equals("Velmarin") && x.type() == EntityType.LOCATION);
        assertThat(named(e, "Tavish Merrondo").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aBodyNamedHeadFirstWithItsCountryIsNoPlaceAfterThePlaceCue() {
        List<Entity> e = tag("In the capital the building of Radio Kenya was burned, and the town of Korvask emptied.");
        assertThat(named(e, "Radio Kenya").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Korvask").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void wherePeopleComeFromIsAPlace() {
        List<Entity> e = tag("Tavish Merrondo, a former schoolteacher from Korvask, spoke. A statement from Velmarin followed.");
        assertThat(named(e, "Korvask").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        // a statement comes from a body as often as from a place: no cue
        assertThat(e).as(describe(e)).noneMatch(x -> x.name().equals("Velmarin") && x.type() == EntityType.LOCATION);
    }

    @Test
    void anAppositiveOrganisationNounWithItsComplementMakesAnOrganisation() {
        List<Entity> e = tag("The assembly, controlled by Velmar Ideas, the party of the president, approved it. The pagers "
                + "bore the brand of Korvel Apollo, a company based in Taiwan.");
        assertThat(named(e, "Velmar Ideas").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Korvel Apollo").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aCommaAppositiveTitleMakesAPersonEvenWhenTheFirstNameIsAPlace() {
        Entity p = named(tag("The former president’s lawyer, Salvador Panelo, called it kidnapping."), "Salvador Panelo");
        assertThat(p.type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aKnownPlaceAfterOfBelongsToTheOrganisationsName() {
        List<Entity> e = tag("The Communications Authority of Kenya ordered stations off air. "
                + "The UN Verification Mission in Libya (UNVML) said UNVML staff were safe.");
        assertThat(named(e, "Communications Authority of Kenya").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(surfaces(named(e, "UN Verification Mission in Libya")))
                .containsExactlyInAnyOrder("UN Verification Mission in Libya", "UNVML");
        assertThat(e.stream().map(Entity::name)).doesNotContain("Kenya", "Libya", "United Nations");
    }

    @Test
    void hyphenatedAcronymsInBracketsJoinTheirName() {
        List<Entity> e = tag("The Sudan People’s Liberation Movement-in-Opposition (SPLM-IO) said its leader was held.");
        assertThat(surfaces(named(e, "Sudan People's Liberation Movement-in-Opposition"))).contains("SPLM-IO");
    }

    @Test
    void operationsAndTreatiesAreNotEntities() {
        assertThat(tag("The Philippines left the Rome Statute after Operation Spiderweb.")).extracting(Entity::name)
                .containsExactly("Philippines");
    }

    @Test
    void spanishDoubleSurnamesResolveAsAPair() {
        List<Entity> e = tag("Minister Omar García Harfuch spoke. García Harfuch said arrests rose.");
        assertThat(surfaces(named(e, "Omar García Harfuch"))).containsExactlyInAnyOrder("Omar García Harfuch", "García Harfuch");
    }

    @Test
    void acronymsFromTheNameInItsOwnLanguageStillJoin() {
        List<Entity> e = tag("Petro suspended talks with the Southern Liberation Army (ELS) on Friday. The ELS denied it. "
                + "Dissidents of the Revolutionary Armed Forces of Colombia, or FARC, fought on. FARC disarmed in 2016.");
        assertThat(surfaces(named(e, "Southern Liberation Army"))).contains("ELS");
        assertThat(surfaces(named(e, "Revolutionary Armed Forces of Colombia"))).contains("FARC");
    }

    @Test
    void staffAtANameMakeItAnOrganisation() {
        assertThat(named(tag("Economists at Harlow Brandt cut their forecast."), "Harlow Brandt").type())
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aNationalChapterOfAKnownOrganisationIsItsOwnOrganisation() {
        List<Entity> e = tag("Amnesty International Nigeria accused the police. Amnesty International said more.");
        assertThat(named(e, "Amnesty International Nigeria").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(e.stream().map(Entity::name)).contains("Amnesty International").doesNotContain("Nigeria");
    }

    @Test
    void portfoliosAfterATitleAreNotEntities() {
        List<Entity> e = tag("The UN High Commissioner for Human Rights, Volker Türk, spoke. "
                + "Spokesman of the Ministry of Foreign Affairs Esmaeil Baghaei agreed.");
        assertThat(e.stream().map(Entity::name)).contains("United Nations", "Volker Türk", "Ministry of Foreign Affairs",
                "Esmaeil Baghaei").doesNotContain("Human Rights", "Affairs", "Foreign Affairs");
    }

    @Test
    void aSurnameWithItsParticleAloneIsStillThePerson() {
        List<Entity> entities = tag("Prosecutors charged Amelie De Valsan on Monday. De Valsan said she would appeal. "
                + "De Valsan spoke again later, and De Valsan left.");
        Entity person = named(entities, "Amelie De Valsan");
        assertThat(person.type()).as(describe(entities)).isEqualTo(EntityType.PERSON);
        assertThat(surfaces(person)).contains("De Valsan");
    }

    @Test
    void aNamedUnitOfAUniversityIsTwoOrganisations() {
        List<Entity> entities = tag("The Coastal Imaging Lab of Marden University said the images were clear.");
        assertThat(named(entities, "Coastal Imaging Lab").type()).as(describe(entities))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(entities, "Marden University").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aGivenNameWithTheFirstSurnameIsTheSamePerson() {
        List<Entity> entities = tag("Opposition candidate Marisol Peralta Quintanilla said she won. Marisol Peralta "
                + "later left for Madrid.");
        assertThat(surfaces(named(entities, "Marisol Peralta Quintanilla"))).as(describe(entities))
                .contains("Marisol Peralta");
    }

    @Test
    void aHyphenatedTitleAndATitleWithItsPortfolioStayOutOfTheName() {
        List<Entity> e = tag("President-elect Marek Dovalo met Deputy Secretary of State Lena Korvath in Tamarsa.");
        assertThat(e.stream().filter(x -> x.type() == EntityType.PERSON).map(Entity::name)).as(describe(e))
                .containsExactly("Marek Dovalo", "Lena Korvath");
    }

    @Test
    void aDoubleSurnameWrittenClosedUpIsTheSamePerson() {
        List<Entity> e = tag("Foreign Minister Hamid Tarsi-Bakhtiar arrived. Tarsibakhtiar said the talks went well.");
        assertThat(surfaces(named(e, "Hamid Tarsi-Bakhtiar"))).as(describe(e))
                .containsExactlyInAnyOrder("Hamid Tarsi-Bakhtiar", "Tarsibakhtiar");
    }

    @Test
    void aDatelineOfTwoWordsInCapitalsIsAPlace() {
        List<Entity> e = tag("NOVA TAMARSA, Slovakia, May 15 (Reuters) - The mayor said the bridge would reopen.");
        assertThat(named(e, "NOVA TAMARSA").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aFaithOrKindOfGroupBeforeABodyIsNoPartOfItsName() {
        List<Entity> e = tag("They allied with the Islamist Jamaat-e-Velmar and the Christian Korvan Forces. Paramilitary "
                + "Rapid Support Forces overran the camp. The Catholic Church spoke.");
        assertThat(e.stream().map(Entity::name)).as(describe(e))
                .contains("Jamaat-e-Velmar", "Korvan Forces", "Rapid Support Forces", "Catholic Church");
    }

    @Test
    void thePressNamedByItsKindIsAnOrganisation() {
        List<Entity> e = tag("He told the journal Le Varnelliste that the body was found. Goods slowed, according to "
                + "shipping journal Korvel's List.");
        assertThat(named(e, "Le Varnelliste").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Korvel's List").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void givenNamesOfTheWorldMakePeople() {
        List<Entity> e = tag("Spokesman of the organization Behrouz Tavandi said no site was undeclared. Officials said Sri "
                + "Mulyani Varnadi resigned. Sri Lankan officials agreed.");
        assertThat(named(e, "Behrouz Tavandi").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(named(e, "Sri Mulyani Varnadi").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(e.stream().map(Entity::name)).as(describe(e)).doesNotContain("Sri Lankan");
    }

    @Test
    void aSpecialForcesRankIsARole() {
        List<Entity> e = tag("The death of former Navy SEAL Tavish Merrondo, 38, shocked the country. Mourners signed books "
                + "for Tavish.");
        assertThat(surfaces(named(e, "Tavish Merrondo"))).as(describe(e)).containsExactlyInAnyOrder("Tavish Merrondo", "Tavish");
        assertThat(e.stream().map(Entity::name)).as(describe(e)).doesNotContain("SEAL", "Navy SEAL Tavish Merrondo");
    }

    @Test
    void aNumberedUnitKeepsItsNumber() {
        List<Entity> e = tag("The 16th Korvan Infantry Division withdrew, and the 53rd Velmar Missile Brigade fired.");
        assertThat(e.stream().map(Entity::name)).as(describe(e))
                .contains("16th Korvan Infantry Division", "53rd Velmar Missile Brigade");
    }

    @Test
    void aCountOfAPeopleIsNoEntity() {
        List<Entity> e = tag("Eighteen Canadians, nine Ethiopians and eight Americans died. Thousands Iranians marched. "
                + "Eighty-one of the players signed.");
        assertThat(e).as(describe(e)).isEmpty();
    }

    @Test
    void aFaithOrACreedAsAnAdjectiveIsNoEntity() {
        List<Entity> e = tag("Tavish Merrondo, a former Catholic priest, leads the Peronist coalition with Coptic and "
                + "Maronite clergy.");
        assertThat(e.stream().map(Entity::name)).as(describe(e)).doesNotContain("Catholic", "Peronist", "Coptic", "Maronite");
    }

    @Test
    void theAgencyInADatelinesBracketsIsAnOrganisation() {
        List<Entity> e = tag("KORVA, 3 October (Velmarpress) - Voters woke up to the result. A statement (Annex) - was read.");
        assertThat(named(e, "Velmarpress").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(e.stream().map(Entity::name)).as(describe(e)).doesNotContain("Annex");
    }

    @Test
    void aDatelineOfTwoWordsThatBeginsWithAKnownPlaceIsTheWholePlace() {
        List<Entity> e = tag("MIAMI KORVANS, Fla. (AP) — The final was delayed. Fans in Miami Korvans waited.");
        assertThat(surfaces(named(e, "MIAMI KORVANS"))).as(describe(e)).containsExactlyInAnyOrder("MIAMI KORVANS", "Miami Korvans");
        assertThat(e.stream().map(Entity::name)).as(describe(e)).doesNotContain("Miami");
    }

    @Test
    void aDatelineWithALongCountryNameAndADateIsAPlace() {
        List<Entity> e = tag("KORVA, Papua New Guinea, Dec. 11 (AAP) - Voters chose independence. Crowds in Korva cheered.");
        Entity korva = named(e, "KORVA");
        assertThat(korva.type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(surfaces(korva)).as(describe(e)).containsExactlyInAnyOrder("KORVA", "Korva");
    }

    @Test
    void legalFormsAndSectorsEndCompanyNamesAndWorksEndsAPlant() {
        List<Entity> e = tag("Analysts at Ferrovo Dynamics said Tamarsa Consulting KFT, registered in Budapest, sold the "
                + "devices. Tamarsa Consulting denied it. Kolby Builders repaired the Dravin Works.");
        assertThat(named(e, "Ferrovo Dynamics").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(surfaces(named(e, "Tamarsa Consulting KFT"))).as(describe(e))
                .containsExactlyInAnyOrder("Tamarsa Consulting KFT", "Tamarsa Consulting");
        assertThat(named(e, "Kolby Builders").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Dravin Works").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void anElidedArticleJoinsAForeignNameAndAnAcronymSkipsIt() {
        List<Entity> e = tag("The Office d'Études et d'Analyses Maritimes (OEAM) opened an inquiry. The OEAM said the hull "
                + "was intact.");
        assertThat(surfaces(named(e, "Office d'Études et d'Analyses Maritimes"))).as(describe(e))
                .containsExactlyInAnyOrder("Office d'Études et d'Analyses Maritimes", "OEAM");
    }

    @Test
    void anAdviserIsATitleAndACommonHyphenatedWordIsNoName() {
        List<Entity> e = tag("Chief Adviser Tarek Morvani met the envoy. High-speed trains and X-ray machines were "
                + "damaged.");
        assertThat(e.stream().map(Entity::name)).as(describe(e)).containsExactly("Tarek Morvani");
    }

    @Test
    void ratingsAgenciesArenasAndCampsAreNoPeople() {
        List<Entity> e = tag("Analysts at Korvath Ratings said the final at the Tamarsa Arena drew marines from Camp "
                + "Dravin.");
        assertThat(named(e, "Korvath Ratings").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Tamarsa Arena").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Camp Dravin").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aNameOfOrdinaryWordsIsNoPerson() {
        List<Entity> e = tag("Members of Harbour Lantern said the rally would go ahead. Dravin Morvani said he would join.");
        assertThat(named(e, "Harbour Lantern").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Dravin Morvani").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aClubOrCompanyIsNamedAgainWithoutItsSuffixSectorOrPlace() {
        List<Entity> e = tag("Fans of Korvath FC ran onto the pitch, and Korvath was banned for a season. Tamarsa Minerals "
                + "said the mine would close; Tamarsa shares fell. Kenya Dravinco Group defaulted, and Dravinco owes "
                + "billions.");
        assertThat(surfaces(named(e, "Korvath FC"))).as(describe(e)).containsExactlyInAnyOrder("Korvath FC", "Korvath");
        assertThat(surfaces(named(e, "Tamarsa Minerals"))).as(describe(e))
                .containsExactlyInAnyOrder("Tamarsa Minerals", "Tamarsa");
        assertThat(surfaces(named(e, "Kenya Dravinco Group"))).as(describe(e))
                .containsExactlyInAnyOrder("Kenya Dravinco Group", "Dravinco");
    }

    @Test
    void aFoundersSurnameAloneIsTheFounderNotTheCompanyNamedAfterThem() {
        List<Entity> e = tag("The plant was built by Dravin Korvathi. The Korvathi Group said it cost $2 billion. "
                + "Korvathi told guests it would open in May.");
        assertThat(surfaces(named(e, "Dravin Korvathi"))).as(describe(e))
                .containsExactlyInAnyOrder("Dravin Korvathi", "Korvathi");
        assertThat(surfaces(named(e, "Korvathi Group"))).as(describe(e)).containsExactly("Korvathi Group");
    }

    @Test
    void museumsAndStadiumsInOtherLanguagesArePlaces() {
        List<Entity> e = tag("Crowds gathered at the Estadio Tamarsa and outside the Korvath Memorial Museum.");
        assertThat(named(e, "Estadio Tamarsa").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Korvath Memorial Museum").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aHolderWrittenRightAfterTheirTitlesPlaceIsAPersonOfTheirOwn() {
        List<Entity> e = tag("Also on board were the governor of East Tamarsa Dravin Morvani and an imam. A coordinator of "
                + "Students Against Hunger spoke.");
        assertThat(named(e, "East Tamarsa").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Dravin Morvani").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(e.stream().map(Entity::name)).as(describe(e)).contains("Students Against Hunger");
    }

    @Test
    void anOrganisationsNameGoesOnThroughASecondOfThe() {
        List<Entity> e = tag("Regulators at the Office of the Warden of the Tamarsa Marches closed the bank.");
        assertThat(e.stream().map(Entity::name)).as(describe(e)).contains("Office of the Warden of the Tamarsa Marches");
    }

    @Test
    void aConventionOrSpaceCentreIsAPlaceAndAResearchCentreABody() {
        List<Entity> e = tag("Results were announced at the Korvath Convention Centre, and the rocket left the Tamarsa Space "
                + "Center. The Dravin Research Centre said the data were sound.");
        assertThat(named(e, "Korvath Convention Centre").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Tamarsa Space Center").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Dravin Research Centre").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void anAcronymAfterALowerCaseTitleIsNoHolder() {
        List<Entity> e = tag("Dissidents of the former TKRF rebels attacked the town. The former president Dravin Morvani "
                + "spoke.");
        assertThat(named(e, "TKRF").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Dravin Morvani").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void ordinaryWordsBeforeAKnownPlaceNameABodyAndAHotelIsAPlace() {
        List<Entity> e = tag("Handball Peru said its coach had resigned. Players stayed at the Marvelo Hotel, then at "
                + "the Hotel Tavira. Fans left Stadium Australia early. ReArm Europe was announced in March. "
                + "Neighbouring Uganda closed its border.");
        assertThat(named(e, "Handball Peru").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Marvelo Hotel").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Hotel Tavira").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Stadium Australia").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(e).as(describe(e)).noneMatch(x -> x.name().equals("ReArm Europe") || x.name().startsWith("Neighbouring"));
    }

    @Test
    void aNameTheThingHadUntilAYearIsTheSameThing() {
        List<Entity> e = tag("World Rowing Tavoria, known until 2019 as the Tavorian Rowing Union (TRU), said the race "
                + "would go ahead.");
        assertThat(surfaces(named(e, "World Rowing Tavoria"))).as(describe(e))
                .containsExactlyInAnyOrder("World Rowing Tavoria", "Tavorian Rowing Union", "TRU");
    }

    @Test
    void aParliamentNamedByItsHeadAloneIsAnOrganisationAndItsSpeakerFollows() {
        List<Entity> e = tag("Tavoria's Parliament will meet on Monday. The Speaker of the Parliament Karlo Venn Abeyratne "
                + "will act as president until then.");
        assertThat(named(e, "Parliament").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Karlo Venn Abeyratne").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aBodyNamedWithOfThenItsHoldersGivenNameIsTheBodyThenThePerson() {
        List<Entity> e = tag("The president of the Chamber of the Delegates Karim Vanterro was sworn in. The head of the "
                + "Federation of Boatmen Darko Velsin agreed, and the chief of the Union of Tanners Harvest Moon did not.");
        assertThat(named(e, "Chamber of the Delegates").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Karim Vanterro").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(named(e, "Federation of Boatmen").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Darko Velsin").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        // no known given name: the words are not taken for a holder
        assertThat(e.stream().map(Entity::name)).as(describe(e)).doesNotContain("Harvest Moon");
    }

    @Test
    void aJointPortfolioBeforeAHoldersNameIsNoPartOfTheName() {
        List<Entity> e = tag("Minister of Energy and Mineral Resources Darko Velsin visited the mine. The Minister of "
                + "Health and Resources Natural Orsat Kelmend said 40 were trapped. The Secretary of Security and Citizen "
                + "Defence spoke. Minister of Public Works Ilka Varro left.");
        assertThat(e.stream().map(Entity::name)).as(describe(e)).contains("Darko Velsin", "Orsat Kelmend", "Ilka Varro")
                .noneMatch(n -> n.contains("Minister") || n.contains("Resources") || n.contains("Works"));
        // "and" carries a portfolio on only before a portfolio's word: here it joins a body, not a role
        assertThat(e).as(describe(e)).noneMatch(x -> x.name().equals("Citizen Defence") && x.type() == EntityType.PERSON);
    }

    @Test
    void anAcronymOfThreeLettersOpensAFirmsNameNotAPersons() {
        List<Entity> e = tag("Shares of KVT Marrow rose on Monday. RBX Kelling said sales fell. AJ Kelmor, a trader, said so.");
        assertThat(named(e, "KVT Marrow").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "RBX Kelling").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "AJ Kelmor").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void lawsBillsDiseasesAndTestsAreNoEntities() {
        List<Entity> e = tag("Parliament invoked the Tavorian Public Order Act after COVID cases rose, and the Land Tenure "
                + "Bill was shelved. Travellers needed a PCR test.");
        assertThat(e).as(describe(e)).noneMatch(x -> x.name().endsWith("Act") || x.name().endsWith("Bill")
                || x.name().equals("COVID") || x.name().equals("PCR"));
    }

    @Test
    void aPersonAfterAnOrganisationAndAnAndIsAPersonAndACastleIsAPlace() {
        List<Entity> e = tag("Voters backed Tavor's Union and Maria Kovacs's Renewal party. Crowds met at Korvan Castle.");
        assertThat(named(e, "Maria Kovacs").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(named(e, "Korvan Castle").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aWordCapitalisedInsideNamesABrandNotAPerson() {
        List<Entity> e = tag("Korvel AeroWorks said it would cut jobs. Donors gave through FundTavor. Talia McKarnan and "
                + "Dario DeVantis spoke.");
        assertThat(named(e, "Korvel AeroWorks").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "FundTavor").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Talia McKarnan").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(named(e, "Dario DeVantis").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void labourAloneIsTheLabourParty() {
        List<Entity> e = tag("In Tavoria the Labour Party won most seats. Labour said it would govern alone.");
        assertThat(surfaces(named(e, "Labour Party"))).as(describe(e)).containsExactlyInAnyOrder("Labour Party", "Labour");
        List<Entity> f = tag("Voters punished the ruling coalition, and Labour said it would govern alone.");
        assertThat(named(f, "Labour").type()).as(describe(f)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void warsAreEventsAndAParticipleBeforeAPeoplesAdjectiveNamesNoOne() {
        List<Entity> e = tag("Exiled Kurdish poet Dara Velk wrote of the Karvo War and of World War II. The Institute "
                + "for the Study of Karvo War said so.");
        assertThat(e).as(describe(e)).noneMatch(x -> x.name().equals("Karvo War") || x.name().startsWith("World War")
                || x.name().startsWith("Exiled"));
        assertThat(named(e, "Dara Velk").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(named(e, "Institute for the Study of Karvo War").type()).as(describe(e))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aCoRoleBeforeANameIsNoCompany() {
        List<Entity> e = tag("Co-pilot Dara Velkona had trained for years. Velkona's family waited. Co-founder Tavo Marrik left.");
        assertThat(surfaces(named(e, "Dara Velkona"))).as(describe(e)).containsExactlyInAnyOrder("Dara Velkona", "Velkona");
        assertThat(named(e, "Tavo Marrik").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(e.stream().map(Entity::name)).as(describe(e)).noneMatch(n -> n.startsWith("Co"));
    }

    @Test
    void aNumberWordCapitalisedInsideASentenceStartsAName() {
        List<Entity> e = tag("Engineers visited the Three Kirras Dam, and crowds filled Seven Tavora Square. Three Kirran soldiers died.");
        assertThat(e.stream().map(Entity::name)).as(describe(e))
                .contains("Three Kirras Dam", "Seven Tavora Square").doesNotContain("Three Kirran");
    }

    @Test
    void feastsAreNoNamesAndDoAndWaSitInsidePeoplesNames() {
        List<Entity> e = tag("Bombers struck on Easter Sunday, and families met on Christmas Day. Among 85 co-defendants, "
                + "Do Thi Kirra, a former inspector, was jailed. Former president Tavo wa Kelmari died in 2012.");
        assertThat(e.stream().map(Entity::name)).as(describe(e))
                .contains("Do Thi Kirra", "Tavo wa Kelmari").doesNotContain("Easter Sunday", "Christmas Day", "Thi Kirra");
    }

    @Test
    void aMinistrysRemitListedWithCommasStaysInItsName() {
        List<Entity> e = tag("The Kasoa Ministry of Fisheries, Ports, Shipping and Coastal Works said so. The Kasoa Ministry of "
                + "Defence, Navy and Coast Guard did not.");
        assertThat(e.stream().map(Entity::name)).as(describe(e))
                .contains("Kasoa Ministry of Fisheries, Ports, Shipping and Coastal Works", "Kasoa Ministry of Defence")
                .doesNotContain("Kasoa Ministry of Fisheries", "Kasoa Ministry of Defence, Navy and Coast Guard");
    }

    @Test
    void aPeoplesPossessiveBeforeAHeadGoesOnIntoTheBodysName() {
        List<Entity> e = tag("The Kavrat Dockworkers' Union struck, and the Tolmeh Fishermen's Cooperative joined them.");
        assertThat(e.stream().map(Entity::name)).as(describe(e))
                .contains("Kavrat Dockworkers' Union", "Tolmeh Fishermen's Cooperative");
        assertThat(named(e, "Tolmeh Fishermen's Cooperative").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void anUnknownNameAfterTheIsNoPersonsName() {
        List<Entity> e = tag("Fighters of the Kadre Tavmoran clashed with the army. Talks with the Velmar Droska agreed a pause, "
                + "and Tavish Merrondo welcomed it.");
        assertThat(named(e, "Kadre Tavmoran").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Velmar Droska").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Tavish Merrondo").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void anExchangeAPlatformASubsidiaryAPollsterOrAServiceBeforeANameMakesItAnOrganisation() {
        List<Entity> e = tag("Days after rival exchange Kravex collapsed, he wrote on the video platform Tolvu that the "
                + "production subsidiary Pelmarco and the state postal service Vestrel would pay. The pollster Darvik agreed.");
        for (String body : List.of("Kravex", "Tolvu", "Pelmarco", "Vestrel", "Darvik")) {
            assertThat(named(e, body).type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        }
    }

    @Test
    void aWeekdaysShortFormGluedToANameIsAWordOfIt() {
        List<Entity> e = tag("Workers at the Mon Kavrat Works voted. Sun Tolvex shares rose on Mon. Jan 5, and talks on Wed Jan 7 failed.");
        assertThat(e.stream().map(Entity::name)).as(describe(e)).contains("Mon Kavrat Works", "Sun Tolvex")
                .doesNotContain("Kavrat Works", "Tolvex");
    }

    @Test
    void aFleetIsANavysUnit() {
        List<Entity> e = tag("Drones hit ships of the Caspian Sea Fleet near the port, and the Kavrat Flotilla sailed. A fleet of "
                + "trucks left.");
        assertThat(named(e, "Caspian Sea Fleet").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Kavrat Flotilla").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aBodyOfItsLeaderIsTwoNames() {
        List<Entity> e = tag("Voters backed the Kavrati Janata Party of Rahul Tamberlo. The University of Maria Kesh stayed shut.");
        assertThat(e.stream().map(Entity::name)).as(describe(e))
                .contains("Kavrati Janata Party", "Rahul Tamberlo", "University of Maria Kesh");
        assertThat(named(e, "Rahul Tamberlo").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void theSpanishAndSitsInsideABodysName() {
        List<Entity> e = tag("The Secretaría de Pesca y Recursos Marinos said the Sindicato de Estibadores y Similares had agreed.");
        assertThat(e.stream().map(Entity::name)).as(describe(e))
                .contains("Secretaría de Pesca y Recursos Marinos", "Sindicato de Estibadores y Similares");
    }

    @Test
    void romanceForAndItsArticleSitInsideABodysNameAndPresidencyIsAHead() {
        List<Entity> e = tag("The alliance Unidos por la Reforma and the movement Tavora per il Cambiamento met officials of "
                + "the General Security Presidency. Prices rose 5 per cent.");
        assertThat(e.stream().map(Entity::name)).as(describe(e))
                .contains("Unidos por la Reforma", "General Security Presidency");
        assertThat(named(e, "General Security Presidency").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void heInsideASentenceOpensAChineseName() {
        List<Entity> e = tag("Trade ministry spokeswoman He Kirong said talks would go on. He said nothing more. "
                + "Officials told reporters: He would not come.");
        assertThat(e.stream().map(Entity::name)).as(describe(e)).contains("He Kirong").doesNotContain("Kirong");
        assertThat(named(e, "He Kirong").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(e).as(describe(e)).hasSize(1);
    }

    @Test
    void aStockCompanyEndsInAgButATuaregNameHoldsAg() {
        List<Entity> e = tag("Tavorcard AG filed for insolvency, and Ibrahim Ag Kirran, a mayor, said so.");
        assertThat(named(e, "Tavorcard AG").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Ibrahim Ag Kirran").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aMonthAfterARoleNounOrASurnameMayAfterAGivenNameNamesAPerson() {
        List<Entity> e = tag("She got the jab from nurse May Kelvoran. Former chief operating officer Jan Tavorek fled, and "
                + "Tavorek is wanted. Theresa Kirrow said so. In May Parliament voted, and polls closed last May.");
        assertThat(named(e, "May Kelvoran").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(surfaces(named(e, "Jan Tavorek"))).as(describe(e)).containsExactlyInAnyOrder("Jan Tavorek", "Tavorek");
        assertThat(e.stream().map(Entity::name)).as(describe(e)).doesNotContain("May Parliament");
        List<Entity> may = tag("Prime Minister Theresa May resigned on Friday.");
        assertThat(may.stream().map(Entity::name)).as(describe(may)).contains("Theresa May");
    }

    @Test
    void aBodysHeadBeforeOfOutweighsThePlaceHeadEndingItsName() {
        List<Entity> e = tag("The Bank of the Tavoran Islands (BTI) froze the account, as did the Bank of the Kirra Islands.");
        assertThat(named(e, "Bank of the Tavoran Islands").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Bank of the Kirra Islands").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aBodyForOrToAKnownPlaceHoldsItAndPrizesAndPeoplesAdjectivesAreNoNames() {
        List<Entity> e = tag("The International Criminal Tribunal for Rwanda ruled, the Regional Assistance Mission to Solomon "
                + "Islands (RAMSI) left, and she won the Kirra Peace Prize. The Anglo-Australian miner said a worker was "
                + "taken to Tavor's Hospital.");
        assertThat(named(e, "International Criminal Tribunal for Rwanda").type()).as(describe(e))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Regional Assistance Mission to Solomon Islands").type()).as(describe(e))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(e.stream().map(Entity::name)).as(describe(e))
                .contains("Tavor's Hospital").doesNotContain("Kirra Peace", "Kirra Peace Prize", "Anglo-Australian", "Rwanda");
        List<Entity> f = tag("The crew flew a Sri Lanka Air Force plane to Malé.");
        assertThat(f.stream().map(Entity::name)).as(describe(f)).noneMatch(n -> n.contains(" to "));
    }

    @Test
    void anAbbreviatedTitleWithoutItsPeriodEndingANameIsASurnameAndNavyShipsAreNoNames() {
        List<Entity> e = tag("The strongman Tavor Sen said so, and Democratic Sen. Kirra Velkon objected. The BRP Tavora Madre was "
                + "resupplied.");
        assertThat(e.stream().map(Entity::name)).as(describe(e))
                .contains("Tavor Sen", "Kirra Velkon").noneMatch(n -> n.contains("Tavora Madre"));
    }

    @Test
    void aWordAndAPeoplesNameIsABodyUnlessItSpeaksAsAPerson() {
        List<Entity> e = tag("The Kelvor Thai party won, and the Tavor Lao coalition split. Later Kirran English said he lost.");
        assertThat(named(e, "Kelvor Thai").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Tavor Lao").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Kirran English").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aShortFormOfAGivenNameOpensAPersonsNameEvenWhenItIsAlsoAnOrdinaryWord() {
        // "jimmy" (a burglar's bar) and "sham" are both English words: two ordinary words read as an organisation
        List<Entity> e = tag("The march went ahead. Jimmy Sham, the convenor of the front, said it was peaceful. Later "
                + "Tommy Brick said so too.");
        assertThat(named(e, "Jimmy Sham").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(named(e, "Tommy Brick").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aNameEndingInABusinessSectorIsACompany() {
        List<Entity> e = tag("The state seized Kelvora Copper Mines from Tavorka Resources in 2019, and Brell Chemical sold its "
                + "stake.");
        assertThat(named(e, "Kelvora Copper Mines").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Tavorka Resources").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Brell Chemical").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aWeekdayAfterATimeWordOpeningASentenceIsNoName() {
        List<Entity> e = tag("Last Friday, the council of Tavrel reached a deal. Next Monday, Kirra Velkon will sign it.");
        assertThat(e.stream().map(Entity::name)).as(describe(e)).noneMatch(n -> n.contains("Friday") || n.contains("Monday"))
                .contains("Kirra Velkon");
    }

    @Test
    void theKoreanSurnameParkAfterATitleIsThePersonNotAPark() {
        List<Entity> e = tag("The court removed President Park Sun-rae on Friday. The President Park has not appeared since, "
                + "and crowds filled Tavrel Park.");
        assertThat(surfaces(named(e, "Park Sun-rae"))).as(describe(e)).contains("Park");
        assertThat(e.stream().map(Entity::name)).as(describe(e)).doesNotContain("President Park");
        assertThat(named(e, "Tavrel Park").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aPartysMemberBeforeAPersonsNameIsNoPartOfIt() {
        List<Entity> e = tag("Republican Chuck Tavrell objected, and Conservative Helen Velkon agreed. The Republican National "
                + "Committee met.");
        assertThat(named(e, "Chuck Tavrell").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(named(e, "Helen Velkon").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(named(e, "Republican National Committee").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aCountryWrittenBeforeAPersonsGivenNameIsThePersonsNationality() {
        List<Entity> e = tag("Among the convicts were two citizens Canada Daniel Vorsk and Tamsin Orrel, and the citizen Peru "
                + "Marco Telvani Ruiz. Beside Vorsk stood his lawyer.");
        assertThat(named(e, "Daniel Vorsk").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(surfaces(named(e, "Daniel Vorsk"))).as(describe(e)).containsExactlyInAnyOrder("Daniel Vorsk", "Vorsk");
        assertThat(named(e, "Marco Telvani Ruiz").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(named(e, "Canada").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(named(e, "Peru").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aChineseNameWrittenFamilyNameFirstIsCalledByItsFamilyName() {
        List<Entity> e = tag("The court sentenced Qin Haolai to life. His wife Gu Meiran had been convicted before. "
                + "Qin denied every charge, and Gu did not attend. The central bank governor Tan Gang spoke later.");
        assertThat(surfaces(named(e, "Qin Haolai"))).as(describe(e)).containsExactlyInAnyOrder("Qin Haolai", "Qin");
        assertThat(surfaces(named(e, "Gu Meiran"))).as(describe(e)).containsExactlyInAnyOrder("Gu Meiran", "Gu");
        assertThat(named(e, "Tan Gang").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aNameAfterAPublicationOrCompanyNounIsThatBodyEvenWhenItBeginsWithAGivenName() {
        List<Entity> e = tag("The attack on the magazine Charlie Vantour shocked Paris, and the bank Morgan Telsby cut its "
                + "forecast. The publisher David Orrin denied it.");
        assertThat(named(e, "Charlie Vantour").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Morgan Telsby").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "David Orrin").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aGivenNameAndAPossessiveAfterInAreSomeonesNotAPlace() {
        List<Entity> e = tag("Morel played an ageing director in Pedro Valdoral's new film, and thanked Valdoral on stage. "
                + "Boats moored in Port Kerran.");
        assertThat(surfaces(named(e, "Pedro Valdoral"))).as(describe(e)).containsExactlyInAnyOrder("Pedro Valdoral", "Valdoral");
        assertThat(named(e, "Pedro Valdoral").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(named(e, "Port Kerran").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aKnownGivenNameAfterABodyOfAKnownPlaceStartsItsHoldersName() {
        List<Entity> e = tag("The candidate to the Presidency of Ecuador Fernando Valdoriva was shot on Wednesday. Valdoriva "
                + "had denounced the gangs.");
        assertThat(named(e, "Presidency of Ecuador").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(surfaces(named(e, "Fernando Valdoriva"))).as(describe(e))
                .containsExactlyInAnyOrder("Fernando Valdoriva", "Valdoriva");
    }

    @Test
    void anAcademyAUtilityARecordLabelTrustsAndAMinerAreOrganisationsEvenWhenTheySpeak() {
        List<Entity> e = tag("The winners were named on Tuesday, the Royal Varsk Academy of Letters said. Kelburn Electric said "
                + "power was back. His label, Marrow Records, posted a message, and the charitable Dhoran Trusts own a third. "
                + "Teluro Platinum said output fell.");
        for (String name : List.of("Royal Varsk Academy of Letters", "Kelburn Electric", "Marrow Records", "Dhoran Trusts",
                "Teluro Platinum")) {
            assertThat(named(e, name).type()).as(name + " in " + describe(e)).isEqualTo(EntityType.ORGANIZATION);
        }
    }

    @Test
    void aPlayersRoleBeforeANameIsNoPartOfIt() {
        List<Entity> e = tag("Substitute Varro Keltan equalised late. Midfielder Dusan Orrel was booked, and Striker Pell scored.");
        assertThat(surfaces(named(e, "Varro Keltan"))).as(describe(e)).containsExactly("Varro Keltan");
        assertThat(surfaces(named(e, "Dusan Orrel"))).as(describe(e)).containsExactly("Dusan Orrel");
        assertThat(named(e, "Pell").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void whatIsTakenOverOrOwnedInSharesIsACompany() {
        List<Entity> e = tag("Marrick completed its takeover of Tavrin Veldt on Friday. Glencore bought a stake in Kelvor Rusk.");
        assertThat(named(e, "Tavrin Veldt").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Kelvor Rusk").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aPersonFirstInAListOfPeopleAfterAPlacePrepositionIsAPerson() {
        List<Entity> e = tag("The prize went to Pierre Valdane, Ferenc Kolbar and Anne Marrow. Flights went to Santa Velra, "
                + "Tavor and Kelmo.");
        assertThat(named(e, "Pierre Valdane").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(named(e, "Santa Velra").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aRoleWrittenAsTitleOfWhatItIsOverIsNoName() {
        List<Entity> e = tag("The Minister of Heritage, Tavro Kelmend, spoke. The Inspector-General of Police said so. The "
                + "Secretary of Security and Citizen Protection left. The Governor of the Reserve Bank of Velmora spoke.");
        assertThat(e.stream().map(Entity::name)).as(describe(e))
                .noneMatch(n -> n.contains("Heritage") || n.contains("Police") || n.contains("Protection"));
        assertThat(named(e, "Tavro Kelmend").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        // an organisation after the "of" keeps its name
        assertThat(named(e, "Reserve Bank of Velmora").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void twoNamesEndingInOneHeadAndJoinedByAndAreTwo() {
        List<Entity> e = tag("Korvan Airlines and Teluro Airlines added flights to the island on Monday.");
        assertThat(named(e, "Korvan Airlines").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Teluro Airlines").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aHolderAfterACapitalisedGoverningTitleAndItsPlaceIsAPerson() {
        List<Entity> e = tag("The Mayor of Velmora Takeshi Oribe said the port was closed. The Speaker of Parliament Anna "
                + "Kelvane read the letter. The Minister of Public Works Ilka Varro left.");
        assertThat(surfaces(named(e, "Takeshi Oribe"))).as(describe(e)).containsExactly("Takeshi Oribe");
        assertThat(named(e, "Anna Kelvane").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(named(e, "Ilka Varro").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(e.stream().map(Entity::name)).as(describe(e)).noneMatch(n -> n.contains("Public Works"));
    }

    @Test
    void disastersCompetitionsAndTheNewYearAreNoEntities() {
        List<Entity> e = tag("Since the Great Velmora Earthquake and the Korvan Crisis, Teluro FC has won the Copa Varra twice "
                + "and the UEFA Champions League once. Fans marked the Lunar New Year and New Year's Day in Kelmar.");
        assertThat(e.stream().map(Entity::name)).as(describe(e)).noneMatch(n -> n.contains("Earthquake")
                || n.contains("Crisis") || n.contains("Copa") || n.contains("League") || n.contains("Year"));
        assertThat(named(e, "UEFA").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Kelmar").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aCounselIsATitleAndSciencesEndAFirmsName() {
        List<Entity> e = tag("Special Counsel Tavro Kelmend appealed on Monday. Velmora Sciences said its trial had ended.");
        assertThat(surfaces(named(e, "Tavro Kelmend"))).as(describe(e)).containsExactly("Tavro Kelmend");
        assertThat(named(e, "Velmora Sciences").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void eventsWithTheirHeadBeforeOfHolidaysAndOrdinaryTermsAreNoEntities() {
        List<Entity> e = tag("Kelmar won the Korvan Cup of Nations and the Velmora Song Contest before Unity Day, and its "
                + "coach got the Presidential Medal of Valour. DNA tests, 40 degrees Celsius, El Niño and the Internet. "
                + "Marta Day said so.");
        assertThat(e.stream().map(Entity::name)).as(describe(e)).noneMatch(n -> n.contains("Cup") || n.contains("Contest")
                || n.contains("Unity") || n.contains("Medal") || n.equals("DNA") || n.equals("Celsius")
                || n.contains("Niño") || n.equals("Internet"));
        assertThat(named(e, "Marta Day").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aGivenNameAfterATitleThenASurnameThatIsAPlacesHeadIsAPerson() {
        List<Entity> e = tag("The city's mayor Tom Kelvane and Senator Andy Street met on Monday. Crowds filled Queen "
                + "Elizabeth Park.");
        assertThat(named(e, "Andy Street").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(named(e, "Queen Elizabeth Park").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aCourtOfAppealsIsNamedWithItsCircuit() {
        List<Entity> e = tag("A panel of the Court of Appeals for the Eleventh Circuit ruled on Monday, and the Court of "
                + "Appeals for the Velmora Circuit agreed.");
        assertThat(named(e, "Court of Appeals for the Eleventh Circuit").type()).as(describe(e))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Court of Appeals for the Velmora Circuit").type()).as(describe(e))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void anOfficeNamedForItsHoldersTitleKeepsTheTitle() {
        List<Entity> e = tag("The Office of the Prosecutor General opened a case, and the Chancellery of the President "
                + "said on Monday that Kelmar would sign it.");
        assertThat(named(e, "Office of the Prosecutor General").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Chancellery of the President").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void anOrdinaryWordAfterTheAndBeforeAndOpensABodysName() {
        List<Entity> e = tag("Officials from the Fire and Rescue Velmora Agency said. The Fish and Kelmar Service agreed. "
                + "Prayers were held in Varrow and Zion Church.");
        assertThat(named(e, "Fire and Rescue Velmora Agency").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(e, "Fish and Kelmar Service").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(e.stream().map(Entity::name)).as(describe(e)).doesNotContain("Varrow and Zion Church");
    }

    @Test
    void whomASpokespersonSpeaksForIsNoPortfolio() {
        List<Entity> e = tag("Special Counsel Jack Varrow filed the case. A spokesperson for Varrow declined to comment, "
                + "and a lawyer for Kelmar Tasso said nothing.");
        assertThat(surfaces(named(e, "Jack Varrow"))).as(describe(e)).contains("Varrow");
        assertThat(named(e, "Kelmar Tasso").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aNameEndingInAKnownPlaceIsAPersonWhenThatWordSpeaksAloneElsewhere() {
        List<Entity> e = tag("One of her co-authors, Velko Wakayama of the University of Tarsk, asked for a retraction. "
                + "Wakayama later said the cells did not match. Israel's Kelmi Golan came fifth. Golan, 20, was booed.");
        assertThat(surfaces(named(e, "Velko Wakayama"))).as(describe(e)).contains("Wakayama");
        assertThat(named(e, "Velko Wakayama").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(surfaces(named(e, "Kelmi Golan"))).as(describe(e)).contains("Golan");
        // with no such sign, a known place ending an unknown name still says nothing of it
        List<Entity> plan = tag("The ReArm Europe plan was announced on Monday.");
        assertThat(plan.stream().map(Entity::name)).as(describe(plan)).doesNotContain("ReArm Europe");
    }

    @Test
    void aReligiousTitleOfItsSeatIsFollowedByItsHolder() {
        List<Entity> e = tag("Behind him stood the Sheikh of Al-Tarsk Ahmed al-Velmori, and the Archbishop of Canterbury "
                + "Kelvin Marlow prayed. Later al-Velmori said he agreed.");
        assertThat(surfaces(named(e, "Ahmed al-Velmori"))).as(describe(e)).contains("al-Velmori");
        assertThat(named(e, "Kelvin Marlow").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        // Indonesian ranks: "Marshal Madya" is one, its holder's name follows
        List<Entity> rank = tag("Basarnas chief Marshal Madya Rudi Kartolo said the search went on.");
        assertThat(named(rank, "Rudi Kartolo").type()).as(describe(rank)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aMakersOrBuildersTradeBeforeANameSaysItIsAFirm() {
        List<Entity> e = tag("He had ties to Brazilian builder Velcorp, and state miner Tarskoprom said output rose. The "
                + "patient was taken to the clinic Marvelle under guard.");
        for (String name : List.of("Velcorp", "Tarskoprom", "Marvelle")) {
            assertThat(named(e, name).type()).as(name + " in " + describe(e)).isEqualTo(EntityType.ORGANIZATION);
        }
    }

    @Test
    void comradeIsATitle() {
        List<Entity> e = tag("Comrade Velmoran said the bridge had fallen.");
        assertThat(surfaces(named(e, "Velmoran"))).as(describe(e)).containsExactly("Velmoran");
    }

    @Test
    void theFieldOfAPrizeIsNoPlace() {
        List<Entity> e = tag("Kelmar Tasso won the Nobel Prize in Velmorics on Tuesday, and he holds a degree in Tarskology.");
        assertThat(e.stream().map(Entity::name)).as(describe(e)).doesNotContain("Velmorics", "Tarskology");
        // a town after "in" still is one
        List<Entity> town = tag("The prize was presented in Velmora on Tuesday.");
        assertThat(named(town, "Velmora").type()).as(describe(town)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aKnownGivenNameOpensAPersonsNameThatEndsInAKnownPlace() {
        // Castries is Saint Lucia's capital; given names of Afghanistan and Thailand say the names are people's
        List<Entity> e = tag("The delegation included Gulbadin Castries and Somchai Castries, and two aides.");
        assertThat(named(e, "Gulbadin Castries").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(named(e, "Somchai Castries").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aDoctorsAPathologistsAndACouncilorsTitlesAreNoPartOfTheName() {
        List<Entity> e = tag("Government Pathologist Doctor Velko Tarsmund said the bodies were examined. State Councilor "
                + "Lin Haoran led the team.");
        assertThat(surfaces(named(e, "Velko Tarsmund"))).as(describe(e)).containsExactly("Velko Tarsmund");
        assertThat(surfaces(named(e, "Lin Haoran"))).as(describe(e)).containsExactly("Lin Haoran");
    }

    @Test
    void aJointPortfoliosSecondHalfIsNoPartOfItsHoldersName() {
        List<Entity> e = tag("The government's spokesman, the minister of the Communication and Medias Patrick Velmundo, "
                + "has indicated that all was calm.");
        assertThat(surfaces(named(e, "Patrick Velmundo"))).as(describe(e)).containsExactly("Patrick Velmundo");
    }

    @Test
    void aPartyMembersAdjectiveIsNoPartOfAnUnknownTwoWordName() {
        List<Entity> e = tag("Democrat Tarvel Brown said the company must pay for the clean-up.");
        assertThat(surfaces(named(e, "Tarvel Brown"))).as(describe(e)).containsExactly("Tarvel Brown");
        List<Entity> party = tag("The Liberal Velmorans won two seats.");
        assertThat(party.stream().map(Entity::name)).as(describe(party)).doesNotContain("Velmorans");
    }

    @Test
    void aBodysAcronymThenItsLeaderWithoutACommaAreTwoNames() {
        List<Entity> e = tag("\"No one should die at work,\" has declared the secretary general of the VGTU Maurizio "
                + "Kelvani, who will join the march.");
        assertThat(named(e, "Maurizio Kelvani").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(named(e, "VGTU").type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
    }
}
