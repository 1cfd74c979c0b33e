package io.wirestream.tagging;

import static io.wirestream.tagging.TaggingAssertions.describe;
import static io.wirestream.tagging.TaggingAssertions.mentioning;
import static io.wirestream.tagging.TaggingAssertions.surfaces;
import static io.wirestream.tagging.TaggingAssertions.tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An acronym the knowledge base does not know merges with the one name of the document whose initials it spells. */
class InitialismsTest {

    @Test
    void anAcronymAnywhereInTheTextJoinsTheNameItSpells() {
        List<Entity> entities = tag("The Velmora Basin Water Authority cut supplies on Monday. Farmers said the "
                + "VBWA had given no warning.");
        assertThat(surfaces(mentioning(entities, "VBWA"))).as(describe(entities))
                .containsExactlyInAnyOrder("Velmora Basin Water Authority", "VBWA");
    }

    @Test
    void functionWordsAndHyphenatedPartsMayBeLeftOutOrSpelled() {
        List<Entity> entities = tag("KDTR fighters attacked at dawn. The Kartal Development Trust of Rasova denied "
                + "any link.");
        assertThat(surfaces(mentioning(entities, "KDTR"))).as(describe(entities))
                .contains("Kartal Development Trust of Rasova");
    }

    @Test
    void anAcronymThatSpellsTwoNamesOrOneTheKnowledgeBaseKnowsStaysApart() {
        List<Entity> two = tag("The Norvan Port Authority and the Norvan Police Academy met. NPA officials left.");
        assertThat(surfaces(mentioning(two, "Norvan Port Authority"))).as(describe(two)).doesNotContain("NPA");
        assertThat(surfaces(mentioning(two, "Norvan Police Academy"))).as(describe(two)).doesNotContain("NPA");
        List<Entity> known = tag("Crowds filled Umayyad Square. US officials watched.");
        assertThat(surfaces(mentioning(known, "Umayyad Square"))).as(describe(known)).doesNotContain("US");
    }

    @Test
    void aKnownPlaceOfTwoWordsIsCalledByItsTwoInitials() {
        List<Entity> e = tag("Snow closed roads in Himachal Pradesh on Monday, and HP officials said more would fall.");
        assertThat(surfaces(mentioning(e, "Himachal Pradesh"))).as(describe(e)).contains("HP");
        // but a title's abbreviation is no place: "the MP" is a member of parliament
        List<Entity> title = tag("Madhya Pradesh voted on Monday. The MP said the CM had resigned.");
        assertThat(surfaces(mentioning(title, "Madhya Pradesh"))).as(describe(title)).doesNotContain("MP");
        assertThat(title.stream().flatMap(x -> surfaces(x).stream())).as(describe(title)).doesNotContain("CM");
    }
}
