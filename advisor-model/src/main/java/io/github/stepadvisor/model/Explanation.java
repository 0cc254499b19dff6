package io.github.stepadvisor.model;

import java.util.List;
import java.util.Objects;

/**
 * Why a recommendation was given: the rule that fired, the file it is written in, and what it
 * matched, one {@code name = value} line per bound fact or derived value (e.g.
 * {@code $window = NBME 201 on 2026-10-01, NBME 204 on 2026-10-15}), sorted by name, then one
 * per applicant's term its conditions read, in the rule's order (e.g. {@code step2Score = 241}).
 */
public record Explanation(String rule, String file, List<String> matched) {

    public Explanation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(file, "file");
        matched = List.copyOf(matched);
    }
}
