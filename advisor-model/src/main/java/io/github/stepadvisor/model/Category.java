package io.github.stepadvisor.model;

import java.util.Optional;

/**
 * The topic of a recommendation, named by its id's prefix. Declaration order is the catalogue's
 * sort order.
 */
public enum Category {
    /** First: "this is your last attempt" must not sit below six other items of its priority. */
    PRINCIPLE("principle."),
    CONTEXT("context."),
    STEP1_TIMING("step1.timing."),
    STEP1_PREP("step1.prep."),
    STEP1_READINESS("step1.readiness."),
    STEP1_NARRATIVE("step1.narrative."),
    STEP2_TIMING("step2.timing."),
    STEP2_TARGET("step2.target."),
    STEP2_PREP("step2.prep."),
    STEP2_READINESS("step2.readiness."),
    STEP2_NARRATIVE("step2.narrative."),
    REDEMPTION("redemption."),
    SPECIALTY("specialty."),
    APPLICATION("application."),
    TIMELINE("timeline."),
    /** Advice about a program list as a whole (program-list.md). */
    PROGRAMS("programs.");

    private final String prefix;

    Category(String prefix) {
        this.prefix = prefix;
    }

    /** The id prefix of this category, with its trailing dot, e.g. {@code "step1.readiness."}. */
    public String prefix() {
        return prefix;
    }

    /** The category an id belongs to, or empty when its prefix names none. */
    public static Optional<Category> ofId(String id) {
        for (Category category : values()) {
            if (id.startsWith(category.prefix) && id.length() > category.prefix.length()) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
