package io.wirestream.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Small helpers shared by the tagging tests. */
final class TaggingAssertions {
    static final EntityTagger TAGGER = EntityTagger.create(KnowledgeBase.bundled());

    private TaggingAssertions() {
    }

    static List<Entity> tag(String text) {
        return tag(text, null);
    }

    static List<Entity> tag(String text, LocalDate published) {
        List<Entity> entities = TAGGER.tag(text, published);
        assertOffsetsValid(text, entities);
        return entities;
    }

    static void assertOffsetsValid(String text, List<Entity> entities) {
        for (Entity e : entities) {
            assertThat(e.mentions()).as(e.name()).isNotEmpty();
            for (Mention m : e.mentions()) {
                assertThat(m.end()).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
    }

    static Optional<Entity> byId(List<Entity> entities, String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    static Entity one(List<Entity> entities, String id) {
        List<Entity> found = entities.stream().filter(e -> e.id().equals(id)).toList();
        assertThat(found).as("exactly one entity " + id + " in " + describe(entities)).hasSize(1);
        return found.get(0);
    }

    static Set<String> surfaces(Entity e) {
        return e.mentions().stream().map(Mention::text).collect(Collectors.toSet());
    }

    static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity named " + name + " in " + describe(entities)));
    }

    static Entity mentioning(List<Entity> entities, String mention) {
        return entities.stream().filter(e -> surfaces(e).contains(mention)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity with mention " + mention + " in " + describe(entities)));
    }

    static String describe(List<Entity> entities) {
        return entities.stream().map(e -> e.type() + ":" + e.name() + surfaces(e)).collect(Collectors.joining(", "));
    }
}
