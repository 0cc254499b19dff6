package io.github.stepadvisor.rules;

import io.github.stepadvisor.model.ProgramCategory;

import java.util.List;

/**
 * A program's first reason ({@code program-list.md}, "Classification"): its category and what
 * decided it, from the short clauses the factor rules gave when they fired. Only the factors that
 * moved the category are named; every factor still says itself in the reasons that follow.
 *
 * <p>"Reach: a margin of +4 would make it a target, but a failed Step 1 attempt lowers it one level."
 */
final class Verdict {

    private Verdict() {
    }

    /** "Excluded: its published Step 2 CK minimum of 230 closes it to you." */
    static String excluded(List<String> closedBy) {
        return "Excluded: " + Say.join(closedBy) + (closedBy.size() == 1 ? " closes" : " close") + " it to you.";
    }

    /**
     * The verdict of a program that is not excluded.
     *
     * @param basis       what the base level rule saw, e.g. "a margin of +4"
     * @param base        the base level
     * @param adjustments the clause of every adjustment, e.g. "a failed Step 1 attempt lowers it one level"
     * @param sum         the adjustments' levels summed
     * @param clamped     base + sum, clamped to REACH..SAFETY
     * @param caps        the clauses of the caps that lowered the clamped level (the lowest, and any equal to it)
     * @param category    the final category
     */
    static String level(String basis, ProgramCategory base, List<String> adjustments, int sum,
            ProgramCategory clamped, List<String> caps, ProgramCategory category) {
        // Adjustments that cancel out, or push past the end of the scale, decided nothing.
        boolean moved = clamped != base;
        StringBuilder out = new StringBuilder(160).append(name(category)).append(": ").append(basis)
                .append(moved || !caps.isEmpty() ? " would make it " : " makes it ").append(article(base));
        if (moved) {
            out.append(caps.isEmpty() ? ", but " : ", ").append(Say.join(adjustments));
            // SAFETY, TARGET, REACH are declared in level order, one apart.
            int levels = Math.abs(clamped.ordinal() - base.ordinal());
            if (Math.abs(sum) > levels) {
                out.append(" (").append(article(clamped)).append(" is the ")
                        .append(sum < 0 ? "lowest" : "highest").append(" level)");
            }
        }
        if (!caps.isEmpty()) {
            out.append(moved ? ", and " : ", but ").append(Say.join(caps)).append(", so it is at most ")
                    .append(article(category));
        }
        return out.append('.').toString();
    }

    /** "Safety", "Target", "Reach". */
    private static String name(ProgramCategory category) {
        String lower = category.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** "a safety", "a target", "a reach". */
    static String article(ProgramCategory category) {
        return "a " + category.name().toLowerCase(java.util.Locale.ROOT);
    }
}
