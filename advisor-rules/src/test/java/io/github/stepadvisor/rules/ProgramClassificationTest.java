package io.github.stepadvisor.rules;

import static io.github.stepadvisor.model.ProgramCategory.EXCLUDED;
import static io.github.stepadvisor.model.ProgramCategory.REACH;
import static io.github.stepadvisor.model.ProgramCategory.SAFETY;
import static io.github.stepadvisor.model.ProgramCategory.TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Citizenship;
import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.ExamResult;
import io.github.stepadvisor.model.Friendliness;
import io.github.stepadvisor.model.PracticeForm;
import io.github.stepadvisor.model.Program;
import io.github.stepadvisor.model.ProgramResult;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Stage;
import io.github.stepadvisor.model.Step1FailPolicy;
import io.github.stepadvisor.model.UsState;
import io.github.stepadvisor.model.VisaSponsorship;

import org.junit.jupiter.api.Test;

import java.util.List;

/** One program, one applicant: each factor of program-list.md applies, and not across its boundary. */
class ProgramClassificationTest {

    /**
     * A US-citizen IMG with Step 1 passed and a Step 2 CK score, aiming at internal medicine, with
     * 4 months of US clinical experience (so a blank requirement caps nothing).
     */
    private static Applicant.Builder scoring(int step2) {
        return Profiles.clinical().usceMonths(4)
                .exam(Exam.STEP_1, "2025-05-01", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-07-01", ExamResult.PASS, step2)
                .target(Specialty.INTERNAL_MEDICINE, Specialty.DERMATOLOGY, Specialty.PATHOLOGY);
    }

    /** The same applicant, but Step 1 failed once before the pass. */
    private static Applicant.Builder failedStep1(int step2) {
        return Profiles.clinical().usceMonths(4)
                .exam(Exam.STEP_1, "2025-03-01", ExamResult.FAIL)
                .exam(Exam.STEP_1, "2025-06-01", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-07-01", ExamResult.PASS, step2)
                .target(Specialty.INTERNAL_MEDICINE, Specialty.DERMATOLOGY);
    }

    /** A community internal medicine program in Ohio, nothing else known. */
    private static Program.Builder program() {
        return Program.builder().id("FICT-IM-014").name("Lakeshore Community Hospital Internal Medicine")
                .specialty(Specialty.INTERNAL_MEDICINE).state(UsState.OH).setting(ProgramSetting.COMMUNITY);
    }

    private static ProgramResult classify(Applicant.Builder applicant, Program.Builder program) {
        return StepAdvisor.builtIn().programs(applicant.build(), List.of(program.build())).programs().get(0);
    }

    // ---- Levels --------------------------------------------------------------------------

    @Test
    void aMarginOfExactlyFiveAtAnImgFriendlyProgramIsASafety() {
        ProgramResult result = classify(scoring(237), program().step2Median(232).imgShare(42));
        assertThat(result.category()).isEqualTo(SAFETY);
        assertThat(result.factors()).containsExactly("program.level.safety");
        assertThat(result.margin()).hasValue(5);
        assertThat(result.friendliness()).isEqualTo(Friendliness.HIGH);
        assertThat(result.reasons()).contains(
                "Your Step 2 CK 237 is 5 above the program's median of 232.",
                "42% of its residents are international graduates (IMG-friendly: 30% or more).");
    }

    @Test
    void aMarginOfFourAtAnImgFriendlyProgramIsOnlyATarget() {
        ProgramResult result = classify(scoring(236), program().step2Median(232).imgShare(42));
        assertThat(result.category()).isEqualTo(TARGET);
        assertThat(result.factors()).containsExactly("program.level.target");
        assertThat(result.reasons()).first().isEqualTo("Target: a margin of +4 makes it a target.");
        assertThat(result.reasons()).contains("A target needs a margin of -5 or more at a program that does not "
                + "take few IMGs; a safety needs +5 or more at an IMG-friendly program.");
    }

    @Test
    void anImgShareOfExactlyThirtyIsImgFriendly() {
        ProgramResult result = classify(scoring(240), program().step2Median(232).imgShare(30));
        assertThat(result.friendliness()).isEqualTo(Friendliness.HIGH);
        assertThat(result.category()).isEqualTo(SAFETY);
    }

    @Test
    void anImgShareOfTwentyNineIsNotImgFriendlySoAWideMarginIsOnlyATarget() {
        ProgramResult result = classify(scoring(240), program().step2Median(232).imgShare(29));
        assertThat(result.friendliness()).isEqualTo(Friendliness.MEDIUM);
        assertThat(result.category()).isEqualTo(TARGET);
        assertThat(result.reasons()).contains(
                "29% of its residents are international graduates (some IMGs: 10% or more, under 30%).");
    }

    @Test
    void aMarginOfExactlyMinusFiveIsStillATarget() {
        ProgramResult result = classify(scoring(227), program().step2Median(232).imgShare(15));
        assertThat(result.category()).isEqualTo(TARGET);
        assertThat(result.margin()).hasValue(-5);
        assertThat(result.reasons()).contains("Your Step 2 CK 227 is 5 below the program's median of 232.");
    }

    @Test
    void aMarginOfMinusSixIsAReach() {
        ProgramResult result = classify(scoring(226), program().step2Median(232).imgShare(15));
        assertThat(result.category()).isEqualTo(REACH);
        assertThat(result.factors()).containsExactly("program.level.reach");
        assertThat(result.reasons()).containsExactly("Reach: a margin of -6 makes it a reach.",
                "Your Step 2 CK 226 is 6 below the program's median of 232.",
                "15% of its residents are international graduates (some IMGs: 10% or more, under 30%).",
                "A target needs a margin of -5 or more.");
    }

    @Test
    void anImgShareOfExactlyTenIsNotLowSoANearMarginIsATarget() {
        ProgramResult result = classify(scoring(232), program().step2Median(232).imgShare(10));
        assertThat(result.friendliness()).isEqualTo(Friendliness.MEDIUM);
        assertThat(result.category()).isEqualTo(TARGET);
    }

    @Test
    void anImgShareOfNineIsLowSoEvenAWideMarginIsAReach() {
        ProgramResult result = classify(scoring(250), program().step2Median(232).imgShare(9));
        assertThat(result.friendliness()).isEqualTo(Friendliness.LOW);
        assertThat(result.category()).isEqualTo(REACH);
        assertThat(result.reasons()).contains(
                "Reach: an IMG share of 9% makes it a reach.",
                "9% of its residents are international graduates (few IMGs: under 10%).",
                "A program that takes few IMGs is a reach whatever the margin.");
    }

    @Test
    void anUnknownImgShareCountsAsNotLowButNeverAsImgFriendly() {
        ProgramResult result = classify(scoring(250), program().step2Median(232));
        assertThat(result.friendliness()).isEqualTo(Friendliness.UNKNOWN);
        assertThat(result.category()).isEqualTo(TARGET);
    }

    @Test
    void withoutAMedianTheTierBandIsTheReferenceScore() {
        ProgramResult result = classify(scoring(236), program().imgShare(42));
        assertThat(result.margin()).hasValue(6);
        assertThat(result.category()).isEqualTo(SAFETY);
        assertThat(result.reasons()).contains(
                "Your Step 2 CK 236 is 6 above the guide's band of 230 for Internal Medicine (the program publishes no median).");
    }

    @Test
    void internalMedicineAtAUniversityProgramIsModerateWhateverTheApplicantPrefers() {
        ProgramResult result = classify(scoring(236).settings(ProgramSetting.COMMUNITY),
                program().setting(ProgramSetting.UNIVERSITY).imgShare(42));
        assertThat(result.margin()).hasValue(-9);
        assertThat(result.category()).isEqualTo(REACH);
    }

    @Test
    void anUnratedProgramWithoutAMedianHasNoMarginAndRestsOnFriendliness() {
        ProgramResult friendly = classify(scoring(240), program().specialty(Specialty.PATHOLOGY).imgShare(35));
        ProgramResult unknown = classify(scoring(240), program().specialty(Specialty.PATHOLOGY));
        assertThat(friendly.margin()).isEmpty();
        assertThat(friendly.category()).isEqualTo(TARGET);
        assertThat(friendly.reasons()).first()
                .isEqualTo("Target: IMG friendliness alone (no margin can be known) makes it a target.");
        assertThat(unknown.category()).isEqualTo(REACH);
        assertThat(unknown.reasons()).first()
                .isEqualTo("Reach: no margin to compare at a program that is not IMG-friendly makes it a reach.");
    }

    @Test
    void withoutAnyScoreOnlyAnImgFriendlyProgramIsATarget() {
        Applicant.Builder noScore = Profiles.clinical().target(Specialty.INTERNAL_MEDICINE);
        assertThat(classify(noScore, program().step2Median(232).imgShare(30)).category()).isEqualTo(TARGET);
        assertThat(classify(noScore, program().step2Median(232).imgShare(29)).category()).isEqualTo(REACH);
        assertThat(classify(noScore, program().step2Median(232).imgShare(30)).reasons())
                .contains("You have no Step 2 CK score or practice test to compare with the program's median of 232.");
    }

    @Test
    void thePracticeEstimateIsTheMeanOfTheTwoMostRecentTestsRoundedDownAndSaidSo() {
        Applicant.Builder estimated = Profiles.clinical().target(Specialty.INTERNAL_MEDICINE)
                .practice(Exam.STEP_2_CK, PracticeForm.NBME, "2026-09-01", 210)
                .practice(Exam.STEP_2_CK, PracticeForm.NBME, "2026-10-01", 236)
                .practice(Exam.STEP_2_CK, PracticeForm.UWSA2, "2026-11-01", 241);
        ProgramResult result = classify(estimated, program().step2Median(232).imgShare(42));
        assertThat(result.margin()).hasValue(6);
        assertThat(result.reasons()).contains("Your Step 2 CK practice estimate 238 is 6 above the program's median of 232.");
    }

    // ---- Exclusions ----------------------------------------------------------------------

    @Test
    void aScoreEqualToTheMinimumIsNotExcluded() {
        ProgramResult result = classify(scoring(230), program().step2Minimum(230).imgShare(42));
        assertThat(result.category()).isNotEqualTo(EXCLUDED);
        assertThat(result.factors()).doesNotContain("program.excluded.step2-minimum");
    }

    @Test
    void aScoreOneBelowTheMinimumIsExcluded() {
        ProgramResult result = classify(scoring(229), program().step2Minimum(230).imgShare(42));
        assertThat(result.category()).isEqualTo(EXCLUDED);
        assertThat(result.factors()).containsExactly("program.excluded.step2-minimum");
        assertThat(result.reasons()).containsExactly(
                "Excluded: its published Step 2 CK minimum of 230 closes it to you.",
                "Your Step 2 CK 229 is below the program's published Step 2 CK minimum of 230.");
        assertThat(result.margin()).as("a known margin is given for excluded programs too").hasValue(-1);
    }

    @Test
    void aPracticeEstimateBelowTheMinimumExcludesAndSaysItIsAnEstimate() {
        Applicant.Builder estimated = Profiles.clinical().target(Specialty.INTERNAL_MEDICINE)
                .practice(Exam.STEP_2_CK, PracticeForm.NBME, "2026-10-01", 224)
                .practice(Exam.STEP_2_CK, PracticeForm.UWSA2, "2026-11-01", 226);
        ProgramResult result = classify(estimated, program().step2Minimum(230));
        assertThat(result.category()).isEqualTo(EXCLUDED);
        assertThat(result.reasons().get(1)).startsWith("Your Step 2 CK practice estimate 225 is below")
                .contains("estimate from practice tests");
    }

    @Test
    void withoutAnyScoreAMinimumExcludesNothing() {
        ProgramResult result = classify(Profiles.clinical().target(Specialty.INTERNAL_MEDICINE),
                program().step2Minimum(230).imgShare(42));
        assertThat(result.category()).isEqualTo(TARGET);
    }

    @Test
    void aStep1FailureExcludesAProgramThatDoesNotAcceptOne() {
        ProgramResult result = classify(failedStep1(240), program().step1FailAccepted(Step1FailPolicy.NO).imgShare(42));
        assertThat(result.category()).isEqualTo(EXCLUDED);
        assertThat(result.factors()).containsExactly("program.excluded.step1-fail");
    }

    @Test
    void aProgramThatDoesNotAcceptAStep1FailureIsOpenWithoutOne() {
        ProgramResult result = classify(scoring(240), program().step1FailAccepted(Step1FailPolicy.NO).imgShare(42));
        assertThat(result.category()).isEqualTo(SAFETY);
    }

    private static Applicant.Builder graduatedIn(String graduation) {
        return scoring(240).stage(Stage.GRADUATED).clinicalStart("2018-01-08").graduation(graduation);
    }

    @Test
    void yearsSinceGraduationEqualToTheLimitAreAccepted() {
        ProgramResult result = classify(graduatedIn("2020-05-31"), program().maxYearsSinceGraduation(8).imgShare(42));
        assertThat(result.category()).isEqualTo(SAFETY);
    }

    @Test
    void oneYearMoreThanTheLimitExcludes() {
        ProgramResult result = classify(graduatedIn("2020-05-31"), program().maxYearsSinceGraduation(7).imgShare(42));
        assertThat(result.category()).isEqualTo(EXCLUDED);
        assertThat(result.factors()).containsExactly("program.excluded.graduation");
        assertThat(result.reasons()).containsExactly("Excluded: its limit of 7 years since graduation closes it to you.",
                "Your graduation year 2020 is 8 years before the 2028 Match; "
                + "the program accepts at most 7 years since graduation.");
    }

    @Test
    void withoutAGraduationDateTheLimitIsNotApplied() {
        ProgramResult result = classify(scoring(240), program().maxYearsSinceGraduation(0).imgShare(42));
        assertThat(result.category()).isEqualTo(SAFETY);
    }

    @Test
    void usceEqualToTheRequirementIsEnough() {
        ProgramResult result = classify(scoring(240).usceMonths(3), program().usceRequiredMonths(3).imgShare(42));
        assertThat(result.category()).isEqualTo(SAFETY);
    }

    @Test
    void oneMonthLessUsceThanRequiredExcludes() {
        ProgramResult result = classify(scoring(240).usceMonths(2), program().usceRequiredMonths(3).imgShare(42));
        assertThat(result.category()).isEqualTo(EXCLUDED);
        assertThat(result.reasons()).containsExactly(
                "Excluded: its requirement of 3 months of US clinical experience closes it to you.",
                "You have 2 months of US clinical experience; the program requires 3 months.");
    }

    @Test
    void aForeignNationalIsExcludedWhereNoVisaIsSponsored() {
        Applicant.Builder foreign = scoring(240).citizenship(Citizenship.FOREIGN_NATIONAL);
        ProgramResult none = classify(foreign, program().visaSponsorship(VisaSponsorship.NONE).imgShare(42));
        ProgramResult j1 = classify(foreign, program().visaSponsorship(VisaSponsorship.J1).imgShare(42));
        assertThat(none.category()).isEqualTo(EXCLUDED);
        assertThat(none.factors()).containsExactly("program.excluded.visa");
        assertThat(j1.category()).isEqualTo(SAFETY);
    }

    @Test
    void aUsCitizenNeedsNoVisaSponsorship() {
        ProgramResult result = classify(scoring(240), program().visaSponsorship(VisaSponsorship.NONE).imgShare(42));
        assertThat(result.category()).isEqualTo(SAFETY);
    }

    @Test
    void anExcludedProgramListsEveryExclusionAndNothingElse() {
        ProgramResult result = classify(failedStep1(229).usceMonths(1).ties(UsState.OH),
                program().step2Minimum(230).step1FailAccepted(Step1FailPolicy.NO).usceRequiredMonths(2).imgShare(42));
        assertThat(result.category()).isEqualTo(EXCLUDED);
        assertThat(result.factors()).containsExactly(
                "program.excluded.step1-fail", "program.excluded.step2-minimum", "program.excluded.usce");
        assertThat(result.reasons()).hasSize(4).noneMatch(r -> r.contains("ties"));
        assertThat(result.reasons()).first().isEqualTo("Excluded: its policy of taking no applicant with a Step 1 "
                + "failure, its published Step 2 CK minimum of 230 and its requirement of 2 months of US clinical "
                + "experience close it to you.");
    }

    // ---- Adjustments and the cap ---------------------------------------------------------

    @Test
    void aTieRaisesAReachToATarget() {
        ProgramResult result = classify(scoring(220).ties(UsState.OH), program().step2Median(232).imgShare(42));
        assertThat(result.category()).isEqualTo(TARGET);
        assertThat(result.factors()).containsExactly("program.level.reach", "program.adjust.geographic-tie");
        assertThat(result.reasons()).contains("You have ties to OH.");
    }

    @Test
    void aTieElsewhereChangesNothing() {
        ProgramResult result = classify(scoring(220).ties(UsState.IL), program().step2Median(232).imgShare(42));
        assertThat(result.category()).isEqualTo(REACH);
        assertThat(result.factors()).containsExactly("program.level.reach");
    }

    @Test
    void aTieAtASafetyIsListedThoughTheLevelCannotRise() {
        ProgramResult result = classify(scoring(241).ties(UsState.OH), program().step2Median(232).imgShare(42));
        assertThat(result.category()).isEqualTo(SAFETY);
        assertThat(result.factors()).containsExactly("program.level.safety", "program.adjust.geographic-tie");
    }

    @Test
    void aSafetyWithATieAndAStep1FailureStaysASafetyBecauseAdjustmentsAreSummedFirst() {
        ProgramResult result = classify(failedStep1(241).ties(UsState.OH), program().step2Median(232).imgShare(42));
        assertThat(result.category()).isEqualTo(SAFETY);
        assertThat(result.factors()).containsExactly(
                "program.level.safety", "program.adjust.geographic-tie", "program.adjust.step1-fail");
    }

    @Test
    void aStep1FailureLowersAProgramWhosePolicyIsUnknown() {
        ProgramResult result = classify(failedStep1(241), program().step2Median(232).imgShare(42));
        assertThat(result.category()).isEqualTo(TARGET);
        assertThat(result.reasons()).contains("You failed Step 1, and the catalogue does not say whether the program "
                + "considers a Step 1 failure: one level lower.");
    }

    @Test
    void aStep1FailureLowersACaseByCaseProgram() {
        ProgramResult result = classify(failedStep1(241),
                program().step2Median(232).imgShare(42).step1FailAccepted(Step1FailPolicy.CASE_BY_CASE));
        assertThat(result.category()).isEqualTo(TARGET);
        assertThat(result.factors()).contains("program.adjust.step1-fail");
    }

    @Test
    void aStep1FailureDoesNotLowerAProgramThatAcceptsOne() {
        ProgramResult result = classify(failedStep1(241),
                program().step2Median(232).imgShare(42).step1FailAccepted(Step1FailPolicy.YES));
        assertThat(result.category()).isEqualTo(SAFETY);
        assertThat(result.factors()).containsExactly("program.level.safety");
    }

    @Test
    void aReachCannotFallBelowReach() {
        ProgramResult result = classify(failedStep1(220), program().step2Median(232).imgShare(42));
        assertThat(result.category()).isEqualTo(REACH);
        assertThat(result.factors()).containsExactly("program.level.reach", "program.adjust.step1-fail");
    }

    @Test
    void anUltraCompetitiveProgramNeverRisesAboveReach() {
        ProgramResult result = classify(scoring(270).ties(UsState.OH),
                program().specialty(Specialty.DERMATOLOGY).step2Median(250).imgShare(60));
        assertThat(result.category()).isEqualTo(REACH);
        assertThat(result.factors()).containsExactly(
                "program.level.safety", "program.adjust.geographic-tie", "program.cap.ultra");
        assertThat(result.reasons()).anySatisfy(r -> assertThat(r).startsWith("Dermatology is highly competitive"));
    }

    @Test
    void aModeratelyCompetitiveProgramIsNotCapped() {
        ProgramResult result = classify(scoring(260).target(Specialty.NEUROLOGY),
                program().specialty(Specialty.NEUROLOGY).imgShare(60));
        assertThat(result.category()).isEqualTo(SAFETY);
        assertThat(result.factors()).doesNotContain("program.cap.ultra");
    }
    // ---- A failed Step 2 CK ---------------------------------------------------------------

    /** Step 1 passed, Step 2 CK failed once and then passed with {@code step2}. */
    private static Applicant.Builder failedStep2(int step2) {
        return Profiles.clinical().usceMonths(4)
                .exam(Exam.STEP_1, "2025-05-01", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-03-01", ExamResult.FAIL, 205)
                .exam(Exam.STEP_2_CK, "2026-07-01", ExamResult.PASS, step2)
                .target(Specialty.INTERNAL_MEDICINE);
    }

    @Test
    void aFailedStep2CkLowersEveryProgramOneLevel() {
        ProgramResult result = classify(failedStep2(241), program().step2Median(232).imgShare(42)
                .step1FailAccepted(Step1FailPolicy.YES));
        assertThat(result.category()).isEqualTo(TARGET);
        assertThat(result.factors()).containsExactly("program.level.safety", "program.adjust.step2-fail");
        assertThat(result.reasons()).first().isEqualTo("Target: a margin of +9 at an IMG-friendly program would "
                + "make it a safety, but a failed Step 2 CK attempt lowers it one level.");
        assertThat(result.reasons()).contains("You failed Step 2 CK once, and programs screen hard on a Step 2 CK "
                + "failure; the catalogue has no column saying which consider one: one level lower.");
    }

    @Test
    void withoutAFailedStep2CkTheSameProgramIsASafety() {
        ProgramResult result = classify(scoring(241), program().step2Median(232).imgShare(42)
                .step1FailAccepted(Step1FailPolicy.YES));
        assertThat(result.category()).isEqualTo(SAFETY);
        assertThat(result.factors()).containsExactly("program.level.safety");
    }

    /** Step 1 and Step 2 CK each failed once, then passed; Step 2 CK 234. */
    private static Applicant.Builder failedBoth() {
        return Profiles.clinical().usceMonths(4)
                .exam(Exam.STEP_1, "2025-03-01", ExamResult.FAIL)
                .exam(Exam.STEP_1, "2025-06-01", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-03-01", ExamResult.FAIL, 205)
                .exam(Exam.STEP_2_CK, "2026-07-01", ExamResult.PASS, 234)
                .target(Specialty.INTERNAL_MEDICINE);
    }

    @Test
    void failedStep1AndStep2CkAttemptsAreSummedBeforeClampingAtReach() {
        ProgramResult result = classify(failedBoth().ties(UsState.OH), program().step2Median(232).imgShare(42));
        assertThat(result.category()).as("target +1 -1 -1 = reach").isEqualTo(REACH);
        ProgramResult noTie = classify(failedBoth(), program().step2Median(232).imgShare(42));
        assertThat(noTie.category()).isEqualTo(REACH);
        assertThat(noTie.reasons()).first().isEqualTo("Reach: a margin of +2 would make it a target, but a failed "
                + "Step 1 attempt lowers it one level and a failed Step 2 CK attempt lowers it one level "
                + "(a reach is the lowest level).");
    }

    // ---- Caps for what the catalogue leaves blank -----------------------------------------

    @Test
    void threeYearsSinceGraduationAndNoLimitInTheCatalogueCapAtTarget() {
        ProgramResult result = classify(graduatedIn("2025-05-31"), program().step2Median(232).imgShare(42));
        assertThat(result.category()).isEqualTo(TARGET);
        assertThat(result.factors()).containsExactly("program.level.safety", "program.cap.unknown-graduation");
        assertThat(result.reasons()).first().isEqualTo("Target: a margin of +8 at an IMG-friendly program would "
                + "make it a safety, but its limit on years since graduation is not in the catalogue (yours are 3), "
                + "so it is at most a target.");
        assertThat(result.reasons()).contains("You graduated 3 years before the 2028 Match, and many programs "
                + "screen at 3 years or more; the catalogue leaves the program's limit blank, and an unknown limit "
                + "is no promise: at most a target.");
    }

    @Test
    void twoYearsSinceGraduationAreNotCapped() {
        ProgramResult result = classify(graduatedIn("2026-05-31"), program().step2Median(232).imgShare(42));
        assertThat(result.category()).isEqualTo(SAFETY);
        assertThat(result.factors()).containsExactly("program.level.safety");
    }

    @Test
    void aFilledInLimitOnYearsSinceGraduationThatIsMetCapsNothing() {
        ProgramResult result = classify(graduatedIn("2025-05-31"),
                program().step2Median(232).imgShare(42).maxYearsSinceGraduation(3));
        assertThat(result.category()).isEqualTo(SAFETY);
        assertThat(result.factors()).containsExactly("program.level.safety");
    }

    @Test
    void withoutAGraduationDateABlankLimitCapsNothing() {
        ProgramResult result = classify(scoring(240), program().step2Median(232).imgShare(42));
        assertThat(result.factors()).doesNotContain("program.cap.unknown-graduation");
    }

    @Test
    void noUsceAndNoRequirementInTheCatalogueCapAtTarget() {
        ProgramResult result = classify(scoring(240).usceMonths(0), program().step2Median(232).imgShare(42));
        assertThat(result.category()).isEqualTo(TARGET);
        assertThat(result.factors()).containsExactly("program.level.safety", "program.cap.unknown-usce");
        assertThat(result.reasons()).first().isEqualTo("Target: a margin of +8 at an IMG-friendly program would "
                + "make it a safety, but its US clinical experience requirement is not in the catalogue "
                + "(you have none), so it is at most a target.");
        assertThat(result.reasons()).contains("You have no US clinical experience, which many programs require; the "
                + "catalogue leaves the program's requirement blank, and an unknown requirement is no promise: at "
                + "most a target.");
    }

    @Test
    void oneMonthOfUsceIsNotCapped() {
        ProgramResult result = classify(scoring(240).usceMonths(1), program().step2Median(232).imgShare(42));
        assertThat(result.category()).isEqualTo(SAFETY);
        assertThat(result.factors()).containsExactly("program.level.safety");
    }

    @Test
    void aRequirementOfZeroMonthsIsFilledInAndCapsNothing() {
        ProgramResult result = classify(scoring(240).usceMonths(0),
                program().step2Median(232).imgShare(42).usceRequiredMonths(0));
        assertThat(result.category()).isEqualTo(SAFETY);
        assertThat(result.factors()).containsExactly("program.level.safety");
    }

    @Test
    void aCapAppliesAfterClampingSoATieCannotLiftACappedSafetyBackUp() {
        ProgramResult result = classify(scoring(241).usceMonths(0).ties(UsState.OH),
                program().step2Median(232).imgShare(42));
        assertThat(result.category()).as("safety +1 clamps to safety, then the cap: target").isEqualTo(TARGET);
        assertThat(result.factors()).containsExactly("program.level.safety", "program.adjust.geographic-tie",
                "program.cap.unknown-usce");
        // The tie could not raise a safety: only the cap decided.
        assertThat(result.reasons()).first().isEqualTo("Target: a margin of +9 at an IMG-friendly program would "
                + "make it a safety, but its US clinical experience requirement is not in the catalogue "
                + "(you have none), so it is at most a target.");
    }

    @Test
    void aCapAboveTheLevelChangesNothingButIsListed() {
        ProgramResult result = classify(scoring(220).usceMonths(0), program().step2Median(232).imgShare(42));
        assertThat(result.category()).isEqualTo(REACH);
        assertThat(result.factors()).containsExactly("program.level.reach", "program.cap.unknown-usce");
        assertThat(result.reasons()).first().isEqualTo("Reach: a margin of -12 makes it a reach.");
    }

    @Test
    void theLowestCapWinsAndAloneDecides() {
        Applicant.Builder graduate = graduatedIn("2018-05-31").usceMonths(0);
        ProgramResult result = classify(graduate.ties(UsState.OH),
                program().specialty(Specialty.DERMATOLOGY).step2Median(230).imgShare(42));
        assertThat(result.category()).isEqualTo(REACH);
        assertThat(result.factors()).containsExactly("program.level.safety", "program.adjust.geographic-tie",
                "program.cap.ultra", "program.cap.unknown-graduation", "program.cap.unknown-usce");
        assertThat(result.reasons()).first().isEqualTo("Reach: a margin of +10 at an IMG-friendly program would "
                + "make it a safety, but Dermatology is highly competitive, so it is at most a reach.");
    }

    @Test
    void twoCapsAtTheSameLevelAreBothNamed() {
        ProgramResult result = classify(graduatedIn("2018-05-31").usceMonths(0),
                program().step2Median(232).imgShare(42));
        assertThat(result.category()).isEqualTo(TARGET);
        assertThat(result.reasons()).first().isEqualTo("Target: a margin of +8 at an IMG-friendly program would "
                + "make it a safety, but its limit on years since graduation is not in the catalogue (yours are 10) "
                + "and its US clinical experience requirement is not in the catalogue (you have none), so it is at "
                + "most a target.");
    }

    @Test
    void anExcludedProgramIsNeverCapped() {
        ProgramResult result = classify(scoring(229).usceMonths(0), program().step2Minimum(230).imgShare(42));
        assertThat(result.category()).isEqualTo(EXCLUDED);
        assertThat(result.factors()).containsExactly("program.excluded.step2-minimum");
    }

    // ---- The first reason: the category and what decided it ------------------------------

    @Test
    void theFirstReasonOfASafetyNamesItsMarginAndFriendliness() {
        assertThat(classify(scoring(237), program().step2Median(232).imgShare(42)).reasons()).first()
                .isEqualTo("Safety: a margin of +5 at an IMG-friendly program makes it a safety.");
    }

    @Test
    void theFirstReasonOfATargetWithAWideMarginSaysWhatKeptItFromASafety() {
        assertThat(classify(scoring(240), program().step2Median(232).imgShare(20)).reasons()).first()
                .isEqualTo("Target: a margin of +8 at a program that is not IMG-friendly makes it a target.");
        assertThat(classify(scoring(240), program().step2Median(232)).reasons()).first()
                .isEqualTo("Target: a margin of +8 at a program of unknown IMG share makes it a target.");
    }

    @Test
    void theFirstReasonOfAReachLoweredFromATargetReadsAsTheContractsExample() {
        ProgramResult result = classify(failedStep1(236), program().step2Median(232).imgShare(42));
        assertThat(result.category()).isEqualTo(REACH);
        assertThat(result.reasons()).first().isEqualTo(
                "Reach: a margin of +4 would make it a target, but a failed Step 1 attempt lowers it one level.");
    }

    @Test
    void theFirstReasonOfATargetRaisedByATieSaysSo() {
        assertThat(classify(scoring(220).ties(UsState.OH), program().step2Median(232).imgShare(42)).reasons()).first()
                .isEqualTo("Target: a margin of -12 would make it a reach, but your ties to OH raise it one level.");
    }

    @Test
    void adjustmentsThatCancelOutOrCannotMoveTheLevelDecideNothing() {
        assertThat(classify(failedStep1(234).ties(UsState.OH), program().step2Median(232).imgShare(42)).reasons())
                .first().isEqualTo("Target: a margin of +2 makes it a target.");
        assertThat(classify(scoring(241).ties(UsState.OH), program().step2Median(232).imgShare(42)).reasons())
                .first().isEqualTo("Safety: a margin of +9 at an IMG-friendly program makes it a safety.");
    }

    @Test
    void theFirstReasonOfAnExcludedProgramNamesWhatClosesIt() {
        Applicant.Builder foreign = scoring(240).citizenship(Citizenship.FOREIGN_NATIONAL);
        assertThat(classify(foreign, program().visaSponsorship(VisaSponsorship.NONE)).reasons()).first()
                .isEqualTo("Excluded: its lack of visa sponsorship closes it to you.");
    }
}
