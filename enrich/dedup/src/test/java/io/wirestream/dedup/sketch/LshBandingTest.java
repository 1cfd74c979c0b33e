package io.wirestream.dedup.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LshBandingTest {

    private final LshBanding banding = new LshBanding(4, 2);

    @Test
    void oneChangedRowChangesExactlyItsBand() {
        short[] a = {1, 2, 3, 4, 5, 6, 7, 8};
        short[] b = a.clone();
        b[5] = 99; // row 5 lies in band 2
        int[] ka = banding.bandKeys(a);
        int[] kb = banding.bandKeys(b);
        assertThat(ka[0]).isEqualTo(kb[0]);
        assertThat(ka[1]).isEqualTo(kb[1]);
        assertThat(ka[2]).isNotEqualTo(kb[2]);
        assertThat(ka[3]).isEqualTo(kb[3]);
    }

    @Test
    void equalRowsInDifferentBandsGiveDifferentKeys() {
        short[] same = {7, 7, 7, 7, 7, 7, 7, 7};
        int[] keys = banding.bandKeys(same);
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void refusesShortSignatures() {
        assertThatThrownBy(() -> banding.bandKeys(new short[7])).isInstanceOf(IllegalArgumentException.class);
    }
}
