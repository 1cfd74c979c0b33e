package io.wirestream.dedup.sketch;

/** Golden values recorded from the first release of the hash family (see MinHasherTest). */
final class StableValues {

    static final short[] DAMASCUS_SIGNATURE = {-1876, 898, 24383, -17839};

    private StableValues() {
    }
}
