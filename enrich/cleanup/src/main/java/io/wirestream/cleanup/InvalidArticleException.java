package io.wirestream.cleanup;

/** Input the cleaner refuses to touch (empty or binary body, unpaired surrogate, too large); the message says why. */
public class InvalidArticleException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidArticleException(String reason) {
        super(reason);
    }
}
