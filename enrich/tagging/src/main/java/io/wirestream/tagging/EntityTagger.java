package io.wirestream.tagging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.wirestream.tagging.dates.DateFinder;
import io.wirestream.tagging.kb.AliasIndex;
import io.wirestream.tagging.match.Candidate;
import io.wirestream.tagging.match.KbMatcher;
import io.wirestream.tagging.resolve.EntityAssembler;
import io.wirestream.tagging.rules.AcronymDefinitions;
import io.wirestream.tagging.rules.KbWords;
import io.wirestream.tagging.rules.NameSpanFinder;
import io.wirestream.tagging.text.TokenizedText;
import io.wirestream.tagging.text.Tokenizer;

/**
 * Tags PERSON, ORGANIZATION, LOCATION and DATE entities in a (clean) article body. Stateless after
 * creation and safe to share between threads. Stages: dates, knowledge-base aliases, capitalised-name
 * rules, then in-document merging (aliases, "formerly known as", acronyms, surnames).
 */
public final class EntityTagger {
    /** Longest text accepted: far above any article; beyond it a caller has passed something that is not one. */
    public static final int MAX_TEXT_CHARS = 32 * 1024 * 1024;

    private final KnowledgeBase kb;
    private final KbWords kbWords;
    private final DateFinder dates = new DateFinder();
    private final KbMatcher kbMatcher = new KbMatcher();
    private final NameSpanFinder names = new NameSpanFinder();
    private final AcronymDefinitions acronymDefinitions = new AcronymDefinitions();
    private final EntityAssembler assembler = new EntityAssembler();

    private EntityTagger(KnowledgeBase kb) {
        this.kb = kb;
        this.kbWords = key -> {
            AliasIndex.Node node = kb.index().root().child(key);
            return node != null && node.namesAPlace();
        };
    }

    public static EntityTagger create(KnowledgeBase kb) {
        if (kb == null) {
            throw new TaggingInputException("knowledge base must not be null");
        }
        return new EntityTagger(kb);
    }

    /**
     * @param text        the text to tag (mention offsets point into it)
     * @param publishedOn the article's event day (publication, else ingest), which gives the year of dates written
     *                    without one (their method is then {@link Entity#METHOD_INFERRED_YEAR}); may be null, and
     *                    then such dates keep the yearless form {@code --MM-DD}
     * @return entities ordered by first mention
     * @throws TaggingInputException when text is null or longer than {@link #MAX_TEXT_CHARS}
     */
    public List<Entity> tag(String text, LocalDate publishedOn) {
        if (text == null) {
            throw new TaggingInputException("text must not be null");
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw new TaggingInputException("text too long to tag: " + text.length() + " chars (limit " + MAX_TEXT_CHARS + ")");
        }
        TokenizedText tt = Tokenizer.tokenize(text);
        if (tt.size() == 0) {
            return List.of();
        }
        boolean[] consumed = new boolean[tt.size()];
        List<Candidate> candidates = new ArrayList<>(dates.find(tt, publishedOn, consumed));
        candidates.addAll(kbMatcher.find(tt, kb, consumed));
        candidates.addAll(acronymDefinitions.find(tt, consumed, candidates));
        boolean[] places = new boolean[tt.size()];
        for (Candidate c : candidates) {
            if (c.type == EntityType.LOCATION) {
                Arrays.fill(places, c.firstToken, c.lastToken + 1, true);
            }
        }
        NameSpanFinder.Result found = names.find(tt, consumed, kbWords, places);
        if (!found.absorbed().isEmpty()) {
            boolean[] absorbed = new boolean[tt.size()];
            for (int[] range : found.absorbed()) {
                Arrays.fill(absorbed, range[0], range[1] + 1, true);
            }
            // one pass: a place that became part of an organisation's name is no place of its own
            candidates.removeIf(c -> c.kb != null && absorbed[c.firstToken] && absorbed[c.lastToken]);
        }
        candidates.addAll(found.names());
        return assembler.assemble(tt, candidates, found.singles(), kb);
    }
}
