package io.wirestream.ingest.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A real HTTP server on loopback serving feeds and pages for the tests: RSS 2.0, Atom and RDF feeds built from
 * {@link Item}s (with an ETag, answering 304 to a matching If-None-Match, gzip when asked), redirects, a redirect
 * loop, a slow answer, and hostile bodies. Each path counts its requests.
 */
public final class FeedFixtureServer implements AutoCloseable {

    public enum Format { RSS, ATOM, RDF }

    /** One feed item; {@code link} or {@code title} null to leave the element out. */
    public record Item(String link, String title, String description, String content, Instant published) {
    }

    private record Route(int status, Map<String, String> headers, byte[] body, long delayMillis, boolean conditional,
                         long repeatBody) {
    }

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    public FeedFixtureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "feed-fixture");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    /** A feed with an ETag of its content; a request with that ETag gets 304. */
    public void feed(String path, Format format, List<Item> items) {
        byte[] body = render(format, path, items).getBytes(StandardCharsets.UTF_8);
        String type = switch (format) {
            case RSS -> "application/rss+xml; charset=utf-8";
            case ATOM -> "application/atom+xml; charset=utf-8";
            case RDF -> "application/rdf+xml; charset=utf-8";
        };
        routes.put(path, new Route(200, Map.of("Content-Type", type), body, 0, true, 1));
    }

    public void raw(String path, String contentType, byte[] body) {
        routes.put(path, new Route(200, Map.of("Content-Type", contentType), body, 0, false, 1));
    }

    /** {@code body} sent {@code times} times over: a big answer without holding it in memory. */
    public void repeated(String path, String contentType, byte[] body, long times) {
        routes.put(path, new Route(200, Map.of("Content-Type", contentType), body, 0, false, times));
    }

    /** A body sent as is with Content-Encoding: gzip (it must already be gzip). */
    public void gzipped(String path, String contentType, byte[] gzip) {
        routes.put(path, new Route(200, Map.of("Content-Type", contentType, "Content-Encoding", "gzip"), gzip, 0,
                false, 1));
    }

    public void redirect(String path, String to) {
        routes.put(path, new Route(302, Map.of("Location", to), new byte[0], 0, false, 1));
    }

    /** Headers at once, then one byte of the body every {@code everyMillis}, for ever. */
    public void trickle(String path, long everyMillis) {
        routes.put(path, new Route(-1, Map.of("Content-Type", "application/rss+xml"), new byte[0], everyMillis, false,
                1));
    }

    public void slow(String path, long delayMillis) {
        routes.put(path, new Route(200, Map.of("Content-Type", "application/rss+xml"), new byte[0], delayMillis, false,
                1));
    }

    /** A loopback port nothing listens on. */
    public static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Route route = routes.get(path);
            if (route == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (route.status == -1) {
                trickle(exchange, route);
                return;
            }
            if (route.delayMillis > 0) {
                try {
                    Thread.sleep(route.delayMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
            route.headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(route.body)) + "\"";
            if (route.conditional) {
                exchange.getResponseHeaders().set("ETag", etag);
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
            }
            byte[] body = route.body;
            String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (route.conditional && accept != null && accept.contains("gzip")) {
                body = gzip(body);
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            if (route.status != 200) {
                exchange.sendResponseHeaders(route.status, -1);
                return;
            }
            exchange.sendResponseHeaders(200, body.length * route.repeatBody == 0 ? -1 : body.length * route.repeatBody);
            try (OutputStream out = exchange.getResponseBody()) {
                for (long i = 0; i < route.repeatBody; i++) {
                    out.write(body);
                }
            } catch (IOException clientWentAway) {
                // the client stopped reading (a size limit): expected
            }
        }
    }

    private static void trickle(HttpExchange exchange, Route route) throws IOException {
        route.headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (true) {
                Thread.sleep(route.delayMillis);
                out.write(' ');
                out.flush();
            }
        } catch (IOException | InterruptedException clientWentAway) {
            // the client gave up: what this route is for
        }
    }

    public static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** {@code size} zero bytes, gzip-compressed (about a thousandth of the size): a gzip bomb. */
    public static byte[] gzipBomb(long size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            for (long written = 0; written < size; written += zeros.length) {
                gz.write(zeros);
            }
        }
        return out.toByteArray();
    }

    public static List<Item> items(String prefix, String base, int n, Instant start) {
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            items.add(new Item(base + "/" + prefix + "/" + i, prefix + " story " + i,
                    "<p>Summary of " + prefix + " story " + i + ".</p>",
                    "<p>Full text of " + prefix + " story " + i + ", first paragraph.</p><p>Second paragraph.</p>",
                    start.plusSeconds(60L * i)));
        }
        return items;
    }

    static String render(Format format, String path, List<Item> items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        DateTimeFormatter rfc822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
        switch (format) {
            case RSS -> {
                xml.append("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>")
                        .append("<title>Fixture ").append(path).append("</title><link>http://fixture/</link>")
                        .append("<description>d</description><language>en</language>");
                for (Item item : items) {
                    xml.append("<item>");
                    element(xml, "title", item.title());
                    element(xml, "link", item.link());
                    element(xml, "description", item.description());
                    if (item.content() != null) {
                        xml.append("<content:encoded><![CDATA[").append(item.content()).append("]]></content:encoded>");
                    }
                    if (item.published() != null) {
                        element(xml, "pubDate", rfc822.format(item.published()));
                    }
                    xml.append("</item>");
                }
                xml.append("</channel></rss>");
            }
            case ATOM -> {
                xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\"><title>Fixture ")
                        .append(path).append("</title><id>urn:fixture").append(path)
                        .append("</id><updated>2025-01-01T00:00:00Z</updated>");
                for (Item item : items) {
                    xml.append("<entry>");
                    element(xml, "title", item.title());
                    if (item.link() != null) {
                        xml.append("<link rel=\"alternate\" href=\"").append(escape(item.link())).append("\"/>");
                    }
                    xml.append("<id>urn:item:").append(escape(String.valueOf(item.link()))).append("</id>");
                    if (item.published() != null) {
                        element(xml, "updated", item.published().toString());
                        element(xml, "published", item.published().toString());
                    }
                    if (item.description() != null) {
                        xml.append("<summary type=\"html\">").append(escape(item.description())).append("</summary>");
                    }
                    if (item.content() != null) {
                        xml.append("<content type=\"html\">").append(escape(item.content())).append("</content>");
                    }
                    xml.append("</entry>");
                }
                xml.append("</feed>");
            }
            case RDF -> {
                xml.append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" ")
                        .append("xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">")
                        .append("<channel rdf:about=\"http://fixture").append(path).append("\"><title>Fixture</title>")
                        .append("<link>http://fixture/</link><description>d</description><items><rdf:Seq>");
                for (Item item : items) {
                    xml.append("<rdf:li rdf:resource=\"").append(escape(String.valueOf(item.link()))).append("\"/>");
                }
                xml.append("</rdf:Seq></items></channel>");
                for (Item item : items) {
                    xml.append("<item rdf:about=\"").append(escape(String.valueOf(item.link()))).append("\">");
                    element(xml, "title", item.title());
                    element(xml, "link", item.link());
                    element(xml, "description", item.description());
                    if (item.published() != null) {
                        element(xml, "dc:date", item.published().toString());
                    }
                    xml.append("</item>");
                }
                xml.append("</rdf:RDF>");
            }
        }
        return xml.toString();
    }

    private static void element(StringBuilder xml, String name, String value) {
        if (value != null) {
            xml.append('<').append(name).append('>').append(escape(value)).append("</").append(name).append('>');
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
