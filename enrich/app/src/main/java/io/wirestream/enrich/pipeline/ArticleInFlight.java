package io.wirestream.enrich.pipeline;

import io.wirestream.schemas.avro.Edit;
import io.wirestream.schemas.avro.Entity;
import io.wirestream.schemas.avro.Flag;
import io.wirestream.schemas.avro.RawArticle;
import java.util.List;

/**
 * One article on its way through the enrich stages, with what each stage added. Mutable on purpose: it never
 * leaves one task's sub-topology (no serde, no store), and copying it per stage would cost for nothing. It keeps
 * the original record's bytes and position so a failure at any stage can be dead-lettered with them.
 */
public final class ArticleInFlight {

    private final Origin origin;
    private final RawArticle raw;

    private String cleanTitle;
    private String cleanBody;
    private String language;
    private List<Edit> edits = List.of();
    private List<Flag> flags = List.of();
    private List<Entity> entities = List.of();
    private String contentFingerprint;
    private boolean revision;

    public ArticleInFlight(Origin origin, RawArticle raw) {
        this.origin = origin;
        this.raw = raw;
        this.cleanTitle = raw.getTitle();
        this.cleanBody = raw.getBody();
        this.language = raw.getLanguage();
    }

    public Origin origin() {
        return origin;
    }

    public RawArticle raw() {
        return raw;
    }

    public String id() {
        return raw.getId();
    }

    public String cleanTitle() {
        return cleanTitle;
    }

    public String cleanBody() {
        return cleanBody;
    }

    public String language() {
        return language;
    }

    public List<Edit> edits() {
        return edits;
    }

    public List<Flag> flags() {
        return flags;
    }

    public List<Entity> entities() {
        return entities;
    }

    public String contentFingerprint() {
        return contentFingerprint;
    }

    public void cleaned(String title, String body, String detectedLanguage, List<Edit> newEdits, List<Flag> newFlags) {
        this.cleanTitle = title;
        this.cleanBody = body;
        this.language = detectedLanguage;
        this.edits = List.copyOf(newEdits);
        this.flags = List.copyOf(newFlags);
    }

    public void tagged(List<Entity> found) {
        this.entities = List.copyOf(found);
    }

    public void fingerprinted(String fingerprint) {
        this.contentFingerprint = fingerprint;
    }

    /** Whether dedup judged this a new version of an article seen before with other content. */
    public boolean revision() {
        return revision;
    }

    public void judgedRevision(boolean isRevision) {
        this.revision = isRevision;
    }
}
