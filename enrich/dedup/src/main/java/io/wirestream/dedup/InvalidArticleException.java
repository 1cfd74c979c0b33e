package io.wirestream.dedup;

/** An article the deduplicator refuses to judge; the message names the reason. */
public class InvalidArticleException extends IllegalArgumentException {

    public InvalidArticleException(String reason) {
        super(reason);
    }
}
