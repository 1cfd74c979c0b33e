package io.wirestream.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class DedupConfigTest {

    @Test
    void defaultsKeepSevenDaysOfEventTime() {
        DedupConfig c = DedupConfig.defaults();
        assertThat(c.retention()).isEqualTo(Duration.ofDays(7));
        assertThat(c.bands() * c.rows()).isLessThanOrEqualTo(c.signatureSize());
        assertThat(c.translationThreshold()).isLessThan(c.nearThreshold());
    }

    @Test
    void readsProperties() {
        Properties p = new Properties();
        p.setProperty("dedup.near.threshold", "0.6");
        p.setProperty("dedup.retention", "PT36H");
        p.setProperty("dedup.shingle.size", "2");
        p.setProperty("dedup.lsh.bands", "10");
        p.setProperty("dedup.lsh.rows", "3");
        DedupConfig c = DedupConfig.fromProperties(p);
        assertThat(c.nearThreshold()).isEqualTo(0.6);
        assertThat(c.retention()).isEqualTo(Duration.ofHours(36));
        assertThat(c.shingleSize()).isEqualTo(2);
        assertThat(c.bands()).isEqualTo(10);
        assertThat(c.rows()).isEqualTo(3);
        assertThat(c.translationThreshold()).isEqualTo(DedupConfig.defaults().translationThreshold());
    }

    @Test
    void malformedValuesNameTheirKey() {
        assertThatThrownBy(() -> DedupConfig.fromProperties(props("dedup.retention", "7 days")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dedup.retention");
        assertThatThrownBy(() -> DedupConfig.fromProperties(props("dedup.near.threshold", "1.5")))
                .hasMessageContaining("dedup.near.threshold");
        assertThatThrownBy(() -> DedupConfig.fromProperties(props("dedup.lsh.bands", "many")))
                .hasMessageContaining("dedup.lsh.bands");
        assertThatThrownBy(() -> DedupConfig.fromProperties(props("dedup.lsh.bands", "40")))
                .hasMessageContaining("exceeds");
        assertThatThrownBy(() -> DedupConfig.fromProperties(props("dedup.retention", "-P1D")))
                .hasMessageContaining("positive");
    }

    @Test
    void builderRoundTrips() {
        DedupConfig c = DedupConfig.builder().nearThreshold(0.7).bucketCap(5).build();
        assertThat(c.toBuilder().build().toString()).isEqualTo(c.toString());
    }

    private static Properties props(String key, String value) {
        Properties p = new Properties();
        p.setProperty(key, value);
        return p;
    }
}
