package io.github.stepadvisor.scenario;

import io.github.stepadvisor.Catalogue;
import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.model.Category;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The project's own scenarios (advisor-examples/scenarios/), run through the same runner as
 * {@code advisor test}: every one must pass, and together they must expect and forbid every
 * advice rule of the catalogue, so no rule can change behaviour unnoticed.
 */
class ProjectScenariosTest {

    static final Path FOLDER = Path.of("scenarios");
    private static final ScenarioRunner RUNNER = new ScenarioRunner(StepAdvisor.builtIn());

    private static List<Scenario> scenarios() {
        return ScenarioFile.readAll(FOLDER, RUNNER.ids());
    }

    @TestFactory
    Stream<DynamicTest> everyProjectScenarioPasses() {
        return scenarios().stream().map(scenario -> dynamicTest(
                scenario.file().getFileName() + ": " + scenario.name(), scenario.file().toUri(), () -> {
                    ScenarioResult result = RUNNER.run(scenario);
                    assertThat(result.passed()).as(result.line()).isTrue();
                }));
    }

    @Test
    void everyAdviceRuleHasAScenarioExpectingItAndOneForbiddingIt() {
        List<Scenario> scenarios = scenarios();
        Set<String> expected = ids(scenarios, Scenario::expect);
        Set<String> forbidden = ids(scenarios, Scenario::forbid);

        List<String> gaps = new ArrayList<>();
        for (String id : catalogueAdviceIds()) {
            if (!expected.contains(id)) {
                gaps.add(id + ": no scenario expects it");
            }
            if (!forbidden.contains(id)) {
                gaps.add(id + ": no scenario forbids it");
            }
        }

        assertThat(gaps).as("advice rules the scenarios in " + FOLDER + " leave untested").isEmpty();
    }

    @Test
    void theGuardChecksEveryAdviceIdOfTheCatalogueAndNoProgramId() {
        List<String> ids = catalogueAdviceIds();

        assertThat(ids).contains("context.us-citizen-img", "step1.readiness.go", "principle.last-attempt")
                .noneMatch(id -> id.startsWith("program.") || id.startsWith("programs."));
        assertThat(ids).hasSize((int) Catalogue.ids().stream()
                .filter(id -> !id.startsWith("program.") && !id.startsWith("programs.")).count());
    }

    @Test
    void theProjectHasEnoughScenariosToReadAsExamples() {
        assertThat(scenarios()).hasSizeBetween(25, 80)
                .allSatisfy(s -> assertThat(s.file().getFileName().toString()).matches("[a-z0-9-]+\\.json"));
    }

    /** Catalogue ids of the advice categories: the ones {@code advise} gives, not the program list's. */
    static List<String> catalogueAdviceIds() {
        return Catalogue.ids().stream()
                .filter(id -> Category.ofId(id).filter(c -> c != Category.PROGRAMS).isPresent())
                .toList();
    }

    private static Set<String> ids(List<Scenario> scenarios, Function<Scenario, List<ScenarioKey>> keys) {
        return scenarios.stream().flatMap(s -> keys.apply(s).stream()).map(ScenarioKey::id).collect(Collectors.toSet());
    }
}
