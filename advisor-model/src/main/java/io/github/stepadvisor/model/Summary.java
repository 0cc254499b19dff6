package io.github.stepadvisor.model;

import java.util.List;
import java.util.Objects;

/**
 * The advice "at a glance" ({@code heuristics.md}): where the applicant stands, in at most five
 * fact lines, and the first three HIGH or MEDIUM recommendations as next steps. A fact that
 * several recommendations rest on is said here once instead of in each of them.
 */
public record Summary(List<String> standing, List<NextStep> nextSteps) {

    /** At most this many standing lines. */
    public static final int MAX_STANDING = 5;
    /** At most this many next steps. */
    public static final int MAX_NEXT_STEPS = 3;

    /** A next step: the id and title of a HIGH or MEDIUM recommendation. */
    public record NextStep(String id, String title) {
        public NextStep {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
        }
    }

    public Summary {
        standing = List.copyOf(standing);
        nextSteps = List.copyOf(nextSteps);
        if (standing.size() > MAX_STANDING) {
            throw new IllegalArgumentException("at most " + MAX_STANDING + " standing lines, got " + standing.size());
        }
        if (nextSteps.size() > MAX_NEXT_STEPS) {
            throw new IllegalArgumentException("at most " + MAX_NEXT_STEPS + " next steps, got " + nextSteps.size());
        }
    }

    /** The summary of recommendations already in the advice's order, with these standing lines. */
    public static Summary of(List<String> standing, List<Recommendation> ordered) {
        List<NextStep> next = ordered.stream()
                .filter(r -> r.priority() != Priority.LOW)
                .limit(MAX_NEXT_STEPS)
                .map(r -> new NextStep(r.id(), r.title()))
                .toList();
        return new Summary(standing, next);
    }
}
