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
 * @param country      the ISO 3166-1 code of the country it lies in or belongs to, or null
 * @param inCountryOnly aliases that name it only in an article that names its country ("Congress": the U.S. Congress
 *                     in a story that names the United States, India's Congress party in one that names India)
 */
public record KbEntry(String id, String name, EntityType type, List<String> aliases, Set<String> exactCase,
                      boolean needsContext, int priority, Map<String, String> sameAs, String country,
                      Set<String> inCountryOnly) {
    public KbEntry {
        aliases = List.copyOf(aliases);
        exactCase = Set.copyOf(exactCase);
        sameAs = Map.copyOf(sameAs);
        inCountryOnly = Set.copyOf(inCountryOnly);
    }

    public KbEntry(String id, String name, EntityType type, List<String> aliases, Set<String> exactCase,
                   boolean needsContext, int priority, Map<String, String> sameAs) {
        this(id, name, type, aliases, exactCase, needsContext, priority, sameAs, null, Set.of());
    }

    public KbEntry(String id, String name, EntityType type, List<String> aliases, Set<String> exactCase,
                   boolean needsContext, int priority) {
        this(id, name, type, aliases, exactCase, needsContext, priority, Map.of());
    }

    /** The country this entry names or lies in: its own ISO code for a country, else {@link #country()}, or null. */
    public String countryNamed() {
        String own = sameAs.get("iso3166");
        return own != null ? own : country;
    }
}
