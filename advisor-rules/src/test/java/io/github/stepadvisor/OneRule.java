package io.github.stepadvisor;

import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Applicant;

import java.time.LocalDate;

/**
 * One built-in rule tested alone: the advice its firing gives for an applicant, with every other
 * rule silent, so a test of a rule does not depend on what the others add or take away (a rule
 * that waits for another's absence fires here when its own conditions hold). Explained, so the
 * test can read what the rule matched.
 */
public final class OneRule {

    private OneRule() {
    }

    /** The advice of the built-in rule named {@code name} alone, for {@code applicant} on {@code asOf}. */
    public static Advice advise(String name, Applicant applicant, LocalDate asOf) {
        boolean known = StepAdvisor.builtIn().ruleSet().rules().stream().anyMatch(r -> r.name().equals(name));
        if (!known) {
            throw new IllegalArgumentException("no built-in rule is named \"" + name + "\"");
        }
        return StepAdvisor.builtIn().adviseWithOnly(applicant, asOf, rule -> rule.getName().equals(name));
    }
}
