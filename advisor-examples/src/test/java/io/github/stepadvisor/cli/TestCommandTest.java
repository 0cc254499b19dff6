package io.github.stepadvisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TestCommandTest {

    private static final String PROJECT_SCENARIOS = "scenarios";

    @TempDir
    Path folder;

    /** A scenario of the walkthrough's profile (Step 1 practice scores 12 above passing, no USCE). */
    static String twelveAbove(String name, String expectations) {
        return """
                {"name": "%s",
                 "profile": {"asOf": "2026-11-24", "citizenship": "US_CITIZEN", "education": "IMG", "stage": "PRECLINICAL",
                             "plannedExams": [{"exam": "STEP_1", "date": "2026-12-20"}],
                             "practiceTests": [{"exam": "STEP_1", "form": "NBME", "date": "2026-11-01", "score": 208},
                                               {"exam": "STEP_1", "form": "NBME", "date": "2026-11-15", "score": 208}]},
                 %s}
                """.formatted(name, expectations);
    }

    @Test
    void theProjectScenariosAllPassWithOneLineEachAndASummary() throws IOException {
        long files;
        try (var walk = Files.walk(Path.of(PROJECT_SCENARIOS))) {
            files = walk.filter(f -> f.toString().endsWith(".json")).count();
        }

        Cli.Result result = Cli.run("test", PROJECT_SCENARIOS);

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines()).hasSize((int) files + 1);
        assertThat(result.outLines().subList(0, (int) files)).allMatch(line -> line.startsWith("PASS "));
        assertThat(result.outLines()).last().isEqualTo(files + " passed, 0 failed");
    }

    @Test
    void aFailingScenarioIsNamedWithWhatWasMissingAndUnexpectedAndExitsOne() throws IOException {
        Files.writeString(folder.resolve("a-go.json"), twelveAbove("Twelve above is a go",
                "\"expect\": [\"step1.readiness.go\"], \"forbid\": [\"step1.readiness.delay\"]"));
        Files.writeString(folder.resolve("b-wrong.json"), twelveAbove("Twelve above is a delay (wrong)",
                "\"expect\": [\"step1.readiness.delay\"], \"forbid\": [\"step1.readiness.go\"]"));

        Cli.Result result = Cli.run("test", folder.toString());

        assertThat(result.exit()).isEqualTo(TestCommand.FAILED);
        assertThat(result.out()).isEqualTo("""
                PASS Twelve above is a go
                FAIL Twelve above is a delay (wrong): missing step1.readiness.delay; unexpected step1.readiness.go
                1 passed, 1 failed
                """);
    }

    @Test
    void anInvalidScenarioRunsNothingAndNamesEveryProblemWithFileAndPath() throws IOException {
        Path good = Files.writeString(folder.resolve("good.json"), twelveAbove("Good", "\"expect\": [\"step1.readiness.go\"]"));
        Path bad = Files.writeString(folder.resolve("bad.json"), twelveAbove("Bad",
                "\"expect\": [\"step1.readiness.goo\"], \"forbids\": []").replace("208}]", "2080}]"));

        Cli.Result result = Cli.run("test", folder.toString());

        assertThat(result.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(
                bad + ": forbids: unknown field (did you mean 'forbid'?)",
                bad + ": expect[0]: 'step1.readiness.goo' is the @id of no advice rule in the rule set (did you mean 'step1.readiness.go'?)",
                bad + ": profile.practiceTests[1].score: 2080 is outside 1-300",
                "advisor test: 3 problems; nothing was run");
        assertThat(good).exists();
    }

    @Test
    void aRuleSetThatCannotBeLoadedRunsNothing() throws IOException {
        Files.writeString(folder.resolve("go.json"), twelveAbove("Go", "\"expect\": [\"step1.readiness.go\"]"));
        Path missing = folder.resolve("no-rules");

        Cli.Result result = Cli.run("test", folder.toString(), "--rules", missing.toString());

        assertThat(result.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(missing + ": is not a folder",
                "advisor test: 1 problem; the rule set does not compile; run 'validate' on it");
    }

    @Test
    void aProgramScenarioClassifiesItsCatalogueAndNamesAProgramInTheWrongCategory() throws IOException {
        Files.copy(Path.of("catalogues/fictional-sample.csv"), folder.resolve("programs.csv"));
        Files.writeString(folder.resolve("programs.json"), twelveAbove("Programs without a score",
                "\"catalogue\": \"programs.csv\", \"expect\": [\"programs.no-score\"],"
                        + " \"expectPrograms\": {\"FICT-DE-001\": \"REACH\", \"FICT-EM-001\": \"SAFETY\"}")
                .replace("\"stage\": \"PRECLINICAL\",", "\"stage\": \"PRECLINICAL\", \"targetSpecialties\": [\"DERMATOLOGY\", \"EMERGENCY_MEDICINE\"],"));

        Cli.Result result = Cli.run("test", folder.toString());

        assertThat(result.exit()).isEqualTo(TestCommand.FAILED);
        assertThat(result.outLines()).containsExactly(
                "FAIL Programs without a score: programs FICT-EM-001 is EXCLUDED, expected SAFETY", "0 passed, 1 failed");
    }

    @Test
    void anEmptyFolderIsAnErrorNotASilentPass() {
        Cli.Result result = Cli.run("test", folder.toString());

        assertThat(result.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(result.errLines()).containsExactly(folder + ": holds no scenario (*.json file)",
                "advisor test: 1 problem; nothing was run");
    }
}
