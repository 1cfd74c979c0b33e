package io.wirestream.dedup.sketch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * {@link NumberSketch#containment} walks the two sorted sketches in one merge; it must give exactly what the
 * definition gives: the bottom k of the union, and the share of it both sketches hold.
 */
class NumberSketchContainmentPropertiesTest {

    @Property(tries = 2000)
    void theMergeGivesTheDefinitionsValue(@ForAll @Size(max = 80) int[] aFigures, @ForAll @Size(max = 80) int[] bFigures,
                                          @ForAll @IntRange(min = 0, max = 40) int shared,
                                          @ForAll @IntRange(min = 1, max = 16) int size) {
        // figures from a small range, so the two texts share some; the first `shared` of a recur in b
        int[] a = IntStream.of(aFigures).map(f -> Math.floorMod(f, 300)).toArray();
        int[] b = IntStream.concat(IntStream.of(a).limit(shared), IntStream.of(bFigures).map(f -> Math.floorMod(f, 300)))
                .toArray();
        NumberSketch x = NumberSketch.ofHashes(hashes(a), a.length, size);
        NumberSketch y = NumberSketch.ofHashes(hashes(b), b.length, size);
        assertThat(x.containment(y)).isEqualTo(byDefinition(x, y));
        assertThat(y.containment(x)).isEqualTo(byDefinition(y, x));
    }

    /** 16-bit hashes spread over the whole range, both halves of the signed short included. */
    private static int[] hashes(int[] figures) {
        return IntStream.of(figures).map(f -> (f * 40503 + 977) & 0xFFFF).toArray();
    }

    /** The formula as first written: sets and streams, no merge. */
    private static double byDefinition(NumberSketch x, NumberSketch y) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0.0;
        }
        int smaller = Math.min(x.distinct(), y.distinct());
        if (x.distinct() == x.hashes().length && y.distinct() == y.hashes().length) {
            long common = unsigned(x.hashes()).filter(v -> unsigned(y.hashes()).anyMatch(w -> w == v)).count();
            return (double) common / smaller;
        }
        int k = Math.min(x.hashes().length, y.hashes().length);
        if (k == 0) {
            return 0.0;
        }
        int[] union = IntStream.concat(unsigned(x.hashes()), unsigned(y.hashes())).distinct().sorted().limit(k).toArray();
        int both = 0;
        for (int u : union) {
            if (unsigned(x.hashes()).anyMatch(v -> v == u) && unsigned(y.hashes()).anyMatch(v -> v == u)) {
                both++;
            }
        }
        double jaccard = (double) both / union.length;
        double sharedShare = jaccard * (x.distinct() + y.distinct()) / (1.0 + jaccard);
        return Math.min(1.0, sharedShare / smaller);
    }

    private static IntStream unsigned(short[] values) {
        return IntStream.range(0, values.length).map(i -> values[i] & 0xFFFF);
    }
}
