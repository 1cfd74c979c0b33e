package io.wirestream.dedup;

import java.util.HexFormat;

/** A 128-bit exact-content fingerprint: 16 bytes in a store key, 32 hex digits in logs and APIs. */
public record Fingerprint(long high, long low) {

    public String hex() {
        return HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low);
    }

    public static Fingerprint fromHex(String hex) {
        if (hex == null || hex.length() != 32) {
            throw new IllegalArgumentException("a fingerprint is 32 hex digits, got " + hex);
        }
        return new Fingerprint(HexFormat.fromHexDigitsToLong(hex, 0, 16), HexFormat.fromHexDigitsToLong(hex, 16, 32));
    }

    @Override
    public String toString() {
        return hex();
    }
}
