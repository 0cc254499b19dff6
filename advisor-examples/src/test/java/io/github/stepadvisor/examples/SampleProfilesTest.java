package io.github.stepadvisor.examples;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.format.ProfileJson;
import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.ExamAttempt;
import io.github.stepadvisor.model.ExamResult;
import io.github.stepadvisor.model.PlannedExam;
import io.github.stepadvisor.model.PracticeTest;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample profiles a newcomer runs first: they must stay valid and say what their names promise. */
class SampleProfilesTest {

    static final Path FOLDER = Path.of("profiles");

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    private static Applicant read(String name) throws IOException {
        return ProfileJson.read(Files.readAllBytes(FOLDER.resolve(name)));
    }

    @Test
    void theFourDocumentedSamplesAreThere() throws IOException {
        assertThat(samples().map(p -> p.getFileName().toString())).contains("preclinical.json",
                "step1-dedicated-below-margin.json", "redeemed-in-season.json", "ultra-competitive.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleIsValidFixesItsDateAndIsAdvised(Path sample) throws IOException {
        Applicant applicant = ProfileJson.read(Files.readAllBytes(sample));

        Advice advice = StepAdvisor.builtIn().advise(applicant);

        assertThat(applicant.asOf()).as("asOf fixed, so the output never changes").isPresent();
        assertThat(applicant.name()).isPresent();
        assertThat(advice.recommendations()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleIsAlsoInTheJar(Path sample) throws IOException {
        try (InputStream copy = getClass().getResourceAsStream("/profiles/" + sample.getFileName())) {
            assertThat(copy).isNotNull();
            assertThat(copy.readAllBytes()).isEqualTo(Files.readAllBytes(sample));
        }
    }

    @Test
    void thePreclinicalSampleHasTakenAndBookedNothing() throws IOException {
        Applicant applicant = read("preclinical.json");

        assertThat(applicant.stage()).isEqualTo(Stage.PRECLINICAL);
        assertThat(applicant.exams()).isEmpty();
        assertThat(applicant.plannedExams()).isEmpty();
    }

    @Test
    void theDedicatedSampleHasStep1WithinEightWeeksAndEveryPracticeScoreBelowTheMargin() throws IOException {
        Applicant applicant = read("step1-dedicated-below-margin.json");
        LocalDate asOf = applicant.asOf().orElseThrow();

        PlannedExam step1 = applicant.plannedExams().stream().filter(p -> p.exam() == Exam.STEP_1).findFirst().orElseThrow();
        assertThat(ChronoUnit.DAYS.between(asOf, step1.date())).isBetween(0L, 8L * 7);
        List<Integer> scores = applicant.practiceTests().stream().filter(t -> t.exam() == Exam.STEP_1)
                .map(PracticeTest::score).toList();
        assertThat(scores).hasSize(3).allSatisfy(score -> assertThat(score).isBetween(196 - 5, 196 + 9));
    }

    @Test
    void theRedeemedSampleFailedStep1ScoredWellOnStep2AndIsInApplicationSeason() throws IOException {
        Applicant applicant = read("redeemed-in-season.json");
        LocalDate asOf = applicant.asOf().orElseThrow();
        int matchYear = applicant.matchYear().orElseThrow();

        assertThat(applicant.exams()).extracting(ExamAttempt::exam, ExamAttempt::result)
                .contains(org.assertj.core.groups.Tuple.tuple(Exam.STEP_1, ExamResult.FAIL));
        assertThat(applicant.exams()).filteredOn(e -> e.exam() == Exam.STEP_2_CK)
                .singleElement().satisfies(e -> assertThat(e.score()).hasValue(241));
        assertThat(asOf).isBetween(LocalDate.of(matchYear - 1, 1, 1), LocalDate.of(matchYear, 3, 31));
    }

    @Test
    void theUltraCompetitiveSampleAimsAtDermatologyWithAStrongRecord() throws IOException {
        Applicant applicant = read("ultra-competitive.json");

        assertThat(applicant.targetSpecialties()).containsExactly(Specialty.DERMATOLOGY);
        assertThat(applicant.exams()).noneMatch(e -> e.result() == ExamResult.FAIL);
        assertThat(applicant.exams()).filteredOn(e -> e.exam() == Exam.STEP_2_CK)
                .singleElement().satisfies(e -> assertThat(e.score().getAsInt()).isGreaterThanOrEqualTo(250));
        assertThat(applicant.researchOutputs()).isPositive();
    }
}
