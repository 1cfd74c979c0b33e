package io.wirestream.enrich;

import io.wirestream.config.ConfigException;
import io.wirestream.config.Field;
import io.wirestream.config.ServiceConfig;
import io.wirestream.dedup.DedupConfig;
import java.time.Duration;
import java.util.List;

/**
 * The dedup stage's settings, read the same way by the enrich service and the offline commands: the keys are the
 * core's ({@link DedupConfig}), the defaults its defaults. The sketch parameters define what the state stores
 * hold: change them only with fresh stores (docs/dedup.md).
 */
public final class DedupFields {

    private static final DedupConfig DEFAULTS = DedupConfig.defaults();

    public static final Field<Duration> RETENTION = Field.duration(DedupConfig.RETENTION, DEFAULTS.retention(),
            Duration.ofMillis(1), "how long (event time) an article id, fingerprint or signature is remembered for "
                    + "duplicate detection (stream and offline alike)");
    public static final Field<Double> NEAR_THRESHOLD = unit(DedupConfig.NEAR_THRESHOLD, DEFAULTS.nearThreshold(),
            "estimated Jaccard at or above which two texts are the same story (the WORDING path)");
    public static final Field<Double> TRANSLATION_THRESHOLD = unit(DedupConfig.TRANSLATION_THRESHOLD,
            DEFAULTS.translationThreshold(), "Jaccard of the FIGURES path (a retranslation whose numbers agree)")
            .deprecatedNames("dedup.near.translation-threshold");
    public static final Field<Double> NUMBERS_AGREEMENT = unit(DedupConfig.NUMBERS_AGREEMENT,
            DEFAULTS.numbersAgreement(), "share of the smaller set of figures that must recur (FIGURES path)")
            .deprecatedNames("dedup.near.numbers-agreement");
    public static final Field<Double> NUMBERS_CONFLICT = unit(DedupConfig.NUMBERS_CONFLICT, DEFAULTS.numbersConflict(),
            "below this share of shared figures (both quoting several) two texts are different reports")
            .deprecatedNames("dedup.near.numbers-conflict");
    public static final Field<Double> SINGLE_FIGURE_THRESHOLD = unit(DedupConfig.SINGLE_FIGURE_THRESHOLD,
            DEFAULTS.singleFigureThreshold(), "FIGURES-path Jaccard when the smaller text quotes one figure")
            .deprecatedNames("dedup.near.single-figure-threshold");
    public static final Field<Integer> MIN_SHINGLES = Field.integer(DedupConfig.MIN_SHINGLES, DEFAULTS.minShingles(), 1,
            100_000, "texts with fewer distinct content words are only ever exact duplicates")
            .deprecatedNames("dedup.near.min-shingles");
    public static final Field<Integer> SHINGLE_SIZE = Field.integer(DedupConfig.SHINGLE_SIZE, DEFAULTS.shingleSize(),
            1, 8, "words per shingle (sketch parameter)");
    public static final Field<Integer> SIGNATURE_SIZE = Field.integer(DedupConfig.SIGNATURE_SIZE,
            DEFAULTS.signatureSize(), 8, 255, "MinHash values per signature (sketch parameter)");
    public static final Field<Long> SEED = Field.anyLong(DedupConfig.SEED, DEFAULTS.seed(),
            "seed of the MinHash functions (sketch parameter)");
    public static final Field<Integer> BANDS = Field.integer(DedupConfig.BANDS, DEFAULTS.bands(), 1, 255,
            "LSH bands (bands x rows must not exceed dedup.minhash.size)");
    public static final Field<Integer> ROWS = Field.integer(DedupConfig.ROWS, DEFAULTS.rows(), 1, 16,
            "rows per LSH band");
    public static final Field<Integer> BUCKET_CAP = Field.integer(DedupConfig.BUCKET_CAP, DEFAULTS.bucketCap(), 1,
            1_000_000, "most articles kept per band key (bounds a lookup)").deprecatedNames("dedup.lsh.bucket-cap");
    public static final Field<Integer> NUMBER_SKETCH_SIZE = Field.integer(DedupConfig.NUMBER_SKETCH_SIZE,
            DEFAULTS.numberSketchSize(), 0, 255, "figures kept per article")
            .deprecatedNames("dedup.numbers.sketch-size");
    public static final Field<Integer> MAX_TEXT_CHARS = Field.integer(DedupConfig.MAX_TEXT_CHARS,
            DEFAULTS.maxTextChars(), 1, Integer.MAX_VALUE, "longer texts are refused (dead-lettered in the stream)")
            .deprecatedNames("dedup.max-text-chars");

    public static final List<Field<?>> ALL = List.of(RETENTION, NEAR_THRESHOLD, TRANSLATION_THRESHOLD,
            NUMBERS_AGREEMENT, NUMBERS_CONFLICT, SINGLE_FIGURE_THRESHOLD, MIN_SHINGLES, SHINGLE_SIZE, SIGNATURE_SIZE,
            SEED, BANDS, ROWS, BUCKET_CAP, NUMBER_SKETCH_SIZE, MAX_TEXT_CHARS);

    private DedupFields() {
    }

    /** The core's configuration; a combination the core refuses (bands x rows too large) names its keys. */
    public static DedupConfig config(ServiceConfig config) {
        try {
            return DedupConfig.builder().retention(config.get(RETENTION)).nearThreshold(config.get(NEAR_THRESHOLD))
                    .translationThreshold(config.get(TRANSLATION_THRESHOLD))
                    .numbersAgreement(config.get(NUMBERS_AGREEMENT)).numbersConflict(config.get(NUMBERS_CONFLICT))
                    .singleFigureThreshold(config.get(SINGLE_FIGURE_THRESHOLD)).minShingles(config.get(MIN_SHINGLES))
                    .shingleSize(config.get(SHINGLE_SIZE)).signatureSize(config.get(SIGNATURE_SIZE))
                    .seed(config.get(SEED)).bands(config.get(BANDS)).rows(config.get(ROWS))
                    .bucketCap(config.get(BUCKET_CAP)).numberSketchSize(config.get(NUMBER_SKETCH_SIZE))
                    .maxTextChars(config.get(MAX_TEXT_CHARS)).build();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    private static Field<Double> unit(String name, double defaultValue, String doc) {
        return Field.decimal(name, defaultValue, 0.0, true, 1.0, doc);
    }
}
