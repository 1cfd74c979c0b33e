package io.wirestream.tagging;

import java.util.List;

/**
 * One entity of a document, with every mention of it (all aliases and transliteration variants merged).
 *
 * @param id         Wikidata QID when known (e.g. {@code Q30}), else a stable id of ours ({@code ws:...});
 *                   the same name gives the same id in every document and on every day
 * @param name       canonical name
 * @param mentions   sorted by start offset
 * @param value      DATE only: ISO date or partial ({@code 2024-12-08}, {@code 2024-12}); {@code --01-11} only when the
 *                   date has no year and the caller gave no event day to take it from
 * @param method     how it was found: {@code "kb"} (knowledge base), {@code "rule"}, {@link #METHOD_INFERRED_YEAR} (a
 *                   date written without a year, its year taken from the article's event day) or {@code "model"}
 * @param confidence 0..1
 */
public record Entity(String id, String name, EntityType type, List<Mention> mentions, String value, String method,
                     double confidence) {
    /** Method of a DATE written without a year ("January 11") whose year was inferred from the event day. */
    public static final String METHOD_INFERRED_YEAR = "rule:inferred-year";

    public Entity {
        mentions = List.copyOf(mentions);
    }
}
