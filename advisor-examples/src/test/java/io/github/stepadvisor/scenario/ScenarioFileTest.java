package io.github.stepadvisor.scenario;

import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Problem;
import io.github.stepadvisor.model.Program;
import io.github.stepadvisor.model.ProgramCategory;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    private static final String CATALOGUE = """
            id,name,specialty,state,setting,imgShare,step2Median
            FICT-IM-01,Lakeshore Internal Medicine,INTERNAL_MEDICINE,OH,COMMUNITY,42,232
            FICT-FM-02,Prairie Family Medicine,FAMILY_MEDICINE,IL,COMMUNITY,38,229
            """;

    @Test
    void aProgramScenarioReadsItsCatalogueBesideItAndTheCategoryOfEachProgram() throws IOException {
        write("lists/programs.csv", CATALOGUE);
        Path file = write("lists/programs.json", scenario("Programs",
                "\"catalogue\": \"programs.csv\", \"expectPrograms\": {\"FICT-IM-01\": \"SAFETY\", \"FICT-FM-02\": \"REACH\"},"
                        + " \"expect\": [\"programs.no-score\"]"));

        Scenario read = ScenarioFile.read(file, Set.of("programs.no-score"));

        assertThat(read.catalogue()).contains(folder.resolve("lists/programs.csv"));
        assertThat(read.programs()).extracting(Program::id).containsExactly("FICT-IM-01", "FICT-FM-02");
        assertThat(read.expectPrograms()).containsExactly(Map.entry("FICT-IM-01", ProgramCategory.SAFETY),
                Map.entry("FICT-FM-02", ProgramCategory.REACH));
        assertThat(read.hasPrograms()).isTrue();
    }

    @Test
    void expectProgramsNeedsACatalogueThatHoldsItsProgramsAndCategoriesItKnows() throws IOException {
        write("programs.csv", CATALOGUE);
        Path noCatalogue = write("no-catalogue.json", scenario("No catalogue",
                "\"expectPrograms\": {\"FICT-IM-01\": \"SAFE\"}"));
        Path unknownProgram = write("unknown-program.json", scenario("Unknown program",
                "\"catalogue\": \"programs.csv\", \"expectPrograms\": {\"FICT-IM-99\": \"SAFETY\"}"));

        assertThat(problems(() -> ScenarioFile.read(noCatalogue, IDS))).containsExactly(
                noCatalogue + ": expectPrograms.FICT-IM-01: 'SAFE' is not one of SAFETY, TARGET, REACH, EXCLUDED",
                noCatalogue + ": catalogue: is required with expectPrograms: the catalogue file (CSV or JSON) those programs are in");
        assertThat(problems(() -> ScenarioFile.read(unknownProgram, IDS))).containsExactly(
                unknownProgram + ": expectPrograms.FICT-IM-99: no program of " + folder.resolve("programs.csv") + " has this id");
    }

    @Test
    void aCatalogueThatCannotBeReadIsNamedWithItsOwnFileAndLine() throws IOException {
        write("bad.csv", CATALOGUE.replace("OH,COMMUNITY", "ZZ,COMMUNITY"));
        Path missing = write("missing.json", scenario("Missing", "\"catalogue\": \"nowhere.csv\", \"expect\": [\"timeline.preclinical\"]"));
        Path bad = write("bad.json", scenario("Bad", "\"catalogue\": \"bad.csv\", \"expect\": [\"timeline.preclinical\"]"));

        assertThat(problems(() -> ScenarioFile.read(missing, IDS))).containsExactly(missing + ": catalogue: no such file: "
                + folder.resolve("nowhere.csv") + " (the path is relative to the scenario file)");
        assertThat(problems(() -> ScenarioFile.read(bad, IDS))).singleElement().asString()
                .startsWith(bad + ": catalogue: " + folder.resolve("bad.csv") + ":2: state: ");
    }

    @Test
    void theProgramListsAdviceNeedsACatalogueAndFactorsAreNotRecommendations() throws IOException {
        Path file = write("list-advice.json", scenario("List advice",
                "\"expect\": [\"programs.too-few\"], \"forbid\": [\"program.level.safety\"]"));

        assertThat(problems(() -> ScenarioFile.read(file, Set.of("programs.too-few")))).containsExactly(
                file + ": forbid[0]: 'program.level.safety' is a factor of a program's category, not a recommendation:"
                        + " expectPrograms tests categories",
                file + ": expect[0]: 'programs.too-few' is advice about a program list: it needs a catalogue"
                        + " (\"catalogue\": \"FILE\") to be given");
    }
}
