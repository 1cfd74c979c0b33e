package io.wirestream.cleanup.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a rule reports what it found in the text it was given: rewrites ({@link #replace}) and
 * flags ({@link #flag}). Rules may report in any order; {@link #takeEdits()} sorts them and, should two
 * overlap (a rule bug), keeps the earlier one so the text stays consistent.
 */
public final class Findings {
    private final List<LocalEdit> edits = new ArrayList<>();
    private final List<LocalFlag> flags = new ArrayList<>();

    /** A flag in the coordinates of the text the rule saw. */
    public record LocalFlag(int start, int end, String rule) {}

    public void replace(String rule, int start, int end, String after) {
        edits.add(new LocalEdit(start, end, after, rule));
    }

    public void delete(String rule, int start, int end) {
        replace(rule, start, end, "");
    }

    public void insert(String rule, int at, String text) {
        replace(rule, at, at, text);
    }

    public void flag(String rule, int start, int end) {
        flags.add(new LocalFlag(start, end, rule));
    }

    public boolean hasEdits() {
        return !edits.isEmpty();
    }

    /** The edits reported so far, sorted and made non-overlapping; the buffer is emptied. */
    public List<LocalEdit> takeEdits() {
        if (edits.isEmpty()) {
            return List.of();
        }
        edits.sort(Comparator.comparingInt(LocalEdit::start).thenComparingInt(LocalEdit::end));
        List<LocalEdit> out = new ArrayList<>(edits.size());
        LocalEdit last = null;
        for (LocalEdit e : edits) {
            boolean overlaps = last != null
                    && (e.start() < last.end() || (e.isInsertion() && last.isInsertion() && e.start() == last.start()));
            if (!overlaps) {
                out.add(e);
                last = e;
            }
        }
        edits.clear();
        return out;
    }

    public List<LocalFlag> takeFlags() {
        List<LocalFlag> out = List.copyOf(flags);
        flags.clear();
        return out;
    }
}
