package io.wirestream.ingest.feed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every feed's {@link FeedState} in one local JSON file, rewritten whole (temporary file, then an atomic rename)
 * after each poll that changed it, so a crash leaves the previous or the new state, never half of one. The state is
 * saved only after the broker acknowledged the items it records: a crash in between produces them again at the next
 * start, with the same ids (REDELIVERY downstream), never loses them. A local file rather than a compacted topic:
 * ingest's only state, per machine, read once at start; a file is simpler to inspect and to reset (delete it).
 */
public final class FeedStateStore {

    private static final Logger log = LoggerFactory.getLogger(FeedStateStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<String, FeedState> feeds;

    public FeedStateStore(Path file) {
        this.file = file;
        this.feeds = load(file);
    }

    private static Map<String, FeedState> load(Path file) {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            return new TreeMap<>(JSON.readValue(file.toFile(), new TypeReference<Map<String, FeedState>>() { }));
        } catch (IOException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + System.currentTimeMillis());
            log.error("feed state {} is unreadable ({}); moved to {} and starting afresh (every item of every "
                    + "feed is produced once more, as REDELIVERY downstream)", file, e.getMessage(), aside);
            try {
                Files.move(file, aside);
            } catch (IOException moveFailed) {
                throw new UncheckedIOException("cannot move the unreadable feed state aside", moveFailed);
            }
            return new TreeMap<>();
        }
    }

    /** A copy of the feed's state (empty for a feed never polled). */
    public synchronized FeedState get(String feed) {
        FeedState state = feeds.get(feed);
        return state == null ? new FeedState() : state.copy();
    }

    public synchronized void put(String feed, FeedState state) throws IOException {
        feeds.put(feed, state.copy());
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".feed-state", ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), feeds);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
