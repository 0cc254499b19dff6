package io.github.stepadvisor.rules;

import static io.github.stepadvisor.rules.Profiles.advise;
import static io.github.stepadvisor.rules.Profiles.clinical;
import static io.github.stepadvisor.rules.Profiles.preclinical;
import static io.github.stepadvisor.AdviceAssert.recommendation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stepadvisor.AdviceAssert;
import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Category;
import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.ExamResult;
import io.github.stepadvisor.model.PracticeForm;
import io.github.stepadvisor.model.PracticeTest;
import io.github.stepadvisor.model.Priority;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.Stage;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.OptionalInt;

/** The step1.* ids, as of {@link Profiles#AS_OF} (2026-11-24). */
class Step1RulesTest {

    /** NBMEs with these scores, a week apart, the last one on 2026-11-20. */
    private static Applicant.Builder nbmes(Applicant.Builder applicant, int... scores) {
        LocalDate last = LocalDate.parse("2026-11-20");
        for (int i = 0; i < scores.length; i++) {
            applicant.practice(Exam.STEP_1, PracticeForm.NBME, last.minusWeeks(scores.length - 1 - i), scores[i]);
        }
        return applicant;
    }

    /** An NBME on {@code date} whose own passing score replaces the default. */
    private static PracticeTest nbme(String date, int score, int passingScore) {
        return new PracticeTest(Exam.STEP_1, PracticeForm.NBME, LocalDate.parse(date), score, OptionalInt.of(passingScore));
    }


    private static String reasons(Advice advice, String id) {
        return String.join("\n", recommendation(advice, id).reasons());
    }

    @Nested
    class WhenToTakeStep1 {

        @Test
        void aPreclinicalStudentAtAUsmleOrientedSchoolIsToldTheClassicTiming() {
            Advice advice = advise(preclinical());

            Recommendation classic = recommendation(advice, "step1.timing.classic");
            assertThat(classic.priority()).isEqualTo(Priority.LOW);
            assertThat(classic.category()).isEqualTo(Category.STEP1_TIMING);
            assertThat(classic.source()).isEqualTo("Designing a Step 1 Strategy > When should you take Step 1?");
            assertThat(classic.subject()).isEmpty();
            assertThat(classic.reasons().get(0)).contains("preclinical").contains("USMLE-oriented");
            assertThat(advice.ids()).doesNotContain("step1.timing.non-usmle-curriculum", "step1.timing.delayed");
        }

        @Test
        void aPreclinicalStudentAtASchoolNotUsmleOrientedIsToldToAlignLectureStudy() {
            Advice advice = advise(preclinical().schoolUsmleOriented(false));

            AdviceAssert.assertThat(advice).gives("step1.timing.non-usmle-curriculum").withPriority(Priority.MEDIUM);
            assertThat(reasons(advice, "step1.timing.non-usmle-curriculum")).contains("not USMLE-oriented");
            assertThat(advice.ids()).doesNotContain("step1.timing.classic");
        }

        @Test
        void aClinicalStudentWithoutStep1IsWarnedAboutTimeAwayFromBasicSciences() {
            Advice advice = advise(clinical().planned(Exam.STEP_1, "2027-03-01"));

            AdviceAssert.assertThat(advice).gives("step1.timing.delayed").withPriority(Priority.MEDIUM);
            assertThat(reasons(advice, "step1.timing.delayed"))
                    .contains("since 2026-01-05").contains("low-intensity review")
                    .as("the booked date is the summary's, not repeated here").doesNotContain("2027-03-01");
            assertThat(advice.ids()).doesNotContain("step1.timing.classic", "step1.timing.non-usmle-curriculum");
        }

        @Test
        void aGraduateWithoutStep1GetsTheDelayedTiming() {
            Advice advice = advise(clinical().stage(Stage.GRADUATED));

            assertThat(reasons(advice, "step1.timing.delayed")).contains("graduated");
        }

        @Test
        void aPreclinicalStudentGetsNoDelayedTiming() {
            assertThat(advise(preclinical()).ids()).doesNotContain("step1.timing.delayed");
        }

        @Test
        void anyoneWhoHasNotTakenStep1IsToldToAimForAConfidentPass() {
            Advice advice = advise(clinical());

            AdviceAssert.assertThat(advice).gives("step1.timing.pass-then-pivot").withPriority(Priority.LOW);
            assertThat(reasons(advice, "step1.timing.pass-then-pivot")).contains("Step 2 CK");
        }

        @Test
        void afterAFirstAttemptEvenAFailedOneNoTimingAdviceIsGiven() {
            Advice advice = advise(preclinical().exam(Exam.STEP_1, "2026-06-01", ExamResult.FAIL));

            assertThat(advice.ids()).noneMatch(id -> id.startsWith("step1.timing."));
        }
    }

    @Nested
    class StudyStructure {

        @Test
        void aPreclinicalStudentWithoutADateBuildsFoundations() {
            Advice advice = advise(preclinical());

            Recommendation foundations = recommendation(advice, "step1.prep.foundations");
            assertThat(foundations.priority()).isEqualTo(Priority.LOW);
            assertThat(foundations.source()).isEqualTo("Designing a Step 1 Strategy > Core Step 1 study structure");
            assertThat(foundations.reasons().get(0)).contains("no Step 1 date").contains("6 months");
        }

        @Test
        void aDateSixMonthsAndOneDayOutStillMeansFoundations() {
            Advice advice = advise(preclinical().planned(Exam.STEP_1, "2027-05-25"));

            assertThat(reasons(advice, "step1.prep.foundations")).contains("2027-05-25").contains("more than 6 months");
            assertThat(advice.ids()).doesNotContain("step1.prep.ramp-up");
        }

        @Test
        void aDateExactlySixMonthsOutStartsTheRampUp() {
            Advice advice = advise(preclinical().planned(Exam.STEP_1, "2027-05-24"));

            Recommendation rampUp = recommendation(advice, "step1.prep.ramp-up");
            assertThat(rampUp.priority()).isEqualTo(Priority.MEDIUM);
            assertThat(rampUp.reasons().get(0)).contains("2027-05-24").contains("181 days").contains("6-month")
                    .contains("before the 8 weeks of dedicated study the guide suggests");
            assertThat(advice.ids()).doesNotContain("step1.prep.foundations", "step1.prep.dedicated");
        }

        @Test
        void aClinicalStudentGetsNoFoundations() {
            assertThat(advise(clinical()).ids()).doesNotContain("step1.prep.foundations");
        }

        @Test
        void eightWeeksAndOneDayOutIsStillRampUp() {
            Advice advice = advise(clinical().planned(Exam.STEP_1, "2027-01-20"));

            assertThat(advice.ids()).contains("step1.prep.ramp-up").doesNotContain("step1.prep.dedicated");
        }

        @Test
        void exactlyEightWeeksOutIsDedicated() {
            Advice advice = advise(clinical().planned(Exam.STEP_1, "2027-01-19"));

            Recommendation dedicated = recommendation(advice, "step1.prep.dedicated");
            assertThat(dedicated.priority()).isEqualTo(Priority.MEDIUM);
            assertThat(dedicated.reasons().get(0)).contains("2027-01-19").contains("56 days (8 weeks)")
                    .contains("within the 8 weeks");
            assertThat(dedicated.title()).contains("60+");
            assertThat(advice.ids()).doesNotContain("step1.prep.ramp-up");
        }

        @Test
        void theApplicantsOwnDedicatedWeeksMoveTheDedicatedStart() {
            Advice inside = advise(clinical().dedicatedWeeks(10).planned(Exam.STEP_1, "2027-02-02"));
            Advice outside = advise(clinical().dedicatedWeeks(10).planned(Exam.STEP_1, "2027-02-03"));

            assertThat(reasons(inside, "step1.prep.dedicated")).contains("within the 10 weeks").contains("you plan");
            assertThat(outside.ids()).contains("step1.prep.ramp-up").doesNotContain("step1.prep.dedicated");
        }

        @Test
        void fiftyNineDailyQuestionsInDedicatedAreCalledTooFew() {
            Advice advice = advise(clinical().planned(Exam.STEP_1, "2027-01-05").dailyQuestions(59));

            assertThat(reasons(advice, "step1.prep.dedicated"))
                    .contains("You plan 59 questions a day; the guide asks for at least 60");
        }

        @Test
        void sixtyDailyQuestionsInDedicatedAreEnough() {
            Advice advice = advise(clinical().planned(Exam.STEP_1, "2027-01-05").dailyQuestions(60));

            assertThat(reasons(advice, "step1.prep.dedicated")).doesNotContain("You plan 60")
                    .contains("Your 60 questions a day meet");
        }

        @Test
        void fiveOrElevenDedicatedWeeksAreOutsideTheUsualLength() {
            Recommendation five = recommendation(advise(clinical().dedicatedWeeks(5)), "step1.prep.dedicated-length");
            Recommendation eleven = recommendation(advise(clinical().dedicatedWeeks(11)), "step1.prep.dedicated-length");

            assertThat(five.priority()).isEqualTo(Priority.MEDIUM);
            assertThat(five.title()).contains("6-10 weeks");
            assertThat(five.reasons().get(0)).contains("You plan 5 weeks").contains("6-10 weeks");
            assertThat(five.reasons().get(1)).contains("shorter");
            assertThat(eleven.reasons().get(0)).contains("You plan 11 weeks");
            assertThat(eleven.reasons().get(1)).contains("longer");
        }

        @Test
        void sixOrTenDedicatedWeeksOrNoneGivenAreFine() {
            assertThat(advise(clinical().dedicatedWeeks(6)).ids()).doesNotContain("step1.prep.dedicated-length");
            assertThat(advise(clinical().dedicatedWeeks(10)).ids()).doesNotContain("step1.prep.dedicated-length");
            assertThat(advise(clinical()).ids()).doesNotContain("step1.prep.dedicated-length");
        }

        @Test
        void twoPracticeTestsInDedicatedAreTooFewToSeeATrend() {
            Advice advice = advise(nbmes(clinical().planned(Exam.STEP_1, "2027-01-05"), 215, 220));

            Recommendation count = recommendation(advice, "step1.prep.nbme-count");
            assertThat(count.priority()).isEqualTo(Priority.MEDIUM);
            assertThat(count.title()).contains("at least 3 NBMEs");
            assertThat(count.reasons().get(0)).contains("2 Step 1 practice tests").contains("NBME 215 on 2026-11-13")
                    .contains("at least 3");
        }

        @Test
        void threePracticeTestsInDedicatedAreEnough() {
            Advice advice = advise(nbmes(clinical().planned(Exam.STEP_1, "2027-01-05"), 215, 220, 222));

            assertThat(advice.ids()).doesNotContain("step1.prep.nbme-count");
        }

        @Test
        void fewPracticeTestsBeforeDedicatedAreNoConcernYet() {
            Advice advice = advise(clinical().planned(Exam.STEP_1, "2027-01-20"));

            assertThat(advice.ids()).doesNotContain("step1.prep.nbme-count");
        }
    }

    @Nested
    class GoNoGo {

        @Test
        void aDateWithoutPracticeTestsAsksForABaseline() {
            Advice advice = advise(clinical().planned(Exam.STEP_1, "2027-03-01"));

            Recommendation baseline = recommendation(advice, "step1.readiness.baseline");
            assertThat(baseline.priority()).isEqualTo(Priority.MEDIUM);
            assertThat(baseline.category()).isEqualTo(Category.STEP1_READINESS);
            assertThat(baseline.source()).isEqualTo("Designing a Step 1 Strategy > Objective go/no-go criteria");
            assertThat(baseline.reasons().get(0)).contains("2027-03-01").contains("no Step 1 practice test");
        }

        @Test
        void shelfExamsDoNotCountAsABaseline() {
            Advice advice = advise(clinical().planned(Exam.STEP_1, "2027-03-01")
                    .practice(Exam.STEP_1, PracticeForm.SHELF, "2026-11-01", 80));

            assertThat(reasons(advice, "step1.readiness.baseline")).contains("1 other Step 1 test does not count")
                    .contains("shelf");
        }

        @Test
        void oneTestOrNoDateNeedsNoBaseline() {
            assertThat(advise(nbmes(clinical().planned(Exam.STEP_1, "2027-03-01"), 210)).ids())
                    .doesNotContain("step1.readiness.baseline");
            assertThat(advise(clinical()).ids()).doesNotContain("step1.readiness.baseline");
        }

        @Test
        void oneHighScoreIsNotYetConsistent() {
            Advice advice = advise(nbmes(clinical(), 230));

            Recommendation moreData = recommendation(advice, "step1.readiness.more-data");
            assertThat(moreData.priority()).isEqualTo(Priority.LOW);
            assertThat(moreData.reasons().get(0)).contains("NBME 230 on 2026-11-20")
                    .contains("at least 206 (passing 196 + 10)");
            assertThat(advice.ids()).doesNotContain("step1.readiness.go", "step1.readiness.delay");
        }

        @Test
        void twoTestsAreEnoughForADecision() {
            Advice advice = advise(nbmes(clinical(), 230, 231));

            assertThat(advice.ids()).contains("step1.readiness.go").doesNotContain("step1.readiness.more-data");
        }

        @Test
        void aScoreExactlyTenAbovePassingIsAGo() {
            Advice advice = advise(nbmes(clinical(), 206, 206));

            Recommendation go = recommendation(advice, "step1.readiness.go");
            assertThat(go.priority()).isEqualTo(Priority.LOW);
            assertThat(go.reasons().get(0)).contains("Your last 2 Step 1 practice scores are 206 and 206")
                    .contains("at least 206 (passing 196 + 10) on every one");
            assertThat(go.reasons().get(1)).contains("Not every one reaches the comfortable margin, at least 211 (passing 196 + 15) on every one")
                    .contains("206 and 206 fall short");
            assertThat(advice.ids()).doesNotContain("step1.readiness.delay");
        }

        @Test
        void aScoreNineAbovePassingSaysDelay() {
            Advice advice = advise(nbmes(clinical(), 215, 205));

            Recommendation delay = recommendation(advice, "step1.readiness.delay");
            assertThat(delay.priority()).isEqualTo(Priority.HIGH);
            assertThat(delay.reasons().get(0)).contains("215 and 205").contains("205 falls short");
            assertThat(advice.ids()).doesNotContain("step1.readiness.go");
        }

        @Test
        void theDelayReasonQuotesTheScoresAndTheFloor() {
            Advice advice = advise(nbmes(clinical().planned(Exam.STEP_1, "2027-01-05"), 201, 204, 199));

            assertThat(reasons(advice, "step1.readiness.delay"))
                    .contains("Your last 3 Step 1 practice scores are 201, 204 and 199; "
                            + "the guide asks for at least 206 (passing 196 + 10) on every one")
                    .contains("2027-01-05")
                    .contains("targeted review")
                    .contains("hardest red flags");
        }

        @Test
        void fifteenAboveOnEveryOneIsComfortable() {
            Advice advice = advise(nbmes(clinical(), 211, 215, 212));

            assertThat(reasons(advice, "step1.readiness.go")).contains("Every one also reaches the comfortable margin, at least 211 (passing 196 + 15)");
        }

        @Test
        void onlyTheThreeMostRecentTestsCount() {
            Advice advice = advise(nbmes(clinical(), 180, 210, 212, 214));

            assertThat(advice.ids()).contains("step1.readiness.go").doesNotContain("step1.readiness.delay");
            assertThat(reasons(advice, "step1.readiness.go")).contains("210, 212 and 214").doesNotContain("180");
        }

        @Test
        void aTestsOwnPassingScoreSetsItsFloor() {
            Advice delay = advise(clinical().practice(nbme("2026-11-01", 215, 200)).practice(nbme("2026-11-15", 209, 200)));
            Advice go = advise(clinical().practice(nbme("2026-11-01", 215, 200)).practice(nbme("2026-11-15", 210, 200)));

            assertThat(reasons(delay, "step1.readiness.delay")).contains("at least 210 (passing 200 + 10) on every one")
                    .contains("209 falls short");
            assertThat(go.ids()).contains("step1.readiness.go").doesNotContain("step1.readiness.delay");
        }

        @Test
        void differentPassingScoresAreEachNamed() {
            Advice advice = advise(clinical()
                    .practice(nbme("2026-11-01", 205, 194))
                    .practice(Exam.STEP_1, PracticeForm.UWSA1, "2026-11-15", 203));

            assertThat(reasons(advice, "step1.readiness.delay"))
                    .contains("204 on the NBME of 2026-11-01 (passing 194 + 10)")
                    .contains("206 on the UWSA1 of 2026-11-15 (passing 196 + 10)")
                    .contains("203 falls short");
        }

        @Test
        void threeFallingScoresAreDeclining() {
            Advice advice = advise(nbmes(clinical(), 230, 225, 220));

            Recommendation declining = recommendation(advice, "step1.readiness.declining");
            assertThat(declining.priority()).isEqualTo(Priority.MEDIUM);
            assertThat(declining.reasons().get(0)).contains("230, 225 and 220");
            assertThat(advice.ids()).doesNotContain("step1.readiness.go", "step1.readiness.delay");
        }

        @Test
        void aFlatStepIsNotDeclining() {
            Advice advice = advise(nbmes(clinical(), 230, 230, 220));

            assertThat(advice.ids()).contains("step1.readiness.go").doesNotContain("step1.readiness.declining");
        }

        @Test
        void twoFallingScoresAreNotYetATrend() {
            Advice advice = advise(nbmes(clinical(), 230, 220));

            assertThat(advice.ids()).doesNotContain("step1.readiness.declining");
        }

        @Test
        void aDateFourteenDaysOutWithoutAGoIsProtected() {
            Advice advice = advise(clinical().planned(Exam.STEP_1, "2026-12-08"));

            Recommendation protect = recommendation(advice, "step1.readiness.protect-attempt");
            assertThat(protect.priority()).isEqualTo(Priority.HIGH);
            assertThat(protect.reasons().get(0)).contains("2026-12-08").contains("14 days");
            assertThat(protect.reasons().get(1)).contains("no Step 1 practice test");
        }

        @Test
        void aDateFifteenDaysOutIsNotYetImminent() {
            Advice advice = advise(clinical().planned(Exam.STEP_1, "2026-12-09"));

            assertThat(advice.ids()).doesNotContain("step1.readiness.protect-attempt");
        }

        @Test
        void anImminentDateWithAGoNeedsNoProtection() {
            Advice advice = advise(nbmes(clinical().planned(Exam.STEP_1, "2026-12-01"), 210, 212));

            assertThat(advice.ids()).contains("step1.readiness.go").doesNotContain("step1.readiness.protect-attempt");
        }

        @Test
        void anImminentDateWithFallingScoresIsProtectedAndSaysWhy() {
            Advice advice = advise(nbmes(clinical().planned(Exam.STEP_1, "2026-12-01"), 230, 225, 220));

            assertThat(reasons(advice, "step1.readiness.protect-attempt")).contains("230, 225 and 220")
                    .contains("each fall below the one before");
        }

        @Test
        void anImminentDateWithOneGoodScoreIsProtectedAndSaysWhy() {
            Advice advice = advise(nbmes(clinical().planned(Exam.STEP_1, "2026-12-01"), 225));

            assertThat(reasons(advice, "step1.readiness.protect-attempt"))
                    .contains("Your only Step 1 practice test is NBME 225 on 2026-11-20")
                    .contains("at least 206 (passing 196 + 10)");
        }

        @Test
        void anImminentDateWithLowScoresIsProtectedAndSaysWhy() {
            Advice advice = advise(nbmes(clinical().planned(Exam.STEP_1, "2026-12-01"), 201, 204, 199));

            assertThat(reasons(advice, "step1.readiness.protect-attempt"))
                    .contains("says delay").contains("201, 204 and 199 fall short of the margin");
            assertThat(reasons(advice, "step1.readiness.delay")).contains("at least 206 (passing 196 + 10)");
        }

        @Test
        void aPracticeTestOnTheFailDateDescribesThatAttempt() {
            Advice advice = advise(clinical().exam(Exam.STEP_1, "2026-06-01", ExamResult.FAIL)
                    .practice(Exam.STEP_1, PracticeForm.NBME, "2026-06-01", 230)
                    .practice(Exam.STEP_1, PracticeForm.NBME, "2026-10-01", 231));

            assertThat(advice.ids()).contains("step1.readiness.more-data").doesNotContain("step1.readiness.go");
            assertThat(reasons(advice, "step1.readiness.more-data")).contains("231").doesNotContain("230");
        }

        @Test
        void aPracticeTestTheDayAfterTheFailCounts() {
            Advice advice = advise(clinical().exam(Exam.STEP_1, "2026-06-01", ExamResult.FAIL)
                    .practice(Exam.STEP_1, PracticeForm.NBME, "2026-06-02", 230)
                    .practice(Exam.STEP_1, PracticeForm.NBME, "2026-10-01", 231));

            assertThat(advice.ids()).contains("step1.readiness.go").doesNotContain("step1.readiness.more-data");
        }
    }

    @Nested
    class AfterAStep1Pass {

        @Test
        void prepAndReadinessAdviceStopsOnceStep1IsPassed() {
            Advice advice = advise(nbmes(preclinical().exam(Exam.STEP_1, "2026-06-01", ExamResult.PASS)
                    .dedicatedWeeks(5).dailyQuestions(10), 190, 185, 180));

            assertThat(advice.ids()).noneMatch(id -> id.startsWith("step1.prep.") || id.startsWith("step1.readiness."));
        }

        @Test
        void theSameProfileBeforeThePassGetsThatAdvice() {
            Advice advice = advise(nbmes(preclinical().dedicatedWeeks(5).dailyQuestions(10), 190, 185, 180));

            assertThat(advice.ids()).contains("step1.prep.foundations", "step1.prep.dedicated-length",
                    "step1.readiness.delay", "step1.readiness.declining");
        }
    }

    @Nested
    class Narrative {

        @Test
        void anOnTimeFirstPassIsASolidBaseline() {
            Advice advice = advise(clinical().exam(Exam.STEP_1, "2025-12-01", ExamResult.PASS));

            Recommendation solid = recommendation(advice, "step1.narrative.solid-baseline");
            assertThat(solid.priority()).isEqualTo(Priority.LOW);
            assertThat(solid.category()).isEqualTo(Category.STEP1_NARRATIVE);
            assertThat(solid.source()).isEqualTo("Designing a Step 1 Strategy > How Step 1 performance shapes your message");
            assertThat(solid.reasons().get(0)).contains("first attempt on 2025-12-01").contains("2026-01-05");
            assertThat(advice.ids()).doesNotContain("step1.narrative.adjustment", "step1.narrative.turnaround");
        }

        @Test
        void aPassOnTheDayClinicalRotationsBeganIsStillOnTime() {
            Advice advice = advise(clinical().exam(Exam.STEP_1, "2026-01-05", ExamResult.PASS));

            assertThat(advice.ids()).contains("step1.narrative.solid-baseline").doesNotContain("step1.narrative.adjustment");
        }

        @Test
        void aPassTheDayAfterClinicalRotationsBeganIsDelayed() {
            Advice advice = advise(clinical().exam(Exam.STEP_1, "2026-01-06", ExamResult.PASS));

            Recommendation adjustment = recommendation(advice, "step1.narrative.adjustment");
            assertThat(adjustment.priority()).isEqualTo(Priority.MEDIUM);
            assertThat(adjustment.reasons().get(0)).contains("2026-01-06").contains("after clinical rotations began on 2026-01-05");
            assertThat(adjustment.reasons().get(2)).contains("no Step 2 CK score").contains("240");
            assertThat(advice.ids()).doesNotContain("step1.narrative.school-timing");
            assertThat(advice.ids()).doesNotContain("step1.narrative.solid-baseline");
        }

        @Test
        void aLegacyScoreOfTwoHundredTenIsBorderlineAndNoSolidBaseline() {
            Advice advice = advise(clinical().exam(Exam.STEP_1, "2021-06-01", ExamResult.PASS, 210));

            assertThat(advice.ids()).doesNotContain("step1.narrative.solid-baseline");
        }

        @Test
        void aLegacyScoreOfTwoHundredElevenIsASolidBaseline() {
            Advice advice = advise(clinical().exam(Exam.STEP_1, "2021-06-01", ExamResult.PASS, 211));

            assertThat(reasons(advice, "step1.narrative.solid-baseline")).contains("211").contains("210");
        }

        @Test
        void aStep2CkOf240CarriesTheAdjustmentStory() {
            Advice advice = advise(clinical()
                    .exam(Exam.STEP_1, "2026-02-01", ExamResult.PASS)
                    .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 240));

            assertThat(reasons(advice, "step1.narrative.adjustment")).contains("after clinical rotations began")
                    .contains("Your Step 2 CK of 240 reaches the strong 240");
        }

        @Test
        void aStep2CkOf239DoesNotYetCarryTheAdjustmentStory() {
            Advice advice = advise(clinical()
                    .exam(Exam.STEP_1, "2026-02-01", ExamResult.PASS)
                    .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 239));

            assertThat(reasons(advice, "step1.narrative.adjustment")).contains("Your Step 2 CK of 239 is below a strong 240");
        }

        @Test
        void aLeaveIsExplainedOnceNotRecastAsAnAdjustment() {
            Advice advice = advise(clinical().extendedLeave(true)
                    .exam(Exam.STEP_1, "2026-02-01", ExamResult.PASS)
                    .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 240));

            Recommendation leave = recommendation(advice, "step1.narrative.leave");
            assertThat(leave.priority()).isEqualTo(Priority.MEDIUM);
            assertThat(reasons(advice, "step1.narrative.leave")).contains("once, factually").contains("never recast it as academic difficulty")
                    .contains("Your Step 2 CK of 240 reaches the strong 240");
            assertThat(advice.ids()).doesNotContain("step1.narrative.adjustment", "step1.narrative.school-timing",
                    "step1.narrative.solid-baseline");
        }

        @Test
        void withoutALeaveThereIsNoLeaveToExplain() {
            assertThat(advise(clinical().exam(Exam.STEP_1, "2026-02-01", ExamResult.PASS)).ids())
                    .doesNotContain("step1.narrative.leave");
        }

        @Test
        void aLeaveBeforeAStep1NotYetPassedHasNoNarrativeYet() {
            assertThat(advise(clinical().extendedLeave(true).planned(Exam.STEP_1, "2027-02-01")).ids())
                    .doesNotContain("step1.narrative.leave");
        }

        @Test
        void aSchoolNotUsmleOrientedExplainsALateStep1InOneLine() {
            Advice advice = advise(clinical().schoolUsmleOriented(false)
                    .exam(Exam.STEP_1, "2026-02-01", ExamResult.PASS));

            Recommendation timing = recommendation(advice, "step1.narrative.school-timing");
            assertThat(timing.priority()).isEqualTo(Priority.LOW);
            assertThat(reasons(advice, "step1.narrative.school-timing")).contains("not USMLE-oriented").contains("No adjustment story");
            assertThat(advice.ids()).doesNotContain("step1.narrative.adjustment");
        }

        @Test
        void aSchoolNotUsmleOrientedWithStep1BeforeClinicalRotationsIsASolidBaseline() {
            Advice advice = advise(clinical().schoolUsmleOriented(false)
                    .exam(Exam.STEP_1, "2026-01-05", ExamResult.PASS));

            assertThat(advice.ids()).contains("step1.narrative.solid-baseline").doesNotContain("step1.narrative.school-timing");
        }

        @Test
        void aFailNotYetRetakenIsAStoryStillToBeWritten() {
            Advice advice = advise(clinical().exam(Exam.STEP_1, "2026-06-01", ExamResult.FAIL));

            Recommendation turnaround = recommendation(advice, "step1.narrative.turnaround");
            assertThat(turnaround.priority()).isEqualTo(Priority.HIGH);
            assertThat(reasons(advice, "step1.narrative.turnaround"))
                    .contains("You failed Step 1 once (2026-06-01)")
                    .contains("not defensively")
                    .contains("no Step 2 CK score yet")
                    .contains("the story is still to be written, and it starts with a clear pass");
            assertThat(advice.ids()).doesNotContain("step1.narrative.solid-baseline", "step1.narrative.adjustment");
        }

        @Test
        void aFailThenAPassTellsTheTurnaroundWithTheStep2Evidence() {
            Advice advice = advise(clinical()
                    .exam(Exam.STEP_1, "2025-09-01", ExamResult.FAIL)
                    .exam(Exam.STEP_1, "2025-12-01", ExamResult.PASS)
                    .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 238));

            assertThat(reasons(advice, "step1.narrative.turnaround"))
                    .contains("once (2025-09-01) and then passed on 2025-12-01")
                    .contains("your Step 2 CK of 238 reaches the 235-245+")
                    .doesNotContain("still to be written");
            assertThat(advice.ids()).doesNotContain("step1.narrative.solid-baseline", "step1.narrative.adjustment");
        }

        @Test
        void aStep2CkBelowTheRedemptionTargetDoesNotYetShowTheTurnaround() {
            Advice advice = advise(clinical()
                    .exam(Exam.STEP_1, "2025-09-01", ExamResult.FAIL)
                    .exam(Exam.STEP_1, "2025-12-01", ExamResult.PASS)
                    .exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 234));

            assertThat(reasons(advice, "step1.narrative.turnaround")).contains("your Step 2 CK of 234 is below the 235");
        }

        @Test
        void withoutAStep1AttemptThereIsNoNarrativeYet() {
            assertThat(advise(clinical()).ids()).noneMatch(id -> id.startsWith("step1.narrative."));
        }
    }
}
