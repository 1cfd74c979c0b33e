package io.wirestream.dedup;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * Tuning of the deduplicator. Immutable; read from {@code dedup.*} properties (the services and commands read them
 * through the app's typed {@code DedupFields}, which also accept the keys' former hyphenated names).
 *
 * <p>The sketch parameters (shingle size, signature size, bands, rows, seed) define what is stored in the
 * state stores: changing them makes stored signatures incomparable, so change them only with fresh stores.
 * The defaults were tuned on the labelled corpus in the test resources (see docs/dedup.md).
 */
public final class DedupConfig {

    public static final String NEAR_THRESHOLD = "dedup.near.threshold";
    public static final String TRANSLATION_THRESHOLD = "dedup.near.translation.threshold";
    public static final String NUMBERS_AGREEMENT = "dedup.near.numbers.agreement";
    public static final String NUMBERS_CONFLICT = "dedup.near.numbers.conflict";
    public static final String SINGLE_FIGURE_THRESHOLD = "dedup.near.single.figure.threshold";
    public static final String MIN_SHINGLES = "dedup.near.min.shingles";
    public static final String RETENTION = "dedup.retention";
    public static final String SHINGLE_SIZE = "dedup.shingle.size";
    public static final String SIGNATURE_SIZE = "dedup.minhash.size";
    public static final String SEED = "dedup.minhash.seed";
    public static final String BANDS = "dedup.lsh.bands";
    public static final String ROWS = "dedup.lsh.rows";
    public static final String BUCKET_CAP = "dedup.lsh.bucket.cap";
    public static final String NUMBER_SKETCH_SIZE = "dedup.numbers.sketch.size";
    public static final String MAX_TEXT_CHARS = "dedup.max.text.chars";

    private final double nearThreshold;
    private final double translationThreshold;
    private final double numbersAgreement;
    private final double numbersConflict;
    private final double singleFigureThreshold;
    private final int minShingles;
    private final Duration retention;
    private final int shingleSize;
    private final int signatureSize;
    private final long seed;
    private final int bands;
    private final int rows;
    private final int bucketCap;
    private final int numberSketchSize;
    private final int maxTextChars;

    private DedupConfig(Builder b) {
        this.nearThreshold = unit(NEAR_THRESHOLD, b.nearThreshold);
        this.translationThreshold = unit(TRANSLATION_THRESHOLD, b.translationThreshold);
        this.numbersAgreement = unit(NUMBERS_AGREEMENT, b.numbersAgreement);
        this.numbersConflict = unit(NUMBERS_CONFLICT, b.numbersConflict);
        this.singleFigureThreshold = unit(SINGLE_FIGURE_THRESHOLD, b.singleFigureThreshold);
        this.minShingles = range(MIN_SHINGLES, b.minShingles, 1, 100_000);
        if (b.retention == null || b.retention.isNegative() || b.retention.isZero()) {
            throw new IllegalArgumentException(RETENTION + " must be a positive duration, got " + b.retention);
        }
        this.retention = b.retention;
        this.shingleSize = range(SHINGLE_SIZE, b.shingleSize, 1, 8);
        // 16-bit values are stored: 255 of them already exceed the per-article byte budget
        this.signatureSize = range(SIGNATURE_SIZE, b.signatureSize, 8, 255);
        this.seed = b.seed;
        this.bands = range(BANDS, b.bands, 1, 255);
        this.rows = range(ROWS, b.rows, 1, 16);
        if (bands * rows > signatureSize) {
            throw new IllegalArgumentException(BANDS + " x " + ROWS + " = " + bands * rows
                    + " exceeds " + SIGNATURE_SIZE + " = " + signatureSize);
        }
        this.bucketCap = range(BUCKET_CAP, b.bucketCap, 1, 1_000_000);
        this.numberSketchSize = range(NUMBER_SKETCH_SIZE, b.numberSketchSize, 0, 255);
        this.maxTextChars = range(MAX_TEXT_CHARS, b.maxTextChars, 1, Integer.MAX_VALUE);
    }

    public static DedupConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads {@code dedup.*} keys; a missing key keeps its default, a malformed one fails naming the key. */
    public static DedupConfig fromProperties(Properties p) {
        Builder b = builder();
        b.nearThreshold = dbl(p, NEAR_THRESHOLD, b.nearThreshold);
        b.translationThreshold = dbl(p, TRANSLATION_THRESHOLD, b.translationThreshold);
        b.numbersAgreement = dbl(p, NUMBERS_AGREEMENT, b.numbersAgreement);
        b.numbersConflict = dbl(p, NUMBERS_CONFLICT, b.numbersConflict);
        b.singleFigureThreshold = dbl(p, SINGLE_FIGURE_THRESHOLD, b.singleFigureThreshold);
        b.minShingles = integer(p, MIN_SHINGLES, b.minShingles);
        String retention = p.getProperty(RETENTION);
        if (retention != null) {
            try {
                b.retention = Duration.parse(retention.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(RETENTION + " is not an ISO-8601 duration: " + retention, e);
            }
        }
        b.shingleSize = integer(p, SHINGLE_SIZE, b.shingleSize);
        b.signatureSize = integer(p, SIGNATURE_SIZE, b.signatureSize);
        String seed = p.getProperty(SEED);
        if (seed != null) {
            try {
                b.seed = Long.parseLong(seed.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(SEED + " is not a long: " + seed, e);
            }
        }
        b.bands = integer(p, BANDS, b.bands);
        b.rows = integer(p, ROWS, b.rows);
        b.bucketCap = integer(p, BUCKET_CAP, b.bucketCap);
        b.numberSketchSize = integer(p, NUMBER_SKETCH_SIZE, b.numberSketchSize);
        b.maxTextChars = integer(p, MAX_TEXT_CHARS, b.maxTextChars);
        return b.build();
    }

    /** Estimated Jaccard at or above which two texts are the same story (unless their numbers conflict). */
    public double nearThreshold() { return nearThreshold; }

    /** Lower Jaccard accepted when the numbers of both texts agree: the retranslation path. */
    public double translationThreshold() { return translationThreshold; }

    /** Share of the smaller number set that must recur in the other text for the retranslation path. */
    public double numbersAgreement() { return numbersAgreement; }

    /** Below this share of shared numbers (both texts quoting several) two texts are different reports. */
    public double numbersConflict() { return numbersConflict; }

    /** Retranslation-path Jaccard required when the smaller text quotes only one figure. */
    public double singleFigureThreshold() { return singleFigureThreshold; }

    /** Texts with fewer distinct shingles are only ever exact duplicates, never near ones. */
    public int minShingles() { return minShingles; }

    public Duration retention() { return retention; }

    public long retentionMillis() { return retention.toMillis(); }

    public int shingleSize() { return shingleSize; }

    public int signatureSize() { return signatureSize; }

    public long seed() { return seed; }

    public int bands() { return bands; }

    public int rows() { return rows; }

    public int bucketCap() { return bucketCap; }

    public int numberSketchSize() { return numberSketchSize; }

    public int maxTextChars() { return maxTextChars; }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.nearThreshold = nearThreshold;
        b.translationThreshold = translationThreshold;
        b.numbersAgreement = numbersAgreement;
        b.numbersConflict = numbersConflict;
        b.singleFigureThreshold = singleFigureThreshold;
        b.minShingles = minShingles;
        b.retention = retention;
        b.shingleSize = shingleSize;
        b.signatureSize = signatureSize;
        b.seed = seed;
        b.bands = bands;
        b.rows = rows;
        b.bucketCap = bucketCap;
        b.numberSketchSize = numberSketchSize;
        b.maxTextChars = maxTextChars;
        return b;
    }

    @Override
    public String toString() {
        return "DedupConfig[near=" + nearThreshold + ", translation=" + translationThreshold
                + ", numbersAgreement=" + numbersAgreement + ", numbersConflict=" + numbersConflict
                + ", singleFigure=" + singleFigureThreshold + ", minShingles=" + minShingles
                + ", retention=" + retention + ", shingle=" + shingleSize + ", minhash=" + signatureSize
                + ", bands=" + bands + "x" + rows + ", bucketCap=" + bucketCap
                + ", numberSketch=" + numberSketchSize + "]";
    }

    /** Mutable builder; every field starts at its default. */
    public static final class Builder {
        private double nearThreshold = 0.50;
        private double translationThreshold = 0.30;
        private double numbersAgreement = 0.80;
        private double numbersConflict = 0.50;
        private double singleFigureThreshold = 0.40;
        private int minShingles = 12;
        private Duration retention = Duration.ofDays(7);
        private int shingleSize = 1;
        private int signatureSize = 60;
        private long seed = 0x5EEDF00DL;
        private int bands = 20;
        private int rows = 2;
        private int bucketCap = 16;
        private int numberSketchSize = 8;
        private int maxTextChars = 16 * 1024 * 1024;

        private Builder() {
        }

        public Builder nearThreshold(double v) { nearThreshold = v; return this; }
        public Builder translationThreshold(double v) { translationThreshold = v; return this; }
        public Builder numbersAgreement(double v) { numbersAgreement = v; return this; }
        public Builder numbersConflict(double v) { numbersConflict = v; return this; }
        public Builder singleFigureThreshold(double v) { singleFigureThreshold = v; return this; }
        public Builder minShingles(int v) { minShingles = v; return this; }
        public Builder retention(Duration v) { retention = v; return this; }
        public Builder shingleSize(int v) { shingleSize = v; return this; }
        public Builder signatureSize(int v) { signatureSize = v; return this; }
        public Builder seed(long v) { seed = v; return this; }
        public Builder bands(int v) { bands = v; return this; }
        public Builder rows(int v) { rows = v; return this; }
        public Builder bucketCap(int v) { bucketCap = v; return this; }
        public Builder numberSketchSize(int v) { numberSketchSize = v; return this; }
        public Builder maxTextChars(int v) { maxTextChars = v; return this; }

        public DedupConfig build() {
            return new DedupConfig(this);
        }
    }

    private static double unit(String key, double v) {
        if (!(v > 0.0 && v <= 1.0)) {
            throw new IllegalArgumentException(key + " must be in (0, 1], got " + v);
        }
        return v;
    }

    private static int range(String key, int v, int min, int max) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(key + " must be in [" + min + ", " + max + "], got " + v);
        }
        return v;
    }

    private static double dbl(Properties p, String key, double fallback) {
        String v = p.getProperty(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a number: " + v, e);
        }
    }

    private static int integer(Properties p, String key, int fallback) {
        String v = p.getProperty(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not an integer: " + v, e);
        }
    }
}
