package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InputProgressTest {

    private final InputProgress.Snapshot look = new InputProgress.Snapshot(Map.of(0, 10L, 1, 5L), Map.of(1, 5L), 100_000);

    @Test
    void aPartitionHasReadToTheEndWhenItsLastOffsetReachesTheEndOffset() {
        assertThat(look.readToEnd(0, 9, 50_000, 1000)).isTrue();
        assertThat(look.readToEnd(0, 8, 50_000, 1000)).isFalse();
    }

    @Test
    void aTaskHasHandledWhatItsApplicationCommittedEvenRecordsItNeverSees() {
        // partition 1 ends with a transaction marker at offset 4: the task saw offset 3 last, the commit is past it
        assertThat(look.handledThrough(1, 3)).isEqualTo(4);
        assertThat(look.readToEnd(1, look.handledThrough(1, 3), 50_000, 1000)).isTrue();
        assertThat(look.handledThrough(0, 6)).isEqualTo(6);
    }

    @Test
    void aLookIsTrustedOnlyForArticlesThatArrivedAGraceBeforeIt() {
        assertThat(look.readToEnd(0, 9, 99_000, 1000)).isTrue();
        assertThat(look.readToEnd(0, 9, 99_001, 1000)).isFalse();
    }

    @Test
    void anUnknownPartitionOrNoLookAtAllIsNeverReadToTheEnd() {
        assertThat(look.readToEnd(7, 100, 0, 0)).isFalse();
        assertThat(InputProgress.Snapshot.NONE.readToEnd(0, 100, 0, 0)).isFalse();
    }
}
