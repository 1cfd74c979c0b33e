package io.wirestream.tagging;

import static io.wirestream.tagging.TaggingAssertions.describe;
import static io.wirestream.tagging.TaggingAssertions.one;
import static io.wirestream.tagging.TaggingAssertions.surfaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bars on the project's reference sample (our test copy of its text, published 2025-01-24). */
class SeedArticleTest {
    private static String text;
    private static List<Entity> entities;

    @BeforeAll
    static void tagSeed() throws IOException {
        try (InputStream in = SeedArticleTest.class.getResourceAsStream("/io/wirestream/tagging/seed/seed-article.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        entities = TaggingAssertions.tag(text, LocalDate.of(2025, 1, 24));
    }

    @Test
    void findsEveryRequiredPerson() {
        assertThat(one(entities, "Q44329").type()).isEqualTo(EntityType.PERSON);
        assertThat(one(entities, "Q131377413").name()).isEqualTo("Mohammed al-Bashir");
        assertThat(one(entities, "Q22686").name()).isEqualTo("Donald Trump");
        assertThat(one(entities, "Q6279").name()).isEqualTo("Joe Biden");
    }

    @Test
    void oneEntityForAlSharaaUnderAllHisNames() {
        Entity sharaa = one(entities, "Q7934206");
        assertThat(sharaa.name()).isEqualTo("Ahmed al-Sharaa");
        assertThat(surfaces(sharaa)).contains("Ahmad al-Shora", "Abu Muhammad al-Jolani", "Jolani");
    }

    @Test
    void findsEveryRequiredOrganisation() {
        assertThat(surfaces(one(entities, "Q166032"))).contains("Washington Post");
        assertThat(one(entities, "ws:org:rco-news-agency").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(surfaces(one(entities, "Q2429253"))).contains("ISIS");
        assertThat(surfaces(one(entities, "Q28540613"))).contains("Hayat Tahrir al-Sham", "Tahrir al-Sham");
        assertThat(one(entities, "Q37230").name()).isEqualTo("Central Intelligence Agency");
    }

    @Test
    void oneUnitedStatesForUsAndUSAndUnitedStates() {
        assertThat(surfaces(one(entities, "Q30"))).contains("US", "U.S.", "United States");
    }

    @Test
    void findsEveryRequiredPlace() {
        for (String id : List.of("Q858", "Q3766", "Q504657", "Q159", "Q4120581")) {
            assertThat(one(entities, id).type()).as(id).isEqualTo(EntityType.LOCATION);
        }
    }

    @Test
    void washingtonInsideThePostIsNoPlace() {
        assertThat(entities).as(describe(entities))
                .noneMatch(e -> e.type() == EntityType.LOCATION && surfaces(e).stream().anyMatch(s -> s.contains("Washington")));
    }

    @Test
    void datesAreNormalisedWithTheYearOfPublication() {
        List<String> values = entities.stream().filter(e -> e.type() == EntityType.DATE).map(Entity::value).toList();
        assertThat(values).containsExactlyInAnyOrder("2025-01-11", "2024-12-08", "2024-12", "2025-03");
        assertThat(one(entities, "date:2025-01-11").mentions()).hasSize(2);
    }

    @Test
    void demonymsAndWeekdaysAreNotEntities() {
        assertThat(entities).noneMatch(e -> surfaces(e).contains("Syrian") || surfaces(e).contains("American")
                || surfaces(e).contains("Friday") || surfaces(e).contains("Middle Eastern"));
    }

    @Test
    void entitiesAreOrderedByFirstMention() {
        for (int i = 1; i < entities.size(); i++) {
            assertThat(entities.get(i).mentions().get(0).start())
                    .isGreaterThan(entities.get(i - 1).mentions().get(0).start());
        }
    }
}
