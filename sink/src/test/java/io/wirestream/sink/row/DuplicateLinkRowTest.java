package io.wirestream.sink.row;

import static io.wirestream.sink.TestArticles.duplicate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.schemas.avro.DuplicateKind;
import io.wirestream.schemas.avro.DuplicateNotice;
import org.junit.jupiter.api.Test;

class DuplicateLinkRowTest {

    @Test
    void carriesTheNotice() {
        DuplicateLinkRow row = DuplicateLinkRow.from(duplicate("d1", "a1", DuplicateKind.NEAR, 0.82));
        assertThat(row.duplicateId()).isEqualTo("d1");
        assertThat(row.originalId()).isEqualTo("a1");
        assertThat(row.kind()).isEqualTo("NEAR");
        assertThat(row.similarity()).isEqualTo(0.82);
        assertThat(row.cleanBody()).isEqualTo("The text of d1 as NEAR.");
    }

    @Test
    void aCopysTextIsMadeStorableAndMayBeAbsent() {
        DuplicateNotice notice = duplicate("d1", "a1", DuplicateKind.NEAR, 0.82);
        notice.setCleanBody("nul \u0000 here");
        assertThat(DuplicateLinkRow.from(notice).cleanBody()).isEqualTo("nul \uFFFD here");
        assertThat(DuplicateLinkRow.from(duplicate("d2", "a1", DuplicateKind.REDELIVERY, 1.0)).cleanBody()).isNull();
    }

    @Test
    void refusesImpossibleSimilaritiesAndMissingIds() {
        for (double similarity : new double[] {-0.1, 1.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            DuplicateNotice notice = duplicate("d1", "a1", DuplicateKind.NEAR, 0.5);
            notice.setSimilarity(similarity);
            assertThatThrownBy(() -> DuplicateLinkRow.from(notice)).isInstanceOf(InvalidRecordException.class)
                    .hasMessageContaining("similarity");
        }
        DuplicateNotice noOriginal = duplicate("d1", "", DuplicateKind.EXACT, 1.0);
        assertThatThrownBy(() -> DuplicateLinkRow.from(noOriginal)).hasMessageContaining("duplicateOf is missing");
    }
}
