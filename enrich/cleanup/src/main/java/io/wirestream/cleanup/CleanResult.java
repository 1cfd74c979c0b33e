package io.wirestream.cleanup;

import java.util.List;

/**
 * What the cleaner made of one article.
 *
 * @param title    the cleaned title, or null when no title was given
 * @param body     the cleaned body; replaying {@code edits} on the original body yields exactly this
 * @param language ISO 639-1 code of the article, or "und" when the detector is unsure
 * @param edits    every rewrite, in original-body offsets, sorted and non-overlapping
 * @param flags    problems found but deliberately not rewritten, in original-body offsets
 */
public record CleanResult(String title, String body, String language, List<Edit> edits, List<Flag> flags) {
    public CleanResult {
        edits = List.copyOf(edits);
        flags = List.copyOf(flags);
    }
}
