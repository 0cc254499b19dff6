package io.github.stepadvisor.scenario;

import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Problem;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioFileTest {

    private static final Set<String> IDS = Set.of("step1.readiness.go", "step1.readiness.delay", "step2.target.goal",
            "timeline.preclinical");

    private static final String PROFILE = """
            {"asOf": "2026-11-24", "citizenship": "US_CITIZEN", "education": "IMG", "stage": "PRECLINICAL",
             "plannedExams": [{"exam": "STEP_1", "date": "2026-12-20"}],
             "practiceTests": [{"exam": "STEP_1", "form": "NBME", "date": "2026-11-01", "score": 208},
                               {"exam": "STEP_1", "form": "NBME", "date": "2026-11-15", "score": 208}]}""";

    @TempDir
    Path folder;

    private Path write(String name, String json) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
        return file;
    }

    private static String scenario(String name, String rest) {
        return "{\"name\": \"" + name + "\", \"profile\": " + PROFILE + (rest.isEmpty() ? "" : ", " + rest) + "}";
    }

    private static List<String> problems(Runnable read) {
        try {
            read.run();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected the scenario to be refused");
    }

    @Test
    void aScenarioGivesItsNameApplicantAndTheKeysItExpectsAndForbids() throws IOException {
        Path file = write("go.json", scenario("Twelve above is a go",
                "\"expect\": [\"step1.readiness.go\"], \"forbid\": [\"step1.readiness.delay\", \"step2.target.goal@DERMATOLOGY\"]"));

        Scenario read = ScenarioFile.read(file, IDS);

        assertThat(read.name()).isEqualTo("Twelve above is a go");
        assertThat(read.file()).isEqualTo(file);
        assertThat(read.applicant().stage()).isEqualTo(Stage.PRECLINICAL);
        assertThat(read.expect()).containsExactly(new ScenarioKey("step1.readiness.go", Optional.empty()));
        assertThat(read.forbid()).containsExactly(new ScenarioKey("step1.readiness.delay", Optional.empty()),
                new ScenarioKey("step2.target.goal", Optional.of(Specialty.DERMATOLOGY)));
        assertThat(read.hasPrograms()).isFalse();
    }

    @Test
    void anUnknownFieldIsRefusedWithItsFileAndPathAndASuggestion() throws IOException {
        Path file = write("typo.json", scenario("Typo", "\"expected\": [\"step1.readiness.go\"]"));

        assertThat(problems(() -> ScenarioFile.read(file, IDS)))
                .contains(file + ": expected: unknown field (did you mean 'expect'?)");
    }

    @Test
    void aProfileProblemIsNamedByItsPathInsideTheProfile() throws IOException {
        Path file = write("bad-profile.json", scenario("Bad profile", "\"expect\": [\"step1.readiness.go\"]")
                .replace("\"score\": 208}]", "\"score\": 312}]").replace("\"stage\": \"PRECLINICAL\"", "\"stage\": \"preclinical\""));

        assertThat(problems(() -> ScenarioFile.read(file, IDS))).containsExactlyInAnyOrder(
                file + ": profile.stage: 'preclinical' is not one of PRECLINICAL, CLINICAL, GRADUATED (did you mean PRECLINICAL? values are upper case)",
                file + ": profile.practiceTests[1].score: 312 is outside 1-300");
    }

    @Test
    void aScenarioMustFixItsDateSoItGivesTheSameResultEveryDay() throws IOException {
        Path file = write("undated.json", scenario("Undated", "\"expect\": [\"timeline.preclinical\"]")
                .replace("\"asOf\": \"2026-11-24\", ", "").replace("2026-12-20", "2099-12-20"));

        assertThat(problems(() -> ScenarioFile.read(file, IDS))).containsExactly(
                file + ": profile.asOf: is required in a scenario, so that it gives the same result on every day");
    }

    @Test
    void anIdThatNoRuleCarriesIsRefusedWithTheNearestOne() throws IOException {
        Path file = write("unknown.json", scenario("Unknown", "\"forbid\": [\"step1.readines.go\"]"));

        assertThat(problems(() -> ScenarioFile.read(file, IDS))).containsExactly(file
                + ": forbid[0]: 'step1.readines.go' is the @id of no advice rule in the rule set (did you mean 'step1.readiness.go'?)");
    }

    @Test
    void aSubjectMustBeASpecialtyAndAnIdMustBeText() throws IOException {
        Path file = write("subject.json", scenario("Subject", "\"expect\": [\"step2.target.goal@DERM\", 3, \"\"]"));

        assertThat(problems(() -> ScenarioFile.read(file, IDS)))
                .anySatisfy(p -> assertThat(p).startsWith(file + ": expect[0]: 'DERM' after @ is not a specialty; expected one of DERMATOLOGY,"))
                .contains(file + ": expect[1]: expected text, found 3")
                .anySatisfy(p -> assertThat(p).startsWith(file + ": expect[2]: expected a recommendation id"));
    }

    @Test
    void anIdCannotBeBothExpectedAndForbiddenButOneSubjectOfItCanBeForbidden() throws IOException {
        Path contradiction = write("contradiction.json", scenario("Contradiction",
                "\"expect\": [\"step2.target.goal@PSYCHIATRY\"], \"forbid\": [\"step2.target.goal\"]"));
        Path otherSubject = write("other-subject.json", scenario("Other subject",
                "\"expect\": [\"step2.target.goal\"], \"forbid\": [\"step2.target.goal@DERMATOLOGY\"]"));

        assertThat(problems(() -> ScenarioFile.read(contradiction, IDS))).containsExactly(contradiction
                + ": forbid[0]: 'step2.target.goal' forbids what expect asks for ('step2.target.goal@PSYCHIATRY')");
        assertThat(ScenarioFile.read(otherSubject, IDS).forbid()).hasSize(1);
    }

    @Test
    void anIdGivenTwiceInOneListIsRefused() throws IOException {
        Path file = write("twice.json", scenario("Twice", "\"expect\": [\"step1.readiness.go\", \"step1.readiness.go\"]"));

        assertThat(problems(() -> ScenarioFile.read(file, IDS)))
                .containsExactly(file + ": expect[1]: 'step1.readiness.go' is already given at expect[0]");
    }

    @Test
    void aScenarioThatExpectsNothingCouldNeverFailAndIsRefused() throws IOException {
        Path file = write("empty.json", scenario("Nothing", "\"expect\": [], \"forbid\": []"));

        assertThat(problems(() -> ScenarioFile.read(file, IDS))).singleElement()
                .satisfies(p -> assertThat(p).startsWith(file + ": expects nothing"));
    }

    @Test
    void aNameAndAProfileAreRequired() throws IOException {
        Path file = write("bare.json", "{\"expect\": [\"step1.readiness.go\"]}");

        assertThat(problems(() -> ScenarioFile.read(file, IDS)))
                .containsExactly(file + ": name: is required", file + ": profile: is required");
    }

    @Test
    void invalidJsonIsRefusedWithItsLine() throws IOException {
        Path file = write("broken.json", "{\"name\": \"Broken\",\n \"expect\": [\"step1.readiness.go\",]\n}");

        assertThat(problems(() -> ScenarioFile.read(file, IDS))).singleElement()
                .satisfies(p -> assertThat(p).startsWith(file + ": ").contains("line 2"));
    }

    @Test
    void aFolderIsReadRecursivelyInPathOrder() throws IOException {
        write("b.json", scenario("B", "\"expect\": [\"step1.readiness.go\"]"));
        write("a/z.json", scenario("A/Z", "\"expect\": [\"step1.readiness.go\"]"));
        write("notes.txt", "not a scenario");

        assertThat(ScenarioFile.readAll(folder, IDS)).extracting(Scenario::name).containsExactly("A/Z", "B");
    }

    @Test
    void everyProblemOfEveryFileIsReportedAndNamesMustBeUnique() throws IOException {
        Path first = write("first.json", scenario("Same", "\"expect\": [\"step1.readiness.go\"]"));
        Path second = write("second.json", scenario("Same", "\"expect\": [\"step1.readiness.go\"]"));
        Path third = write("third.json", scenario("Third", "\"expect\": [\"nope\"]"));

        assertThat(problems(() -> ScenarioFile.readAll(folder, IDS))).containsExactly(
                second + ": name: 'Same' is also the name of " + first + "; results are reported by name, so each must be unique",
                third + ": expect[0]: 'nope' is the @id of no advice rule in the rule set");
    }

    @Test
    void aFolderWithoutScenariosAndAMissingFolderAreRefused() {
        assertThat(problems(() -> ScenarioFile.readAll(folder, IDS)))
                .containsExactly(folder + ": holds no scenario (*.json file)");
        assertThat(problems(() -> ScenarioFile.readAll(folder.resolve("missing"), IDS)))
                .containsExactly(folder.resolve("missing") + ": no such folder");
    }

    @Test
    void oneFileCanBeGivenInsteadOfAFolder() throws IOException {
        Path file = write("one.json", scenario("One", "\"expect\": [\"step1.readiness.go\"]"));

        assertThat(ScenarioFile.readAll(file, IDS)).extracting(Scenario::name).containsExactly("One");
    }

    @Test
    void aProgramScenarioNamesItsCatalogueBesideItAndTheCategoryOfEachProgram() throws IOException {
        write("lists/programs.csv", "id,name,specialty,state,setting\n");
        Path file = write("lists/programs.json", scenario("Programs",
                "\"catalogue\": \"programs.csv\", \"expectPrograms\": {\"FICT-IM-01\": \"SAFETY\", \"FICT-FM-02\": \"REACH\"}"));

        Scenario read = ScenarioFile.read(file, IDS);

        assertThat(read.catalogue()).contains(folder.resolve("lists/programs.csv"));
        assertThat(read.expectPrograms()).containsExactly(java.util.Map.entry("FICT-IM-01", "SAFETY"),
                java.util.Map.entry("FICT-FM-02", "REACH"));
        assertThat(read.hasPrograms()).isTrue();
    }

    @Test
    void aCatalogueAndExpectProgramsGoTogetherAndAreChecked() throws IOException {
        Path noExpectations = write("no-expectations.json", scenario("No expectations",
                "\"expect\": [\"timeline.preclinical\"], \"catalogue\": \"missing.csv\""));
        Path noCatalogue = write("no-catalogue.json", scenario("No catalogue",
                "\"expectPrograms\": {\"FICT-IM-01\": \"SAFE\"}"));

        assertThat(problems(() -> ScenarioFile.read(noExpectations, IDS))).containsExactly(
                noExpectations + ": catalogue: no such file: " + folder.resolve("missing.csv")
                        + " (the path is relative to the scenario file)",
                noExpectations + ": expectPrograms: is required with a catalogue: the category each program must get");
        assertThat(problems(() -> ScenarioFile.read(noCatalogue, IDS))).containsExactly(
                noCatalogue + ": expectPrograms.FICT-IM-01: 'SAFE' is not one of SAFETY, TARGET, REACH, EXCLUDED",
                noCatalogue + ": catalogue: is required with expectPrograms: the catalogue file (CSV or JSON) those programs are in");
    }
}
