package io.wirestream.ingest.feed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What ingest remembers of one feed between polls and restarts: the validators for the next conditional GET, and
 * for each item produced (by article id) a hash of its title and text as the feed gave them, so an unchanged item
 * is not produced again and an edited one is. At most {@link #MAX_ITEMS} items, the oldest forgotten first (a feed
 * shows its latest items; one that old coming back would be produced again, and be a REDELIVERY downstream).
 */
public final class FeedState {

    static final int MAX_ITEMS = 5_000;

    public String etag;
    public String lastModified;
    public LinkedHashMap<String, String> items = new LinkedHashMap<>();

    FeedState copy() {
        FeedState copy = new FeedState();
        copy.etag = etag;
        copy.lastModified = lastModified;
        copy.items = new LinkedHashMap<>(items);
        return copy;
    }

    void remember(String id, String hash) {
        items.remove(id); // re-inserted: the newest at the end
        items.put(id, hash);
        while (items.size() > MAX_ITEMS) {
            Map.Entry<String, String> oldest = items.entrySet().iterator().next();
            items.remove(oldest.getKey());
        }
    }
}
