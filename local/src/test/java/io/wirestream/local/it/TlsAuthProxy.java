package io.wirestream.local.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * HTTPS with authentication in front of the real registry, as a production registry sits behind TLS and
 * credentials: it answers 401 unless the request carries one of the accepted {@code Authorization} values, and
 * forwards everything else to the registry over plain HTTP. Its certificate is a fresh self-signed one made with
 * the JDK's own {@code keytool}, so a client must be given the trust store to connect.
 */
final class TlsAuthProxy implements AutoCloseable {

    static final String STORE_PASSWORD = "changeit";

    private final HttpsServer server;
    private final HttpClient upstream = HttpClient.newHttpClient();
    private final URI target;
    private final List<String> accepted;

    /** Writes {@code server.p12} (key) and {@code trust.p12} (its certificate) into {@code dir}. */
    static Path makeCertificates(Path dir) throws IOException, InterruptedException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Files.createDirectories(dir);
        run(dir, keytool.toString(), "-genkeypair", "-alias", "registry", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", "server.p12", "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
        run(dir, keytool.toString(), "-exportcert", "-alias", "registry", "-keystore", "server.p12", "-storepass",
                STORE_PASSWORD, "-file", "registry.cer");
        run(dir, keytool.toString(), "-importcert", "-noprompt", "-alias", "registry", "-file", "registry.cer",
                "-storetype", "PKCS12", "-keystore", "trust.p12", "-storepass", STORE_PASSWORD);
        return dir.resolve("trust.p12");
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    TlsAuthProxy(Path certificates, URI target, List<String> accepted) throws Exception {
        this.target = target;
        this.accepted = accepted;
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(certificates.resolve("server.p12"))) {
            keys.load(in, STORE_PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, STORE_PASSWORD.toCharArray());
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(kmf.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setHttpsConfigurator(new HttpsConfigurator(ssl));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    /** The registry's base URL through this proxy. */
    String url(String registryPath) {
        return "https://127.0.0.1:" + server.getAddress().getPort() + registryPath;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (auth == null || !accepted.contains(auth)) {
                reply(exchange, 401, "{\"error_code\":401,\"message\":\"Unauthorized\"}");
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            HttpResponse<String> response = upstream.send(request.build(), HttpResponse.BodyHandlers.ofString());
            reply(exchange, response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
