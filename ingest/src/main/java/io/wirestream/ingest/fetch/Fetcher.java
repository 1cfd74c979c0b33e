package io.wirestream.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GETs feeds and article pages the way a polite, careful client does: conditional (ETag / Last-Modified), gzip
 * accepted, redirects followed by hand (at most {@link #MAX_REDIRECTS}, a loop named as one), a connect timeout,
 * a time for the answer to start and the same again for its body to arrive (a server that trickles is cut off), the body read no further than a limit (after un-gzipping, so a gzip bomb stops there
 * too), one request per host at a time ({@link HostGate}), and passing failures (timeouts, refused connections,
 * 5xx, 429) retried with doubling backoff.
 */
public final class Fetcher {

    private static final Logger log = LoggerFactory.getLogger(Fetcher.class);
    static final int MAX_REDIRECTS = 5;

    /** Timeouts, size limit and retries of every fetch. */
    public record Limits(Duration connectTimeout, Duration requestTimeout, long maxBytes, int retries,
                         Duration backoff) {
    }

    /** Closes a body stream whose time is up: the blocked read then fails, and the fetch with it. */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "fetch-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    private final HttpClient client;
    private final HostGate gate;
    private final Limits limits;
    private final String userAgent;

    public Fetcher(HostGate gate, Limits limits, String userAgent) {
        this.client = HttpClient.newBuilder().connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.gate = gate;
        this.limits = limits;
        this.userAgent = userAgent;
    }

    /** GET with retries: the answer, or the reason of the last try. */
    public Fetched get(URI uri, String etag, String lastModified) throws FetchException, InterruptedException {
        Duration backoff = limits.backoff();
        for (int attempt = 0; ; attempt++) {
            try {
                return getFollowingRedirects(uri, etag, lastModified);
            } catch (FetchException e) {
                if (!e.passing() || attempt >= limits.retries()) {
                    throw e;
                }
                log.info("fetch {} failed ({}); retry {} of {} in {}", uri, e.getMessage(), attempt + 1,
                        limits.retries(), backoff);
                Thread.sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private Fetched getFollowingRedirects(URI start, String etag, String lastModified)
            throws FetchException, InterruptedException {
        URI uri = start;
        Set<URI> visited = new HashSet<>();
        for (int hop = 0; ; hop++) {
            if (!visited.add(uri)) {
                throw new FetchException("redirect loop: " + uri + " was already visited", false);
            }
            if (hop > MAX_REDIRECTS) {
                throw new FetchException("more than " + MAX_REDIRECTS + " redirects", false);
            }
            URI current = uri;
            Answer answer = gate.call(hostOf(current), () -> once(current, etag, lastModified));
            if (answer.location == null) {
                return answer.fetched;
            }
            uri = answer.location;
        }
    }

    private static String hostOf(URI uri) {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
    }

    private record Answer(Fetched fetched, URI location) {
    }

    private Answer once(URI uri, String etag, String lastModified) throws FetchException, InterruptedException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("not an http(s) URL: " + uri, false);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(limits.requestTimeout()).GET()
                .header("User-Agent", userAgent).header("Accept-Encoding", "gzip");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FetchException("timed out after " + limits.requestTimeout(), true);
        } catch (ConnectException e) {
            throw new FetchException("connection refused or unreachable: " + e.getMessage(), true);
        } catch (IOException e) {
            throw new FetchException("I/O error: " + e, true);
        }
        AtomicBoolean cutOff = new AtomicBoolean();
        InputStream stream = response.body();
        ScheduledFuture<?> deadline = DEADLINES.schedule(() -> {
            cutOff.set(true);
            try {
                stream.close();
            } catch (IOException ignored) {
                // closing is all we want
            }
        }, limits.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try (InputStream raw = stream) {
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new FetchException("redirect " + status + " without Location", false));
                return new Answer(null, uri.resolve(location.trim()));
            }
            if (status == 304) {
                return new Answer(new Fetched(304, uri, new byte[0], null, etag, lastModified), null);
            }
            if (status == 429 || status >= 500) {
                throw new FetchException("HTTP " + status, true);
            }
            if (status != 200) {
                throw new FetchException("HTTP " + status, false);
            }
            boolean gzip = response.headers().firstValue("Content-Encoding")
                    .map(v -> v.trim().equalsIgnoreCase("gzip")).orElse(false);
            byte[] body = readAtMost(gzip ? new GZIPInputStream(raw) : raw, limits.maxBytes(), gzip);
            return new Answer(new Fetched(200, uri, body, response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null)), null);
        } catch (IOException e) {
            if (cutOff.get()) {
                throw new FetchException("timed out reading the body (more than " + limits.requestTimeout() + ")", true);
            }
            throw new FetchException("I/O error reading the body: " + e, true);
        } finally {
            deadline.cancel(false);
        }
    }

    private static byte[] readAtMost(InputStream in, long max, boolean gzip) throws IOException, FetchException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw new FetchException((gzip ? "un-gzipped body" : "body") + " is over the limit of " + max + " bytes",
                    false);
        }
        return bytes;
    }
}
