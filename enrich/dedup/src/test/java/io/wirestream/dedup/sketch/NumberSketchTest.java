package io.wirestream.dedup.sketch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class NumberSketchTest {

    @Test
    void keepsOnlyFiguresDistinct() {
        NumberSketch s = NumberSketch.of(List.of("rate", "6.25", "percent", "6.25", "2019", "third"), 12);
        assertThat(s.distinct()).isEqualTo(2);
        assertThat(s.hashes()).hasSize(2);
    }

    @Test
    void containmentIsOverTheSmallerSet() {
        NumberSketch all = NumberSketch.of(List.of("612", "546", "590", "7", "8.4"), 12);
        NumberSketch truncated = NumberSketch.of(List.of("612", "546"), 12);
        NumberSketch other = NumberSketch.of(List.of("498", "541", "530", "2", "7.6"), 12);
        assertThat(all.containment(truncated)).isEqualTo(1.0);
        assertThat(truncated.containment(all)).isEqualTo(1.0);
        assertThat(all.containment(other)).isEqualTo(0.0);
    }

    @Test
    void unitsAndOrdinalsGluedToANumberAreTheNumber() {
        NumberSketch spelled = NumberSketch.of(List.of("11th", "30m", "5km", "covid19"), 12);
        NumberSketch plain = NumberSketch.of(List.of("11", "30", "5", "covid19"), 12);
        assertThat(spelled).isEqualTo(plain);
        assertThat(NumberSketch.of(List.of("covid19"), 12)).isNotEqualTo(NumberSketch.of(List.of("19"), 12));
    }

    @Test
    void emptyAgreesWithNothing() {
        NumberSketch some = NumberSketch.of(List.of("1"), 12);
        assertThat(NumberSketch.EMPTY.containment(some)).isZero();
        assertThat(some.containment(NumberSketch.EMPTY)).isZero();
        assertThat(NumberSketch.of(List.of("1", "2"), 0)).isEqualTo(NumberSketch.EMPTY);
    }

    @Test
    void estimatesContainmentOfLargeSets() {
        List<String> big = new ArrayList<>();
        List<String> half = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            big.add(Integer.toString(i));
            if (i % 2 == 0) {
                half.add(Integer.toString(i));
            }
            foreign.add(Integer.toString(1000 + i));
        }
        NumberSketch a = NumberSketch.of(big, 12);
        assertThat(a.hashes()).hasSize(12);
        assertThat(a.containment(NumberSketch.of(half, 12))).isGreaterThan(0.6);
        assertThat(a.containment(NumberSketch.of(foreign, 12))).isLessThan(0.2);
    }
}
