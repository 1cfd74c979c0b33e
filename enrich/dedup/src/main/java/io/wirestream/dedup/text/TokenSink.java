package io.wirestream.dedup.text;

/** Receives tokens from {@link Tokeniser#scan} without a String per token (the hot path hashes chars). */
@FunctionalInterface
public interface TokenSink {

    /**
     * @param chars    buffer holding the lower-cased token in {@code [0, length)}; reused after the call
     * @param length   token length in UTF-16 units
     * @param hasDigit whether any unit of the token is a digit (a figure)
     */
    void token(char[] chars, int length, boolean hasDigit);
}
