package io.wirestream.local.registry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few calls of the Confluent-compatible API the launcher itself needs: is it answering, and which global
 * compatibility is set. The full client (register, lookup) lives in {@code schemas/}; this module stays free
 * of it so the runtime does not depend on the pipeline's code.
 */
final class CcompatAdmin {

    // the answer is one flat object ({"compatibilityLevel":"BACKWARD"}): a pattern suffices, no JSON library needed
    private static final Pattern LEVEL = Pattern.compile("\"compatibility(?:Level)?\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final String baseUrl;
    private final HttpClient http;

    CcompatAdmin(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /** True when {@code GET /subjects} answers 200; false on any error, for polling. */
    boolean answers() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/subjects")).timeout(TIMEOUT).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Optional<Compatibility> globalCompatibility() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/config")).timeout(TIMEOUT).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + baseUrl + "/config answered " + response.statusCode() + ": " + response.body());
        }
        return parseLevel(response.body());
    }

    void setGlobalCompatibility(Compatibility level) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/config")).timeout(TIMEOUT)
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"compatibility\":\"" + level.name() + "\"}"))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("PUT " + baseUrl + "/config answered " + response.statusCode() + ": " + response.body());
        }
    }

    static Optional<Compatibility> parseLevel(String body) {
        Matcher m = LEVEL.matcher(body);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Compatibility.valueOf(m.group(1)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
