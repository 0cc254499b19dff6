package io.github.stepadvisor.scenario;

import io.github.stepadvisor.RuleInfo;
import io.github.stepadvisor.RunawayRuleException;
import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.model.Category;
import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Problem;
import io.github.stepadvisor.model.ProgramCategory;
import io.github.stepadvisor.model.ProgramList;
import io.github.stepadvisor.model.ProgramResult;
import io.github.stepadvisor.model.Recommendation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs scenarios against one advisor's rules. The command line's {@code test} and the project's
 * own build run scenarios through this one class, so they cannot disagree on what passes.
 */
public final class ScenarioRunner {

    private final StepAdvisor advisor;

    public ScenarioRunner(StepAdvisor advisor) {
        this.advisor = Objects.requireNonNull(advisor, "advisor");
    }

    /**
     * The {@code @id}s a scenario may expect or forbid: those of the advice rules, and those of
     * the program list's advice ({@code programs.*}, for scenarios with a catalogue). The ids of
     * the classification factors are not recommendations; {@code expectPrograms} tests them.
     */
    public Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        for (RuleInfo rule : advisor.ruleSet().rules()) {
            rule.id().filter(id -> rule.folder().equals("advice") || Category.ofId(id).orElse(null) == Category.PROGRAMS)
                    .ifPresent(ids::add);
        }
        return ids;
    }

    /** The advice (and program list) for the scenario's applicant, compared with what it expects. */
    public ScenarioResult run(Scenario scenario) {
        List<Recommendation> given;
        Optional<ProgramList> list = Optional.empty();
        try {
            given = new ArrayList<>(advisor.advise(scenario.applicant()).recommendations());
            if (scenario.hasPrograms()) {
                list = Optional.of(advisor.programs(scenario.applicant(), scenario.programs()));
                given.addAll(list.get().recommendations());
            }
        } catch (RunawayRuleException e) {
            return new ScenarioResult(scenario, List.of(), List.of(), List.of(),
                    Optional.of("the rules did not finish: " + e.getMessage()));
        } catch (InvalidInputException e) {
            return new ScenarioResult(scenario, List.of(), List.of(), List.of(),
                    Optional.of("the rules could not advise: " + e.problems().stream().map(Problem::toString)
                            .collect(Collectors.joining("; "))));
        }
        List<String> missing = new ArrayList<>();
        for (ScenarioKey key : scenario.expect()) {
            if (given.stream().noneMatch(key::matches)) {
                missing.add(key.toString());
            }
        }
        Set<String> unexpected = new LinkedHashSet<>();
        for (ScenarioKey key : scenario.forbid()) {
            for (Recommendation recommendation : given) {
                if (key.matches(recommendation)) {
                    unexpected.add(recommendation.key());
                }
            }
        }
        List<String> programs = new ArrayList<>();
        for (Map.Entry<String, ProgramCategory> expected : scenario.expectPrograms().entrySet()) {
            Optional<ProgramResult> result = list.flatMap(l -> l.program(expected.getKey()));
            if (result.isEmpty()) {
                programs.add(expected.getKey() + " is not listed (its specialty is not a target), expected "
                        + expected.getValue());
            } else if (result.get().category() != expected.getValue()) {
                programs.add(expected.getKey() + " is " + result.get().category() + ", expected " + expected.getValue());
            }
        }
        return new ScenarioResult(scenario, missing, List.copyOf(unexpected), programs, Optional.empty());
    }
}
