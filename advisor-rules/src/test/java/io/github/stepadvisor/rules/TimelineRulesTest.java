package io.github.stepadvisor.rules;

import static io.github.stepadvisor.rules.Profiles.advise;
import static io.github.stepadvisor.rules.Profiles.only;
import static io.github.stepadvisor.rules.Profiles.clinical;
import static io.github.stepadvisor.rules.Profiles.preclinical;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.ExamResult;
import io.github.stepadvisor.model.PracticeForm;
import io.github.stepadvisor.model.Priority;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.Stage;

import io.github.stepadvisor.model.Specialty;
import org.junit.jupiter.api.Test;

class TimelineRulesTest {

    private static Applicant.Builder step1FailedTwice() {
        return clinical()
                .exam(Exam.STEP_1, "2025-06-01", ExamResult.FAIL)
                .exam(Exam.STEP_1, "2025-10-01", ExamResult.FAIL);
    }

    // ---- timeline --------------------------------------------------------------------------

    @Test
    void aPreclinicalStudentGetsThePreclinicalTimeline() {
        Advice advice = advise(preclinical().planned(Exam.STEP_1, "2027-05-20").researchOutputs(1));
        Recommendation timeline = only(advice, "timeline.preclinical");
        assertThat(timeline.priority()).isEqualTo(Priority.LOW);
        assertThat(timeline.reasons())
                .anySatisfy(r -> assertThat(r).contains("booked for 2027-05-20"))
                .anySatisfy(r -> assertThat(r).contains("1 research output and 0 months of US clinical experience"));
        assertThat(advice.ids()).doesNotContain("timeline.clinical");
    }

    @Test
    void aClinicalStudentGetsTheClinicalTimelineWithThePlanningDate() {
        Advice advice = advise(clinical().exam(Exam.STEP_1, "2026-03-10", ExamResult.PASS)
                .planned(Exam.STEP_2_CK, "2027-06-10"));
        Recommendation timeline = only(advice, "timeline.clinical");
        assertThat(timeline.priority()).isEqualTo(Priority.LOW);
        assertThat(timeline.reasons()).anySatisfy(r -> assertThat(r)
                .isEqualTo("Your Step 2 CK is booked for 2027-06-10: serious planning starts 6 months before it, on 2026-12-10."));
        assertThat(advice.ids()).doesNotContain("timeline.preclinical");
    }

    @Test
    void aClinicalStudentWithoutAStep2DateIsToldWhenToStartPlanning() {
        assertThat(only(advise(clinical()), "timeline.clinical").reasons())
                .anySatisfy(r -> assertThat(r).contains("no Step 2 CK date yet").contains("6 months"));
    }

    @Test
    void aGraduateGetsNeitherStageTimeline() {
        assertThat(advise(clinical().stage(Stage.GRADUATED)).ids()).doesNotContain("timeline.preclinical", "timeline.clinical");
    }

    // ---- guard first attempts --------------------------------------------------------------

    @Test
    void withNothingTakenBothFirstAttemptsAreToBeGuarded() {
        Recommendation guard = only(advise(clinical()), "principle.guard-first-attempts");
        assertThat(guard.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(guard.reasons().get(0)).contains("Step 1 and Step 2 CK are still ahead");
    }

    @Test
    void afterAFirstTimeStep1PassStep2CkIsStillToBeGuarded() {
        Advice advice = advise(clinical().exam(Exam.STEP_1, "2026-03-10", ExamResult.PASS));
        assertThat(only(advice, "principle.guard-first-attempts").reasons().get(0)).contains("Step 2 CK is still ahead")
                .doesNotContain("Step 1 and");
    }

    @Test
    void withBothExamsPassedThereIsNoFirstAttemptLeftToGuard() {
        Advice advice = advise(clinical()
                .exam(Exam.STEP_1, "2026-03-10", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 240));
        assertThat(advice.ids()).doesNotContain("principle.guard-first-attempts");
    }

    @Test
    void afterAFailedAttemptTheFirstAttemptIsGone() {
        Advice advice = advise(clinical()
                .exam(Exam.STEP_1, "2026-03-10", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.FAIL, 210));
        assertThat(advice.ids()).doesNotContain("principle.guard-first-attempts");
    }

    // ---- last attempt ----------------------------------------------------------------------

    @Test
    void threeFailedStep1AttemptsMakeTheNextOneTheLast() {
        Advice advice = advise(step1FailedTwice()
                .exam(Exam.STEP_1, "2026-03-01", ExamResult.FAIL)
                .practice(Exam.STEP_1, PracticeForm.NBME, "2026-02-15", 190)
                .practice(Exam.STEP_1, PracticeForm.NBME, "2026-06-01", 201)
                .practice(Exam.STEP_1, PracticeForm.NBME, "2026-07-01", 204));
        Recommendation last = only(advice, "principle.last-attempt");
        assertThat(last.priority()).isEqualTo(Priority.HIGH);
        assertThat(last.title()).contains("next Step 1 attempt is your last");
        assertThat(last.reasons())
                .anySatisfy(r -> assertThat(r).contains("failed Step 1 3 times").contains("4 attempts per Step"))
                .anySatisfy(r -> assertThat(r).contains("since your last fail are 201 and 204").contains("10 above passing"));
    }

    @Test
    void twoFailedStep1AttemptsLeaveMoreThanOneAttempt() {
        assertThat(advise(step1FailedTwice()).ids()).doesNotContain("principle.last-attempt");
    }

    @Test
    void threeFailedAttemptsFollowedByAPassNeedNoWarning() {
        Advice advice = advise(step1FailedTwice()
                .exam(Exam.STEP_1, "2026-03-01", ExamResult.FAIL)
                .exam(Exam.STEP_1, "2026-08-01", ExamResult.PASS));
        assertThat(advice.ids()).doesNotContain("principle.last-attempt");
    }

    @Test
    void threeFailedStep2CkAttemptsNameStep2Ck() {
        Advice advice = advise(clinical()
                .exam(Exam.STEP_1, "2025-03-10", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2025-09-01", ExamResult.FAIL, 205)
                .exam(Exam.STEP_2_CK, "2026-01-15", ExamResult.FAIL, 210)
                .exam(Exam.STEP_2_CK, "2026-06-01", ExamResult.FAIL, 212));
        Recommendation last = only(advice, "principle.last-attempt");
        assertThat(last.title()).contains("next Step 2 CK attempt is your last");
        assertThat(last.reasons())
                .anySatisfy(r -> assertThat(r).contains("failed Step 2 CK 3 times"))
                .anySatisfy(r -> assertThat(r).contains("no Step 2 CK practice score since your last fail").contains("235"));
        assertThat(advice.ids()).doesNotContain("principle.attempts-exhausted");
        assertThat(advice.recommendations().get(0).id()).isEqualTo("principle.last-attempt");
    }

    // ---- timeline.clinical (revision 3) ---------------------------------------------------

    @Test
    void aPlanningDateAlreadyPassedIsSaidAsPastNotOfferedAsAPlan() {
        Recommendation timeline = only(advise(clinical().exam(Exam.STEP_1, "2026-03-10", ExamResult.PASS)
                .planned(Exam.STEP_2_CK, "2027-03-10")), "timeline.clinical");
        assertThat(timeline.reasons()).anySatisfy(r -> assertThat(r)
                .isEqualTo("Your Step 2 CK is booked for 2027-03-10: serious planning starts 6 months before it, on 2026-09-10; that was 2 months ago: start now."));
    }

    @Test
    void theClinicalTimelineStopsOnTheLatestBookingDate() {
        assertThat(advise(clinical().asOf("2027-06-14")).ids()).contains("timeline.clinical");
        assertThat(advise(clinical().asOf("2027-06-15")).ids()).doesNotContain("timeline.clinical");
    }

    @Test
    void aStep2ScoreEndsTheClinicalTimeline() {
        assertThat(advise(clinical().exam(Exam.STEP_1, "2026-03-10", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 240)).ids()).doesNotContain("timeline.clinical");
    }

    @Test
    void withoutAMatchYearTheClinicalTimelineStays() {
        assertThat(advise(clinical().withoutMatchYear().asOf("2027-09-01")).ids()).contains("timeline.clinical");
    }

    // ---- attempts exhausted --------------------------------------------------------------

    private static Applicant.Builder step2FailedTimes(int failed) {
        Applicant.Builder b = clinical().exam(Exam.STEP_1, "2025-03-10", ExamResult.PASS).target(Specialty.FAMILY_MEDICINE)
                .planned(Exam.STEP_2_CK, "2027-03-01");
        String[] dates = {"2025-06-01", "2025-10-01", "2026-02-01", "2026-06-01", "2026-09-01"};
        for (int i = 0; i < failed; i++) {
            b.exam(Exam.STEP_2_CK, dates[i], ExamResult.FAIL, 205 + i);
        }
        return b;
    }

    @Test
    void fourFailedStep2CkAttemptsUseUpTheAttemptsAndSilenceTheCoaching() {
        Advice advice = advise(step2FailedTimes(4));
        Recommendation exhausted = only(advice, "principle.attempts-exhausted");
        assertThat(exhausted.priority()).isEqualTo(Priority.HIGH);
        assertThat(exhausted.title()).contains("Step 2 CK attempts are used up");
        assertThat(exhausted.reasons().get(0)).contains("failed Step 2 CK 4 times").contains("no Step 2 CK attempt left");
        assertThat(exhausted.reasons()).anySatisfy(r -> assertThat(r).contains("ECFMG"));
        assertThat(advice.recommendations().get(0).id()).isEqualTo("principle.attempts-exhausted");
        assertThat(advice.ids()).noneMatch(id -> id.startsWith("step2.") || id.startsWith("application.")
                || id.startsWith("specialty.") || id.startsWith("redemption.") || id.equals("principle.last-attempt")
                || id.equals("timeline.clinical"));
    }

    @Test
    void threeFailedStep2CkAttemptsAreNotYetUsedUp() {
        Advice advice = advise(step2FailedTimes(3));
        assertThat(advice.ids()).doesNotContain("principle.attempts-exhausted").contains("principle.last-attempt",
                "step2.target.goal", "specialty.focus");
    }

    @Test
    void fiveFailedAttemptsUnderTheOlderLimitAreUsedUpToo() {
        assertThat(advise(step2FailedTimes(5)).ids()).contains("principle.attempts-exhausted");
    }

    @Test
    void fourFailedStep1AttemptsSilenceStep1PrepAndReadiness() {
        Advice advice = advise(clinical().exam(Exam.STEP_1, "2025-01-10", ExamResult.FAIL)
                .exam(Exam.STEP_1, "2025-05-10", ExamResult.FAIL).exam(Exam.STEP_1, "2025-09-10", ExamResult.FAIL)
                .exam(Exam.STEP_1, "2026-02-10", ExamResult.FAIL).planned(Exam.STEP_1, "2027-01-20"));
        assertThat(only(advice, "principle.attempts-exhausted").title()).contains("Step 1 attempts are used up");
        assertThat(advice.ids()).noneMatch(id -> id.startsWith("step1.") || id.startsWith("step2.")
                || id.startsWith("application.") || id.startsWith("redemption.") || id.equals("timeline.clinical"));
    }
}
