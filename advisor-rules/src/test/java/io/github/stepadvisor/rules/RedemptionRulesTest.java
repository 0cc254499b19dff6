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
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.Rotation;
import io.github.stepadvisor.model.UsState;

import org.junit.jupiter.api.Test;

class RedemptionRulesTest {

    private static Applicant.Builder failedStep1() {
        return clinical().exam(Exam.STEP_1, "2026-03-10", ExamResult.FAIL);
    }

    @Test
    void aFailedStep1WithoutStep2ScoreIsGivenTheRedemptionTarget() {
        Advice advice = advise(failedStep1()
                .practice(Exam.STEP_2_CK, PracticeForm.NBME, "2026-11-01", 228)
                .practice(Exam.STEP_2_CK, PracticeForm.UWSA1, "2026-11-15", 231));
        Recommendation target = only(advice, "redemption.target");
        assertThat(target.priority()).isEqualTo(Priority.HIGH);
        assertThat(target.title()).contains("235-245+");
        assertThat(target.reasons()).noneSatisfy(r -> assertThat(r).contains("Step 1 failed once"));
        assertThat(target.reasons()).anySatisfy(r -> assertThat(r).contains("228 and 231").contains("229.5").contains("235"));
    }

    @Test
    void aBorderlineLegacyStep1IsGivenTheRedemptionTarget() {
        Advice advice = advise(clinical().exam(Exam.STEP_1, "2021-06-01", ExamResult.PASS, 210));
        assertThat(only(advice, "redemption.target").reasons())
                .anySatisfy(r -> assertThat(r).contains("borderline pass").contains("235-245+"));
    }

    @Test
    void aLegacyStep1OnePointAboveBorderlineNeedsNoRedemption() {
        Advice advice = advise(clinical().exam(Exam.STEP_1, "2021-06-01", ExamResult.PASS, 211));
        assertThat(advice.ids()).doesNotContain("redemption.target", "redemption.apply-smart");
    }

    @Test
    void aFailThenAPassKeepsTheFailOnRecordAndTheRedemptionTarget() {
        Advice advice = advise(clinical().exam(Exam.STEP_1, "2026-06-10", ExamResult.PASS)
                .exam(Exam.STEP_1, "2026-03-10", ExamResult.FAIL));
        assertThat(advice.ids()).contains("redemption.target");
    }

    @Test
    void aFirstTimePassNeedsNoRedemptionTarget() {
        Advice advice = advise(clinical().exam(Exam.STEP_1, "2026-03-10", ExamResult.PASS));
        assertThat(advice.ids()).doesNotContain("redemption.target");
    }

    @Test
    void aStep2ScoreOfExactly235AfterAFailedStep1IsARedemption() {
        Advice advice = advise(failedStep1()
                .exam(Exam.STEP_1, "2026-05-10", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 235));
        Recommendation achieved = only(advice, "redemption.achieved");
        assertThat(achieved.priority()).isEqualTo(Priority.LOW);
        assertThat(achieved.reasons().get(0)).contains("Step 2 CK of 235").contains("target of 235")
                .contains("your low Step 1");
        assertThat(advice.ids()).doesNotContain("redemption.short", "redemption.target");
    }

    @Test
    void aStep2ScoreOf234AfterAFailedStep1FallsShort() {
        Advice advice = advise(failedStep1()
                .exam(Exam.STEP_1, "2026-05-10", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 234));
        Recommendation shortOf = only(advice, "redemption.short");
        assertThat(shortOf.priority()).isEqualTo(Priority.HIGH);
        assertThat(shortOf.reasons().get(0)).isEqualTo("Your Step 2 CK of 234 is 1 below the redemption target of 235 "
                + "(band 235-245+), after your low Step 1.");
        assertThat(advice.ids()).doesNotContain("redemption.achieved", "redemption.target");
    }

    @Test
    void aStrongStep2WithoutALowStep1IsNoRedemptionStory() {
        Advice advice = advise(clinical()
                .exam(Exam.STEP_1, "2026-03-10", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 250));
        assertThat(advice.ids()).doesNotContain("redemption.achieved", "redemption.short");
    }

    @Test
    void aLowStepProfileNamesTheKeyRotationsWithoutHonors() {
        Advice advice = advise(failedStep1().honors(Rotation.INTERNAL_MEDICINE, Rotation.PSYCHIATRY,
                Rotation.OBSTETRICS_AND_GYNECOLOGY).usLetters(1));
        Recommendation clinicalPerformance = only(advice, "redemption.clinical-performance");
        assertThat(clinicalPerformance.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(clinicalPerformance.reasons())
                .anySatisfy(r -> assertThat(r).contains("no honors recorded in surgery, pediatrics and family medicine"))
                .anySatisfy(r -> assertThat(r).contains("1 letter from US clinicians"));
    }

    @Test
    void honorsInAllFiveKeyRotationsAreAcknowledged() {
        Advice advice = advise(failedStep1().honors(Rotation.INTERNAL_MEDICINE, Rotation.SURGERY,
                Rotation.PEDIATRICS, Rotation.PSYCHIATRY, Rotation.FAMILY_MEDICINE));
        assertThat(only(advice, "redemption.clinical-performance").reasons())
                .anySatisfy(r -> assertThat(r).startsWith("You have honors in all five key rotations"));
    }

    @Test
    void noHonorsAtAllAreSaidOnce() {
        assertThat(only(advise(failedStep1()), "redemption.clinical-performance").reasons())
                .anySatisfy(r -> assertThat(r).startsWith("You have no honors recorded in any of the five key rotations"));
    }

    @Test
    void aStep2ScoreOf229IsALowProfileThatNeedsClinicalPerformance() {
        Advice advice = advise(clinical()
                .exam(Exam.STEP_1, "2026-03-10", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 229));
        assertThat(only(advice, "redemption.clinical-performance").reasons().get(0))
                .contains("your low Step profile");
        assertThat(advice.ids()).contains("redemption.apply-smart");
    }

    @Test
    void aStep2ScoreOf230IsNotALowProfile() {
        Advice advice = advise(clinical()
                .exam(Exam.STEP_1, "2026-03-10", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 230));
        assertThat(advice.ids()).doesNotContain("redemption.clinical-performance", "redemption.apply-smart");
    }

    @Test
    void clinicalPerformanceWaitsForTheClinicalYears() {
        Advice advice = advise(preclinical().exam(Exam.STEP_1, "2026-03-10", ExamResult.FAIL));
        assertThat(advice.ids()).doesNotContain("redemption.clinical-performance", "redemption.apply-smart");
    }

    @Test
    void aGraduateIsToldTheRecordIsSetNotToAimForHonors() {
        Advice advice = advise(failedStep1().stage(io.github.stepadvisor.model.Stage.GRADUATED).graduation("2026-06-30")
                .honors(Rotation.INTERNAL_MEDICINE).usceMonths(2).usLetters(1));
        Recommendation clinicalPerformance = only(advice, "redemption.clinical-performance");
        assertThat(clinicalPerformance.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(clinicalPerformance.title()).doesNotContain("honors");
        assertThat(clinicalPerformance.reasons()).noneSatisfy(r -> assertThat(r).contains("aim for honors"))
                .anySatisfy(r -> assertThat(r).contains("record is set").contains("surgery, pediatrics, psychiatry and family medicine"))
                .anySatisfy(r -> assertThat(r).contains("1 letter").contains("2 months").contains("recent US clinical work"));
    }

    @Test
    void applyingSmartNamesTheApplicantsTiesAndSettings() {
        Advice advice = advise(failedStep1().ties(UsState.OH, UsState.IL).settings(ProgramSetting.UNIVERSITY));
        Recommendation smart = only(advice, "redemption.apply-smart");
        assertThat(smart.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(smart.reasons())
                .anySatisfy(r -> assertThat(r).contains("your low Step profile"))
                .anySatisfy(r -> assertThat(r).contains("considering university programs"))
                .anySatisfy(r -> assertThat(r).contains("ties to OH and IL"));
    }

    @Test
    void applyingSmartWithoutTiesSaysWhatCountsAsOne() {
        Advice advice = advise(failedStep1());
        assertThat(only(advice, "redemption.apply-smart").reasons())
                .anySatisfy(r -> assertThat(r).contains("no geographic ties").contains("family"));
    }
}
