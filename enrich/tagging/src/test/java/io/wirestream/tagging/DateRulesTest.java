package io.wirestream.tagging;

import static io.wirestream.tagging.TaggingAssertions.tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Calendar dates to ISO, with the year taken from the publication date when the text leaves it out. */
class DateRulesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 1, 24);

    private static List<String> values(String text, LocalDate published) {
        return tag(text, published).stream().filter(e -> e.type() == EntityType.DATE).map(Entity::value).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // published 2025-01-24: a month alone is the latest such month up to then, or the next when put ahead
            "A farmer fled to Tyre in October.|2024-10",
            "Students have blockaded universities since December.|2024-12",
            "Fighting flared in early January.|2025-01",
            "Troops are expected by the end of April.|2025-04",
            "Output rises from May, the cartel said.|2025-05",
            "The party will choose its candidate in March.|2025-03",
            "Talks resume next January.|2026-01",
            "He has been silent since last March.|2024-03",
    })
    void aMonthNamedAloneAfterATimeWordIsADateOfThatMonth(String text, String expected) {
        assertThat(values(text, PUBLISHED)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Theresa May met him in London.",
            "May the talks succeed.",
            "March organisers said the route was open.",
            "The September Dossier was published.",
            "Aid arrived in Jan and Feb.",
            "Protesters in August Square chanted.",
    })
    void aMonthNameWithoutATimeWordIsNoDate(String text) {
        assertThat(values(text, PUBLISHED)).isEmpty();
    }

    @Test
    void aMonthAloneUpToTwoMonthsAheadIsTheComingOneUnlessTheTextPutsItBehind() {
        LocalDate april = LocalDate.of(2025, 4, 11);
        assertThat(values("Grossi could visit Russia again in May.", april)).containsExactly("2025-05");
        assertThat(values("A report said in July that troops crossed.", LocalDate.of(2025, 2, 17))).containsExactly("2024-07");
        assertThat(values("Workers have not been paid since May.", april)).containsExactly("2024-05");
        // a verb in the past before it puts it behind; "expected" does not
        assertThat(values("Homes in the town cracked in May.", april)).containsExactly("2024-05");
        assertThat(values("A referendum was held in June.", april)).containsExactly("2024-06");
        assertThat(values("A vote is expected in June.", april)).containsExactly("2025-06");
        assertThat(values("A door plug blew out in May.", april)).containsExactly("2024-05");
    }

    @Test
    void nextYearBeforeTheDateAnEventItPrecedesAndAPlanSinceChangedPlaceADayAndMonth() {
        assertThat(values("Next year's final will be played in Kavrat on May 31.", LocalDate.of(2024, 6, 1)))
                .containsExactly("2025-05-31");
        assertThat(values("The president offered a smooth transition before the handover on March 11.",
                LocalDate.of(2025, 12, 15))).containsExactly("2026-03-11");
        assertThat(values("The tunnel caved in before dawn on Nov. 12.", LocalDate.of(2023, 11, 29)))
                .containsExactly("2023-11-12");
        assertThat(values("The vote was originally set for Feb. 25, but it was postponed.", LocalDate.of(2024, 3, 25)))
                .containsExactly("2024-02-25");
    }

    @Test
    void aVerbInThePastEarlierInTheClausePutsAMonthAloneBehind() {
        LocalDate november = LocalDate.of(2024, 11, 14);
        assertThat(values("The gang leader escaped from a jail in the port city in January.", november))
                .containsExactly("2024-01");
        assertThat(values("A panel blew off a jet over the lake in December.", november)).containsExactly("2023-12");
        // reported speech and what is still to be done say nothing of when
        assertThat(values("Officials said the talks resume in January.", november)).containsExactly("2025-01");
        assertThat(values("Repairs are to be finished at the plant in January.", november)).containsExactly("2025-01");
    }

    @Test
    void aStatedYearAfterTheDateAndAMonthCoordinatedWithTheOneBeforeAreRead() {
        LocalDate august = LocalDate.of(2024, 8, 14);
        assertThat(values("The clade was first found in September last year.", august)).containsExactly("2023-09");
        assertThat(values("The final is on May 31 next year.", august)).containsExactly("2025-05-31");
        LocalDate january = LocalDate.of(2026, 1, 8);
        assertThat(values("Back-up windows come in March and April.", january)).containsExactly("2026-03", "2026-04");
        assertThat(values("In August the tribunal ruled.", january)).containsExactly("2025-08");
        assertThat(values("She expects the bank to cut again on May 22.", january)).containsExactly("2026-05-22");
    }

    @Test
    void aDateThatStartsANameIsNoDate() {
        assertThat(values("The March 23 Movement took the city.", PUBLISHED)).isEmpty();
        assertThat(values("Leaders of the 14 March Alliance met.", PUBLISHED)).isEmpty();
    }

    @Test
    void aMonthAloneWithoutAPublicationDateKeepsTheYearlessForm() {
        assertThat(values("Fighting flared in October.", null)).containsExactly("--10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "It happened on January 11.|2025-01-11",
            "Rebels took the city on December 8.|2024-12-08",
            "He fell in December 2024.|2024-12",
            "It lasts until March 2025.|2025-03",
            "Talks open on February 10.|2025-02-10",
            "The deal was signed on 8 December 2024.|2024-12-08",
            "On the 8th of December crowds gathered.|2024-12-08",
            "It was signed December 8, 2024, in Doha.|2024-12-08",
            "Filed on 2024-12-08 at noon.|2024-12-08",
            "Dec. 8 was a Sunday.|2024-12-08",
            "The truce runs until June 30.|2025-06-30",
            "A report is due by June 30.|2025-06-30",
            "Fighting began on June 30.|2024-06-30",
            "The vote was set for June 3.|2025-06-03",
            "Negotiators will meet again on April 2.|2025-04-02",
    })
    void normalisesToIso(String text, String expected) {
        assertThat(values(text, PUBLISHED)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The law, which was scheduled to take effect on 20 January, has been suspended.|2025-01-20",
            "The summit, planned for January 17, was called off.|2025-01-17",
            "The handover is due on January 30.|2025-01-30",
            "The handover is due on January 10.|2026-01-10",
    })
    void aDateMarkedAheadThatFellInTheLastWeekStaysInThePast(String text, String expected) {
        assertThat(values(text, PUBLISHED)).containsExactly(expected); // published 2025-01-24
    }

    @Test
    void withoutAPublicationDateAYearlessDateKeepsNoYear() {
        Entity date = tag("It happened on January 11.", null).get(0);
        assertThat(date.value()).isEqualTo("--01-11");
        assertThat(date.method()).isEqualTo("rule");
    }

    @Test
    void anInferredYearSaysSoAndAWrittenYearDoesNot() {
        List<Entity> dates = tag("Rebels took Aleppo on December 8. On 11 January 2025 talks began.", PUBLISHED).stream()
                .filter(e -> e.type() == EntityType.DATE).toList();
        assertThat(dates).extracting(Entity::value, Entity::method).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2024-12-08", Entity.METHOD_INFERRED_YEAR),
                org.assertj.core.groups.Tuple.tuple("2025-01-11", "rule"));
    }

    @Test
    void aDateWrittenOnceWithItsYearIsTheWritersEvenWhereItRecursWithout() {
        Entity date = tag("On January 11, 2025 a plot failed. Officials confirmed January 11 as the day.", PUBLISHED).stream()
                .filter(e -> e.type() == EntityType.DATE).findFirst().orElseThrow();
        assertThat(date.mentions()).hasSize(2);
        assertThat(date.method()).isEqualTo("rule");
    }

    @Test
    void impossibleDatesWeekdaysAndBareYearsAreNotDates() {
        assertThat(values("On February 30 and on Friday, in 2024, may 5 people left last month.", PUBLISHED)).isEmpty();
    }

    @Test
    void repeatedDatesAreOneEntityWithSeveralMentions() {
        List<Entity> e = tag("On January 11 a plot failed. Officials confirmed January 11 as the day.", PUBLISHED);
        Entity date = e.stream().filter(x -> x.type() == EntityType.DATE).findFirst().orElseThrow();
        assertThat(date.mentions()).hasSize(2);
        assertThat(date.id()).isEqualTo("date:2025-01-11");
    }
}
