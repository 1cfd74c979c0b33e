package io.wirestream.dedup.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.wirestream.dedup.Fingerprint;
import io.wirestream.dedup.sketch.ArticleSketch;
import io.wirestream.dedup.sketch.NumberSketch;

class StateCodecTest {

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void articleRecordsRoundTrip(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            ArticleRecord record = randomRecord(random);
            assertThat(StateCodec.article(record.ref(), StateCodec.article(record))).isEqualTo(record);
        }
    }

    @Test
    void keysAndSmallValuesRoundTrip() {
        assertThat(StateCodec.refFromKey(StateCodec.refKey(-42L))).isEqualTo(-42L);
        OriginalEntry entry = new OriginalEntry(123L, -5L);
        assertThat(StateCodec.original(StateCodec.original(entry))).isEqualTo(entry);
        long[] refs = {1L, Long.MIN_VALUE, Long.MAX_VALUE};
        assertThat(StateCodec.refs(StateCodec.refs(refs))).containsExactly(refs);
        assertThat(StateCodec.fingerprintKey(new Fingerprint(1, 2))).hasSize(16);
        assertThat(StateCodec.bandKey(7)).hasSize(4);
    }

    @Test
    void expiryKeysSortByTimeAsUnsignedBytes() {
        byte[] early = StateCodec.expiryKey(-1000L, 5);
        byte[] late = StateCodec.expiryKey(1000L, 1);
        assertThat(Arrays.compareUnsigned(early, late)).isNegative();
    }

    @Test
    void malformedBytesAreRefusedByName() {
        assertThatThrownBy(() -> StateCodec.article(1, new byte[] {(byte) 0x90, 0})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version");
        assertThatThrownBy(() -> StateCodec.refs(new byte[5])).isInstanceOf(IllegalArgumentException.class);
    }

    private static ArticleRecord randomRecord(Random random) {
        StringBuilder id = new StringBuilder();
        int length = random.nextInt(80);
        for (int i = 0; i < length; i++) {
            id.appendCodePoint(random.nextInt(3) == 0 ? 0x400 + random.nextInt(200) : 'a' + random.nextInt(26));
        }
        Fingerprint fp = random.nextBoolean() ? new Fingerprint(random.nextLong(), random.nextLong()) : null;
        long root = random.nextBoolean() ? random.nextLong() | 1 : 0;
        ArticleSketch sketch = null;
        if (random.nextBoolean()) {
            short[] mins = new short[random.nextInt(200) + 1];
            for (int i = 0; i < mins.length; i++) {
                mins[i] = (short) random.nextInt();
            }
            short[] numbers = new short[random.nextInt(13)];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = (short) random.nextInt();
            }
            sketch = new ArticleSketch(mins, 1 + random.nextInt(100_000),
                    new NumberSketch(numbers, numbers.length + random.nextInt(300)));
        }
        return new ArticleRecord(random.nextLong(), id.toString(), random.nextLong(), fp, root, sketch);
    }
}
