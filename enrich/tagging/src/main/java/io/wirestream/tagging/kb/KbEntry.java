package io.wirestream.tagging.kb;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wirestream.tagging.EntityType;

/**
 * One canonical entity of the knowledge base.
 *
 * @param aliases      every other way of writing it (the name itself is always an alias too)
 * @param exactCase    aliases that match only in exactly this case (all-caps aliases of up to five letters
 *                     are exact-case anyway: "US" is not "us", "IS" is not "is")
 * @param needsContext its one-word aliases are also ordinary words; they count only after a place cue ("in Nice")
 * @param priority     lower wins when two entries share an alias: user file 0, curated 1, generated geo data 2
 * @param sameAs       the entity's ids elsewhere: {@code geonames}, {@code iso3166}, and {@code ws} for the id it had
 *                     before it got its Wikidata QID
 */
public record KbEntry(String id, String name, EntityType type, List<String> aliases, Set<String> exactCase,
                      boolean needsContext, int priority, Map<String, String> sameAs) {
    public KbEntry {
        aliases = List.copyOf(aliases);
        exactCase = Set.copyOf(exactCase);
        sameAs = Map.copyOf(sameAs);
    }

    public KbEntry(String id, String name, EntityType type, List<String> aliases, Set<String> exactCase,
                   boolean needsContext, int priority) {
        this(id, name, type, aliases, exactCase, needsContext, priority, Map.of());
    }
}
