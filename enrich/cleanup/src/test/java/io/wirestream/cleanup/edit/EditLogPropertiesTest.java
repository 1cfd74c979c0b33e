package io.wirestream.cleanup.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Composing many passes' edits into original-coordinate changes must equal applying them one by one. */
class EditLogPropertiesTest {

    @Property(tries = 3000)
    void composedChangesReplayToTheSequentialResult(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int length,
            @ForAll @IntRange(min = 1, max = 6) int passes) {
        Random rnd = new Random(seed);
        String original = randomText(rnd, length);
        EditLog log = new EditLog(original);
        String expected = original;
        for (int p = 0; p < passes; p++) {
            List<LocalEdit> edits = randomEdits(rnd, expected.length(), "r" + p);
            expected = EditLog.applyTo(expected, edits);
            log.apply(edits);
            assertThat(log.current()).isEqualTo(expected);
            assertThat(replay(original, log.changes())).isEqualTo(expected);
            assertChangesWellFormed(original, log.changes());
        }
    }

    @Test
    void insertionNextToEarlierDeletionIsMerged() {
        EditLog log = new EditLog("abcdef");
        log.apply(List.of(new LocalEdit(2, 4, "", "del")));          // ab|ef
        log.apply(List.of(new LocalEdit(2, 2, "XY", "ins")));        // abXYef
        assertThat(log.current()).isEqualTo("abXYef");
        assertThat(log.changes()).containsExactly(new EditLog.Change(2, 4, "XY", "del+ins"));
    }

    @Test
    void revertedChangeDisappears() {
        EditLog log = new EditLog("abc");
        log.apply(List.of(new LocalEdit(1, 2, "X", "a")));
        log.apply(List.of(new LocalEdit(1, 2, "b", "b")));
        assertThat(log.changes()).isEmpty();
    }

    @Test
    void mapsCurrentOffsetsBackToTheOriginal() {
        EditLog log = new EditLog("one two three");
        log.apply(List.of(new LocalEdit(3, 8, " ", "x"))); // "one three"
        assertThat(log.current()).isEqualTo("one three");
        assertThat(log.originalStart(4)).isEqualTo(8);
        assertThat(log.originalEnd(9)).isEqualTo(13);
        assertThat(log.originalStart(3)).isEqualTo(3);
        assertThat(log.originalEnd(4)).isEqualTo(8);
    }

    private static void assertChangesWellFormed(String original, List<EditLog.Change> changes) {
        int lastEnd = 0;
        EditLog.Change last = null;
        for (EditLog.Change c : changes) {
            assertThat(c.origStart()).isGreaterThanOrEqualTo(lastEnd);
            assertThat(c.origEnd()).isBetween(c.origStart(), original.length());
            if (last != null && last.origStart() == last.origEnd() && c.origStart() == c.origEnd()) {
                assertThat(c.origStart()).isNotEqualTo(last.origStart()); // two insertions at one point: ambiguous
            }
            lastEnd = c.origEnd();
            last = c;
        }
    }

    private static String replay(String original, List<EditLog.Change> changes) {
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        for (EditLog.Change c : changes) {
            sb.append(original, pos, c.origStart()).append(c.after());
            pos = c.origEnd();
        }
        return sb.append(original, pos, original.length()).toString();
    }

    private static String randomText(Random rnd, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append((char) ('a' + rnd.nextInt(6)));
        }
        return sb.toString();
    }

    /** Sorted, non-overlapping edits; at most one insertion per point, like Findings produces. */
    private static List<LocalEdit> randomEdits(Random rnd, int length, String rule) {
        List<LocalEdit> out = new ArrayList<>();
        int pos = 0;
        while (pos <= length && rnd.nextInt(3) > 0) {
            int start = pos + rnd.nextInt(Math.max(1, Math.min(5, length - pos + 1)));
            if (start > length) {
                break;
            }
            int end = Math.min(length, start + rnd.nextInt(4));
            String after = rnd.nextInt(3) == 0 ? "" : String.valueOf((char) ('A' + rnd.nextInt(3))).repeat(rnd.nextInt(3));
            if (start == end && after.isEmpty()) {
                after = "Z";
            }
            out.add(new LocalEdit(start, end, after, rule));
            pos = end + 1;
        }
        return out;
    }
}
