package io.github.stepadvisor.scenario;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.format.CatalogueReader;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.PracticeForm;
import io.github.stepadvisor.model.ProgramCategory;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Stage;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioRunnerTest {

    private static final ScenarioRunner RUNNER = new ScenarioRunner(StepAdvisor.builtIn());

    /** Step 1 in 26 days, two NBMEs of 208 (passing 196 + 12), aiming at dermatology and psychiatry. */
    private static final Applicant TWELVE_ABOVE = Applicant.builder().usCitizenImg().asOf("2026-11-24")
            .stage(Stage.PRECLINICAL).planned(Exam.STEP_1, "2026-12-20")
            .practice(Exam.STEP_1, PracticeForm.NBME, "2026-11-01", 208)
            .practice(Exam.STEP_1, PracticeForm.NBME, "2026-11-15", 208)
            .target(Specialty.DERMATOLOGY, Specialty.PSYCHIATRY).build();

    private static Scenario scenario(List<String> expect, List<String> forbid) {
        return new Scenario(Path.of("s.json"), "Twelve above", TWELVE_ABOVE, keys(expect), keys(forbid));
    }

    private static List<ScenarioKey> keys(List<String> texts) {
        return texts.stream().map(ScenarioKey::parse).toList();
    }

    @Test
    void aScenarioWhoseExpectationsHoldPasses() {
        ScenarioResult result = RUNNER.run(scenario(List.of("step1.readiness.go", "step2.target.goal@PSYCHIATRY"),
                List.of("step1.readiness.delay", "step2.target.goal@PEDIATRICS")));

        assertThat(result.passed()).isTrue();
        assertThat(result.line()).isEqualTo("PASS Twelve above");
    }

    @Test
    void aFailureNamesWhatIsMissingAndWhatIsUnexpected() {
        ScenarioResult result = RUNNER.run(scenario(List.of("step1.readiness.delay", "step1.readiness.go"),
                List.of("step1.readiness.go")));

        assertThat(result.passed()).isFalse();
        assertThat(result.missing()).containsExactly("step1.readiness.delay");
        assertThat(result.unexpected()).containsExactly("step1.readiness.go");
        assertThat(result.line()).isEqualTo("FAIL Twelve above: missing step1.readiness.delay; unexpected step1.readiness.go");
    }

    @Test
    void aSubjectMustMatchWhenGivenAndAForbiddenIdIsReportedWithTheSubjectsItWasGivenFor() {
        ScenarioResult result = RUNNER.run(scenario(List.of("step2.target.goal@PEDIATRICS"),
                List.of("step2.target.goal")));

        assertThat(result.missing()).containsExactly("step2.target.goal@PEDIATRICS");
        assertThat(result.unexpected()).containsExactly("step2.target.goal@DERMATOLOGY", "step2.target.goal@PSYCHIATRY");
    }

    @Test
    void theIdsAScenarioMayNameAreThoseOfAdviceAndOfTheProgramListsAdvice() {
        assertThat(RUNNER.ids()).contains("step1.readiness.go", "principle.last-attempt", "programs.too-few")
                .noneMatch(id -> id.startsWith("program."));
    }

    @Test
    void aProgramScenarioChecksTheCategoryOfEachProgramAndTheListsAdvice() {
        Path catalogue = Path.of("catalogues/fictional-sample.csv");
        Scenario programs = new Scenario(Path.of("p.json"), "Programs", TWELVE_ABOVE,
                keys(List.of("programs.no-score", "programs.estimated-score")), keys(List.of("programs.empty")),
                Optional.of(catalogue), CatalogueReader.read(catalogue), Map.of(
                        "FICT-DE-001", ProgramCategory.REACH,
                        "FICT-PS-001", ProgramCategory.SAFETY,
                        "FICT-IM-001", ProgramCategory.SAFETY));

        ScenarioResult result = RUNNER.run(programs);

        assertThat(result.missing()).containsExactly("programs.estimated-score");
        assertThat(result.unexpected()).isEmpty();
        assertThat(result.programs()).containsExactlyInAnyOrder(
                "FICT-PS-001 is TARGET, expected SAFETY",
                "FICT-IM-001 is not listed (its specialty is not a target), expected SAFETY");
        assertThat(result.line()).startsWith("FAIL Programs: missing programs.estimated-score; programs FICT-");
    }

    @Test
    void keysReadAsScenarioFilesWriteThem() {
        assertThat(Arrays.asList("step1.readiness.go", "step2.target.goal@DERMATOLOGY"))
                .allSatisfy(text -> assertThat(ScenarioKey.parse(text)).hasToString(text));
    }
}
