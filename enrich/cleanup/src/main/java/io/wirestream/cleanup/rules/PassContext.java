package io.wirestream.cleanup.rules;

import io.wirestream.cleanup.text.TextProfile;
import io.wirestream.cleanup.text.WordIndex;
import java.util.Set;

/**
 * What a pass may look at: the current text, the article's (clean) title and language, and which rule
 * ids are on. {@code isTitle} is true when the text being cleaned is itself the title. The word index is
 * built on first use and shared by the passes that see the same text.
 */
public final class PassContext {
    private final String text;
    private final String title;
    private final String language;
    private final Set<String> enabled;
    private final boolean isTitle;
    /** Offsets (sorted) of '<' characters that entity decoding produced: literal text, never markup. */
    private final int[] decodedLessThan;
    private WordIndex words;
    private TextProfile profile;

    public PassContext(String text, String title, String language, Set<String> enabled, boolean isTitle) {
        this(text, title, language, enabled, isTitle, NONE);
    }

    private static final int[] NONE = new int[0];

    private PassContext(String text, String title, String language, Set<String> enabled, boolean isTitle,
            int[] decodedLessThan) {
        this.decodedLessThan = decodedLessThan;
        this.text = text;
        this.title = title;
        this.language = language;
        this.enabled = enabled;
        this.isTitle = isTitle;
    }

    public String text() {
        return text;
    }

    public String title() {
        return title;
    }

    public String language() {
        return language;
    }

    public boolean isTitle() {
        return isTitle;
    }

    public boolean isEnglish() {
        return "en".equals(language);
    }

    /** Whether the rule may run here: switched on, and in its scope for this article's language. */
    public boolean allows(RuleSpec rule) {
        return enabled.contains(rule.id()) && (rule.scope() == Scope.ANY_LANGUAGE || isEnglish());
    }

    public WordIndex words() {
        if (words == null) {
            words = WordIndex.of(text);
        }
        return words;
    }

    public TextProfile profile() {
        if (profile == null) {
            profile = TextProfile.of(text);
        }
        return profile;
    }

    /** Shorthand: does the text contain any of the {@link TextProfile} kinds in {@code mask}? */
    public boolean has(int mask) {
        return profile().has(mask);
    }

    /** A context for new text after edits; the word index is rebuilt lazily. */
    public PassContext withText(String newText) {
        return withText(newText, NONE);
    }

    /** As {@link #withText(String)}, naming the '<' characters entity decoding produced in {@code newText}. */
    public PassContext withText(String newText, int[] decodedLessThan) {
        if (newText == text && java.util.Arrays.equals(decodedLessThan, this.decodedLessThan)) {
            return this;
        }
        return new PassContext(newText, title, language, enabled, isTitle, decodedLessThan);
    }

    /**
     * Whether the '<' at {@code offset} came from decoding "&amp;lt;": escaped markup is the article's text
     * ("the &amp;lt;b&amp;gt; tag" reads "the &lt;b&gt; tag"), so it must never be parsed as a tag afterwards.
     */
    public boolean isDecodedLessThan(int offset) {
        return decodedLessThan.length > 0 && java.util.Arrays.binarySearch(decodedLessThan, offset) >= 0;
    }
}
