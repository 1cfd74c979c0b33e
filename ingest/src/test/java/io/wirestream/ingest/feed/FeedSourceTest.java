package io.wirestream.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.ingest.ArticleIds;
import io.wirestream.ingest.ArticlePublisher;
import io.wirestream.ingest.EventTime;
import io.wirestream.ingest.feed.FeedFixtureServer.Format;
import io.wirestream.ingest.feed.FeedFixtureServer.Item;
import io.wirestream.ingest.fetch.Fetcher;
import io.wirestream.ingest.fetch.HostGate;
import io.wirestream.ingest.service.SourceMetrics;
import io.wirestream.registry.InMemorySchemaRegistryClient;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.RawArticle;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds polled from a real HTTP server on loopback; the producer side is a MockProducer (local's IT has a broker). */
class FeedSourceTest {

    static final Instant START = Instant.parse("2025-01-20T08:00:00Z");

    @TempDir
    Path dir;

    private FeedFixtureServer server;
    private final Topics topics = Topics.withRegistry(new InMemorySchemaRegistryClient());
    private final MockProducer<String, RawArticle> producer = new MockProducer<>(true, null, new StringSerializer(),
            topics.raw().valueSerde().serializer());
    private final ArticlePublisher publisher = new ArticlePublisher(producer, topics.raw(), Clock.systemUTC(),
            new EventTime(Duration.ofMinutes(15)));
    private final Fetcher fetcher = new Fetcher(new HostGate(Duration.ZERO), new Fetcher.Limits(Duration.ofSeconds(2),
            Duration.ofSeconds(2), 2_000_000, 1, Duration.ofMillis(10)), "wirestream-test");
    private FeedStateStore states;

    @BeforeEach
    void start() throws Exception {
        server = new FeedFixtureServer();
        states = new FeedStateStore(dir.resolve("feed-state.json"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FeedSource source(String path) {
        return new FeedSource(URI.create(server.url(path)), Duration.ofMinutes(5), fetcher, null, states, publisher,
                new SourceMetrics("feed:" + path));
    }

    @Test
    void threeFeedsPolledThreeTimesProduceEachItemOnceAndTheEditAgain() throws Exception {
        List<List<Item>> feeds = new ArrayList<>();
        String[] paths = {"/rss", "/atom", "/rdf"};
        Format[] formats = {Format.RSS, Format.ATOM, Format.RDF};
        for (int f = 0; f < 3; f++) {
            feeds.add(new ArrayList<>(FeedFixtureServer.items("f" + f, "https://news.example", 20, START)));
            server.feed(paths[f], formats[f], feeds.get(f));
        }
        List<FeedSource> sources = List.of(source("/rss"), source("/atom"), source("/rdf"));
        for (FeedSource s : sources) {
            assertThat(s.pollOnce().produced()).isEqualTo(20);
        }
        for (FeedSource s : sources) {
            assertThat(s.pollOnce().notModified()).isTrue();
        }
        // third poll: two new items in the RSS feed, the text of one Atom item edited
        feeds.get(0).addAll(FeedFixtureServer.items("f0-late", "https://news.example", 2, START.plusSeconds(7200)));
        server.feed("/rss", Format.RSS, feeds.get(0));
        Item edited = feeds.get(1).get(4);
        feeds.get(1).set(4, new Item(edited.link(), edited.title(), edited.description(),
                "<p>Corrected full text.</p>", edited.published()));
        server.feed("/atom", Format.ATOM, feeds.get(1));
        List<Integer> third = new ArrayList<>();
        for (FeedSource s : sources) {
            third.add(s.pollOnce().produced());
        }

        assertThat(third).containsExactly(2, 1, 0);
        List<ProducerRecord<String, RawArticle>> sent = producer.history();
        assertThat(sent).hasSize(63);
        assertThat(sent.stream().map(ProducerRecord::key).distinct()).hasSize(62);
        String editedId = ArticleIds.of("127.0.0.1", edited.link(), null, null);
        assertThat(sent).filteredOn(r -> r.key().equals(editedId)).extracting(r -> r.value().getBody())
                .containsExactly("Full text of f1 story 5, first paragraph.\n\nSecond paragraph.",
                        "Corrected full text.");
    }

    @Test
    void theStateIsKeptAcrossARestartSoNothingIsProducedAgain() throws Exception {
        server.feed("/rss", Format.RSS, FeedFixtureServer.items("r", "https://news.example", 5, START));
        assertThat(source("/rss").pollOnce().produced()).isEqualTo(5);
        FeedStateStore afterRestart = new FeedStateStore(dir.resolve("feed-state.json"));
        FeedSource again = new FeedSource(URI.create(server.url("/rss")), Duration.ofMinutes(5), fetcher, null,
                afterRestart, publisher, new SourceMetrics("feed"));
        assertThat(again.pollOnce().notModified()).isTrue();
        // the validators lost (a server that ignores them): the item hashes still keep the unchanged items out
        server.feed("/rss", Format.RSS, FeedFixtureServer.items("r", "https://news.example", 6, START));
        FeedSource.Poll poll = again.pollOnce();
        assertThat(poll.produced()).isEqualTo(1);
        assertThat(poll.unchanged()).isEqualTo(5);
        assertThat(producer.history()).hasSize(6);
    }

    @Test
    void redirectsAreFollowedGzipIsReadAndRelativeLinksResolved() throws Exception {
        List<Item> items = List.of(new Item("/story/1", "Relative", "<p>Summary only.</p>", null, START));
        server.feed("/moved/feed", Format.RSS, items);
        server.redirect("/old", "/moved/hop");
        server.redirect("/moved/hop", "feed");
        FeedSource.Poll poll = source("/old").pollOnce();
        assertThat(poll.produced()).isEqualTo(1);
        RawArticle raw = producer.history().get(0).value();
        assertThat(raw.getUrl()).isEqualTo(server.url("/story/1"));
        assertThat(raw.getBody()).isEqualTo("Summary only.");
        assertThat(raw.getLanguage()).isEqualTo("en");
        assertThat(raw.getPublishedAt()).isEqualTo(START);
    }

    @Test
    void everyHostileFeedIsNamedWithItsReasonCountedAndTheOthersGoOn() throws Exception {
        server.raw("/malformed", "application/rss+xml", "<rss><channel><item><title>x</channel>".getBytes());
        server.raw("/html", "text/html", "<!DOCTYPE html><html><head><title>Not a feed</title></head><body><p>Hi"
                .getBytes());
        server.raw("/xhtml", "application/xml", "<html><body><p>Hi</p></body></html>".getBytes());
        server.raw("/laughs", "application/rss+xml", billionLaughs().getBytes());
        server.raw("/xxe", "application/rss+xml", ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title>"
                + "<link>https://e.example/1</link><description>d</description></item></channel></rss>").getBytes());
        server.gzipped("/gzip-bomb", "application/rss+xml", FeedFixtureServer.gzipBomb(200L << 20));
        server.redirect("/loop-a", "/loop-b");
        server.redirect("/loop-b", "/loop-a");
        server.repeated("/huge", "application/rss+xml", "<!-- padding -->".repeat(64).getBytes(), 50L * 1024);
        server.slow("/slow", 10_000);
        server.trickle("/trickle", 200);
        String refused = "http://127.0.0.1:" + FeedFixtureServer.closedPort() + "/feed";

        List<String> reasons = new ArrayList<>();
        for (String path : List.of("/malformed", "/html", "/xhtml", "/laughs", "/xxe", "/gzip-bomb", "/loop-a",
                "/huge", "/slow", "/trickle")) {
            reasons.add(path + " -> " + source(path).pollOnce().failure());
        }
        SourceMetrics refusedMetrics = new SourceMetrics("feed:refused");
        reasons.add("refused -> " + new FeedSource(URI.create(refused), Duration.ofMinutes(5), fetcher, null, states,
                publisher, refusedMetrics).pollOnce().failure());

        assertThat(reasons).satisfiesExactly(
                r -> assertThat(r).startsWith("/malformed -> not well-formed XML"),
                r -> assertThat(r).startsWith("/html -> not well-formed XML"),
                r -> assertThat(r).startsWith("/xhtml -> XML but not RSS, RDF or Atom (root <html>)"),
                r -> assertThat(r).startsWith("/laughs -> not well-formed XML (or it has a DOCTYPE")
                        .contains("DOCTYPE is disallowed"),
                r -> assertThat(r).startsWith("/xxe -> not well-formed XML (or it has a DOCTYPE"),
                r -> assertThat(r).isEqualTo("/gzip-bomb -> fetch failed: un-gzipped body is over the limit of "
                        + "2000000 bytes"),
                r -> assertThat(r).startsWith("/loop-a -> fetch failed: redirect loop"),
                r -> assertThat(r).isEqualTo("/huge -> fetch failed: body is over the limit of 2000000 bytes"),
                r -> assertThat(r).startsWith("/slow -> fetch failed: timed out"),
                r -> assertThat(r).startsWith("/trickle -> fetch failed: timed out reading the body"),
                r -> assertThat(r).startsWith("refused -> fetch failed: connection refused"));
        assertThat(refusedMetrics.errors()).isEqualTo(1);
        assertThat(producer.history()).isEmpty();

        server.feed("/fine", Format.ATOM, FeedFixtureServer.items("ok", "https://news.example", 3, START));
        assertThat(source("/fine").pollOnce().produced()).isEqualTo(3);
    }

    @Test
    void itemsWithoutLinkOrTitleAndAWrongDeclaredCharset() throws Exception {
        server.feed("/partial", Format.RSS, List.of(
                new Item(null, "No link", "<p>Text.</p>", null, START),
                new Item("https://e.example/no-title", null, "<p>A link post without a title.</p>", null, START),
                new Item("https://e.example/ok", "Fine", "<p>Fine.</p>", null, START)));
        SourceMetrics metrics = new SourceMetrics("feed:partial");
        FeedSource.Poll poll = new FeedSource(URI.create(server.url("/partial")), Duration.ofMinutes(5), fetcher, null,
                states, publisher, metrics).pollOnce();
        assertThat(poll.skipped()).isEqualTo(1);
        assertThat(poll.produced()).isEqualTo(2);
        assertThat(metrics.errors()).isEqualTo(1);

        String latin1 = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>Caf\u00e9 in S\u00e3o Paulo</title><link>https://e.example/cafe</link>"
                + "<description>Cr\u00e8me br\u00fbl\u00e9e.</description></item></channel></rss>";
        server.raw("/latin1", "application/rss+xml; charset=utf-8", latin1.getBytes(StandardCharsets.ISO_8859_1));
        server.raw("/mislabelled", "application/rss+xml; charset=iso-8859-1", latin1.replace("e.example/cafe",
                "e.example/cafe2").getBytes(StandardCharsets.UTF_8));
        assertThat(source("/latin1").pollOnce().produced()).isEqualTo(1);
        assertThat(source("/mislabelled").pollOnce().produced()).isEqualTo(1);
        assertThat(producer.history().subList(2, 4)).extracting(r -> r.value().getTitle())
                .containsExactly("Caf\u00e9 in S\u00e3o Paulo", "Caf\u00e9 in S\u00e3o Paulo");
    }

    static String billionLaughs() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        return xml.append("]>\n<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>").toString();
    }

    @Test
    void aSummaryOnlyItemGetsTheMainTextOfItsPageAndABadPageLeavesTheSummary() throws Exception {
        byte[] page = getClass().getResourceAsStream("/pages/03-table-layout-windows1252.html").readAllBytes();
        String gold = new String(getClass().getResourceAsStream("/pages/03-table-layout-windows1252.txt")
                .readAllBytes(), StandardCharsets.UTF_8).strip();
        server.raw("/article/ok", "text/html", page); // no charset in the header: the page's <meta> says it
        server.repeated("/article/huge", "text/html", "<p>padding padding</p>".repeat(100).getBytes(), 25_000);
        server.feed("/summaries", Format.RSS, List.of(
                new Item(server.url("/article/ok"), "Farmers switch", "<p>Short summary.</p>", null, START),
                new Item(server.url("/article/huge"), "Huge page", "<p>Kept summary.</p>", null, START)));
        FeedSource feed = new FeedSource(URI.create(server.url("/summaries")), Duration.ofMinutes(5), fetcher,
                new io.wirestream.ingest.page.PageReader(fetcher), states, publisher, new SourceMetrics("feed"));
        assertThat(feed.pollOnce().produced()).isEqualTo(2);
        assertThat(producer.history()).extracting(r -> r.value().getBody()).containsExactly(gold, "Kept summary.");
    }
}
