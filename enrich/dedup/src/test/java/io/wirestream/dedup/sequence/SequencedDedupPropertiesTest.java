package io.wirestream.dedup.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import io.wirestream.dedup.ArticleAnalyser;
import io.wirestream.dedup.DedupConfig;
import io.wirestream.dedup.DedupInput;
import io.wirestream.dedup.Deduplicator;
import io.wirestream.dedup.InMemoryDedupState;
import io.wirestream.dedup.Verdict;

/**
 * The stream's dedup is the offline command's dedup: articles spread over 1-8 lanes (partitions), their signatures
 * delivered to the sequencer in any interleaving with progress reports in between, are judged in one order that
 * depends only on the lanes' contents, with exactly the verdicts the deduplicator gives offline over the articles
 * in arrival order. Streams hold redeliveries, edited re-sends (revisions), exact and near copies, hard negatives (same words, other figures),
 * late and undated articles.
 */
class SequencedDedupPropertiesTest {

    private static final DedupConfig CONFIG = DedupConfig.builder().retention(java.time.Duration.ofDays(3)).build();
    private static final String[] WORDS = ("port strike union wage talks ministry flood river town rescue quake "
            + "village bank rate inflation governor crown troops border ceasefire election vote party mine copper "
            + "satellite orbit launch hospital hackers ransom fire wind coast harvest grain railway bridge").split(" ");
    private static final long HOUR = 3_600_000L;

    record Article(int lane, long position, long arrival, long sequence, DedupInput input) {
    }

    @Property(tries = 60)
    void anyInterleavingOfAnyLanesGivesTheOfflineVerdictsInArrivalOrder(@ForAll @IntRange(min = 1, max = 8) int lanes,
                                                                       @ForAll @IntRange(min = 1, max = 70) int count,
                                                                       @ForAll long seed) {
        Random random = new Random(seed);
        List<Article> articles = generate(random, lanes, count);
        List<Article> arrivalOrder = arrivalOrder(articles);

        Deduplicator offline = new Deduplicator(CONFIG, new InMemoryDedupState());
        List<Verdict> expected = arrivalOrder.stream().map(a -> offline.judge(a.input())).toList();

        ArticleAnalyser analyser = new ArticleAnalyser(CONFIG);
        Deduplicator streamed = new Deduplicator(CONFIG, new InMemoryDedupState());
        SequencerTest.MapStore store = new SequencerTest.MapStore();
        Sequencer[] sequencer = {new Sequencer(lanes, store)};
        List<Verdict> actual = new ArrayList<>();
        java.util.function.Consumer<ArticleSignature> judge = s -> actual.add(streamed.judge(s.id(), s.eventTime(),
                s.analysis()));
        SignatureCodec codec = new SignatureCodec(analyser);

        // each lane sends its signatures in its own order, then reports it has read everything; the lanes
        // interleave at random, with "not caught up" reports sprinkled in and a restart of the sequencer or two
        List<Deque<byte[]>> outboxes = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            Deque<byte[]> outbox = new ArrayDeque<>();
            for (Article a : articles) {
                if (a.lane() == lane) {
                    outbox.add(SignatureCodec.encode(new ArticleSignature(lane, a.position(), a.arrival(), a.sequence(),
                            a.input().id(), a.input().eventTimeMillis(), analyser.analyse(a.input().text()))));
                    if (random.nextInt(5) == 0) {
                        outbox.add(SignatureCodec.encode(new LaneReport(lane, a.position(), false)));
                    }
                }
            }
            outbox.add(SignatureCodec.encode(new LaneReport(lane, Long.MAX_VALUE / 2, true)));
            outboxes.add(outbox);
        }
        List<Integer> open = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            open.add(lane);
        }
        while (!open.isEmpty()) {
            int pick = random.nextInt(open.size());
            Deque<byte[]> outbox = outboxes.get(open.get(pick));
            SignatureCodec.Message message = codec.decode(outbox.poll());
            if (message.signature() != null) {
                sequencer[0].accept(message.signature(), judge);
            } else {
                sequencer[0].report(message.report(), judge);
            }
            if (outbox.isEmpty()) {
                open.remove(pick);
            }
            if (random.nextInt(40) == 0) {
                sequencer[0] = new Sequencer(lanes, store); // a restart, resuming from what the store kept
            }
        }
        assertThat(sequencer[0].waitingCount()).isZero();
        assertThat(actual).isEqualTo(expected);
    }

    /**
     * The order the articles arrived in: by arrival time and sequence, each raised to the lane's previous one (an
     * article behind another on its lane cannot have arrived before it), then lane and position. With one ingest
     * run stamping every article, simply the order they were generated in.
     */
    private static List<Article> arrivalOrder(List<Article> articles) {
        java.util.Map<Integer, long[]> last = new java.util.HashMap<>();
        java.util.Map<Article, long[]> raised = new java.util.IdentityHashMap<>();
        for (Article a : articles) {
            long[] mark = last.getOrDefault(a.lane(), new long[] {Long.MIN_VALUE, Long.MIN_VALUE});
            boolean later = a.arrival() > mark[0] || a.arrival() == mark[0] && a.sequence() > mark[1];
            long[] key = later ? new long[] {a.arrival(), a.sequence()} : mark;
            last.put(a.lane(), key);
            raised.put(a, key);
        }
        return articles.stream().sorted(Comparator.comparingLong((Article a) -> raised.get(a)[0])
                .thenComparingLong(a -> raised.get(a)[1]).thenComparingInt(Article::lane)
                .thenComparingLong(Article::position)).toList();
    }

    private static List<Article> generate(Random random, int lanes, int count) {
        List<Article> articles = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        long[] positions = new long[lanes];
        long arrival = 1_700_000_000_000L;
        for (int i = 0; i < count; i++) {
            arrival += random.nextInt(4) == 0 ? 0 : random.nextInt(3 * (int) HOUR); // some arrive together
            long eventTime = random.nextInt(12) == 0 ? DedupInput.NO_EVENT_TIME
                    : arrival - (random.nextInt(6) == 0 ? random.nextInt(10) * 24 * HOUR : random.nextInt((int) HOUR));
            int lane = random.nextInt(lanes);
            positions[lane] += 1 + (random.nextInt(6) == 0 ? random.nextInt(3) : 0); // gaps: records with no signature
            int kind = random.nextInt(10);
            String id = "id-" + i;
            String text;
            if (kind == 0 && !articles.isEmpty()) {
                Article again = articles.get(random.nextInt(articles.size()));
                id = again.input().id();
                // the same id (on its own lane, as a key's partition is fixed): a redelivery, or an edited re-send
                text = switch (random.nextInt(4)) {
                    case 0 -> again.input().text() + " correction " + random.nextInt(999);
                    case 1 -> texts.get(random.nextInt(texts.size())); // edited into another article's text
                    default -> again.input().text();
                };
                lane = again.lane();
                positions[lane]++;
            } else if (kind <= 2 && !texts.isEmpty()) {
                text = texts.get(random.nextInt(texts.size())).replace(" ", "  ") + "\nend of message";
            } else if (kind <= 4 && !texts.isEmpty()) {
                String base = texts.get(random.nextInt(texts.size()));
                text = base.substring(0, base.length() * 4 / 5) + " " + WORDS[random.nextInt(WORDS.length)];
            } else if (kind == 5 && !texts.isEmpty()) {
                text = texts.get(random.nextInt(texts.size())).replaceAll("[0-9]+", Integer.toString(random.nextInt(999)));
            } else {
                StringBuilder sb = new StringBuilder();
                for (int w = 0; w < 70; w++) {
                    sb.append(WORDS[random.nextInt(WORDS.length)]).append(w % 9 == 0 ? " " + random.nextInt(500) : "")
                            .append(' ');
                }
                text = sb.toString();
            }
            texts.add(text);
            // arrivals in the same millisecond from one ingest run carry its sequence; a few carry none (0)
            long sequence = random.nextInt(10) == 0 ? 0 : i;
            articles.add(new Article(lane, positions[lane], arrival, sequence, new DedupInput(id, "src", "t", text, eventTime)));
        }
        return articles;
    }
}
