package io.wirestream.tagging;

import static io.wirestream.tagging.TaggingAssertions.TAGGER;
import static io.wirestream.tagging.TaggingAssertions.assertOffsetsValid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Hostile input either passes through (in linear time, no stack overflow) or fails with a named reason. */
class HostileInputTest {
    private static final LocalDate DAY = LocalDate.of(2025, 1, 24);

    @Test
    void nullTextIsRejectedWithAReason() {
        assertThatThrownBy(() -> TAGGER.tag(null, DAY)).isInstanceOf(TaggingInputException.class)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
    }

    @Test
    void nullKnowledgeBaseIsRejected() {
        assertThatThrownBy(() -> EntityTagger.create(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyAndBlankTextsHaveNoEntities() {
        assertThat(TAGGER.tag("", DAY)).isEmpty();
        assertThat(TAGGER.tag(" \n\t ", null)).isEmpty();
    }

    @Test
    void aTenMegabyteBodyPassesThrough() {
        String paragraph = "Syrian forces entered Damascus on December 8, said Ahmad Khan of the Idlib Relief Council. ";
        String body = paragraph.repeat(10 * 1024 * 1024 / paragraph.length() + 1);
        List<Entity> e = TAGGER.tag(body, DAY);
        Entity damascus = e.stream().filter(x -> x.name().equals("Damascus")).findFirst().orElseThrow();
        assertThat(damascus.mentions()).hasSize(10 * 1024 * 1024 / paragraph.length() + 1);
    }

    @Test
    void textBeyondTheLimitIsRejectedWithItsLength() {
        String huge = "a".repeat(EntityTagger.MAX_TEXT_CHARS + 1);
        assertThatThrownBy(() -> TAGGER.tag(huge, DAY)).isInstanceOf(TaggingInputException.class)
                .hasMessageContaining("too long");
    }

    @Test
    void binaryBytesPassThrough() {
        byte[] bytes = new byte[200_000];
        new Random(7).nextBytes(bytes);
        String text = new String(bytes, StandardCharsets.ISO_8859_1) + " Reuters reported from Kyiv.";
        List<Entity> e = TAGGER.tag(text, DAY);
        assertOffsetsValid(text, e);
        assertThat(e.stream().map(Entity::name)).contains("Reuters", "Kyiv");
    }

    @Test
    void unpairedSurrogatesPassThrough() {
        String text = "\uD800 Reuters \uDC00reported\uD83D from Kyiv \uDFFF\uD800\uD800.";
        List<Entity> e = TAGGER.tag(text, DAY);
        assertOffsetsValid(text, e);
        assertThat(e.stream().map(Entity::name)).contains("Reuters", "Kyiv");
    }

    @Test
    void aHundredThousandCharacterWordPassesThrough() {
        String text = "Officials in Kyiv said " + "A".repeat(100_000) + " and " + "x".repeat(100_000) + " were odd.";
        List<Entity> e = TAGGER.tag(text, DAY);
        assertOffsetsValid(text, e);
        assertThat(e.stream().map(Entity::name)).contains("Kyiv");
    }

    @Test
    void deeplyNestedBracketsPassThrough() {
        String text = "(".repeat(200_000) + "Reuters in Kyiv" + ")".repeat(200_000) + "[{<".repeat(50_000);
        List<Entity> e = TAGGER.tag(text, DAY);
        assertOffsetsValid(text, e);
        assertThat(e.stream().map(Entity::name)).contains("Reuters", "Kyiv");
    }

    @Test
    void aLongRunOfCapitalisedWordsAndDatesPassesThrough() {
        String text = "Alpha Bravo ".repeat(100_000) + "January 1 ".repeat(50_000) + "al ".repeat(50_000);
        List<Entity> e = TAGGER.tag(text, DAY);
        assertOffsetsValid(text, e);
        assertThat(e).isNotEmpty();
    }

    @Test
    void endlessChainsOfNameConnectorsPassThrough() {
        String text = "Analyst Alpha of Bravo ".repeat(60_000) + "Party said. " + "Ministry of ".repeat(60_000) + "Health.";
        List<Entity> e = TAGGER.tag(text, DAY);
        assertOffsetsValid(text, e);
    }

    @Test
    void manyRepeatedSurnamesAndAcronymsStayNearLinear() {
        String text = "Opposition leader Dariusz Kowalczyk spoke. Kowalczyk said the Tigray Relief Network (TRN) "
                + "helped; TRN agreed and Donald Trump, Trump and Jolani met the Communications Authority of Kenya. ";
        String body = text.repeat(40_000);
        List<Entity> e = TAGGER.tag(body, DAY);
        assertOffsetsValid(body, e);
        assertThat(e.stream().filter(x -> x.name().equals("Dariusz Kowalczyk")).findFirst().orElseThrow().mentions())
                .hasSize(80_000);
    }
}
