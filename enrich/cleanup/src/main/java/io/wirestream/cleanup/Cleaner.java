package io.wirestream.cleanup;

import io.wirestream.cleanup.edit.EditLog;
import io.wirestream.cleanup.edit.Findings;
import io.wirestream.cleanup.edit.LocalEdit;
import io.wirestream.cleanup.language.LanguageDetector;
import io.wirestream.cleanup.rules.Pass;
import io.wirestream.cleanup.rules.PassContext;
import io.wirestream.cleanup.rules.RuleSpec;
import io.wirestream.cleanup.rules.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The cleanup stage's core: repairs translation and encoding artifacts in an article, flags what it will
 * not rewrite, and reports every edit in original-body offsets.
 *
 * <p>The passes run in a fixed order, repeatedly, until a whole round changes nothing (at most
 * {@link #MAX_ROUNDS}); that is what makes the result idempotent even when one repair exposes another
 * (double-encoded mojibake, "&amp;amp;"). Flags are computed once, on the final text. Immutable and
 * thread-safe: one instance can serve every stream thread.
 *
 * <p>The rules are hand-written scans rather than a grammar or spelling library: no library we know
 * repairs machine-translation artifacts with offsets and an audit trail, and generic "fixers" rewrite
 * clean native prose, which is the one thing this stage must never do.
 */
public final class Cleaner {
    static final int MAX_ROUNDS = 4;

    private final CleanupConfig config;
    private final List<Pass> passes;
    private final Set<String> enabled;
    /**
     * For each pass, whether any of its rules is enabled and fits English text, and text in any other language: what
     * {@link #anyAllowed} answers, decided once here instead of by set look-ups for every pass of every round.
     */
    private final boolean[] allowedInEnglish;
    private final boolean[] allowedOtherwise;
    private final LanguageDetector detector = new LanguageDetector();
    /** Off only in tests, to prove the pre-checks never skip a pass that had work to do. */
    private final boolean precheck;

    private Cleaner(CleanupConfig config, boolean precheck) {
        this.config = config;
        this.precheck = precheck;
        this.passes = RuleCatalogue.passes(config);
        Set<String> known = new HashSet<>();
        Set<String> on = new HashSet<>();
        for (Pass p : passes) {
            for (RuleSpec r : p.rules()) {
                known.add(r.id());
                if (!config.disabled().contains(r.id())) {
                    on.add(r.id());
                }
            }
        }
        for (String id : config.disabled()) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("unknown rule id in " + CleanupConfig.RULES_DISABLED + ": " + id
                        + " (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
        }
        this.enabled = Set.copyOf(on);
        this.allowedInEnglish = new boolean[passes.size()];
        this.allowedOtherwise = new boolean[passes.size()];
        for (int k = 0; k < passes.size(); k++) {
            for (RuleSpec r : passes.get(k).rules()) {
                if (enabled.contains(r.id())) {
                    allowedInEnglish[k] = true;
                    allowedOtherwise[k] |= r.scope() == Scope.ANY_LANGUAGE;
                }
            }
        }
    }

    public static Cleaner create(CleanupConfig config) {
        return new Cleaner(config, true);
    }

    /** A cleaner that runs every pass on every text, ignoring {@link Pass#mayRepair}: for tests. */
    static Cleaner withoutPrechecks(CleanupConfig config) {
        return new Cleaner(config, false);
    }

    /**
     * Cleans one article.
     *
     * @param title            nullable
     * @param body             required, non-blank
     * @param declaredLanguage nullable; a hint only, used when the detector is unsure
     * @throws InvalidArticleException for input the cleaner refuses (empty or binary body, ...)
     */
    public CleanResult clean(String title, String body, String declaredLanguage) {
        ArticleGuard.check("body", body, config.maxBodyChars(), true);
        ArticleGuard.check("title", title, config.maxBodyChars(), false);
        String language = detector.detect(body, title, declaredLanguage);
        // the title is cleaned first: the body passes compare against the clean title (see TitleGluePass),
        // which is also what they will see when the output is cleaned again
        String cleanTitle = cleanTitle(title, language);
        Run bodyRun = run(new EditLog(body), cleanTitle, language, false);
        // Cleaning the output again must not edit it. English runs every rule, so English output is a fixed
        // point for any other language's rules as well. Any other verdict must also be the verdict on the
        // CLEAN text, or re-cleaning could pick more rules; repairs rarely move it, and when they do the
        // article is cleaned again under the new one.
        if (!"en".equals(language) && changed(bodyRun.log(), title, cleanTitle)) {
            String after = detector.detect(bodyRun.log().current(), cleanTitle, declaredLanguage);
            if (!after.equals(language)) {
                String otherTitle = cleanTitle(title, after);
                Run otherRun = run(new EditLog(body), otherTitle, after, false);
                String settled = detector.detect(otherRun.log().current(), otherTitle, declaredLanguage);
                // converged on the new verdict, or oscillating: then prefer English, whose output is a fixed
                // point for the other rule sets
                if (settled.equals(after) || "en".equals(after)) {
                    language = after;
                    bodyRun = otherRun;
                    cleanTitle = otherTitle;
                }
            }
        }
        EditLog bodyLog = bodyRun.log();
        List<Flag> flags = flags(bodyRun);

        List<Edit> edits = new ArrayList<>(bodyLog.changes().size());
        for (EditLog.Change c : bodyLog.changes()) {
            edits.add(new Edit(c.rules(), c.origStart(), c.origEnd(), body.substring(c.origStart(), c.origEnd()), c.after()));
        }
        return new CleanResult(cleanTitle, bodyLog.current(), language, edits, flags);
    }

    private String cleanTitle(String title, String language) {
        return title == null ? null : run(new EditLog(title), null, language, true).log().current();
    }

    private static boolean changed(EditLog bodyLog, String title, String cleanTitle) {
        return !bodyLog.changes().isEmpty() || !java.util.Objects.equals(title, cleanTitle);
    }

    /** Every known rule, with whether it is enabled under this configuration. */
    public List<RuleInfo> rules() {
        List<RuleInfo> out = new ArrayList<>();
        for (Pass p : passes) {
            for (RuleSpec r : p.rules()) {
                out.add(new RuleInfo(r.id(), r.description(), r.examples(), enabled.contains(r.id())));
            }
        }
        return out;
    }

    /** The outcome of the repair rounds: the edit log and a context over the final text (caches reused). */
    private record Run(EditLog log, PassContext last) {}

    private Run run(EditLog log, String title, String language, boolean isTitle) {
        Findings findings = new Findings();
        PassContext ctx = new PassContext(log.current(), title, language, enabled, isTitle);
        // Passes after the last one that edited in a round already saw the final text of that round and
        // left it alone; so once a round reaches that pass without a new edit, the text is a fixed point.
        int lastEditor = passes.size() - 1;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int editor = -1;
            for (int k = 0; k < passes.size(); k++) {
                if (round > 0 && editor < 0 && k > lastEditor) {
                    break;
                }
                Pass pass = passes.get(k);
                if (isTitle && !pass.appliesToTitle() || !anyAllowed(k, ctx)) {
                    continue;
                }
                if (precheck && !pass.mayRepair(ctx)) {
                    continue;
                }
                pass.repair(ctx, findings);
                List<LocalEdit> edits = findings.takeEdits();
                if (!edits.isEmpty()) {
                    log.apply(edits);
                    ctx = ctx.withEdits(log.current(), edits);
                    editor = k;
                }
            }
            if (editor < 0) {
                break;
            }
            lastEditor = editor;
        }
        return new Run(log, ctx);
    }

    /**
     * Whether any rule of pass {@code k} is enabled and fits the text's language ({@link PassContext#allows} of
     * some rule): the one place that decides, so a single-rule pass need not ask; a pass with several rules still
     * checks each one it applies.
     */
    private boolean anyAllowed(int k, PassContext ctx) {
        return ctx.isEnglish() ? allowedInEnglish[k] : allowedOtherwise[k];
    }

    private List<Flag> flags(Run run) {
        Findings findings = new Findings();
        EditLog log = run.log();
        PassContext ctx = run.last();
        for (int k = 0; k < passes.size(); k++) {
            Pass pass = passes.get(k);
            if (anyAllowed(k, ctx) && (!precheck || pass.mayInspect(ctx))) {
                pass.inspect(ctx, findings);
            }
        }
        String original = log.original();
        Set<Flag> flags = new LinkedHashSet<>();
        for (Findings.LocalFlag f : findings.takeFlags()) {
            int start = log.originalStart(f.start());
            int end = Math.max(start, log.originalEnd(f.end()));
            flags.add(new Flag(f.rule(), start, end, original.substring(start, end)));
        }
        List<Flag> sorted = new ArrayList<>(flags);
        sorted.sort(Comparator.comparingInt(Flag::start).thenComparingInt(Flag::end).thenComparing(Flag::rule));
        return sorted;
    }
}
