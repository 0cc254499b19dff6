package io.github.stepadvisor.model;

import java.util.List;
import java.util.Objects;

/**
 * Why a recommendation was given: the rule that fired, the file it is written in, and what it
 * matched, one {@link Matched} per bound fact or derived value (e.g. {@code $window} with
 * {@code NBME 201 on 2026-10-01, NBME 204 on 2026-10-15}), sorted by name, then one per
 * applicant's term its conditions read, in the rule's order (e.g. {@code step2Score} with
 * {@code 241}).
 */
public record Explanation(String rule, String file, List<Matched> matched) {

    public Explanation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(file, "file");
        matched = List.copyOf(matched);
    }

    /**
     * One value a rule's match turned on: a binding's name ({@code $window}) or a term its
     * conditions read ({@code step2Score}, {@code daysUntil(STEP_2_CK)}), and the value as text.
     */
    public record Matched(String name, String value) {

        public Matched {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }

        /** {@code name = value}, as a person reads it. */
        public String line() {
            return name + " = " + value;
        }
    }
}
