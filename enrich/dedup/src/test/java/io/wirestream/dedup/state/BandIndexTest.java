package io.wirestream.dedup.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BandIndexTest {

    /** Random adds and removes over few keys (long probe runs, many wrap-arounds) against a plain model. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void behavesLikeAMultimapUnderRandomOperations(long seed) {
        Random random = new Random(seed);
        BandIndex index = new BandIndex(4);
        Map<Integer, Set<Long>> model = new HashMap<>();
        int cap = 6;
        for (int step = 0; step < 5_000; step++) {
            int key = random.nextInt(40) - 20;
            long ref = 1 + random.nextInt(30);
            if (random.nextInt(3) == 0) {
                index.remove(key, ref);
                Set<Long> refs = model.get(key);
                if (refs != null) {
                    refs.remove(ref);
                }
            } else {
                Set<Long> refs = model.computeIfAbsent(key, k -> new LinkedHashSet<>());
                boolean expected = refs.contains(ref) || refs.size() < cap;
                assertThat(index.add(key, ref, cap)).isEqualTo(expected);
                if (expected) {
                    refs.add(ref);
                }
            }
            if (step % 50 == 0) {
                for (int k = -20; k < 20; k++) {
                    List<Long> found = new ArrayList<>();
                    index.forEach(k, found::add);
                    assertThat(found).containsExactlyInAnyOrderElementsOf(model.getOrDefault(k, Set.of()));
                }
            }
        }
        assertThat(index.size()).isEqualTo(model.values().stream().mapToInt(Set::size).sum());
    }

    @Test
    void growsPastItsInitialCapacity() {
        BandIndex index = new BandIndex(1);
        for (int i = 0; i < 100_000; i++) {
            index.add(i, i + 1L, 10);
        }
        List<Long> found = new ArrayList<>();
        index.forEach(77_777, found::add);
        assertThat(found).containsExactly(77_778L);
        assertThat(index.size()).isEqualTo(100_000);
    }

    @Test
    void refZeroIsRefused() {
        assertThatThrownBy(() -> new BandIndex().add(1, 0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
