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
import io.github.stepadvisor.model.Stage;
import io.github.stepadvisor.model.UsState;

import java.util.List;

import org.junit.jupiter.api.Test;

class ApplicationRulesTest {

    private static final List<String> SEASON_IDS = List.of("application.geographic-ties", "application.list-mix",
            "application.narrative", "application.step1-before-applying");

    private static Applicant.Builder failedStep1() {
        return clinical().exam(Exam.STEP_1, "2026-03-10", ExamResult.FAIL);
    }

    /** Step 1 passed and a Step 2 CK of 240: no low Step profile. */
    private static Applicant.Builder passedBoth() {
        return clinical()
                .exam(Exam.STEP_1, "2026-03-10", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 240);
    }

    // ---- breadth ---------------------------------------------------------------------------

    @Test
    void aLowStepProfileWithoutAProgramCountIsToldToApplyBroadlyAndThatNoCountWasGiven() {
        Recommendation breadth = only(advise(failedStep1()), "application.breadth");
        assertThat(breadth.priority()).isEqualTo(Priority.HIGH);
        assertThat(breadth.reasons())
                .anySatisfy(r -> assertThat(r).contains("your low Step profile"))
                .anySatisfy(r -> assertThat(r).contains("no count").contains("60-100+"))
                .noneSatisfy(r -> assertThat(r).contains("Step 1 failed once"));
    }

    @Test
    void aPreclinicalStudentIsNotYetToldToApplyBroadly() {
        assertThat(advise(Profiles.preclinical().exam(Exam.STEP_1, "2026-06-10", ExamResult.FAIL)).ids())
                .doesNotContain("application.breadth", "redemption.apply-smart");
    }

    @Test
    void fiftyNinePlannedProgramsAreOneShortOfBroad() {
        Recommendation breadth = only(advise(failedStep1().programsPlanned(59)), "application.breadth");
        assertThat(breadth.priority()).isEqualTo(Priority.HIGH);
        assertThat(breadth.reasons()).anySatisfy(r -> assertThat(r).contains("59 programs, 1 short of the 60-100+"));
    }

    @Test
    void sixtyPlannedProgramsAreBroadEnough() {
        Recommendation breadth = only(advise(failedStep1().programsPlanned(60)), "application.breadth");
        assertThat(breadth.priority()).isEqualTo(Priority.LOW);
        assertThat(breadth.reasons()).anySatisfy(r -> assertThat(r).contains("60 programs, within the 60-100+"));
        assertThat(breadth.title()).isEqualTo("Keep your list as broad as you plan: 60 programs");
    }

    @Test
    void withoutALowStepProfileBreadthIsNotPressed() {
        assertThat(advise(passedBoth().programsPlanned(20)).ids()).doesNotContain("application.breadth");
    }

    // ---- USCE and letters ------------------------------------------------------------------

    @Test
    void noUsClinicalExperienceIsAHighPriorityGap() {
        Recommendation usce = only(advise(clinical().usceMonths(0)), "application.usce");
        assertThat(usce.priority()).isEqualTo(Priority.HIGH);
        assertThat(usce.reasons().get(0)).isEqualTo("You have 0 months of US clinical experience; the guide asks for 3-6 months.");
    }

    @Test
    void twoMonthsOfUsClinicalExperienceAreAMediumPriorityGap() {
        Recommendation usce = only(advise(clinical().usceMonths(2)), "application.usce");
        assertThat(usce.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(usce.reasons().get(0)).contains("2 months").contains("3-6 months");
    }

    @Test
    void threeMonthsOfUsClinicalExperienceAreEnough() {
        assertThat(advise(clinical().usceMonths(3)).ids()).doesNotContain("application.usce");
    }

    @Test
    void aPreclinicalStudentIsNotYetAskedForUsceOrLetters() {
        assertThat(advise(preclinical()).ids()).doesNotContain("application.usce", "application.us-letters");
    }

    @Test
    void twoUsLettersAreOneShortOfThree() {
        Recommendation letters = only(advise(clinical().usLetters(2)), "application.us-letters");
        assertThat(letters.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(letters.reasons().get(0)).isEqualTo("You have 2 letters from US clinicians; plan for at least 3.");
    }

    @Test
    void threeUsLettersAreEnough() {
        assertThat(advise(clinical().usLetters(3)).ids()).doesNotContain("application.us-letters");
    }

    // ---- research --------------------------------------------------------------------------

    @Test
    void noResearchForAcademicTargetsNamesThemInTheApplicantsOrder() {
        Advice advice = advise(clinical().target(Specialty.PSYCHIATRY, Specialty.FAMILY_MEDICINE,
                Specialty.DERMATOLOGY, Specialty.NEUROLOGY));
        Recommendation research = only(advice, "application.research");
        assertThat(research.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(research.reasons().get(0))
                .isEqualTo("You have no research outputs, and you target Psychiatry, Dermatology and Neurology: "
                        + "there the guide expects specialty-relevant research.");
    }

    @Test
    void noResearchWithUniversityProgramsInViewCallsForResearch() {
        Advice advice = advise(clinical().target(Specialty.FAMILY_MEDICINE)
                .settings(ProgramSetting.COMMUNITY, ProgramSetting.UNIVERSITY));
        assertThat(only(advice, "application.research").reasons().get(0))
                .contains("university programs are among your settings").doesNotContain("you target");
    }

    @Test
    void noResearchForCommunityFamilyMedicineIsNoGap() {
        Advice advice = advise(clinical().target(Specialty.FAMILY_MEDICINE, Specialty.PEDIATRICS)
                .settings(ProgramSetting.COMMUNITY));
        assertThat(advice.ids()).doesNotContain("application.research");
    }

    @Test
    void oneResearchOutputIsEnough() {
        assertThat(advise(clinical().target(Specialty.NEUROLOGY).researchOutputs(1)).ids())
                .doesNotContain("application.research");
    }

    // ---- application season ----------------------------------------------------------------

    @Test
    void theFirstOfJanuaryBeforeTheMatchOpensTheSeason() {
        Advice advice = advise(clinical().asOf("2027-01-01").ties(UsState.OH, UsState.IL));
        assertThat(advice.ids()).containsAll(SEASON_IDS);
        Recommendation ties = only(advice, "application.geographic-ties");
        assertThat(ties.priority()).isEqualTo(Priority.LOW);
        assertThat(ties.reasons()).anySatisfy(r -> assertThat(r).contains("ties to OH and IL"))
                .as("the season is said once, in the summary").noneSatisfy(r -> assertThat(r).contains("2028 Match"));
        assertThat(advice.summary().standing()).contains("Match 2028: in the application season (until 31 March 2028).");
    }

    @Test
    void theThirtyFirstOfDecemberIsBeforeTheSeason() {
        assertThat(advise(clinical().asOf("2026-12-31")).ids()).doesNotContainAnyElementsOf(SEASON_IDS);
    }

    @Test
    void theThirtyFirstOfMarchOfTheMatchYearIsStillInTheSeason() {
        assertThat(advise(clinical().asOf("2028-03-31")).ids()).containsAll(SEASON_IDS);
    }

    @Test
    void theFirstOfAprilOfTheMatchYearIsAfterTheSeason() {
        assertThat(advise(clinical().asOf("2028-04-01")).ids()).doesNotContainAnyElementsOf(SEASON_IDS);
    }

    @Test
    void withoutAMatchYearThereIsNoSeason() {
        assertThat(advise(clinical().asOf("2027-06-01").withoutMatchYear()).ids()).doesNotContainAnyElementsOf(SEASON_IDS);
    }

    @Test
    void withoutTiesTheMidwestAndSouthAreSuggested() {
        Advice advice = advise(clinical().asOf("2027-06-01"));
        assertThat(only(advice, "application.geographic-ties").reasons())
                .anySatisfy(r -> assertThat(r).contains("no geographic ties").contains("Midwestern, Southern and some community programs"));
    }

    @Test
    void theListMixQuotesThePlannedCount() {
        Recommendation mix = only(advise(clinical().asOf("2027-06-01").programsPlanned(80)), "application.list-mix");
        assertThat(mix.priority()).isEqualTo(Priority.LOW);
        assertThat(mix.reasons()).anySatisfy(r -> assertThat(r).contains("80 programs"));
    }

    @Test
    void theNarrativeNamesTheTargets() {
        Recommendation narrative = only(advise(clinical().asOf("2027-06-01")
                .target(Specialty.INTERNAL_MEDICINE, Specialty.PEDIATRICS)), "application.narrative");
        assertThat(narrative.priority()).isEqualTo(Priority.LOW);
        assertThat(narrative.reasons()).anySatisfy(r -> assertThat(r).contains("Internal Medicine and Pediatrics"));
    }

    @Test
    void applyingWithoutStep1PassedIsFlagged() {
        Advice advice = advise(clinical().asOf("2027-06-01")
                .exam(Exam.STEP_2_CK, "2027-05-01", ExamResult.PASS, 245)
                .planned(Exam.STEP_1, "2027-07-15"));
        Recommendation step1 = only(advice, "application.step1-before-applying");
        assertThat(step1.priority()).isEqualTo(Priority.HIGH);
        assertThat(step1.reasons())
                .anySatisfy(r -> assertThat(r).contains("not taken Step 1").contains("2027-07-15"))
                .anySatisfy(r -> assertThat(r).contains("Step 2 CK of 245 is strong (240+)"));
    }

    @Test
    void aFailedStep1InTheSeasonIsCountedInTheReasons() {
        Advice advice = advise(failedStep1().asOf("2027-06-01").exam(Exam.STEP_1, "2027-03-01", ExamResult.FAIL));
        assertThat(only(advice, "application.step1-before-applying").reasons())
                .anySatisfy(r -> assertThat(r).contains("failed Step 1 twice"))
                .anySatisfy(r -> assertThat(r).contains("no Step 2 CK score"));
    }

    @Test
    void aPassedStep1NeedsNoWarningBeforeApplying() {
        assertThat(advise(passedBoth().asOf("2027-06-01")).ids()).doesNotContain("application.step1-before-applying");
    }

    // ---- low-score tactics -----------------------------------------------------------------

    @Test
    void aLowStepProfileInTheSeasonGetsTheLowScoreTactics() {
        Recommendation tactics = only(advise(failedStep1().asOf("2027-01-01")), "application.low-score-tactics");
        assertThat(tactics.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(tactics.reasons().get(0)).contains("Your low Step profile").doesNotContain("2028 Match").doesNotContain("Step 1 failed once");
        assertThat(tactics.reasons()).anySatisfy(r -> assertThat(r).contains("SOAP"));
    }

    @Test
    void lowScoreTacticsWaitForTheSeason() {
        assertThat(advise(failedStep1().asOf("2026-12-31")).ids()).doesNotContain("application.low-score-tactics");
    }

    @Test
    void noLowScoreTacticsWithoutALowStepProfile() {
        assertThat(advise(passedBoth().asOf("2027-06-01")).ids()).doesNotContain("application.low-score-tactics");
    }

    // ---- delaying graduation ---------------------------------------------------------------

    @Test
    void aLowStepProfileWithoutStep2ScoreMayDelayGraduation() {
        Recommendation delay = only(advise(failedStep1().usceMonths(4)), "application.delay-graduation");
        assertThat(delay.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(delay.reasons().get(0)).contains("your low Step profile").contains("no Step 2 CK score yet");
        assertThat(delay.reasons()).anySatisfy(r -> assertThat(r).contains("6-12 months"));
    }

    @Test
    void aLowStepProfileWithAStep2ScoreHasNoRepeatRiskToDelayFor() {
        Advice advice = advise(failedStep1()
                .exam(Exam.STEP_1, "2026-05-10", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 236));
        assertThat(advice.ids()).doesNotContain("application.delay-graduation");
    }

    @Test
    void aThinFileGraduatingExactlyTwelveMonthsOutMayDelayGraduation() {
        Advice advice = advise(passedBoth().usceMonths(2).graduation("2027-11-24"));
        Recommendation delay = only(advice, "application.delay-graduation");
        assertThat(delay.reasons().get(0)).contains("2 months of US clinical experience (the guide asks for 3+)")
                .contains("no research outputs").contains("2027-11-24, within 12 months");
    }

    @Test
    void aThinFileGraduatingTwelveMonthsAndADayOutHasTimeLeft() {
        assertThat(advise(passedBoth().usceMonths(2).graduation("2027-11-25")).ids())
                .doesNotContain("application.delay-graduation");
    }

    @Test
    void threeMonthsOfUsceOrOneResearchOutputIsNoThinFile() {
        assertThat(advise(passedBoth().usceMonths(3).graduation("2027-06-30")).ids())
                .doesNotContain("application.delay-graduation");
        assertThat(advise(passedBoth().usceMonths(2).researchOutputs(1).graduation("2027-06-30")).ids())
                .doesNotContain("application.delay-graduation");
    }

    @Test
    void aGraduateCannotDelayGraduation() {
        assertThat(advise(failedStep1().stage(Stage.GRADUATED)).ids()).doesNotContain("application.delay-graduation");
    }

    // ---- graduation gap ------------------------------------------------------------------

    private static Applicant.Builder graduated(String graduation) {
        return passedBoth().stage(Stage.GRADUATED).clinicalStart("2020-01-06").graduation(graduation).usceMonths(2);
    }

    @Test
    void threeYearsSinceGraduationCallsForCheckingEachProgramsLimit() {
        Recommendation gap = only(advise(graduated("2025-06-30")), "application.graduation-gap");
        assertThat(gap.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(gap.reasons().get(0)).contains("2025-06-30").contains("3 years").contains("2028 Match");
        assertThat(gap.reasons()).anySatisfy(r -> assertThat(r).contains("2 months of US clinical experience"));
    }

    @Test
    void twoYearsSinceGraduationIsNoGap() {
        assertThat(advise(graduated("2026-06-30")).ids()).doesNotContain("application.graduation-gap");
    }

    @Test
    void fourYearsSinceGraduationIsStillACaution() {
        assertThat(only(advise(graduated("2024-06-30")), "application.graduation-gap").priority()).isEqualTo(Priority.MEDIUM);
    }

    @Test
    void fiveYearsSinceGraduationIsARedFlag() {
        Recommendation gap = only(advise(graduated("2023-06-30")), "application.graduation-gap");
        assertThat(gap.priority()).isEqualTo(Priority.HIGH);
        assertThat(gap.reasons().get(0)).contains("5 years");
    }

    @Test
    void withoutAMatchYearYearsSinceGraduationAreUnknown() {
        assertThat(advise(graduated("2021-06-30").withoutMatchYear()).ids()).doesNotContain("application.graduation-gap");
    }
}
