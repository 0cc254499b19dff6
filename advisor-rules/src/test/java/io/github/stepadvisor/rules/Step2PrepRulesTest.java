package io.github.stepadvisor.rules;

import static io.github.stepadvisor.model.Exam.STEP_1;
import static io.github.stepadvisor.model.Exam.STEP_2_CK;
import static io.github.stepadvisor.model.ExamResult.FAIL;
import static io.github.stepadvisor.model.ExamResult.PASS;
import static io.github.stepadvisor.model.ExamResult.PENDING;
import static io.github.stepadvisor.model.PracticeForm.NBME;
import static io.github.stepadvisor.model.PracticeForm.SHELF;
import static io.github.stepadvisor.rules.Profiles.advise;
import static io.github.stepadvisor.rules.Profiles.clinical;
import static io.github.stepadvisor.AdviceAssert.recommendation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stepadvisor.AdviceAssert;
import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Priority;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.Rotation;
import io.github.stepadvisor.model.Stage;

import org.junit.jupiter.api.Test;

/**
 * Step 2 CK dates counted from {@link Profiles#AS_OF} 2026-11-24: 3 weeks out is 2026-12-15,
 * 8 weeks out 2027-01-19, 6 months out 2027-05-24.
 */
class Step2PrepRulesTest {

    private static final String INTEGRATE = "step2.prep.integrate-rotations";
    private static final String PLAN_AHEAD = "step2.prep.plan-ahead";
    private static final String DEDICATED = "step2.prep.dedicated";
    private static final String LATE_DEDICATED = "step2.prep.late-dedicated";
    private static final String DAILY_VOLUME = "step2.prep.daily-volume";
    private static final String NO_ASSESSMENTS = "step2.prep.no-assessments";

    /** A clinical applicant with Step 1 passed and Step 2 CK booked on {@code date}. */
    private static Applicant.Builder step2On(String date) {
        return clinical().exam(STEP_1, "2025-12-01", PASS).planned(STEP_2_CK, date);
    }


    // ---- integrate-rotations -------------------------------------------------------------

    @Test
    void aClinicalStudentWithoutAStep2ScoreIntegratesRotations() {
        Recommendation integrate = recommendation(advise(clinical().honors(Rotation.PEDIATRICS, Rotation.SURGERY)), INTEGRATE);
        assertThat(integrate.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(integrate.reasons().get(1)).contains("pediatrics and surgery");
    }

    @Test
    void aGraduateHasNoRotationsToIntegrate() {
        assertThat(advise(clinical().stage(Stage.GRADUATED)).ids()).doesNotContain(INTEGRATE);
    }

    @Test
    void aStep2ScoreEndsEveryPrepAdvice() {
        Advice advice = advise(clinical().exam(STEP_2_CK, "2026-10-01", PASS, 240));
        assertThat(advice.ids()).noneMatch(id -> id.startsWith("step2.prep."));
    }

    // ---- plan-ahead / dedicated / late-dedicated -----------------------------------------

    @Test
    void aDateExactlySixMonthsOutIsTimeToPlanAhead() {
        Recommendation plan = recommendation(advise(step2On("2027-05-24")), PLAN_AHEAD);
        assertThat(plan.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(plan.reasons().get(0)).contains("2027-05-24").contains("181 days").contains("6 months");
        assertThat(plan.reasons().get(1)).contains("2027-03-29");
    }

    @Test
    void aDateSixMonthsAndOneDayOutIsNotYetPlanning() {
        assertThat(advise(step2On("2027-05-25")).ids()).doesNotContain(PLAN_AHEAD, DEDICATED, LATE_DEDICATED);
    }

    @Test
    void aDateEightWeeksAndOneDayOutIsStillPlanningNotDedicated() {
        Advice advice = advise(step2On("2027-01-20"));
        assertThat(advice.ids()).contains(PLAN_AHEAD).doesNotContain(DEDICATED);
    }

    @Test
    void aDateExactlyEightWeeksOutIsDedicated() {
        Advice advice = advise(step2On("2027-01-19"));
        Recommendation dedicated = recommendation(advice, DEDICATED);
        assertThat(dedicated.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(dedicated.reasons().get(0)).contains("2027-01-19").contains("56 days").contains("8 weeks");
        assertThat(advice.ids()).doesNotContain(PLAN_AHEAD, LATE_DEDICATED);
    }

    @Test
    void aDateThreeWeeksAndOneDayOutIsStillEarlyDedicated() {
        Advice advice = advise(step2On("2026-12-16"));
        assertThat(advice.ids()).contains(DEDICATED).doesNotContain(LATE_DEDICATED);
    }

    @Test
    void aDateExactlyThreeWeeksOutIsLateDedicated() {
        Advice advice = advise(step2On("2026-12-15"));
        Recommendation late = recommendation(advice, LATE_DEDICATED);
        assertThat(late.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(late.reasons().get(0)).contains("2026-12-15").contains("21 days").contains("3 weeks");
        assertThat(advice.ids()).doesNotContain(DEDICATED);
    }

    // ---- the Step 2 CK dedicated length (revision 3) -----------------------------------------

    @Test
    void withStep1PassedTheApplicantsDedicatedWeeksSetTheStep2Window() {
        // 6 weeks out is 2027-01-05.
        Advice six = advise(step2On("2027-01-05").dedicatedWeeks(6));
        Advice sixAndADay = advise(step2On("2027-01-06").dedicatedWeeks(6));
        assertThat(recommendation(six, DEDICATED).reasons().get(0)).contains("6 weeks");
        assertThat(sixAndADay.ids()).contains(PLAN_AHEAD).doesNotContain(DEDICATED);
        assertThat(recommendation(sixAndADay, PLAN_AHEAD).reasons().get(1)).contains("2026-11-25").contains("6 weeks");
    }

    @Test
    void withStep1AheadDedicatedWeeksDescribeStep1AndTheStep2WindowStaysEightWeeks() {
        Advice advice = advise(clinical().planned(STEP_2_CK, "2027-01-19").dedicatedWeeks(6));
        assertThat(advice.ids()).contains(DEDICATED).doesNotContain(PLAN_AHEAD);
    }

    @Test
    void aLateDedicatedExamWithin14DaysAndNoPracticeIsRescheduledNotCoached() {
        Advice advice = advise(step2On("2026-12-08"));
        assertThat(advice.ids()).contains("step2.readiness.protect-attempt").doesNotContain(LATE_DEDICATED);
    }

    @Test
    void anExamTakenAndPendingIsNoLongerPreparedFor() {
        Advice advice = advise(clinical().exam(STEP_2_CK, "2026-11-20", PENDING));
        assertThat(advice.ids()).doesNotContain(LATE_DEDICATED, DEDICATED, NO_ASSESSMENTS);
    }

    // ---- daily-volume --------------------------------------------------------------------

    @Test
    void seventyNineQuestionsADayInDedicatedIsTooFew() {
        Recommendation volume = recommendation(advise(step2On("2027-01-19").dailyQuestions(79)), DAILY_VOLUME);
        assertThat(volume.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(volume.reasons().get(0)).contains("79 questions").contains("80");
    }

    @Test
    void eightyQuestionsADayInDedicatedIsEnough() {
        assertThat(advise(step2On("2027-01-19").dailyQuestions(80)).ids()).doesNotContain(DAILY_VOLUME);
    }

    @Test
    void dailyVolumeIsNotJudgedMoreThanEightWeeksOut() {
        assertThat(advise(step2On("2027-01-20").dailyQuestions(40)).ids()).doesNotContain(DAILY_VOLUME);
    }

    @Test
    void beforeStep1IsPassedTheDailyQuestionsDescribeStep1() {
        Advice advice = advise(clinical().planned(STEP_2_CK, "2027-01-19").dailyQuestions(40));
        assertThat(advice.ids()).doesNotContain(DAILY_VOLUME);
    }

    @Test
    void withoutAPlannedDailyVolumeNothingIsSaid() {
        assertThat(advise(step2On("2027-01-19")).ids()).doesNotContain(DAILY_VOLUME);
    }

    // ---- no-assessments ------------------------------------------------------------------

    @Test
    void eightWeeksOutWithoutAPracticeTestIsARedFlag() {
        Recommendation none = recommendation(advise(step2On("2027-01-19")), NO_ASSESSMENTS);
        assertThat(none.priority()).isEqualTo(Priority.HIGH);
        assertThat(none.reasons().get(0)).contains("2027-01-19").contains("56 days").endsWith("practice test.");
    }

    @Test
    void eightWeeksAndOneDayOutAMissingPracticeTestIsNotYetFlagged() {
        assertThat(advise(step2On("2027-01-20")).ids()).doesNotContain(NO_ASSESSMENTS);
    }

    @Test
    void onePracticeTestIsAnAssessment() {
        Advice advice = advise(step2On("2027-01-19").practice(STEP_2_CK, NBME, "2026-11-01", 231));
        assertThat(advice.ids()).doesNotContain(NO_ASSESSMENTS);
    }

    @Test
    void shelfExamsAreNoAssessmentAndTheReasonSaysWhy() {
        Recommendation none = recommendation(advise(step2On("2027-01-19").practice(STEP_2_CK, SHELF, "2026-11-01", 78)),
                NO_ASSESSMENTS);
        assertThat(none.reasons().get(0)).contains("shelf exams use another scale");
    }

    @Test
    void practiceTestsBeforeAFailedAttemptDescribeThatAttempt() {
        Advice advice = advise(step2On("2027-01-19").exam(STEP_2_CK, "2026-10-15", FAIL, 210)
                .practice(STEP_2_CK, NBME, "2026-10-01", 222));
        assertThat(advice.ids()).contains(NO_ASSESSMENTS);
    }
}
