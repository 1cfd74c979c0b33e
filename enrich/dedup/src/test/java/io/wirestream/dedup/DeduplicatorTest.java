package io.wirestream.dedup;

import static io.wirestream.dedup.Articles.DAY;
import static io.wirestream.dedup.Articles.HOUR;
import static io.wirestream.dedup.Articles.QUAKE;
import static io.wirestream.dedup.Articles.STRIKE;
import static io.wirestream.dedup.Articles.STRIKE_EDITED;
import static io.wirestream.dedup.Articles.T0;
import static io.wirestream.dedup.Articles.input;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DeduplicatorTest {

    private final InMemoryDedupState state = new InMemoryDedupState();
    private final Deduplicator dedup = new Deduplicator(DedupConfig.defaults(), state);

    @Test
    void theFirstArrivalIsUnique() {
        Verdict v = dedup.judge(input("a", STRIKE, T0));
        assertThat(v).isEqualTo(Verdict.unique("a"));
        assertThat(v.isDuplicate()).isFalse();
    }

    @Test
    void aRepeatedIdWithTheSameContentIsARedelivery() {
        dedup.judge(input("a", STRIKE, T0));
        assertThat(dedup.judge(input("a", STRIKE, T0))).isEqualTo(Verdict.redelivery("a"));
        // the fingerprint is blind to spacing, quote style and agency trailers: still the same content
        String resent = STRIKE.replace("'", "\u2019").replace(" ", "  ") + "\nend of message\nRCO NEWS\nRCO";
        assertThat(dedup.judge(input("a", resent, T0 + HOUR))).isEqualTo(Verdict.redelivery("a"));
    }

    @Test
    void aRepeatedIdWithOtherContentIsARevisionThatReplacesThePreviousVersion() {
        dedup.judge(input("a", STRIKE, T0));
        assertThat(dedup.judge(input("a", QUAKE, T0 + HOUR))).isEqualTo(Verdict.revision("a"));
        // the state holds the new version only: one record, its fingerprint, its bands
        assertThat(state.articleCount()).isEqualTo(1);
        assertThat(state.fingerprintCount()).isEqualTo(1);
        assertThat(state.bandEntryCount()).isLessThanOrEqualTo(DedupConfig.defaults().bands());
        // a re-send of the new version is a redelivery; copies of it point at the article
        assertThat(dedup.judge(input("a", QUAKE, T0 + 2 * HOUR))).isEqualTo(Verdict.redelivery("a"));
        assertThat(dedup.judge(input("b", QUAKE, T0 + 2 * HOUR))).isEqualTo(Verdict.exact("b", "a"));
        // the superseded text is no longer anything's content
        assertThat(dedup.judge(input("c", STRIKE, T0 + 3 * HOUR))).isEqualTo(Verdict.unique("c"));
    }

    @Test
    void aRevisionOfAnOriginalStaysTheOriginalAndKeepsItsCopies() {
        dedup.judge(input("a", STRIKE, T0));
        assertThat(dedup.judge(input("b", STRIKE_EDITED, T0 + HOUR))).extracting(Verdict::kind, Verdict::duplicateOf)
                .containsExactly(DuplicateKind.NEAR, "a");
        // the corrected original now reads like its copy "b": it is still the original, not a copy of its copy
        assertThat(dedup.judge(input("a", STRIKE_EDITED, T0 + 2 * HOUR))).isEqualTo(Verdict.revision("a"));
        assertThat(dedup.judge(input("c", STRIKE_EDITED, T0 + 3 * HOUR))).isEqualTo(Verdict.exact("c", "a"));
    }

    @Test
    void aRevisionOfACopyIsJudgedAfresh() {
        dedup.judge(input("a", STRIKE, T0));
        dedup.judge(input("b", STRIKE_EDITED, T0 + HOUR));
        // edited into an exact copy of "a": a copy still, and a revision
        assertThat(dedup.judge(input("b", STRIKE, T0 + 2 * HOUR)))
                .isEqualTo(new Verdict("b", DuplicateKind.EXACT, "a", 1.0, true));
        // rewritten into another story: unique now, the new version of "b"
        assertThat(dedup.judge(input("b", QUAKE, T0 + 3 * HOUR))).isEqualTo(new Verdict("b", null, null, 0.0, true));
        // from then on "b" is an original: edited back to a copy of "a", it stays one (it was shown already)
        assertThat(dedup.judge(input("b", STRIKE_EDITED, T0 + 4 * HOUR))).isEqualTo(Verdict.revision("b"));
        // its superseded text is nobody's content now
        assertThat(dedup.judge(input("q", QUAKE, T0 + 5 * HOUR))).isEqualTo(Verdict.unique("q"));
    }

    @Test
    void aRevisionOfATextWithoutWordsIsARevision() {
        dedup.judge(input("a", "  ", T0));
        assertThat(dedup.judge(input("a", STRIKE, T0 + HOUR))).isEqualTo(Verdict.revision("a"));
        assertThat(dedup.judge(input("a", "", T0 + HOUR))).isEqualTo(Verdict.revision("a"));
        assertThat(dedup.judge(input("a", "...", T0 + HOUR))).isEqualTo(Verdict.redelivery("a"));
    }

    @Test
    void anEditAfterTheRetentionIsJudgedAsANewArticle() {
        dedup.judge(input("a", STRIKE, T0));
        dedup.judge(input("later", "Story about something else entirely, with figures 17 and 2031.", T0 + 8 * DAY));
        assertThat(dedup.judge(input("a", QUAKE, T0 + 8 * DAY))).isEqualTo(Verdict.unique("a"));
    }

    @Test
    void aRevisionIsRememberedFromItsOwnJudgingTime() {
        dedup.judge(input("a", STRIKE, T0));
        dedup.judge(input("a", QUAKE, T0 + 6 * DAY));
        dedup.judge(input("x", "Another story about the harbour pilots of Castrel and their 12 boats.", T0 + 8 * DAY));
        // 8 days after the first version, 2 after the revision: still within the window
        assertThat(dedup.judge(input("a", QUAKE, T0 + 8 * DAY))).isEqualTo(Verdict.redelivery("a"));
        assertThat(state.articleCount()).isEqualTo(2);
    }

    @Test
    void sameContentUnderAnotherIdIsExact() {
        dedup.judge(input("a", STRIKE, T0));
        String resent = STRIKE.replace("'", "\u2019").replace(" ", "  ") + "\nend of message\nRCO NEWS\nRCO";
        Verdict v = dedup.judge(input("b", resent, T0 + HOUR));
        assertThat(v).isEqualTo(Verdict.exact("b", "a"));
    }

    @Test
    void anEditedCopyIsNearWithItsSimilarity() {
        dedup.judge(input("a", STRIKE, T0));
        Verdict v = dedup.judge(input("b", STRIKE_EDITED, T0 + HOUR));
        assertThat(v.kind()).isEqualTo(DuplicateKind.NEAR);
        assertThat(v.duplicateOf()).isEqualTo("a");
        assertThat(v.similarity()).isBetween(0.5, 1.0);
    }

    @Test
    void differentStoriesStayUnique() {
        dedup.judge(input("a", STRIKE, T0));
        assertThat(dedup.judge(input("b", QUAKE, T0 + HOUR))).isEqualTo(Verdict.unique("b"));
    }

    @Test
    void copiesOfCopiesPointAtTheRootOriginal() {
        dedup.judge(input("a", STRIKE, T0));
        dedup.judge(input("b", STRIKE_EDITED, T0 + HOUR));
        assertThat(dedup.judge(input("c", STRIKE_EDITED, T0 + 2 * HOUR))).isEqualTo(Verdict.exact("c", "a"));
        assertThat(dedup.judge(input("d", STRIKE_EDITED + "\nA union spokesman said talks resume.", T0 + 3 * HOUR)))
                .extracting(Verdict::kind, Verdict::duplicateOf).containsExactly(DuplicateKind.NEAR, "a");
    }

    @Test
    void theEarliestArrivalIsTheOriginalEvenWithALaterEventTime() {
        dedup.judge(input("late-stamped", STRIKE, T0 + 5 * HOUR));
        assertThat(dedup.judge(input("early-stamped", STRIKE, T0))).isEqualTo(Verdict.exact("early-stamped", "late-stamped"));
    }

    @Test
    void articlesExpireAfterTheRetentionOfEventTime() {
        dedup.judge(input("a", STRIKE, T0));
        dedup.judge(input("q", QUAKE, T0 + 6 * DAY));
        assertThat(dedup.judge(input("b", STRIKE, T0 + 6 * DAY + HOUR)).kind()).isEqualTo(DuplicateKind.EXACT);
        // 7 days and a minute after "a": it has expired, "b" (exact copy, not indexed) never was the original
        Verdict after = dedup.judge(input("c", STRIKE, T0 + 7 * DAY + 60_000));
        assertThat(after).isEqualTo(Verdict.unique("c"));
        assertThat(dedup.judge(input("a", STRIKE, T0 + 7 * DAY + 120_000)).kind()).isNotEqualTo(DuplicateKind.REDELIVERY);
    }

    @Test
    void stateStaysBoundedByRetention() {
        Deduplicator shortMemory = new Deduplicator(DedupConfig.builder().retention(Duration.ofHours(10)).build(), state);
        for (int i = 0; i < 200; i++) {
            shortMemory.judge(input("id-" + i, "Story number " + i + " about topic " + (i * 7919) + " and item " + i,
                    T0 + i * HOUR));
        }
        // ten hours of one-per-hour arrivals are retained, plus the one being judged
        assertThat(state.articleCount()).isBetween(10, 11);
        assertThat(state.fingerprintCount()).isBetween(10, 11);
        assertThat(state.scheduledExpiryCount()).isBetween(10, 11);
        assertThat(state.bandEntryCount()).isLessThanOrEqualTo(11 * DedupConfig.defaults().bands());
    }

    @Test
    void streamTimeNeverGoesBackwards() {
        dedup.judge(input("a", STRIKE, T0 + DAY));
        dedup.judge(input("b", QUAKE, T0));
        assertThat(state.streamTime()).isEqualTo(T0 + DAY);
    }

    @Test
    void anArticleOlderThanTheWindowIsRememberedFromItsArrivalSoItsReSendsAndCopiesAreCaught() {
        dedup.judge(input("now", QUAKE, T0 + 30 * DAY));
        assertThat(dedup.judge(input("old", STRIKE, T0))).isEqualTo(Verdict.unique("old"));
        assertThat(dedup.judge(input("old", STRIKE, T0)).kind()).isEqualTo(DuplicateKind.REDELIVERY);
        assertThat(dedup.judge(input("old-copy", STRIKE + "\nend of message", T0 + 1000)))
                .isEqualTo(Verdict.exact("old-copy", "old"));
        assertThat(state.articleCount()).isEqualTo(3);
        // remembered for one retention of stream time after it arrived, then gone like any other
        dedup.judge(input("later", QUAKE + " Aftershocks followed.", T0 + 38 * DAY));
        assertThat(dedup.judge(input("old", STRIKE, T0))).isEqualTo(Verdict.unique("old"));
    }

    @Test
    void anArticleWithoutEventTimeIsJudgedAtStreamTime() {
        dedup.judge(input("dated", QUAKE, T0 + DAY));
        assertThat(dedup.judge(input("undated", STRIKE, DedupInput.NO_EVENT_TIME))).isEqualTo(Verdict.unique("undated"));
        assertThat(state.streamTime()).isEqualTo(T0 + DAY);
        assertThat(dedup.judge(input("undated", STRIKE, DedupInput.NO_EVENT_TIME)).kind())
                .isEqualTo(DuplicateKind.REDELIVERY);
    }

    @Test
    void aNearCopyNeverReportsTheSimilarityOfAnIdenticalText() {
        dedup.judge(input("a", STRIKE, T0));
        Verdict twoWordsChanged = dedup.judge(input("b", STRIKE.replace("Monday", "Tuesday")
                .replaceFirst("port", "harbour"), T0 + 1000));
        assertThat(twoWordsChanged.kind()).isEqualTo(DuplicateKind.NEAR);
        assertThat(twoWordsChanged.similarity()).isGreaterThan(0.9).isLessThan(1.0);
    }

    @Test
    void aTextWithoutWordsIsUniqueButItsRedeliveryIsCaught() {
        assertThat(dedup.judge(input("blank", " \n\t ", T0))).isEqualTo(Verdict.unique("blank"));
        assertThat(dedup.judge(input("blank2", "...", T0))).isEqualTo(Verdict.unique("blank2"));
        assertThat(dedup.judge(input("blank", "", T0)).kind()).isEqualTo(DuplicateKind.REDELIVERY);
    }

    @Test
    void briefsDifferingInOneWordAreDifferentStories() {
        dedup.judge(input("a", "Valmora port stocks rose sharply on Monday after the strike ended.", T0));
        assertThat(dedup.judge(input("b", "Valmora port stocks fell sharply on Monday after the strike ended.", T0)))
                .isEqualTo(Verdict.unique("b"));
    }

    @Test
    void aTextOfOnlyStopwordsIsExactButNeverNear() {
        dedup.judge(input("a", "It was said that they had been there.", T0));
        assertThat(dedup.judge(input("b", "It was said that they had been there!", T0)).kind()).isEqualTo(DuplicateKind.EXACT);
        assertThat(dedup.judge(input("c", "It was said that they had been here.", T0))).isEqualTo(Verdict.unique("c"));
    }
}
