package io.wirestream.sink.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's files, read once from the jar: the page, its script and style, and the chart library (a
 * WebJar on the classpath). Only these names are served, so no request can reach any other resource.
 */
final class DashboardAssets {

    /** One servable file: its bytes and content type. */
    record Asset(byte[] bytes, String contentType) {
    }

    private static final Map<String, String[]> FILES = Map.of(
            "index.html", new String[] {"/dashboard/index.html", "text/html; charset=utf-8"},
            "app.js", new String[] {"/dashboard/app.js", "text/javascript; charset=utf-8"},
            "app.css", new String[] {"/dashboard/app.css", "text/css; charset=utf-8"});

    private final Map<String, Asset> assets;

    private DashboardAssets(Map<String, Asset> assets) {
        this.assets = assets;
    }

    static DashboardAssets load() {
        Map<String, Asset> loaded = new java.util.HashMap<>();
        FILES.forEach((name, where) -> loaded.put(name, new Asset(read(where[0]), where[1])));
        String echarts = "/META-INF/resources/webjars/echarts/" + webJarVersion("echarts");
        loaded.put("echarts.min.js", new Asset(read(echarts + "/dist/echarts.min.js"), "text/javascript; charset=utf-8"));
        loaded.put("echarts-LICENSE.txt", new Asset(read(echarts + "/LICENSE"), "text/plain; charset=utf-8"));
        return new DashboardAssets(Map.copyOf(loaded));
    }

    /** The version of a WebJar on the classpath, from its Maven metadata (its files sit under that version). */
    private static String webJarVersion(String artifact) {
        java.util.Properties properties = new java.util.Properties();
        try (InputStream in = DashboardAssets.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the " + artifact + " WebJar is missing from the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the " + artifact + " WebJar's version: " + e.getMessage(), e);
        }
        return properties.getProperty("version");
    }

    Optional<Asset> get(String name) {
        return Optional.ofNullable(assets.get(name));
    }

    private static byte[] read(String resource) {
        try (InputStream in = DashboardAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the sink's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
