package io.wirestream.tagging;

import static io.wirestream.tagging.TaggingAssertions.assertOffsetsValid;
import static io.wirestream.tagging.TaggingAssertions.byId;
import static io.wirestream.tagging.TaggingAssertions.describe;
import static io.wirestream.tagging.TaggingAssertions.mentioning;
import static io.wirestream.tagging.TaggingAssertions.named;
import static io.wirestream.tagging.TaggingAssertions.one;
import static io.wirestream.tagging.TaggingAssertions.surfaces;
import static io.wirestream.tagging.TaggingAssertions.tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The alias-merge rules of the fifth round (docs/tagging.md, "In-document resolution"): every written form of one
 * entity in an article comes out as one entity. Names are invented; where a rule is about what the knowledge base
 * knows, a user file of invented entries stands in for it.
 */
class AliasMergeRulesTest {
    @TempDir
    Path dir;

    private List<Entity> tagWith(String kbLines, String text) throws IOException {
        Path file = dir.resolve("kb.jsonl");
        Files.writeString(file, kbLines);
        List<Entity> entities = EntityTagger.create(KnowledgeBase.bundled().withFile(file)).tag(text, null);
        assertOffsetsValid(text, entities);
        return entities;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Government forces defeated the Liberation Tigers of Korvan, or Korvan Tigers, in May 2009.|Liberation Tigers of Korvan|Korvan Tigers",
            "His Pakatan Rendah (PR), or Alliance of Rain, won 82 seats.|Pakatan Rendah|Alliance of Rain",
            "The ruling Chama Cha Kivuli (CCK), the Party of the Shadow, won a landslide in October.|Chama Cha Kivuli|Party of the Shadow",
            "The Velmar Audit Bureau (VAB), in Urdu Qaumi Velmar Bureau, had issued the warrant.|Velmar Audit Bureau|Qaumi Velmar Bureau",
    })
    void anOrganisationRenamedBetweenCommasIsOneOrganisation(String text, String name, String other) {
        List<Entity> e = tag(text);
        assertThat(e).as(describe(e)).anySatisfy(x -> assertThat(surfaces(x)).contains(name, other));
    }

    @Test
    void organisationsOfAListBetweenCommasStayApart() {
        List<Entity> e = tag("Talks with the Delmar Union, the Korvan Front, or the Velmar Brigades, failed on Monday.");
        assertThat(e).as(describe(e)).allSatisfy(x -> assertThat(surfaces(x)).hasSizeLessThan(2));
    }

    @Test
    void aGivenNameWithOrWithoutItsHyphenIsOneName() {
        List<Entity> e = tag("The grandmaster Varn Sedol lost the fifth game. Varn Se-dol, as his name is also written, "
                + "played well. Officials said Kim Tae Ryong and Kim Tae-ryong are one man.");
        assertThat(e).as(describe(e)).anySatisfy(x -> assertThat(surfaces(x)).contains("Varn Sedol", "Varn Se-dol"));
        assertThat(e).as(describe(e)).anySatisfy(x -> assertThat(surfaces(x)).contains("Kim Tae Ryong", "Kim Tae-ryong"));
    }

    @Test
    void aSurnameOfTwoWordsJoinedByAParticleIsThePersonNamedInFull() {
        List<Entity> e = tag("Former leader Maria Elena Fernández de Varnez spoke on Monday. Fernández de Varnez denied it.");
        assertThat(surfaces(named(e, "Maria Elena Fernández de Varnez"))).as(describe(e))
                .containsExactlyInAnyOrder("Maria Elena Fernández de Varnez", "Fernández de Varnez");
    }

    @Test
    void aSurnameAloneKeepsItsLowerCaseParticle() {
        List<Entity> e = tag("Tulio de Kirravera, a scientist, spoke on Monday. The work of de Kirravera was praised, and "
                + "de Kirravera said so.");
        assertThat(surfaces(named(e, "Tulio de Kirravera"))).as(describe(e))
                .containsExactlyInAnyOrder("Tulio de Kirravera", "de Kirravera");
    }

    @Test
    void aSurnameAloneKeepsAllItsLowerCaseParticles() {
        List<Entity> e = tag("The team, coached by Tomas de la Varrena, won. \"We worked hard,\" de la Varrena said.");
        assertThat(surfaces(named(e, "Tomas de la Varrena"))).as(describe(e))
                .containsExactlyInAnyOrder("Tomas de la Varrena", "de la Varrena");
    }

    @Test
    void aDutchParticleAndItsArticleJoinTheNameAndTheSurnameAloneIsThePerson() {
        List<Entity> e = tag("The farmers' movement (BVB) of Caroline van der Klooster gets 7 seats. Also Van der "
                + "Klooster said she was open to talks.");
        assertThat(surfaces(named(e, "Caroline van der Klooster"))).as(describe(e))
                .containsExactlyInAnyOrder("Caroline van der Klooster", "Van der Klooster");
    }

    @Test
    void aPersonOfTwoWordsWrittenInTheOtherOrderIsOnePerson() {
        List<Entity> e = tag("Prime Minister Tanabe Koichiro visited the town on Friday. Koichiro Tanabe said aid would "
                + "come. Later Tanabe left.");
        assertThat(surfaces(mentioning(e, "Koichiro Tanabe"))).as(describe(e))
                .containsExactlyInAnyOrder("Tanabe Koichiro", "Koichiro Tanabe", "Tanabe");
    }

    @Test
    void aNameStatedWithAnAlternativeGivesBothNames() {
        List<Entity> e = tag("Tavish Merrondo, known as \"the Heron\" or \"Kalembo\" in his village, returned on Monday.");
        assertThat(surfaces(named(e, "Tavish Merrondo"))).as(describe(e))
                .containsExactlyInAnyOrder("Tavish Merrondo", "Heron", "Kalembo");
    }

    @Test
    void aGivenNameAloneIsThePersonWhenTwoPeopleShareTheFamilyName() {
        List<Entity> e = tag("Marisol Vantreck was convicted on Tuesday. Her late husband Robert Vantreck had awarded the "
                + "contracts. Vantreck, 72, denied it. Robert, who died in 2010, signed them.");
        assertThat(surfaces(named(e, "Robert Vantreck"))).as(describe(e)).containsExactlyInAnyOrder("Robert Vantreck", "Robert");
    }

    @Test
    void anArabicSurnameWithItsParticleIsThePersonAndAHyphenatedRankIsNoPartOfTheName() {
        List<Entity> e = tag("The minister, the Lieutenant-Team Karim Salah Ibn Tarrouf , said so. \"We will lead,\" said Ibn "
                + "Tarrouf , who is under sanctions.");
        assertThat(surfaces(named(e, "Karim Salah Ibn Tarrouf"))).as(describe(e))
                .containsExactlyInAnyOrder("Karim Salah Ibn Tarrouf", "Ibn Tarrouf");
    }

    @Test
    void anArabicNameWrittenWithOtherParticlesIsOnePersonAndItsPatronymicAloneToo() {
        List<Entity> e = tag("Colonel Karim El Mahdi Ben Tarrad left the capital on Friday. Karim al-Mahdi bin Tarrad had "
                + "ruled for two decades, and bin Tarrad flew to the coast.");
        assertThat(surfaces(named(e, "Karim El Mahdi Ben Tarrad"))).as(describe(e))
                .containsExactlyInAnyOrder("Karim El Mahdi Ben Tarrad", "Karim al-Mahdi bin Tarrad", "bin Tarrad");
    }

    @Test
    void aSurnameBeforeAKnownPersonIsNamedInFullIsTheArticlesPersonNamedBeforeIt() {
        // the knowledge base reads "Kuleba" as Dmytro Kuleba, who is named in full only later
        List<Entity> e = tag("Taras Kuleba was sworn in as mayor on Monday. Unions will meet Kuleba on Friday. Dmytro "
                + "Kuleba, the former foreign minister, praised him.");
        assertThat(surfaces(named(e, "Taras Kuleba"))).as(describe(e)).containsExactlyInAnyOrder("Taras Kuleba", "Kuleba");
        assertThat(surfaces(named(e, "Dmytro Kuleba"))).as(describe(e)).containsExactly("Dmytro Kuleba");
    }

    @Test
    void aMonthsNameBeforeAVerbOfSpeechIsTheSurnameOfAPersonNamedInFull() {
        List<Entity> e = tag("Finance chief Karim May resigned on Monday. May told reporters he had no choice. In May the "
                + "board will meet. May said nothing more.");
        assertThat(named(e, "Karim May").mentions()).as(describe(e)).hasSize(3);
        assertThat(e).as(describe(e)).anyMatch(x -> x.type() == EntityType.DATE && x.name().endsWith("-05"));
        // no one of that name in the article: no entity
        List<Entity> alone = tag("The vote is due in June. June said nothing about it.");
        assertThat(alone).as(describe(alone)).noneMatch(x -> x.type() == EntityType.PERSON);
    }

    @Test
    void aKnownCompanysLegalFormAfterItsNameIsPartOfTheMention() throws IOException {
        List<Entity> e = tagWith("{\"id\":\"test:org:velmara\",\"name\":\"Velmara\",\"type\":\"ORGANIZATION\"}\n",
                "The chairman of Velmara SA was arrested. Velmara shares fell, and Velmara plc in London said nothing.");
        assertThat(surfaces(one(e, "test:org:velmara"))).as(describe(e))
                .containsExactlyInAnyOrder("Velmara SA", "Velmara", "Velmara plc");
        assertThat(e).extracting(Entity::name).as(describe(e)).doesNotContain("SA");
    }

    @Test
    void anIslandOrValleyIsCalledByItsFirstWordEvenWhereThatIsAKnownPlaceButNotACountry() throws IOException {
        List<Entity> e = tagWith("{\"id\":\"test:place:kelso\",\"name\":\"Kelso\",\"type\":\"LOCATION\"}\n",
                "The refugees on Kelso Island were moved. Those on Kelso will not be resettled. Girls in the Tarvo Valley "
                        + "went back to school; in Tarvo, the schools reopened. Settlers in the Jordan Valley clashed, and "
                        + "Jordan protested.");
        assertThat(surfaces(mentioning(e, "Kelso Island"))).as(describe(e)).containsExactlyInAnyOrder("Kelso Island", "Kelso");
        assertThat(surfaces(mentioning(e, "Tarvo Valley"))).as(describe(e)).containsExactlyInAnyOrder("Tarvo Valley", "Tarvo");
        assertThat(surfaces(mentioning(e, "Jordan Valley"))).as(describe(e)).containsExactly("Jordan Valley");
    }

    @Test
    void aFamiliarFormOfTheGivenNameWithTheSameSurnameIsThePerson() {
        List<Entity> e = tag("The court sentenced Nadezhda Vorkalova and Maria Tsibrenko on Friday. Nadya Vorkalova, 22, and "
                + "Masha Tsibrenko, 24, have children. A sister, Irina Vorkalova, spoke.");
        assertThat(surfaces(named(e, "Nadezhda Vorkalova"))).as(describe(e))
                .containsExactlyInAnyOrder("Nadezhda Vorkalova", "Nadya Vorkalova");
        assertThat(surfaces(named(e, "Maria Tsibrenko"))).as(describe(e))
                .containsExactlyInAnyOrder("Maria Tsibrenko", "Masha Tsibrenko");
        assertThat(surfaces(named(e, "Irina Vorkalova"))).as(describe(e)).containsExactly("Irina Vorkalova");
    }

    @Test
    void aBodyOrBuildingNamedAgainByItsLastWordsIsTheSameOne() {
        List<Entity> e = tag("Officials of the Kelvar Regional Health Authority said the Health Authority was ready. The "
                + "Tavoria Coast Guard said divers from the Coast Guard dived. Crowds gathered at the Prince Orvald "
                + "Memorial Church, and the Memorial Church rang its bells. They prayed at Westvale Abbey.");
        assertThat(surfaces(named(e, "Kelvar Regional Health Authority"))).as(describe(e))
                .containsExactlyInAnyOrder("Kelvar Regional Health Authority", "Health Authority");
        assertThat(surfaces(named(e, "Tavoria Coast Guard"))).as(describe(e))
                .containsExactlyInAnyOrder("Tavoria Coast Guard", "Coast Guard");
        Entity church = named(e, "Prince Orvald Memorial Church");
        assertThat(church.type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
        assertThat(surfaces(church)).as(describe(e)).containsExactlyInAnyOrder("Prince Orvald Memorial Church",
                "Memorial Church");
        assertThat(named(e, "Westvale Abbey").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aKnownBodyNamedAgainByItsLastWordsIsThatBody() {
        List<Entity> e = tag("The U.S. Coast Guard said it had pulled 17 people from the water. The Coast Guard said more "
                + "were missing.");
        assertThat(surfaces(one(e, "Q11224"))).as(describe(e)).containsExactlyInAnyOrder("U.S. Coast Guard", "Coast Guard");
    }

    @Test
    void twoBodiesEndingAlikeLeaveTheShortNameAlone() {
        List<Entity> e = tag("The Kelvar Regional Health Authority and the Tarvo Regional Health Authority met. The Regional "
                + "Health Authority of each will report.");
        assertThat(surfaces(named(e, "Kelvar Regional Health Authority"))).as(describe(e))
                .containsExactly("Kelvar Regional Health Authority");
    }

    @Test
    void aKnownPersonsNameWithASecondSurnameAfterItIsOneMention() throws IOException {
        // the knowledge base's full name holds the second surname, so the word after the short name is the same person's
        List<Entity> e = tagWith("{\"id\":\"test:person:karim-ostrada\",\"name\":\"Karim Ostrada\",\"type\":\"PERSON\","
                        + "\"aliases\":[\"Karim Alfredo Ostrada Quiroz\"]}\n",
                "Karim Ostrada died on Friday. \"The commander, Karim Ostrada Quiroz, died,\" his brother said. Ostrada "
                        + "ruled for decades.");
        assertThat(surfaces(one(e, "test:person:karim-ostrada"))).as(describe(e))
                .containsExactlyInAnyOrder("Karim Ostrada", "Karim Ostrada Quiroz", "Ostrada");
    }

    @Test
    void aSurnameTwoPeopleShareIsTheFirstNamedOnes() {
        String text = "Torvald Kessanbe resigned as president on Tuesday. The speaker read out Kessanbe's letter. It cleared "
                + "the way for First Lady Mirela Kessanbe to succeed her husband. Kessanbe, who led the country for decades, "
                + "had refused to go. Judge Carl Dumisa Destin and his clerk Kito Dumisa were silent, and Dumisa left. Idris "
                + "bin Farouk met Ahmed Farouk Mulei, and Farouk said so.";
        List<Entity> e = tag(text);
        assertThat(named(e, "Torvald Kessanbe").mentions()).as(describe(e)).hasSize(3);
        assertThat(surfaces(named(e, "Mirela Kessanbe"))).as(describe(e)).containsExactly("Mirela Kessanbe");
        // the name as a last name before the name inside another's; a father's name last of all
        assertThat(surfaces(named(e, "Kito Dumisa"))).as(describe(e)).containsExactlyInAnyOrder("Kito Dumisa", "Dumisa");
        assertThat(surfaces(named(e, "Ahmed Farouk Mulei"))).as(describe(e))
                .containsExactlyInAnyOrder("Ahmed Farouk Mulei", "Farouk");
    }

    @Test
    void aNameGivenAfterADescriptionIsTheNameBeforeIt() {
        List<Entity> e = tag("Prime Minister Karlo Venndal spoke on Monday. Venndal, a former guerrilla leader better known as "
                + "Tavorra, declared a day of mourning. Tavorra said so, and Ilse Varga, an army officer nicknamed Kirro, "
                + "agreed.");
        assertThat(surfaces(named(e, "Karlo Venndal"))).as(describe(e))
                .containsExactlyInAnyOrder("Karlo Venndal", "Venndal", "Tavorra");
        assertThat(named(e, "Karlo Venndal").mentions()).as(describe(e)).hasSize(4);
        assertThat(surfaces(named(e, "Ilse Varga"))).as(describe(e)).containsExactlyInAnyOrder("Ilse Varga", "Kirro");
    }

    @Test
    void aBracketedNameInItsOwnLanguageRunsToTheBracketsEndAndMayBeOneWord() {
        List<Entity> e = tag("He served in the Tavorian Foreign Legion (Légion tavorienne). The Kirran Energy Agency "
                + "(Energistyrelsen) said gas leaked, and the Lebanese Red Cross (Croix-Rouge libanaise) sent teams.");
        assertThat(surfaces(named(e, "Tavorian Foreign Legion"))).as(describe(e))
                .containsExactlyInAnyOrder("Tavorian Foreign Legion", "Légion tavorienne");
        assertThat(surfaces(named(e, "Kirran Energy Agency"))).as(describe(e))
                .containsExactlyInAnyOrder("Kirran Energy Agency", "Energistyrelsen");
        // a people's adjective before a known name of ordinary words ("Red Cross") is a society of its own
        assertThat(surfaces(named(e, "Lebanese Red Cross"))).as(describe(e))
                .containsExactlyInAnyOrder("Lebanese Red Cross", "Croix-Rouge libanaise");
    }

    @Test
    void aBodysNameInItsLanguageBetweenCommasIsTheBody() {
        List<Entity> e = tag("On Thursday the Kirran Board of Health, Hälsovårdsverket, said it had confirmed a case. The "
                + "board will report again on Monday.");
        assertThat(surfaces(named(e, "Kirran Board of Health"))).as(describe(e))
                .containsExactlyInAnyOrder("Kirran Board of Health", "Hälsovårdsverket");
        // a given name between commas is a person's, not the body's
        List<Entity> f = tag("The Kirran Board of Health, Anwar, said so.");
        assertThat(surfaces(named(f, "Kirran Board of Health"))).as(describe(f)).containsExactly("Kirran Board of Health");
    }

    @Test
    void aBodyNamedAgainByItsCapitalisedHeadIsTheBodyNamedInFull() {
        List<Entity> e = tag("The Tavorian Constitutional Court ruled on Monday, and the Court said the vote stood. The "
                + "National Assembly of Kirra met; the Assembly passed the bill. The Government said nothing.");
        assertThat(surfaces(named(e, "Tavorian Constitutional Court"))).as(describe(e))
                .containsExactlyInAnyOrder("Tavorian Constitutional Court", "Court");
        assertThat(surfaces(named(e, "National Assembly of Kirra"))).as(describe(e))
                .containsExactlyInAnyOrder("National Assembly of Kirra", "Assembly");
        assertThat(e.stream().map(Entity::name)).as(describe(e)).doesNotContain("Government");
    }

    @Test
    void anOrganisationIsCalledByTheOneWordOfItsNameThatNamesNothingElse() {
        List<Entity> e = tag("Salvors from Koninklijke Ondrava Westhaven worked all night, and Movimiento Tavorra won the vote. "
                + "Ondrava said the tugs had left. Tavorra leader Karlo Venn spoke in Kirra, near the Kirra Radio Observatory.");
        assertThat(surfaces(named(e, "Koninklijke Ondrava Westhaven"))).as(describe(e))
                .containsExactlyInAnyOrder("Koninklijke Ondrava Westhaven", "Ondrava");
        assertThat(surfaces(named(e, "Movimiento Tavorra"))).as(describe(e))
                .containsExactlyInAnyOrder("Movimiento Tavorra", "Tavorra");
        // a place stays a place
        assertThat(mentioning(e, "Kirra").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aSiteNamedWithItsHeadBeforeOrAfterThePlaceIsOneSite() {
        List<Entity> e = tag("The blast at the Port of Tartus killed 20 people. The Tartus port was destroyed, and the Port of "
                + "Kirra reopened.");
        assertThat(surfaces(named(e, "Port of Tartus"))).as(describe(e))
                .containsExactlyInAnyOrder("Port of Tartus", "Tartus port");
        assertThat(surfaces(named(e, "Port of Kirra"))).as(describe(e)).containsExactly("Port of Kirra");
        // another language's head before the name, the English one after it
        List<Entity> bridge = tag("Swimmers entered the river at the Pont Tavorre IV. The Tavorre IV bridge was closed.");
        assertThat(surfaces(named(bridge, "Pont Tavorre IV"))).as(describe(bridge))
                .containsExactlyInAnyOrder("Pont Tavorre IV", "Tavorre IV bridge");
    }

    @Test
    void aRealNameStatedInTheTextIsTheSamePerson() {
        List<Entity> e = tag("Commander Tarvik Olund, whose real name is Mehran Dast Korvani, led the raid. Olund "
                + "has not been seen since.");
        assertThat(surfaces(mentioning(e, "Mehran Dast Korvani"))).as(describe(e)).contains("Tarvik Olund", "Olund");
    }

    @Test
    void anOwnerInThePossessiveIsNoPartOfANameItsAcronymDefines() {
        List<Entity> e = tag("Lena Hovik, head of TARV's Institute of Marine and Polar Research (IMPR), said the ice "
                + "was thinning. IMPR will publish its data in May.");
        assertThat(surfaces(mentioning(e, "IMPR"))).as(describe(e))
                .containsExactlyInAnyOrder("Institute of Marine and Polar Research", "IMPR");
    }

    @Test
    void anAcronymAfterCommaOrDefinesTheNameBeforeIt() {
        List<Entity> e = tag("The Directorate of Harbour Works in the Northern Reaches, or DHWNR, said the port was "
                + "shut. DHWNR reopened it on Friday.");
        assertThat(surfaces(mentioning(e, "DHWNR"))).as(describe(e))
                .contains("Directorate of Harbour Works in the Northern Reaches");
    }

    @Test
    void anOrganisationWrittenTwoWaysIsOneOrganisation() throws IOException {
        List<Entity> rules = tag("The Harakat Nujaba Tarvan Brigade claimed the attack. Local media wrote that the "
                + "Harakat Nujeba Tarvan Brigade had warned of it.");
        assertThat(rules).as(describe(rules)).anySatisfy(x -> assertThat(surfaces(x))
                .contains("Harakat Nujaba Tarvan Brigade", "Harakat Nujeba Tarvan Brigade"));
        // a spelling the rules took for a person is the known organisation it spells
        List<Entity> known = tagWith("{\"id\":\"test:org:kataeb-tarvan\",\"name\":\"Kataib Tarvan\","
                        + "\"type\":\"ORGANIZATION\"}\n",
                "Kataib Tarvan denied the attack. In local media, the group name is also written Kataeb Tarvan.");
        assertThat(surfaces(mentioning(known, "Kataeb Tarvan"))).as(describe(known)).contains("Kataib Tarvan");
        assertThat(mentioning(known, "Kataeb Tarvan").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void anOrganisationNamedAgainWithoutItsPlaceIsTheSameOrganisation() {
        List<Entity> e = tag("Figures from the Water Tariff Commission of Kenya showed a rise. Prices will rise in "
                + "March, the Water Tariff Commission said.");
        assertThat(surfaces(mentioning(e, "Water Tariff Commission"))).as(describe(e))
                .contains("Water Tariff Commission of Kenya");
    }

    @Test
    void aBodyTranslatedWithItsAdjectiveAfterItsHeadIsNamedAgainAsWritten() {
        List<Entity> e = tag("Two boats of the Forces Naval of Georgia were held near the coast. The commander of the "
                + "Forces Naval said the crews were safe. The Tribunal Constitutional of Tavoria ruled on Monday, and the "
                + "Tribunal said the vote stood.");
        assertThat(surfaces(mentioning(e, "Forces Naval"))).as(describe(e))
                .containsExactlyInAnyOrder("Forces Naval of Georgia", "Forces Naval");
        assertThat(surfaces(mentioning(e, "Tribunal"))).as(describe(e)).contains("Tribunal");
        assertThat(mentioning(e, "Tribunal").mentions()).as(describe(e)).hasSizeGreaterThan(1);
    }

    @Test
    void aPlaceNamedWithItsHeadBeforeOrAfterItsNameIsOnePlace() {
        List<Entity> e = tag("Three ships were seized in the Strait of Varkesh on Sunday. Traffic through the Varkesh "
                + "Strait resumed on Tuesday.");
        assertThat(surfaces(mentioning(e, "Strait of Varkesh"))).as(describe(e))
                .containsExactlyInAnyOrder("Strait of Varkesh", "Varkesh Strait");
    }

    @Test
    void aCommissionOfAKnownOrganisationIsOneOrganisation() {
        List<Entity> e = tag("The chairman of the Commission of the Arab League flew to Cairo. The Fisheries Standards "
                + "Commission of the Pacific Islands Forum met on Monday.");
        assertThat(e).as(describe(e)).anySatisfy(x -> assertThat(surfaces(x)).containsExactly("Commission of the Arab League"));
        assertThat(e).as(describe(e)).anySatisfy(x -> assertThat(surfaces(x))
                .containsExactly("Fisheries Standards Commission of the Pacific Islands Forum"));
        assertThat(e.stream().map(Entity::type)).as(describe(e)).doesNotContain(EntityType.PERSON);
        assertThat(e.stream().flatMap(x -> surfaces(x).stream())).as(describe(e))
                .doesNotContain("Arab League", "Pacific Islands Forum", "Commission");
    }

    @Test
    void anOrganisationNamedAgainWithoutTheCountryBeforeItsNameIsTheSameOrganisation() {
        List<Entity> e = tag("Boats of the Kenya Coastal Rescue Service searched all night. The Coastal Rescue Service said "
                + "two were missing. The Saudi Arabian Desert Patrol Corps closed the road, the Desert Patrol Corps said.");
        assertThat(surfaces(mentioning(e, "Kenya Coastal Rescue Service"))).as(describe(e))
                .containsExactlyInAnyOrder("Kenya Coastal Rescue Service", "Coastal Rescue Service");
        assertThat(surfaces(mentioning(e, "Saudi Arabian Desert Patrol Corps"))).as(describe(e))
                .containsExactlyInAnyOrder("Saudi Arabian Desert Patrol Corps", "Desert Patrol Corps");
    }

    @Test
    void aBodyNamedFirstWithItsAdjectiveAfterItsHeadIsTheBodyNamedLaterInEnglishOrder() {
        List<Entity> e = tag("The president ordered the heads of the Directorate Hydrographic to report. A spokesman of "
                + "the Hydrographic Directorate of Georgia said the survey would resume.");
        assertThat(surfaces(mentioning(e, "Directorate Hydrographic"))).as(describe(e))
                .containsExactlyInAnyOrder("Directorate Hydrographic", "Hydrographic Directorate of Georgia");
    }

    @Test
    void aSurnameInThePossessiveIsThePersonNamedInFullNotAPlace() {
        List<Entity> e = tag("The vote ended six years of rule by Edgar Tavrell. Hichilema lost narrowly to Tavrell in 2016. "
                + "His convoy failed to give way to Tavrell's motorcade in Mongu. Investors fled after Tavrell's government "
                + "seized the mines.");
        assertThat(surfaces(named(e, "Edgar Tavrell"))).as(describe(e)).containsExactlyInAnyOrder("Edgar Tavrell", "Tavrell");
        assertThat(named(e, "Mongu").type()).as(describe(e)).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aTranslationStatedInTheTextJoinsWithItsOwnAcronym() {
        List<Entity> e = tag("The Korvan Space Office (KSO), known in French as the Bureau spatial korvanien (BSK), "
                + "paid for the seat. BSK said the crew would fly in May.");
        assertThat(surfaces(mentioning(e, "KSO"))).as(describe(e))
                .contains("Korvan Space Office", "Bureau spatial korvanien", "BSK");
        List<Entity> which = tag("The Tarvan Atomic Board (TAB), which in Persian is named Sazman-e Tarvani, said "
                + "inspectors had left.");
        assertThat(surfaces(mentioning(which, "Tarvan Atomic Board"))).as(describe(which))
                .contains("Sazman-e Tarvani");
    }

    @Test
    void theNameAPeopleUseForASiteIsTheSameSite() {
        List<Entity> e = tag("The convoy left through the Tarvaniya crossing, known to Iraqis as the Korvesh crossing, "
                + "on Monday.");
        assertThat(surfaces(mentioning(e, "Tarvaniya crossing"))).as(describe(e)).contains("Korvesh crossing");
    }

    @Test
    void aNameInAnotherLanguageBetweenCommasIsTheSameOrganisation() {
        List<Entity> e = tag("The Korvan Farmers Union, Sindicato Korvano in Spanish, marched on Friday. Officials of the "
                + "Tarvan Workers Party, Partia e Punetoreve in Albanian, spoke.");
        assertThat(surfaces(mentioning(e, "Korvan Farmers Union"))).as(describe(e)).contains("Sindicato Korvano");
        assertThat(surfaces(mentioning(e, "Tarvan Workers Party"))).as(describe(e)).contains("Partia e Punetoreve");
    }

    @Test
    void aKnownAcronymIsTheNameTheArticleSpellsWhenItsOwnEntityIsNeverNamed() throws IOException {
        String kb = "{\"id\":\"test:org:tarvan-unity-party\",\"name\":\"Tarvan Unity Party\",\"type\":\"ORGANIZATION\","
                + "\"aliases\":[\"TUP\"]}\n";
        List<Entity> e = tagWith(kb, "The Tarvan Union of Pharmacists said prices rose. A TUP survey found shortages.");
        Entity union = mentioning(e, "TUP");
        assertThat(surfaces(union)).as(describe(e)).contains("Tarvan Union of Pharmacists");
        assertThat(union.id()).isNotEqualTo("test:org:tarvan-unity-party");
        // the known party, named in full, keeps its acronym
        List<Entity> party = tagWith(kb, "The Tarvan Unity Party won. The Tarvan Union of Pharmacists said prices rose. "
                + "TUP leaders celebrated.");
        assertThat(mentioning(party, "TUP").id()).isEqualTo("test:org:tarvan-unity-party");
    }

    @Test
    void aKnownSurnameIsTheDocumentsPersonWhenTheKnownOneIsNeverNamed() throws IOException {
        String kb = "{\"id\":\"test:person:dariel-kostavic\",\"name\":\"Dariel Kostavic\",\"type\":\"PERSON\","
                + "\"aliases\":[\"Kostavic\"]}\n";
        List<Entity> e = tagWith(kb, "Deputy Minister Oren Kostavic visited the port. Kostavic said exports would grow.");
        assertThat(surfaces(mentioning(e, "Oren Kostavic"))).as(describe(e)).contains("Kostavic");
        assertThat(e).noneMatch(x -> x.id().equals("test:person:dariel-kostavic"));
        // after a title, the surname stays the known person
        List<Entity> titled = tagWith(kb, "Oren Kostavic visited the port. President Kostavic said exports would grow.");
        assertThat(mentioning(titled, "Kostavic").id()).isEqualTo("test:person:dariel-kostavic");
    }

    @Test
    void aKnownPersonsSurnameFormTakesAMiddleNameButNotAnotherGivenName() throws IOException {
        String kb = "{\"id\":\"test:person:brice-tarvelo-nguembe\",\"name\":\"Brice Tarvelo Nguembe\",\"type\":\"PERSON\","
                + "\"aliases\":[\"Tarvelo Nguembe\"]}\n";
        List<Entity> e = tagWith(kb, "General Brice Clotaire Tarvelo Nguembe took power. His rival Omar Tarvelo Nguembe fled.");
        assertThat(surfaces(one(e, "test:person:brice-tarvelo-nguembe"))).as(describe(e))
                .containsExactly("Brice Clotaire Tarvelo Nguembe");
        assertThat(named(e, "Omar Tarvelo Nguembe").id()).as(describe(e)).startsWith("ws:name:");
    }

    @Test
    void aLoneSurnameIsTheKnownPersonNamedInFullNotAnotherKnownOneOfThatName() throws IOException {
        String kb = "{\"id\":\"test:person:joral-vesk\",\"name\":\"Joral Vesk\",\"type\":\"PERSON\",\"aliases\":[\"Vesk\"]}\n"
                + "{\"id\":\"test:person:mirel-vesk\",\"name\":\"Mirel Vesk\",\"type\":\"PERSON\"}\n";
        List<Entity> e = tagWith(kb, "President Mirel Vesk met the council. Vesk promised an inquiry.");
        assertThat(surfaces(one(e, "test:person:mirel-vesk"))).as(describe(e)).containsExactlyInAnyOrder("Mirel Vesk", "Vesk");
        assertThat(byId(e, "test:person:joral-vesk")).as(describe(e)).isEmpty();
    }

    @Test
    void aRoleBeforeAKnownPersonNamesNoBody() {
        List<Entity> e = tag("Chief Cabinet Secretary Yoshimasa Hayashi spoke, and Treasury Secretary Janet Yellen agreed.");
        assertThat(e).as(describe(e)).noneMatch(x -> x.type() == EntityType.ORGANIZATION);
    }

    @Test
    void anArabicParticleOfAKnownNameMatchesInEitherCase() throws IOException {
        String kb = "{\"id\":\"test:person:tarik-al-hamdan\",\"name\":\"Tarik Al-Mansour Al-Hamdan\",\"type\":\"PERSON\"}\n";
        List<Entity> e = tagWith(kb, "The emir, Sheikh Tarik al-Mansour al-Hamdan, offered to mediate.");
        assertThat(surfaces(one(e, "test:person:tarik-al-hamdan"))).as(describe(e))
                .containsExactly("Tarik al-Mansour al-Hamdan");
    }

    @Test
    void aKnownOneWordOrganisationIsTheLongerOneTheArticleNamesWithThatHead() throws IOException {
        String kb = "{\"id\":\"test:org:korvan-tribunal\",\"name\":\"Korvan Tribunal\",\"type\":\"ORGANIZATION\","
                + "\"aliases\":[\"Tribunal\"]}\n";
        List<Entity> e = tagWith(kb, "The Tarvan Electoral Tribunal annulled the vote. The Tribunal said fraud was proven.");
        assertThat(surfaces(mentioning(e, "Tribunal"))).as(describe(e)).contains("Tarvan Electoral Tribunal");
        // the known one named in full keeps its word
        List<Entity> both = tagWith(kb, "The Korvan Tribunal and the Tarvan Electoral Tribunal met. The Tribunal ruled.");
        assertThat(mentioning(both, "Tribunal").id()).isEqualTo("test:org:korvan-tribunal");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "TARVIK FALLS, Mont., May 3 (AP) - Floods closed the road.|Mont.|Montana",
            "The plant in Dorvale, N.J., closed on Friday.|N.J.|New Jersey",
    })
    void anAgencyStateAbbreviationAfterATownIsTheState(String text, String mention, String state) {
        List<Entity> e = tag(text);
        Entity place = mentioning(e, mention);
        assertThat(place.name()).isEqualTo(state);
        assertThat(place.type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aStateAbbreviationElsewhereIsNoState() {
        List<Entity> e = tag("Miss. Tarvik Olund and Ind. candidates met in Dorvale.");
        assertThat(e).as(describe(e)).noneMatch(x -> x.name().equals("Mississippi") || x.name().equals("Indiana"));
    }

    @Test
    void anArticleGluedBeforeAKnownPlaceStaysInItsMention() throws IOException {
        List<Entity> e = tagWith("{\"id\":\"test:place:tarqan\",\"name\":\"Tarqan garrison\",\"type\":\"LOCATION\","
                + "\"aliases\":[\"Tarqan\"]}\n", "Drones struck the al-Tarqan garrison overnight.");
        assertThat(surfaces(mentioning(e, "al-Tarqan garrison"))).as(describe(e)).containsExactly("al-Tarqan garrison");
    }

    @Test
    void aCompanysChiefExecutiveIsNoPartOfEitherName() {
        List<Entity> e = tag("Korvex Chief Executive Dalia Omberg said output would recover. Omberg took over in June.");
        assertThat(surfaces(named(e, "Dalia Omberg"))).as(describe(e)).containsExactlyInAnyOrder("Dalia Omberg", "Omberg");
        assertThat(named(e, "Korvex").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Scientists from Tarvani Jaya University studied the ash. The Universitas Tarvani Jaya team arrived on Monday.|Tarvani Jaya University|Universitas Tarvani Jaya",
            "Fire broke out at the Korvana refinery. Refinería Korvana was shut.|Korvana refinery|Refinería Korvana",
            "Riots broke out at the Dorvale Penitentiary. The Penitenciaría del Dorvale is the largest prison.|Dorvale Penitentiary|Penitenciaría del Dorvale",
    })
    void aNameWithItsHeadInAnotherLanguageIsTheSameName(String text, String english, String own) {
        List<Entity> e = tag(text);
        assertThat(surfaces(mentioning(e, english))).as(describe(e)).contains(own);
    }

    @Test
    void aDifferentHeadIsADifferentName() {
        List<Entity> e = tag("Scientists from Tarvani Jaya University studied the ash. Tarvani Jaya Hospital treated "
                + "the injured.");
        assertThat(surfaces(mentioning(e, "Tarvani Jaya University"))).as(describe(e))
                .doesNotContain("Tarvani Jaya Hospital");
    }

    @Test
    void aMountainNamedWithoutMountIsTheSameMountain() {
        List<Entity> e = tag("Mount Korvatu Besar erupted on Sunday. Volcanologists said Korvatu Besar had been "
                + "restless for weeks.");
        assertThat(surfaces(mentioning(e, "Mount Korvatu Besar"))).as(describe(e)).contains("Korvatu Besar");
        assertThat(mentioning(e, "Mount Korvatu Besar").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void centresArePluralHeadsOfOrganisations() {
        List<Entity> e = tag("The Tarvan Centres for Soil Science said the harvest would fail.");
        assertThat(named(e, "Tarvan Centres for Soil Science").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aKnownPersonsMiddleNameAloneIsThatPerson() throws IOException {
        List<Entity> e = tagWith("{\"id\": \"test:person:dumo\", \"name\": \"Orlan Vesterik Dumo\", \"type\": \"PERSON\","
                + " \"aliases\": [\"Dumo\"]}\n",
                "Opposition candidate Orlan Vesterik Dumo won the vote. Supporters, who call him simply Vesterik, "
                + "danced in the streets.");
        assertThat(surfaces(mentioning(e, "Orlan Vesterik Dumo"))).as(describe(e)).contains("Vesterik");
    }

    @Test
    void aPlaceWrittenWithADoubledLetterOnceIsThatPlace() {
        List<Entity> e = tag("Police opened fire on protesters in Korvallo on Monday. Shops in Korvalo stayed shut.");
        assertThat(surfaces(mentioning(e, "Korvallo"))).as(describe(e)).containsExactlyInAnyOrder("Korvallo", "Korvalo");
    }

    @Test
    void aSurnameThatBeginsWithAVowelIsNoVariantOfOneThatDoesNot() throws IOException {
        List<Entity> e = tagWith("{\"id\": \"test:person:brusk\", \"name\": \"Talen Brusk\", \"type\": \"PERSON\","
                + " \"aliases\": [\"Brusk\", \"Talen Brusk Morvas\"]}\n",
                "Kaito Amorvas, the head of the electoral board, said that Brusk had won.");
        assertThat(named(e, "Kaito Amorvas").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
        assertThat(surfaces(named(e, "Talen Brusk"))).as(describe(e)).containsExactly("Brusk");
    }

    @Test
    void aBracketedNameInItsLanguageBeforeOrAndItsAcronymIsTheSameOrganisation() {
        List<Entity> e = tag("The head of the Tarvan Electoral Board (Junta Tarvana Electoral, or JTE) spoke. Hackers "
                + "attacked the JTE's systems.");
        assertThat(surfaces(named(e, "Tarvan Electoral Board"))).as(describe(e))
                .containsExactlyInAnyOrder("Tarvan Electoral Board", "Junta Tarvana Electoral", "JTE");
    }

    @Test
    void aPersonCalledByTheInitialsOfTheirNameIsTheSamePerson() {
        List<Entity> e = tag("Talvo Renn-Markel denied every charge on Monday. Prosecutors said TRM had moved the funds "
                + "himself, and Renn-Markel's lawyers did not comment.");
        assertThat(surfaces(named(e, "Talvo Renn-Markel"))).as(describe(e)).contains("Talvo Renn-Markel", "TRM");
    }

    @Test
    void aPlaceWrittenWithAndWithoutItsHyphenIsOnePlace() {
        List<Entity> e = tag("Gunmen were seen in Karvo-Ville on Tuesday. Police in Karvoville said two were held.");
        assertThat(surfaces(named(e, "Karvo-Ville"))).as(describe(e)).containsExactlyInAnyOrder("Karvo-Ville", "Karvoville");
    }

    @Test
    void aGivenNameAndItsShortFormWithOneSurnameAreOnePerson() {
        List<Entity> e = tag("Kat Varnelli scored twice. Katharina Varnelli later said the team had earned it, and Marco "
                + "Varnelli, her coach, agreed.");
        assertThat(surfaces(named(e, "Kat Varnelli"))).as(describe(e))
                .containsExactlyInAnyOrder("Kat Varnelli", "Katharina Varnelli");
    }

    @Test
    void aNameKnownInALanguageOfSeveralWordsIsTheSameThing() {
        List<Entity> e = tag("The march set off from Cape Tavorin, known in te reo Māori as Te Muri Karovai, on Sunday.");
        assertThat(surfaces(mentioning(e, "Cape Tavorin"))).as(describe(e))
                .containsExactlyInAnyOrder("Cape Tavorin", "Te Muri Karovai");
        List<Entity> f = tag("The final was played at Karvo Arena, known for sponsorship reasons as Tavbank Arena.");
        assertThat(surfaces(mentioning(f, "Karvo Arena"))).as(describe(f))
                .containsExactlyInAnyOrder("Karvo Arena", "Tavbank Arena");
    }

    @Test
    void anOrganisationNamedAgainInAppositionIsOneButAListIsNot() {
        List<Entity> e = tag("The Defensoría de Tavoria, the Tavorian Ombudsman's Office, said 40 families had fled.");
        assertThat(surfaces(mentioning(e, "Defensoría de Tavoria"))).as(describe(e))
                .contains("Defensoría de Tavoria", "Tavorian Ombudsman's Office");
        List<Entity> f = tag("Officials of the Korvan Ministry of Health, the Tavor Relief Agency, and the Marvel Red Cross met.");
        assertThat(surfaces(mentioning(f, "Korvan Ministry of Health"))).as(describe(f))
                .doesNotContain("Tavor Relief Agency");
    }

    @Test
    void aNameInAnotherLanguageOrAPenNameStatedAfterAPersonIsThatPerson() {
        List<Entity> e = tag("Editor Tavo Marr, whose Chinese name is Marr Kel-tun, was charged. Police arrested writer "
                + "Velk Dara-min, who writes under the pen name Oru Tessa. Founder Jorin Kal, 73, also known as Kal Su-yong, "
                + "is held. Kal denied it.");
        assertThat(surfaces(mentioning(e, "Marr Kel-tun"))).as(describe(e)).contains("Tavo Marr", "Marr Kel-tun");
        assertThat(surfaces(mentioning(e, "Oru Tessa"))).as(describe(e)).contains("Velk Dara-min", "Oru Tessa");
        assertThat(surfaces(mentioning(e, "Kal Su-yong"))).as(describe(e)).contains("Jorin Kal", "Kal Su-yong", "Kal");
    }

    @Test
    void aGivenNameAloneIsTheOnePersonOfThatName() {
        List<Entity> e = tag("Anwar Kelmaran was sworn in on Thursday. Anwar said he would unite the country.");
        assertThat(surfaces(mentioning(e, "Anwar Kelmaran"))).as(describe(e)).containsExactlyInAnyOrder("Anwar Kelmaran", "Anwar");
        // called by the surname too: the given name alone is still the person ("Uhuru" for Uhuru Kenyatta)
        List<Entity> f = tag("President Tavik Oruwe lost the ruling. Oruwe said he would respect it. Hours later, at a "
                + "rally, Tavik was less conciliatory.");
        assertThat(surfaces(mentioning(f, "Tavik Oruwe"))).as(describe(f))
                .containsExactlyInAnyOrder("Tavik Oruwe", "Oruwe", "Tavik");
        // three letters are enough
        List<Entity> g = tag("The regime of President Eli Varsk Omundo ended on Monday. Later Eli had succeeded his father.");
        assertThat(surfaces(mentioning(g, "Eli Varsk Omundo"))).as(describe(g)).contains("Eli");
        // two people of the name: the lone name is neither's
        List<Entity> h = tag("Anwar Kelmaran met Anwar Tessoby on Thursday. Later Anwar said he would resign.");
        assertThat(surfaces(mentioning(h, "Anwar Kelmaran"))).as(describe(h)).containsExactly("Anwar Kelmaran");
    }

    @Test
    void aNameWithBinIsThePersonWhoseLongerNameStartsWithIt() {
        List<Entity> e = tag("His Majesty Tavor bin Kirran Al Said was sworn in after the death of Harun bin Said. Sheikh "
                + "Tavor bin Kirran said the country would stay the course.");
        assertThat(surfaces(mentioning(e, "Tavor bin Kirran Al Said"))).as(describe(e))
                .containsExactlyInAnyOrder("Tavor bin Kirran Al Said", "Tavor bin Kirran");
        assertThat(named(e, "Harun bin Said").type()).as(describe(e)).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aPlaceNamedInTwoLanguagesAcrossASlashIsOne() {
        List<Entity> e = tag("Police said it was too dangerous to send rescuers to Tavorangi/Kirra Island on Tuesday.");
        assertThat(surfaces(mentioning(e, "Kirra Island"))).as(describe(e)).containsExactlyInAnyOrder("Tavorangi", "Kirra Island");
        List<Entity> two = tag("Talks on Israel/Gaza stalled.");
        assertThat(surfaces(mentioning(two, "Israel"))).as(describe(two)).containsExactly("Israel");
    }

    @Test
    void aPersonOfAnUnknownWordIsAPersonAndAGivenNameOwnedByOnePersonIsThatPerson() {
        List<Entity> e = tag("Opposition leader Tundor Lissek of Chadem returned from Belgium. Lissek said he would run. "
                + "Samia Kelvoru Hassan was sworn in. Samia Kelvoru thanked the army, and Samia wept.");
        assertThat(surfaces(mentioning(e, "Tundor Lissek"))).as(describe(e)).containsExactlyInAnyOrder("Tundor Lissek", "Lissek");
        assertThat(surfaces(mentioning(e, "Samia Kelvoru Hassan"))).as(describe(e))
                .containsExactlyInAnyOrder("Samia Kelvoru Hassan", "Samia Kelvoru", "Samia");
    }

    @Test
    void moreKnownAsAndAliasGiveAnotherNameOfTheSamePerson() {
        List<Entity> e = tag("Judges sentenced Kirrel Tavmana Purnado , more known as Ahvek , to prison. Guards said Adorno "
                + "Mavías Villaro, alias \"Fiko\", the leader of the gang, was gone.");
        assertThat(surfaces(named(e, "Kirrel Tavmana Purnado"))).as(describe(e)).contains("Ahvek");
        assertThat(surfaces(named(e, "Adorno Mavías Villaro"))).as(describe(e)).contains("Fiko");
    }

    @Test
    void aBodyRenamedByOneForeignWordBetweenCommasIsOneEntity() {
        List<Entity> e = tag("The judges ruled that the Kavrat Legislative Council, or Tolvuvar, must meet on Monday. The "
                + "Tolvuvar met. The Kavrat Red Cross, Oxfam and the Kavrat Water Board helped.");
        assertThat(surfaces(named(e, "Kavrat Legislative Council"))).as(describe(e)).contains("Tolvuvar");
        assertThat(surfaces(named(e, "Kavrat Red Cross"))).as(describe(e)).doesNotContain("Oxfam");
    }

    @Test
    void aNameWrittenPartlyInLowerCaseIsProvenWholeByTheAcronymAfterIt() {
        List<Entity> e = tag("Troops moved against the Front de résistance du Kavrat (FRK) in the hills. The FRK denied it. A "
                + "spokesman for the Tolmeh Fire Brigade (Corps de sapeurs-pompiers de Tolmeh, CSPT) spoke, and the CSPT agreed.");
        assertThat(surfaces(named(e, "Front de résistance du Kavrat"))).as(describe(e)).contains("FRK");
        List<Entity> opening = tag("The Front de résistance du Kavrat (FRK) said so. The FRK denied it.");
        assertThat(surfaces(named(opening, "Front de résistance du Kavrat"))).as(describe(opening)).contains("FRK");
        assertThat(surfaces(named(e, "Corps de sapeurs-pompiers de Tolmeh"))).as(describe(e))
                .contains("CSPT", "Tolmeh Fire Brigade");
    }

    @Test
    void aNameGivenInARelativeClauseOrAsAStageNameIsTheSamePerson() {
        List<Entity> e = tag("Davor Kelmanic Ostrava was detained. Davor, who is known as \"El Garzo\", denies the charges. "
                + "The march was filmed by Adaeze Nkem Okoro, who performs as DJ Kelvo. Tamsin Brakely, who was better "
                + "known as Wrenfield, wrote the book.");
        assertThat(surfaces(named(e, "Davor Kelmanic Ostrava"))).as(describe(e)).contains("Davor", "El Garzo");
        assertThat(surfaces(named(e, "Adaeze Nkem Okoro"))).as(describe(e)).contains("DJ Kelvo");
        assertThat(surfaces(named(e, "Tamsin Brakely"))).as(describe(e)).contains("Wrenfield");
    }

    @Test
    void aKnownCitysNameThatIsThePersonsSurnameIsThePersonUnlessMarkedAsAPlace() {
        List<Entity> e = tag("Senator Marta Houston spoke in Dallas on Monday. Houston said the bill would pass, and "
                + "Houston's mayor disagreed.");
        assertThat(surfaces(named(e, "Marta Houston"))).as(describe(e)).contains("Houston");
        assertThat(e.stream().filter(x -> x.type() == EntityType.LOCATION).map(Entity::name)).as(describe(e))
                .contains("Dallas", "Houston");
    }

    @Test
    void aBodysDistinctiveWordThatSpeaksIsTheBodyAndDoesNotMakeItAPerson() {
        List<Entity> e = tag("Rescuers were taken to the Hospital Regional of Varuntaq. Varuntaq said it treated 33 men. "
                + "Varuntaq added that two were hurt. Varuntaq told reporters more.");
        Entity hospital = named(e, "Hospital Regional of Varuntaq");
        assertThat(hospital.type()).as(describe(e)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(surfaces(hospital)).as(describe(e)).contains("Varuntaq");
    }

    @Test
    void theFirstWordOfAKnownPlaceNamedWithAParticleIsThatPlaceEvenWithoutACue() {
        List<Entity> e = tag("The outbreak reached Rio de Janeiro in March. It is a blow for Rio, which will host the Games.");
        assertThat(surfaces(one(e, "Q8678"))).as(describe(e)).containsExactlyInAnyOrder("Rio de Janeiro", "Rio");
    }

    @Test
    void aKnownPersonsGivenNameSpeltOtherwiseBeforeTheSameSurnameIsThatPerson() {
        List<Entity> e = tag("Yevgeny Prigozhin led the mutiny. Later Yevgenii Prigozhin said he would stop. Usha Vance and JD "
                + "Vance arrived.");
        assertThat(surfaces(one(e, "Q20850503"))).as(describe(e)).containsExactlyInAnyOrder("Yevgeny Prigozhin",
                "Yevgenii Prigozhin");
        assertThat(surfaces(one(e, "Q28935729"))).as(describe(e)).containsExactly("JD Vance");
    }
}
