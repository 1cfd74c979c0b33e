package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A kept copy is always the last one put for its key, and two keys of one pair are both kept. */
class RecentCopiesTest {

    @Test
    void aCopyReadBackIsTheLastPutForItsKeyAndARemovedOneIsGone() {
        RecentCopies<String> copies = new RecentCopies<>(64);
        Map<Long, String> last = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            long key = random.nextInt(300) - 150; // negative keys too: band keys are hashes
            switch (random.nextInt(3)) {
                case 0 -> {
                    String value = "v" + i;
                    copies.put(key, value);
                    last.put(key, value);
                }
                case 1 -> {
                    copies.remove(key);
                    last.remove(key);
                }
                default -> {
                    String kept = copies.get(key);
                    if (kept != null) {
                        assertThat(kept).as("key %d", key).isEqualTo(last.get(key));
                    }
                }
            }
        }
    }

    @Test
    void twoKeysOfOnePairAreBothKeptAndAThirdPushesOutTheLessRecentlyUsed() {
        RecentCopies<String> copies = new RecentCopies<>(2); // one pair: every key lands in it
        copies.put(1, "one");
        copies.put(2, "two");
        assertThat(copies.get(1)).isEqualTo("one");
        assertThat(copies.get(2)).isEqualTo("two");
        assertThat(copies.get(1)).isEqualTo("one"); // 1 used last
        copies.put(3, "three");
        assertThat(copies.get(2)).as("the less recently used one goes").isNull();
        assertThat(copies.get(1)).isEqualTo("one");
        assertThat(copies.get(3)).isEqualTo("three");
        copies.put(3, "three again");
        assertThat(copies.get(3)).isEqualTo("three again");
        assertThat(copies.get(1)).as("a replacement takes its own slot").isEqualTo("one");
    }

    @Test
    void keyZeroIsAKeyLikeAnyOther() {
        RecentCopies<String> copies = new RecentCopies<>(8);
        assertThat(copies.get(0)).isNull();
        copies.put(0, "zero");
        assertThat(copies.get(0)).isEqualTo("zero");
        copies.remove(0);
        assertThat(copies.get(0)).isNull();
    }

    @Test
    void aSizeThatIsNotAPowerOfTwoIsRefused() {
        assertThatThrownBy(() -> new RecentCopies<>(96)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("power of two");
        assertThatThrownBy(() -> new RecentCopies<>(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
