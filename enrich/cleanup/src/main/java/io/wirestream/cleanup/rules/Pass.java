package io.wirestream.cleanup.rules;

import io.wirestream.cleanup.edit.Findings;
import java.util.List;

/**
 * One scan over the text implementing one or more named rules (several when they share the scan, as the
 * trailer kinds do). {@link #repair} reports rewrites, run repeatedly until the text is stable;
 * {@link #inspect} reports flags, run once over the final text.
 */
public interface Pass {

    /** The named rules this pass implements. */
    List<RuleSpec> rules();

    /** Whether this pass also applies to titles (single line, no trailers or layout). */
    default boolean appliesToTitle() {
        return false;
    }

    /**
     * Whether {@link #repair} can find anything in this text, judged from {@code ctx.profile()}; a cheap
     * pre-check so the pass is skipped on text without its trigger characters. Must never say no wrongly.
     */
    default boolean mayRepair(PassContext ctx) {
        return true;
    }

    /** As {@link #mayRepair}, for {@link #inspect}. */
    default boolean mayInspect(PassContext ctx) {
        return true;
    }

    /** Reports rewrites against {@code ctx.text()} into {@code out}. */
    default void repair(PassContext ctx, Findings out) {}

    /** Reports problems it will not rewrite against {@code ctx.text()} into {@code out}. */
    default void inspect(PassContext ctx, Findings out) {}
}
