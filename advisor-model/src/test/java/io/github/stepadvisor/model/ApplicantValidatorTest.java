package io.github.stepadvisor.model;

import static io.github.stepadvisor.model.Exam.STEP_1;
import static io.github.stepadvisor.model.Exam.STEP_2_CK;
import static io.github.stepadvisor.model.ExamResult.FAIL;
import static io.github.stepadvisor.model.ExamResult.PASS;
import static io.github.stepadvisor.model.ExamResult.PENDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ApplicantValidatorTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-11-24");

    private static Applicant.Builder valid() {
        return Applicant.builder().usCitizenImg().stage(Stage.CLINICAL).asOf(AS_OF);
    }

    private static List<String> problems(Applicant.Builder builder) {
        return ApplicantValidator.problems(builder.buildUnchecked(), AS_OF).stream().map(Problem::toString).toList();
    }

    @Test
    void aMinimalApplicantIsValid() {
        assertThat(problems(valid())).isEmpty();
    }

    @Test
    void everyProblemIsListedWithItsFieldPath() {
        Applicant.Builder applicant = Applicant.builder().asOf(AS_OF)
                .exam(STEP_2_CK, "2026-06-20", PASS, 312)
                .usceMonths(61);
        assertThat(problems(applicant)).containsExactly(
                "citizenship: is required",
                "education: is required",
                "stage: is required",
                "exams[0].score: 312 is outside 1-300",
                "usceMonths: 61 is outside 0-60");
    }

    @Test
    void buildRefusesTheApplicantAsAWhole() {
        assertThatThrownBy(() -> valid().usLetters(-1).researchOutputs(1000).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("usLetters: -1 is outside 0-999")
                .hasMessageContaining("researchOutputs: 1000 is outside 0-999")
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).hasSize(2));
    }

    @Test
    void datesAreCheckedAgainstAsOf() {
        assertThat(problems(valid()
                .exam(STEP_1, "2026-11-25", PASS)
                .planned(STEP_2_CK, "2026-11-23")
                .practice(STEP_2_CK, PracticeForm.NBME, "2026-11-25", 230)))
                .containsExactly(
                        "exams[0].date: 2026-11-25 is after asOf 2026-11-24",
                        "plannedExams[0].date: 2026-11-23 is before asOf 2026-11-24",
                        "practiceTests[0].date: 2026-11-25 is after asOf 2026-11-24");
    }

    @Test
    void theAsOfDayItselfIsAllowedForTakenAndPlannedExams() {
        assertThat(problems(valid().exam(STEP_1, "2026-11-24", PENDING).planned(STEP_2_CK, "2026-11-24"))).isEmpty();
    }

    @Test
    void aStep2CkResultNeedsAScoreAndAPendingOneHasNone() {
        assertThat(problems(valid().exam(STEP_2_CK, "2026-01-10", FAIL)
                .exam(new ExamAttempt(STEP_2_CK, LocalDate.parse("2026-06-10"), PENDING, 240))))
                .containsExactly("exams[0].score: is required for a STEP_2_CK FAIL",
                        "exams[1].score: not allowed while the result is PENDING");
    }

    @Test
    void aStep1ScoreIsAllowedOnlyBeforePassFail() {
        assertThat(problems(valid().exam(STEP_1, "2022-01-25", PASS, 212))).isEmpty();
        assertThat(problems(valid().exam(STEP_1, "2022-01-26", PASS, 212)))
                .containsExactly("exams[0].score: not allowed on a STEP_1 attempt dated on or after 2022-01-26 (Step 1 is pass/fail)");
    }

    @Test
    void anAttemptAfterAPassIsAContradiction() {
        assertThat(problems(valid().exam(STEP_1, "2025-03-01", PASS).exam(STEP_1, "2024-12-01", FAIL)
                .exam(STEP_1, "2025-06-01", PASS)))
                .containsExactly("exams[2]: a STEP_1 attempt on 2025-06-01 after the pass in exams[0]; an exam passed is not taken again");
    }

    @Test
    void twoPassesOfOneExamAreAContradiction() {
        assertThat(problems(valid().exam(STEP_1, "2024-03-01", PASS).exam(STEP_1, "2025-03-01", PASS)
                .exam(STEP_2_CK, "2025-06-01", PASS, 240).exam(STEP_2_CK, "2025-09-01", PASS, 251)))
                .containsExactly(
                        "exams[1]: a STEP_1 attempt on 2025-03-01 after the pass in exams[0]; an exam passed is not taken again",
                        "exams[3]: a STEP_2_CK attempt on 2025-09-01 after the pass in exams[2]; an exam passed is not taken again");
    }

    @Test
    void aPassBeforeAFailIsAContradiction() {
        assertThat(problems(valid().exam(STEP_1, "2025-03-01", PASS).exam(STEP_1, "2025-06-01", FAIL)))
                .containsExactly("exams[1]: a STEP_1 attempt on 2025-06-01 after the pass in exams[0]; an exam passed is not taken again");
    }

    @Test
    void attemptsAreReadInDateOrderWhateverTheirOrderInTheList() {
        // A fail then a pass is a retake, listed in either order; the fail stays on record.
        assertThat(problems(valid().exam(STEP_1, "2025-06-01", PASS).exam(STEP_1, "2025-03-01", FAIL))).isEmpty();
        assertThat(problems(valid().exam(STEP_1, "2025-06-01", FAIL).exam(STEP_1, "2025-03-01", PASS)))
                .containsExactly("exams[0]: a STEP_1 attempt on 2025-06-01 after the pass in exams[1]; an exam passed is not taken again");
    }

    @Test
    void aStep2CkPassWithoutAScoreIsRefused() {
        assertThat(problems(valid().exam(STEP_2_CK, "2026-06-10", PASS)))
                .containsExactly("exams[0].score: is required for a STEP_2_CK PASS");
    }

    @Test
    void onlyTheLatestAttemptCanBePending() {
        assertThat(problems(valid().exam(STEP_1, "2025-03-01", PENDING).exam(STEP_1, "2025-06-01", FAIL)))
                .containsExactly("exams[1]: a STEP_1 attempt on 2025-06-01 after the pending attempt in exams[0]; only the latest attempt can be pending");
    }

    @Test
    void attemptsOnTheSameDateCountInArrayOrder() {
        assertThat(problems(valid().exam(STEP_1, "2025-03-01", FAIL).exam(STEP_1, "2025-03-01", PASS))).isEmpty();
        assertThat(problems(valid().exam(STEP_1, "2025-03-01", PASS).exam(STEP_1, "2025-03-01", FAIL)))
                .hasSize(1);
    }

    @Test
    void plannedExamsAreOnePerExamAndNotForAPassedOrPendingOne() {
        assertThat(problems(valid().exam(STEP_1, "2025-03-01", PASS).exam(STEP_2_CK, "2026-11-01", PENDING)
                .planned(STEP_1, "2027-01-01").planned(STEP_2_CK, "2027-02-01").planned(STEP_2_CK, "2027-03-01")))
                .containsExactly(
                        "plannedExams[0].exam: STEP_1 is already passed",
                        "plannedExams[1].exam: STEP_2_CK has a PENDING attempt; its date is the exam date",
                        "plannedExams[2].exam: STEP_2_CK is already planned in plannedExams[1]; at most one date per exam",
                        "plannedExams[2].exam: STEP_2_CK has a PENDING attempt; its date is the exam date");
    }

    @Test
    void listsHoldEachValueOnce() {
        assertThat(problems(valid().target(Specialty.PSYCHIATRY, Specialty.PSYCHIATRY).ties(UsState.OH, UsState.OH)
                .settings(ProgramSetting.COMMUNITY, ProgramSetting.COMMUNITY)
                .honors(Rotation.SURGERY, Rotation.SURGERY)))
                .containsExactly("targetSpecialties[1]: PSYCHIATRY is listed twice",
                        "programSettings[1]: COMMUNITY is listed twice", "honors[1]: SURGERY is listed twice",
                        "geographicTies[1]: OH is listed twice");
    }

    @Test
    void studyPlanRangesAreInclusive() {
        assertThat(problems(valid().dedicatedWeeks(52).dailyQuestions(1000))).isEmpty();
        assertThat(problems(valid().dedicatedWeeks(53).dailyQuestions(1001)))
                .containsExactly("dedicatedWeeks: 53 is outside 0-52", "dailyQuestions: 1001 is outside 0-1000");
    }

    @Test
    void graduationCannotPrecedeClinicalStart() {
        assertThat(problems(valid().clinicalStart("2026-01-05").graduation("2025-12-31")))
                .containsExactly("graduation: 2025-12-31 is before clinicalStart 2026-01-05");
    }
}
