package io.github.stepadvisor;

import static io.github.stepadvisor.rules.Profiles.advise;
import static io.github.stepadvisor.rules.Profiles.clinical;
import static io.github.stepadvisor.rules.Profiles.preclinical;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.ExamResult;
import io.github.stepadvisor.model.PracticeForm;
import io.github.stepadvisor.model.Priority;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Stage;
import io.github.stepadvisor.model.Summary;

import org.junit.jupiter.api.Test;

/** The advice's summary "at a glance": given this applicant, expect these standing lines and next steps. */
class AtAGlanceTest {

    @Test
    void aStudentBookedForStep1SeesTheDateAndDaysOutAndNothingTaken() {
        Advice advice = advise(preclinical().matchYear(2029).planned(Exam.STEP_1, "2027-01-12"));

        assertThat(advice.summary().standing()).containsExactly(
                "Step 1: not taken; booked for 2027-01-12, 49 days out.",
                "Step 2 CK: not taken.",
                "Match 2029: the application season opens on 2028-01-01, 403 days from now.");
    }

    @Test
    void aPreclinicalStudentWithoutMatchYearHasNoMatchLine() {
        Advice advice = advise(preclinical());

        assertThat(advice.summary().standing()).containsExactly("Step 1: not taken.", "Step 2 CK: not taken.");
    }

    @Test
    void aClinicalStudentWithoutMatchYearIsToldItIsMissing() {
        Advice advice = advise(clinical().withoutMatchYear().exam(Exam.STEP_1, "2026-03-01", ExamResult.PASS));

        assertThat(advice.summary().standing()).containsExactly(
                "Step 1: passed on the first attempt (2026-03-01).",
                "Step 2 CK: not taken.",
                "Match: no match year given.");
    }

    @Test
    void theLowStepProfileIsExplainedOnceWithTheScoreAgainstItsBand() {
        Advice advice = advise(clinical().matchYear(2027)
                .exam(Exam.STEP_1, "2025-02-01", ExamResult.FAIL)
                .exam(Exam.STEP_1, "2025-06-01", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-07-01", ExamResult.PASS, 226));

        assertThat(advice.summary().standing()).containsExactly(
                "Step 1: passed on 2025-06-01 after 1 failed attempt.",
                "Step 2 CK: 226, below the 230 band of the less competitive specialties.",
                "Low Step profile: Step 1 failed once and a Step 2 CK of 226, below the 230 band of the less "
                        + "competitive specialties.",
                "Match 2027: in the application season (until 31 March 2027).");
    }

    @Test
    void aScoreIsPlacedInTheHighestBandItReaches() {
        assertThat(advise(clinical().exam(Exam.STEP_1, "2025-06-01", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-07-01", ExamResult.PASS, 248)).summary().standing())
                .contains("Step 2 CK: 248, reaching the moderately competitive band (245+).");
        assertThat(advise(clinical().exam(Exam.STEP_1, "2025-06-01", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-07-01", ExamResult.PASS, 250)).summary().standing())
                .contains("Step 2 CK: 250, reaching the highly competitive band (250+).");
    }

    @Test
    void aLegacyBorderlineScoreIsCalledBorderline() {
        Advice advice = advise(clinical().exam(Exam.STEP_1, "2021-06-01", ExamResult.PASS, 210));

        assertThat(advice.summary().standing()).first()
                .isEqualTo("Step 1: passed on the first attempt (2021-06-01), score 210, a borderline pass (at or below 210).");
    }

    @Test
    void aBookedStep2ShowsItsDateAndThePracticeMean() {
        Advice advice = advise(clinical().exam(Exam.STEP_1, "2025-06-01", ExamResult.PASS)
                .planned(Exam.STEP_2_CK, "2027-06-20")
                .practice(Exam.STEP_2_CK, PracticeForm.NBME, "2026-11-01", 228)
                .practice(Exam.STEP_2_CK, PracticeForm.UWSA1, "2026-11-15", 231));

        assertThat(advice.summary().standing()).contains(
                "Step 2 CK: not taken; booked for 2027-06-20, 208 days out; practice mean of the last 2 229.5.");
    }

    @Test
    void thePendingAttemptIsSaidAsTakenWithItsResultPending() {
        Advice advice = advise(clinical().exam(Exam.STEP_1, "2025-06-01", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-11-10", ExamResult.PENDING));

        assertThat(advice.summary().standing()).contains("Step 2 CK: not taken; taken on 2026-11-10, result pending.");
    }

    @Test
    void threeFailedAttemptsMeanTheNextIsTheLastAndFourMeanTheyAreUsedUp() {
        Advice last = advise(clinical().exam(Exam.STEP_1, "2025-06-01", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-01-10", ExamResult.FAIL, 205)
                .exam(Exam.STEP_2_CK, "2026-04-10", ExamResult.FAIL, 205)
                .exam(Exam.STEP_2_CK, "2026-08-10", ExamResult.FAIL, 205));
        Advice usedUp = advise(clinical().exam(Exam.STEP_1, "2025-06-01", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-01-10", ExamResult.FAIL, 205)
                .exam(Exam.STEP_2_CK, "2026-04-10", ExamResult.FAIL, 205)
                .exam(Exam.STEP_2_CK, "2026-08-10", ExamResult.FAIL, 205)
                .exam(Exam.STEP_2_CK, "2026-10-10", ExamResult.FAIL, 205));
        Advice twoFailed = advise(clinical().exam(Exam.STEP_1, "2025-06-01", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-01-10", ExamResult.FAIL, 205)
                .exam(Exam.STEP_2_CK, "2026-04-10", ExamResult.FAIL, 205));

        assertThat(last.summary().standing()).last()
                .isEqualTo("Attempts: the next Step 2 CK attempt is the last of the 4 USMLE allows.");
        assertThat(usedUp.summary().standing()).last()
                .isEqualTo("Attempts: Step 2 CK failed 4 times: the 4 attempts USMLE allows are used up.");
        assertThat(twoFailed.summary().standing()).noneMatch(line -> line.startsWith("Attempts"));
    }

    @Test
    void yearsSinceGraduationAreSaidFromThreeOn() {
        Advice three = advise(clinical().stage(Stage.GRADUATED).clinicalStart("2023-01-05").graduation("2025-06-30").exam(Exam.STEP_1, "2024-06-01",
                ExamResult.PASS));
        Advice two = advise(clinical().stage(Stage.GRADUATED).clinicalStart("2023-01-05").graduation("2026-06-30").exam(Exam.STEP_1, "2024-06-01",
                ExamResult.PASS));

        assertThat(three.summary().standing()).anyMatch(line -> line.startsWith("Match 2028:")
                && line.endsWith("; 3 years since graduation."));
        assertThat(two.summary().standing()).noneMatch(line -> line.contains("since graduation"));
    }

    @Test
    void nextStepsAreTheFirstThreeHighOrMediumRecommendationsInTheAdvicesOrder() {
        Advice advice = advise(clinical().exam(Exam.STEP_1, "2026-03-10", ExamResult.FAIL)
                .target(Specialty.DERMATOLOGY, Specialty.FAMILY_MEDICINE));

        Summary summary = advice.summary();
        assertThat(summary.nextSteps()).hasSize(Summary.MAX_NEXT_STEPS);
        assertThat(summary.nextSteps()).extracting(Summary.NextStep::id).containsExactlyElementsOf(
                advice.recommendations().stream().filter(r -> r.priority() != Priority.LOW).limit(3)
                        .map(Recommendation::id).toList());
        assertThat(summary.nextSteps().get(0).title()).isEqualTo(advice.recommendations().get(0).title());
    }
}
