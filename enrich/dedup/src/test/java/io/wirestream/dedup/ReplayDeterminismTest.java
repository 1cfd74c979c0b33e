package io.wirestream.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongConsumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.wirestream.dedup.state.ArticleRecord;
import io.wirestream.dedup.state.OriginalEntry;

/**
 * Replaying the same arrivals gives the same verdicts, and so does a store that evicts late or never:
 * verdicts depend on event time and order only, not on when eviction physically happens.
 */
class ReplayDeterminismTest {

    private static final String[] WORDS = ("port strike union wage talks ministry flood river town rescue quake "
            + "village bank rate inflation governor crown troops border ceasefire election vote party mine copper "
            + "satellite orbit launch hospital hackers ransom fire wind coast").split(" ");

    /** A stream with redeliveries, edited re-sends, exact copies, edited copies and unrelated stories, out-of-order times. */
    private static List<DedupInput> randomStream(long seed) {
        Random random = new Random(seed);
        List<DedupInput> stream = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        long time = Articles.T0;
        for (int i = 0; i < 400; i++) {
            time += random.nextInt(6) * Articles.HOUR;
            long eventTime = time - random.nextInt(3) * Articles.DAY; // some arrive late
            int pick = random.nextInt(10);
            String text;
            if (pick < 2 && !stream.isEmpty()) {
                DedupInput again = stream.get(random.nextInt(stream.size()));
                // a re-send, or an edited one (a revision): the same id with other text
                String resent = random.nextBoolean() ? again.text() : again.text() + " corrected " + random.nextInt(40);
                stream.add(new DedupInput(again.id(), again.source(), again.title(), resent, eventTime));
                continue;
            } else if (pick < 5 && !texts.isEmpty()) {
                String base = texts.get(random.nextInt(texts.size()));
                text = random.nextBoolean() ? base : base.substring(0, base.length() * 3 / 4) + " " + WORDS[random.nextInt(WORDS.length)];
            } else {
                StringBuilder sb = new StringBuilder();
                for (int w = 0; w < 60; w++) {
                    sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(40)).append(' ');
                }
                text = sb.toString();
            }
            texts.add(text);
            stream.add(new DedupInput("id-" + i, "s", "t", text, eventTime));
        }
        return stream;
    }

    private static List<Verdict> judgeAll(DedupState state, List<DedupInput> stream) {
        DedupConfig config = DedupConfig.builder().retention(Duration.ofDays(2)).build();
        Deduplicator dedup = new Deduplicator(config, state);
        List<Verdict> out = new ArrayList<>();
        for (DedupInput input : stream) {
            out.add(dedup.judge(input));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void replayFromTheStartGivesTheSameVerdicts(long seed) {
        List<DedupInput> stream = randomStream(seed);
        List<Verdict> first = judgeAll(new InMemoryDedupState(), stream);
        List<Verdict> replay = judgeAll(new InMemoryDedupState(), stream);
        assertThat(replay).isEqualTo(first);
        assertThat(first).extracting(Verdict::kind).contains(DuplicateKind.REDELIVERY, DuplicateKind.EXACT, null);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aStoreThatNeverEvictsGivesTheSameVerdicts(long seed) {
        List<DedupInput> stream = randomStream(seed);
        List<Verdict> eager = judgeAll(new InMemoryDedupState(), stream);
        List<Verdict> lazy = judgeAll(new NeverEvicting(new InMemoryDedupState()), stream);
        assertThat(lazy).isEqualTo(eager);
    }

    /** Forwards everything but eviction, like a store whose clean-up runs rarely. */
    private record NeverEvicting(DedupState inner) implements DedupState {
        public ArticleRecord article(long ref) { return inner.article(ref); }
        public void putArticle(ArticleRecord record) { inner.putArticle(record); }
        public void removeArticle(long ref) { inner.removeArticle(ref); }
        public OriginalEntry original(Fingerprint fp) { return inner.original(fp); }
        public void putOriginal(Fingerprint fp, OriginalEntry entry) { inner.putOriginal(fp, entry); }
        public void removeOriginal(Fingerprint fp) { inner.removeOriginal(fp); }
        public void forEachInBand(int bandKey, LongConsumer refs) { inner.forEachInBand(bandKey, refs); }
        public boolean addToBand(int bandKey, long ref, int cap) { return inner.addToBand(bandKey, ref, cap); }
        public void removeFromBand(int bandKey, long ref) { inner.removeFromBand(bandKey, ref); }
        public void scheduleExpiry(long eventTime, long ref) { }
        public void cancelExpiry(long eventTime, long ref) { }
        public void drainExpired(long cutoff, LongConsumer refs) { }
        public long streamTime() { return inner.streamTime(); }
        public void streamTime(long eventTime) { inner.streamTime(eventTime); }
    }
}
