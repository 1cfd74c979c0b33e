package io.wirestream.local.kafka;

import io.wirestream.local.files.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The KRaft format step, run once per broker setup and then copied. {@code kafka-storage format} is a JVM start of
 * its own, about 2 s on two cores, and {@code ./wirestream local} empties its data folder at every start, so it paid
 * that each time before the broker could start. What the tool writes (meta.properties with the cluster, node and
 * directory ids; the bootstrap checkpoint with the metadata version) does not depend on the folder's path, so a
 * copy of an earlier format is as good as a new one. Runs from one cache share a cluster id: harmless for a
 * single-node cluster whose data is thrown away with it.
 *
 * <p>The cache key is what the tool reads: server.properties as rendered (ports, node id, roles), with the log
 * dir's path left out, and the names of the broker's jars, so another Kafka version formats afresh.
 */
final class FormattedStorage {

    private static final Logger LOG = LoggerFactory.getLogger(FormattedStorage.class);
    static final String MARKER = "meta.properties";

    private FormattedStorage() {
    }

    /**
     * Leaves {@link KafkaBrokerConfig#kraftLogDir()} formatted: as it is when formatted before, else copied from
     * the cache, else by {@code format}, whose result then goes into the cache.
     */
    static void prepare(KafkaBrokerConfig config, String serverProperties, Runnable format) {
        Path target = config.kraftLogDir();
        if (Files.isRegularFile(target.resolve(MARKER))) {
            return; // a data dir formatted before keeps its cluster id and its topics
        }
        if (config.formatCache() == null) {
            format.run();
            return;
        }
        Path cached = config.formatCache().resolve(key(config, serverProperties));
        if (Files.isRegularFile(cached.resolve(MARKER))) {
            try {
                FileTrees.copy(cached, target);
                return;
            } catch (IOException e) {
                LOG.warn("could not copy the formatted KRaft log dir from {} ({}); formatting", cached, e.toString());
                deleteTree(target);
            }
        }
        format.run();
        keep(target, cached);
    }

    /** Copies a fresh format into the cache; written beside it and moved in, so no reader sees half a copy. */
    private static void keep(Path formatted, Path cached) {
        Path temp = null;
        try {
            Files.createDirectories(cached.getParent());
            temp = Files.createTempDirectory(cached.getParent(), "formatting-");
            FileTrees.copy(formatted, temp);
            Files.move(temp, cached, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
            // another run kept the same format first: theirs is as good
        } catch (IOException e) {
            LOG.warn("could not keep the formatted KRaft log dir in {} ({}); the next start formats again", cached,
                    e.toString());
        } finally {
            if (temp != null) {
                deleteTree(temp);
            }
        }
    }

    static String key(KafkaBrokerConfig config, String serverProperties) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String logDir = config.kraftLogDir().toAbsolutePath().toString();
            digest.update(serverProperties.replace(logDir, "<log.dirs>").getBytes(StandardCharsets.UTF_8));
            for (String jar : jarNames(config.brokerLib())) {
                digest.update((jar + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static List<String> jarNames(Path lib) {
        try (Stream<Path> jars = Files.list(lib)) {
            return jars.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the broker's jars in " + lib, e);
        }
    }

    private static void deleteTree(Path dir) {
        try {
            FileTrees.delete(dir);
        } catch (IOException e) {
            LOG.warn("could not delete {} ({})", dir, e.toString());
        }
    }
}
