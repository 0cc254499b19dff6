package io.github.stepadvisor.scenario;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Problem;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.rules.RuleInfo;
import io.github.stepadvisor.rules.RunawayRuleException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs scenarios against one advisor's rules. The command line's {@code test} and the project's
 * own build run scenarios through this one class, so they cannot disagree on what passes.
 */
public final class ScenarioRunner {

    private final StepAdvisor advisor;

    public ScenarioRunner(StepAdvisor advisor) {
        this.advisor = Objects.requireNonNull(advisor, "advisor");
    }

    /** The {@code @id}s of the advice rules a scenario may expect or forbid. */
    public Set<String> adviceIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (RuleInfo rule : advisor.ruleSet().rules()) {
            if (rule.folder().equals("advice")) {
                rule.id().ifPresent(ids::add);
            }
        }
        return ids;
    }

    /** What keeps these scenarios from running at all, each named by file and field. */
    public List<Problem> unrunnable(List<Scenario> scenarios) {
        List<Problem> problems = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            if (scenario.hasPrograms()) {
                problems.add(new Problem(scenario.file() + ": catalogue", "program scenarios need the program list,"
                        + " which this version of the advisor does not have yet"));
            }
        }
        return problems;
    }

    /** The advice for the scenario's applicant, compared with what it expects and forbids. */
    public ScenarioResult run(Scenario scenario) {
        if (scenario.hasPrograms()) {
            throw new IllegalArgumentException(scenario.file() + ": program scenarios need the program list");
        }
        Advice advice;
        try {
            advice = advisor.advise(scenario.applicant());
        } catch (RunawayRuleException e) {
            return new ScenarioResult(scenario, List.of(), List.of(), Optional.of("the rules did not finish: " + e.getMessage()));
        }
        List<String> missing = new ArrayList<>();
        for (ScenarioKey key : scenario.expect()) {
            if (advice.recommendations().stream().noneMatch(key::matches)) {
                missing.add(key.toString());
            }
        }
        Set<String> unexpected = new LinkedHashSet<>();
        for (ScenarioKey key : scenario.forbid()) {
            for (Recommendation recommendation : advice.recommendations()) {
                if (key.matches(recommendation)) {
                    unexpected.add(recommendation.key());
                }
            }
        }
        return new ScenarioResult(scenario, missing, List.copyOf(unexpected), Optional.empty());
    }
}
