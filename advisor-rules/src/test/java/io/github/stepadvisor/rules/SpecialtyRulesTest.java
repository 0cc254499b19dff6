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
import io.github.stepadvisor.model.Priority;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.Specialty;

import org.junit.jupiter.api.Test;

class SpecialtyRulesTest {

    /** Step 1 passed first time, Step 2 CK 240, 3 months of USCE, 3 US letters: just enough for broad options. */
    private static Applicant.Builder solidFile() {
        return clinical()
                .exam(Exam.STEP_1, "2026-03-10", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 240)
                .usceMonths(3).usLetters(3);
    }

    private static Applicant.Builder failedStep1() {
        return clinical().exam(Exam.STEP_1, "2026-03-10", ExamResult.FAIL);
    }

    @Test
    void aFirstTimePassWithStep2Of240ThreeMonthsOfUsceAndThreeLettersHasBroadOptions() {
        Recommendation broad = only(advise(solidFile()), "specialty.broad-options");
        assertThat(broad.priority()).isEqualTo(Priority.LOW);
        assertThat(broad.reasons().get(0)).contains("Step 2 CK of 240 (strong: 240+)")
                .contains("3 months of US clinical experience (at least 3)").contains("3 US letters (at least 3)");
    }

    @Test
    void aStep2Of239IsNotStrongEnoughForBroadOptions() {
        Advice advice = advise(clinical()
                .exam(Exam.STEP_1, "2026-03-10", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 239)
                .usceMonths(3).usLetters(3));
        assertThat(advice.ids()).doesNotContain("specialty.broad-options");
    }

    @Test
    void twoMonthsOfUsceAreNotEnoughForBroadOptions() {
        assertThat(advise(solidFile().usceMonths(2)).ids()).doesNotContain("specialty.broad-options");
    }

    @Test
    void twoUsLettersAreNotEnoughForBroadOptions() {
        assertThat(advise(solidFile().usLetters(2)).ids()).doesNotContain("specialty.broad-options");
    }

    @Test
    void aStep1PassedOnTheSecondAttemptGivesNoBroadOptions() {
        Advice advice = advise(clinical()
                .exam(Exam.STEP_1, "2026-03-10", ExamResult.FAIL)
                .exam(Exam.STEP_1, "2026-05-10", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 250)
                .usceMonths(3).usLetters(3));
        assertThat(advice.ids()).doesNotContain("specialty.broad-options");
    }

    @Test
    void aLowStepProfileFocusesAndNamesTheTargetsOutsideTheFocus() {
        Advice advice = advise(failedStep1().target(Specialty.FAMILY_MEDICINE, Specialty.NEUROLOGY,
                Specialty.GENERAL_SURGERY, Specialty.PSYCHIATRY));
        Recommendation focus = only(advice, "specialty.focus");
        assertThat(focus.priority()).isEqualTo(Priority.HIGH);
        assertThat(focus.subject()).isEmpty();
        assertThat(focus.reasons())
                .anySatisfy(r -> assertThat(r).contains("your low Step profile"))
                .anySatisfy(r -> assertThat(r).contains("Outside that focus you target Neurology and General Surgery"))
                .noneSatisfy(r -> assertThat(r).contains("Step 1 failed once"));
    }

    @Test
    void internalMedicineAtUniversityProgramsOnlyIsOutsideTheFocus() {
        Advice advice = advise(failedStep1().target(Specialty.INTERNAL_MEDICINE).settings(ProgramSetting.UNIVERSITY));
        assertThat(only(advice, "specialty.focus").reasons())
                .anySatisfy(r -> assertThat(r).contains("Internal Medicine at university programs only"));
    }

    @Test
    void communityInternalMedicineIsWithinTheFocus() {
        Advice advice = advise(failedStep1().target(Specialty.INTERNAL_MEDICINE, Specialty.PEDIATRICS)
                .settings(ProgramSetting.UNIVERSITY, ProgramSetting.COMMUNITY));
        Recommendation focus = only(advice, "specialty.focus");
        assertThat(focus.priority()).isEqualTo(Priority.LOW);
        assertThat(focus.title()).isEqualTo("Your target specialties fit the focus for your Step profile");
        assertThat(focus.reasons()).singleElement().asString().contains("Internal Medicine and Pediatrics");
    }

    @Test
    void oneTargetOutsideTheFocusMakesItHigh() {
        Advice advice = advise(failedStep1().target(Specialty.FAMILY_MEDICINE, Specialty.ANESTHESIOLOGY));
        Recommendation focus = only(advice, "specialty.focus");
        assertThat(focus.priority()).isEqualTo(Priority.HIGH);
        assertThat(focus.reasons()).anySatisfy(r -> assertThat(r).contains("Outside that focus you target Anesthesiology"));
    }

    @Test
    void noTargetMakesTheFocusHigh() {
        Recommendation focus = only(advise(failedStep1()), "specialty.focus");
        assertThat(focus.priority()).isEqualTo(Priority.HIGH);
        assertThat(focus.reasons()).anySatisfy(r -> assertThat(r).contains("named no target specialty"));
    }

    @Test
    void aPreclinicalStudentWithALowStepProfileIsNotYetToldToFocus() {
        Advice advice = advise(preclinical().exam(Exam.STEP_1, "2026-06-10", ExamResult.FAIL).target(Specialty.NEUROLOGY));
        assertThat(advice.ids()).doesNotContain("specialty.focus");
    }

    @Test
    void anUltraScoreBelowItsBandNamesTheHighestTierItReaches() {
        Advice advice = advise(clinical().exam(Exam.STEP_1, "2026-03-10", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 248).target(Specialty.DERMATOLOGY));
        assertThat(only(advice, "specialty.ultra-competitive").reasons()).anySatisfy(r -> assertThat(r)
                .contains("248").contains("reaches the 245 band of moderately competitive specialties"));
    }

    @Test
    void anUltraScoreAtItsBandNamesNoPairing() {
        Advice advice = advise(clinical().exam(Exam.STEP_1, "2026-03-10", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 250).target(Specialty.DERMATOLOGY));
        assertThat(only(advice, "specialty.ultra-competitive").reasons()).noneSatisfy(r -> assertThat(r).contains("pairing"));
    }

    @Test
    void aStep2Of230IsNoReasonToNarrowTheFocus() {
        Advice advice = advise(clinical()
                .exam(Exam.STEP_1, "2026-03-10", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 230)
                .target(Specialty.NEUROLOGY));
        assertThat(advice.ids()).doesNotContain("specialty.focus");
    }

    @Test
    void aStep2Of229CallsForFocus() {
        Advice advice = advise(clinical()
                .exam(Exam.STEP_1, "2026-03-10", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 229));
        assertThat(only(advice, "specialty.focus").priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void withoutTargetsAClinicalStudentIsAskedToChooseAndToldWhichBandsTheScoreReaches() {
        Advice advice = advise(clinical()
                .exam(Exam.STEP_1, "2026-03-10", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 245)
                .usceMonths(1).researchOutputs(2));
        Recommendation choose = only(advice, "specialty.choose");
        assertThat(choose.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(choose.reasons())
                .anySatisfy(r -> assertThat(r).isEqualTo("Your Step 2 CK of 245 reaches the band of the "
                        + "moderately competitive (245+) and less competitive (230+) specialties."))
                .anySatisfy(r -> assertThat(r).contains("1 month of US clinical experience").contains("2 research outputs"));
    }

    @Test
    void aStep2BelowEveryBandIsSaidToReachNone() {
        Advice advice = advise(clinical()
                .exam(Exam.STEP_1, "2026-03-10", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 229));
        assertThat(only(advice, "specialty.choose").reasons())
                .anySatisfy(r -> assertThat(r).contains("229 reaches none").contains("230"));
    }

    @Test
    void withoutAStep2ScoreChoosingNamesNoBand() {
        assertThat(only(advise(clinical()), "specialty.choose").reasons())
                .anySatisfy(r -> assertThat(r).contains("no Step 2 CK score yet"))
                .noneSatisfy(r -> assertThat(r).contains("reaches"));
    }

    @Test
    void aStudentWithATargetOrStillPreclinicalIsNotAskedToChoose() {
        assertThat(advise(clinical().target(Specialty.PEDIATRICS)).ids()).doesNotContain("specialty.choose");
        assertThat(advise(preclinical()).ids()).doesNotContain("specialty.choose");
    }

    @Test
    void anEmergencyMedicineTargetIsToldAboutSloes() {
        Advice advice = advise(clinical().target(Specialty.PEDIATRICS, Specialty.EMERGENCY_MEDICINE).usLetters(2));
        Recommendation sloe = only(advice, "specialty.em-sloe");
        assertThat(sloe.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(sloe.subject()).contains(Specialty.EMERGENCY_MEDICINE);
        assertThat(sloe.reasons()).anySatisfy(r -> assertThat(r).contains("2 US letters").contains("SLOEs"));
    }

    @Test
    void sloesWaitForTheClinicalYearsAndForAnEmergencyMedicineTarget() {
        assertThat(advise(preclinical().target(Specialty.EMERGENCY_MEDICINE)).ids()).doesNotContain("specialty.em-sloe");
        assertThat(advise(clinical().target(Specialty.ANESTHESIOLOGY)).ids()).doesNotContain("specialty.em-sloe");
    }

    @Test
    void eachUltraCompetitiveTargetNamesWhatIsMissingAndAsksAboutMentorship() {
        Advice advice = advise(clinical()
                .exam(Exam.STEP_1, "2026-03-10", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 249)
                .target(Specialty.DERMATOLOGY, Specialty.PSYCHIATRY, Specialty.OTOLARYNGOLOGY));
        assertThat(advice.all("specialty.ultra-competitive"))
                .extracting(r -> r.subject().orElseThrow())
                .containsExactlyInAnyOrder(Specialty.DERMATOLOGY, Specialty.OTOLARYNGOLOGY);
        Recommendation derm = advice.all("specialty.ultra-competitive").stream()
                .filter(r -> r.subject().orElseThrow() == Specialty.DERMATOLOGY).findFirst().orElseThrow();
        assertThat(derm.priority()).isEqualTo(Priority.HIGH);
        assertThat(derm.reasons())
                .anySatisfy(r -> assertThat(r).startsWith("Missing: your Step 2 CK of 249 is below the 250+"))
                .anySatisfy(r -> assertThat(r).isEqualTo("Missing: you have no research outputs."))
                .anySatisfy(r -> assertThat(r).contains("mentorship").contains("Dermatology?"));
    }

    @Test
    void aStep2Of250AndResearchAreNotListedAsMissing() {
        Advice advice = advise(clinical()
                .exam(Exam.STEP_1, "2026-03-10", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 250)
                .researchOutputs(1)
                .target(Specialty.PLASTIC_SURGERY));
        Recommendation plastics = only(advice, "specialty.ultra-competitive");
        assertThat(plastics.subject()).contains(Specialty.PLASTIC_SURGERY);
        assertThat(plastics.reasons()).noneSatisfy(r -> assertThat(r).startsWith("Missing"))
                .anySatisfy(r -> assertThat(r).contains("250 meets the 250+"))
                .anySatisfy(r -> assertThat(r).contains("mentorship"));
    }

    @Test
    void aModeratelyCompetitiveTargetIsNotUltraCompetitive() {
        assertThat(advise(clinical().target(Specialty.DIAGNOSTIC_RADIOLOGY)).ids())
                .doesNotContain("specialty.ultra-competitive");
    }
}
