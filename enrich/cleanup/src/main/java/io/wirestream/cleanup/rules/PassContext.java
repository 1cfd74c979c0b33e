package io.wirestream.cleanup.rules;

import io.wirestream.cleanup.text.QuoteSpans;
import io.wirestream.cleanup.text.TextProfile;
import io.wirestream.cleanup.text.WordIndex;
import java.util.Set;

/**
 * What a pass may look at: the current text, the article's (clean) title and language, and which rule
 * ids are on. {@code isTitle} is true when the text being cleaned is itself the title. The word index (and the
 * quotation spans) are built on first use and shared by the passes that see the same text.
 */
public final class PassContext {
    private final String text;
    private final String title;
    private final String language;
    private final Set<String> enabled;
    private final boolean isTitle;
    private WordIndex words;
    private QuoteSpans quotes;
    private char[] chars;
    private TextProfile profile;
    /** Kinds the profile names that edits may have removed: asked about, they are checked by a rescan. */
    private int stale;

    public PassContext(String text, String title, String language, Set<String> enabled, boolean isTitle) {
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
            words = WordIndex.of(chars());
        }
        return words;
    }

    /**
     * Which offsets lie inside quotations, found on first use and shared: the doubled-word and bracket rules both
     * ask, in the repair rounds and again when flagging the final text.
     */
    public QuoteSpans quotes() {
        if (quotes == null) {
            quotes = QuoteSpans.of(text);
        }
        return quotes;
    }

    /**
     * The text's chars, copied once and shared by the scans that read every character: an array read is cheaper
     * than a checked {@code String.charAt}. Read only.
     */
    public char[] chars() {
        if (chars == null) {
            chars = text.toCharArray();
        }
        return chars;
    }

    public TextProfile profile() {
        if (profile == null) {
            profile = TextProfile.of(text, chars());
        }
        return profile;
    }

    /** Shorthand: does the text contain any of the {@link TextProfile} kinds in {@code mask}? */
    public boolean has(int mask) {
        if ((stale & mask) != 0) {
            profile = TextProfile.of(text, chars());
            stale = 0;
        }
        return profile().has(mask);
    }

    /** A context for new text after edits; the word index, chars and profile are rebuilt lazily. */
    public PassContext withText(String newText) {
        return newText == text ? this : new PassContext(newText, title, language, enabled, isTitle);
    }

    /**
     * A context for {@code newText}, the result of applying {@code edits} (sorted, in this text's coordinates),
     * whose profile is kept up to date from the rewritten spans ({@link TextProfile#windowBits}) instead of a new
     * scan: kinds the new spans hold are added; kinds only the old spans held may be gone, and are marked stale,
     * so that {@link #has} rescans the text only when a pass asks about one of them.
     */
    public PassContext withEdits(String newText, java.util.List<io.wirestream.cleanup.edit.LocalEdit> edits) {
        PassContext next = withText(newText);
        if (next == this || profile == null) {
            return next;
        }
        int count = edits.size();
        int[] oldStarts = new int[count];
        int[] oldEnds = new int[count];
        int[] newStarts = new int[count];
        int[] newEnds = new int[count];
        int delta = 0;
        for (int k = 0; k < count; k++) {
            io.wirestream.cleanup.edit.LocalEdit e = edits.get(k);
            oldStarts[k] = e.start();
            oldEnds[k] = e.end();
            newStarts[k] = e.start() + delta;
            newEnds[k] = newStarts[k] + e.after().length();
            delta += e.after().length() - (e.end() - e.start());
        }
        int removed = TextProfile.windowBits(text, oldStarts, oldEnds, count);
        int added = TextProfile.windowBits(newText, newStarts, newEnds, count);
        next.profile = profile.with(added);
        next.stale = (stale | removed) & ~added & next.profile.bits();
        return next;
    }
}
