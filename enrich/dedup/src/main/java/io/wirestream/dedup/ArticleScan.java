package io.wirestream.dedup;

import java.util.Arrays;

import io.wirestream.dedup.sketch.Hashing;
import io.wirestream.dedup.sketch.NumberSketch;
import io.wirestream.dedup.text.ContentWords;
import io.wirestream.dedup.text.LightStemmer;
import io.wirestream.dedup.text.Stopwords;
import io.wirestream.dedup.text.TokenSink;

/**
 * One pass over the tokens that yields the fingerprint lanes, the content-word hashes and the figure hashes
 * without a String per token: it is most of the 50 µs signature budget. Its rules are those of
 * {@link ContentWords} and {@link NumberSketch#of}; a test holds the two paths equal.
 */
final class ArticleScan implements TokenSink {

    final ContentFingerprint.Lanes lanes = new ContentFingerprint.Lanes();
    long[] words = new long[512];
    int wordCount;
    int[] figures = new int[16];
    int figureCount;

    @Override
    public void token(char[] chars, int length, boolean hasDigit) {
        long hash = lanes.add(chars, length); // == Hashing.hash64(token)
        if (hasDigit) {
            if (figureCount == figures.length) {
                figures = Arrays.copyOf(figures, figureCount * 2);
            }
            int figure = NumberSketch.figureLength(chars, length);
            figures[figureCount++] = NumberSketch.hash16(figure == length ? hash : Hashing.hash64(chars, 0, figure));
        }
        if (Stopwords.containsHash(hash) || (length == 1 && !hasDigit)) {
            return;
        }
        int stem = LightStemmer.stemLength(chars, length);
        if (wordCount == words.length) {
            words = Arrays.copyOf(words, wordCount * 2);
        }
        words[wordCount++] = stem == length ? hash : Hashing.hash64(chars, 0, stem);
    }
}
