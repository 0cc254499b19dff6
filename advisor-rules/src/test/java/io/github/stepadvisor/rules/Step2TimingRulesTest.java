package io.github.stepadvisor.rules;

import static io.github.stepadvisor.model.Exam.STEP_1;
import static io.github.stepadvisor.model.Exam.STEP_2_CK;
import static io.github.stepadvisor.model.ExamResult.FAIL;
import static io.github.stepadvisor.model.ExamResult.PASS;
import static io.github.stepadvisor.model.ExamResult.PENDING;
import static io.github.stepadvisor.model.PracticeForm.NBME;
import static io.github.stepadvisor.model.PracticeForm.UWSA2;
import static io.github.stepadvisor.rules.Profiles.advise;
import static io.github.stepadvisor.rules.Profiles.clinical;
import static io.github.stepadvisor.AdviceAssert.recommendation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stepadvisor.AdviceAssert;
import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Priority;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.Stage;

import org.junit.jupiter.api.Test;

/**
 * Step 2 CK dates for the 2028 Match of {@link Profiles#clinical()}: ideal by 2027-07-31, latest
 * reasonable 2027-08-10, latest booking date 2027-06-15, booking window from 2027-01-31,
 * application season 2027-01-01 to 2028-03-31.
 */
class Step2TimingRulesTest {

    private static final String ON_TIME = "step2.timing.on-time";
    private static final String LATEST_REASONABLE = "step2.timing.latest-reasonable";
    private static final String TOO_LATE = "step2.timing.too-late";
    private static final String BOOK_DATE = "step2.timing.book-date";
    private static final String DELAY_CYCLE = "step2.timing.delay-cycle";
    private static final String APPLY_WITH_STEP2 = "application.apply-with-step2";


    // ---- on-time / latest-reasonable / too-late ------------------------------------------

    @Test
    void aDateExactlyOnTheIdealByDateIsOnTime() {
        Advice advice = advise(clinical().planned(STEP_2_CK, "2027-07-31"));
        Recommendation onTime = recommendation(advice, ON_TIME);
        assertThat(onTime.priority()).isEqualTo(Priority.LOW);
        assertThat(onTime.reasons().get(0)).contains("2027-07-31").contains("2028 Match");
        assertThat(advice.ids()).doesNotContain(LATEST_REASONABLE, TOO_LATE);
    }

    @Test
    void aDateOneDayAfterTheIdealByDateIsOnlyLatestReasonable() {
        Advice advice = advise(clinical().planned(STEP_2_CK, "2027-08-01"));
        Recommendation latest = recommendation(advice, LATEST_REASONABLE);
        assertThat(latest.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(latest.reasons().get(0)).contains("2027-08-01").contains("2027-07-31").contains("2027-08-10");
        assertThat(advice.ids()).doesNotContain(ON_TIME, TOO_LATE);
    }

    @Test
    void aDateExactlyOnTheLatestReasonableDateIsStillWorkable() {
        Advice advice = advise(clinical().planned(STEP_2_CK, "2027-08-10"));
        assertThat(advice.ids()).contains(LATEST_REASONABLE).doesNotContain(TOO_LATE, ON_TIME);
    }

    @Test
    void aDateOneDayAfterTheLatestReasonableDateIsTooLate() {
        Advice advice = advise(clinical().planned(STEP_2_CK, "2027-08-11"));
        Recommendation tooLate = recommendation(advice, TOO_LATE);
        assertThat(tooLate.priority()).isEqualTo(Priority.HIGH);
        assertThat(tooLate.title()).contains("2027-08-10");
        assertThat(tooLate.reasons().get(0)).contains("2027-08-11").contains("2027-08-10").contains("September 2027");
        assertThat(advice.ids()).doesNotContain(LATEST_REASONABLE, ON_TIME);
    }

    @Test
    void aPendingAttemptTakenBeforeAsOfIsItsExamDate() {
        Advice advice = advise(clinical().asOf("2027-07-10").exam(STEP_2_CK, "2027-07-01", PENDING));
        assertThat(recommendation(advice, ON_TIME).reasons().get(0)).contains("2027-07-01 (taken, result pending)");
    }

    @Test
    void aPendingAttemptAfterTheLatestReasonableDateIsTooLate() {
        Advice advice = advise(clinical().asOf("2027-08-20").exam(STEP_2_CK, "2027-08-15", PENDING));
        assertThat(recommendation(advice, TOO_LATE).reasons().get(0)).contains("2027-08-15 (taken, result pending)");
    }

    @Test
    void withoutABookedDateItIsTooLateFromTheLatestBookingDate() {
        Advice advice = advise(clinical().asOf("2027-06-15"));
        Recommendation tooLate = recommendation(advice, TOO_LATE);
        assertThat(tooLate.title()).startsWith("Book the earliest");
        assertThat(tooLate.reasons().get(0)).contains("2027-06-15").contains("2027-08-10").contains("8 weeks");
        assertThat(advice.ids()).doesNotContain(BOOK_DATE);
    }

    @Test
    void withoutABookedDateTheDayBeforeTheLatestBookingDateIsNotTooLate() {
        assertThat(advise(clinical().asOf("2027-06-14")).ids()).doesNotContain(TOO_LATE);
    }

    @Test
    void tooLateStillFiresOnThirtyFirstMarchOfTheMatchYear() {
        assertThat(advise(clinical().asOf("2028-03-31")).ids()).contains(TOO_LATE);
    }

    @Test
    void tooLateStopsOnFirstAprilOfTheMatchYear() {
        assertThat(advise(clinical().asOf("2028-04-01")).ids()).doesNotContain(TOO_LATE, APPLY_WITH_STEP2);
    }

    @Test
    void aStep2ScoreEndsTheDateAdvice() {
        Advice advice = advise(clinical().asOf("2027-09-01").exam(STEP_2_CK, "2027-08-20", PASS, 241));
        assertThat(advice.ids()).doesNotContain(ON_TIME, LATEST_REASONABLE, TOO_LATE, BOOK_DATE, APPLY_WITH_STEP2);
    }

    @Test
    void withoutAMatchYearNoDateIsJudged() {
        Advice early = advise(clinical().withoutMatchYear().planned(STEP_2_CK, "2027-07-01"));
        Advice late = advise(clinical().withoutMatchYear().asOf("2027-09-01"));
        assertThat(early.ids()).doesNotContain(ON_TIME, LATEST_REASONABLE, TOO_LATE, BOOK_DATE);
        assertThat(late.ids()).doesNotContain(TOO_LATE, BOOK_DATE, APPLY_WITH_STEP2);
    }

    // ---- book-date -----------------------------------------------------------------------

    /** {@link Profiles#clinical()} with Step 1 passed: book-date asks only then. */
    private static io.github.stepadvisor.model.Applicant.Builder passed() {
        return clinical().exam(STEP_1, "2026-03-01", PASS);
    }

    @Test
    void theBookingWindowOpensSixMonthsBeforeTheIdealByDate() {
        Advice advice = advise(passed().asOf("2027-01-31"));
        Recommendation book = recommendation(advice, BOOK_DATE);
        assertThat(book.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(book.title()).contains("2027-07-31").contains("2027-08-10");
        assertThat(book.reasons().get(1)).contains("2027-01-31").contains("6 months").contains("2027-06-15");
    }

    @Test
    void theDayBeforeTheBookingWindowOpensNoBookingIsAsked() {
        assertThat(advise(passed().asOf("2027-01-30")).ids()).doesNotContain(BOOK_DATE);
    }

    @Test
    void theBookingWindowEndsTheDayBeforeTheLatestBookingDate() {
        assertThat(advise(passed().asOf("2027-06-14")).ids()).contains(BOOK_DATE);
        assertThat(advise(passed().asOf("2027-06-15")).ids()).doesNotContain(BOOK_DATE);
    }

    @Test
    void aBookedDateNeedsNoBooking() {
        assertThat(advise(clinical().asOf("2027-03-01").planned(STEP_2_CK, "2027-07-01")).ids()).doesNotContain(BOOK_DATE);
    }

    @Test
    void aGraduateIsAskedToBookToo() {
        assertThat(advise(passed().stage(Stage.GRADUATED).asOf("2027-03-01")).ids()).contains(BOOK_DATE);
    }

    @Test
    void aPreclinicalStudentIsNotAskedToBook() {
        assertThat(advise(clinical().stage(Stage.PRECLINICAL).asOf("2027-03-01")).ids()).doesNotContain(BOOK_DATE);
    }

    // ---- application.apply-with-step2 ----------------------------------------------------

    @Test
    void inTheSeasonALateDateMeansApplyingWithoutTheScore() {
        Advice advice = advise(clinical().asOf("2027-01-01").planned(STEP_2_CK, "2027-08-11"));
        Recommendation apply = recommendation(advice, APPLY_WITH_STEP2);
        assertThat(apply.priority()).isEqualTo(Priority.HIGH);
        assertThat(apply.title()).isEqualTo("If Step 2 CK cannot move by 2027-08-10, apply on time anyway and have it done early in the season");
        assertThat(apply.reasons().get(0)).contains("1 January 2027").contains("31 March 2028");
        assertThat(apply.reasons()).anySatisfy(r -> assertThat(r).contains("FAQ 3"));
    }

    @Test
    void theApplyAnywayAdviceSharesNoSentenceWithTheTooLateAdvice() {
        Advice advice = advise(clinical().asOf("2027-01-01").planned(STEP_2_CK, "2027-08-11"));
        assertThat(recommendation(advice, APPLY_WITH_STEP2).reasons()).doesNotContainAnyElementsOf(recommendation(advice, TOO_LATE).reasons());
        assertThat(recommendation(advice, TOO_LATE).reasons()).noneSatisfy(r -> assertThat(r).contains("apply"));
    }

    @Test
    void afterTheLatestReasonableDateADateIsNotOfferedWithAnIf() {
        Advice advice = advise(clinical().asOf("2027-09-12").planned(STEP_2_CK, "2027-10-20"));
        assertThat(recommendation(advice, TOO_LATE).title()).contains("any date now falls after 2027-08-10").doesNotContain("if it falls");
        assertThat(recommendation(advice, APPLY_WITH_STEP2).title()).doesNotContain("If ").startsWith("Apply on time anyway");
    }

    @Test
    void withoutADateAfterTheLatestBookingDateAnyDateBookedNowFallsAfterTheLatestReasonableDate() {
        Advice advice = advise(passed().asOf("2027-09-12"));
        assertThat(recommendation(advice, TOO_LATE).title())
                .isEqualTo("Book the earliest Step 2 CK date you can be ready for: any date you book now falls after 2027-08-10");
        assertThat(recommendation(advice, APPLY_WITH_STEP2).reasons()).anySatisfy(r -> assertThat(r).contains("book it now"));
    }

    @Test
    void aPendingAttemptAfterTheLatestReasonableDateIsNotToldToMove() {
        Advice advice = advise(clinical().asOf("2027-08-20").exam(STEP_2_CK, "2027-08-15", PENDING));
        assertThat(recommendation(advice, TOO_LATE).title()).startsWith("Send your Step 2 CK score to programs").doesNotContain("Move");
    }

    @Test
    void beforeTheSeasonALateDateIsTooLateButNotYetAnApplicationQuestion() {
        Advice advice = advise(clinical().asOf("2026-12-31").planned(STEP_2_CK, "2027-08-11"));
        assertThat(advice.ids()).contains(TOO_LATE).doesNotContain(APPLY_WITH_STEP2);
    }

    @Test
    void inTheSeasonADateOnTheLatestReasonableDayNeedsNoApplyingWithout() {
        assertThat(advise(clinical().asOf("2027-03-01").planned(STEP_2_CK, "2027-08-10")).ids())
                .doesNotContain(APPLY_WITH_STEP2);
    }

    @Test
    void inTheSeasonWithoutADateApplyingWithoutStartsOnTheLatestBookingDate() {
        assertThat(advise(clinical().asOf("2027-06-15")).ids()).contains(APPLY_WITH_STEP2);
        assertThat(advise(clinical().asOf("2027-06-14")).ids()).doesNotContain(APPLY_WITH_STEP2);
    }

    // ---- delay-cycle ---------------------------------------------------------------------

    @Test
    void afterAStep1FailALateDateSuggestsDelayingACycleInsteadOfMovingTheDate() {
        Advice advice = advise(clinical().asOf("2027-03-01").exam(STEP_1, "2026-06-01", FAIL)
                .planned(STEP_2_CK, "2027-08-11"));
        Recommendation delay = recommendation(advice, DELAY_CYCLE);
        assertThat(delay.priority()).isEqualTo(Priority.HIGH);
        assertThat(delay.reasons().get(0)).contains("2027-08-11").contains("2027-08-10");
        assertThat(delay.reasons()).noneSatisfy(r -> assertThat(r).contains("failed attempt"));
        assertThat(delay.reasons()).last().asString().contains("2029 Match");
        assertThat(advice.ids()).doesNotContain(TOO_LATE, APPLY_WITH_STEP2);
    }

    @Test
    void afterAStep1FailADateOnTheLatestReasonableDayNeedsNoDelay() {
        Advice advice = advise(clinical().exam(STEP_1, "2026-06-01", FAIL).planned(STEP_2_CK, "2027-08-10"));
        assertThat(advice.ids()).contains(LATEST_REASONABLE).doesNotContain(DELAY_CYCLE);
    }

    @Test
    void aBorderlineStep1WithoutADateFromTheLatestBookingDateSuggestsDelaying() {
        Advice advice = advise(clinical().asOf("2027-06-15").exam(STEP_1, "2021-06-01", PASS, 210));
        Recommendation delay = recommendation(advice, DELAY_CYCLE);
        assertThat(delay.reasons().get(0)).contains("2027-06-15");
        assertThat(delay.reasons()).last().asString().contains("your low Step 1");
        assertThat(advice.ids()).doesNotContain(TOO_LATE);
    }

    @Test
    void aStep1OnePointAboveBorderlineIsToldTheDateIsTooLateInstead() {
        Advice advice = advise(clinical().asOf("2027-06-15").exam(STEP_1, "2021-06-01", PASS, 211));
        assertThat(advice.ids()).contains(TOO_LATE).doesNotContain(DELAY_CYCLE);
    }

    @Test
    void afterAStep1FailPracticeFarBelowTheRedemptionTargetSuggestsDelayingEvenWithAnOnTimeDate() {
        Advice advice = advise(clinical().exam(STEP_1, "2026-06-01", FAIL).planned(STEP_2_CK, "2027-07-01")
                .practice(STEP_2_CK, NBME, "2026-10-01", 224).practice(STEP_2_CK, UWSA2, "2026-11-01", 225));
        Recommendation delay = recommendation(advice, DELAY_CYCLE);
        assertThat(delay.reasons().get(0)).contains("224 and 225").contains("mean 224.5").contains("235").contains("225");
        assertThat(advice.ids()).doesNotContain(ON_TIME);
    }

    @Test
    void afterAStep1FailPracticeMeanExactly225IsNotFarBelowTheRedemptionTarget() {
        Advice advice = advise(clinical().exam(STEP_1, "2026-06-01", FAIL).planned(STEP_2_CK, "2027-07-01")
                .practice(STEP_2_CK, NBME, "2026-10-01", 224).practice(STEP_2_CK, UWSA2, "2026-11-01", 226));
        assertThat(advice.ids()).contains(ON_TIME).doesNotContain(DELAY_CYCLE);
    }

    @Test
    void afterAStep1FailPracticeJustUnderTheRedemptionTargetNeedsNoDelay() {
        Advice advice = advise(clinical().exam(STEP_1, "2026-06-01", FAIL).planned(STEP_2_CK, "2027-07-01")
                .practice(STEP_2_CK, NBME, "2026-10-01", 233).practice(STEP_2_CK, UWSA2, "2026-11-01", 234));
        assertThat(advice.ids()).contains(ON_TIME, "application.delay-graduation").doesNotContain(DELAY_CYCLE);
    }

    @Test
    void afterAStep1FailASinglePracticeScoreFarBelowTheRedemptionTargetCounts() {
        Advice advice = advise(clinical().exam(STEP_1, "2026-06-01", FAIL).planned(STEP_2_CK, "2027-07-01")
                .practice(STEP_2_CK, NBME, "2026-10-01", 224));
        Advice notFar = advise(clinical().exam(STEP_1, "2026-06-01", FAIL).planned(STEP_2_CK, "2027-07-01")
                .practice(STEP_2_CK, NBME, "2026-10-01", 225));
        assertThat(recommendation(advice, DELAY_CYCLE).reasons().get(0)).contains("score is 224,");
        assertThat(notFar.ids()).doesNotContain(DELAY_CYCLE);
    }

    @Test
    void aDelayedCycleSilencesTheExtensionOfSchool() {
        Advice advice = advise(clinical().exam(STEP_1, "2026-06-01", FAIL).planned(STEP_2_CK, "2027-07-01")
                .practice(STEP_2_CK, NBME, "2026-10-01", 224));
        assertThat(advice.ids()).contains(DELAY_CYCLE).doesNotContain("application.delay-graduation");
    }

    // ---- after-step1 ---------------------------------------------------------------------

    private static final String AFTER_STEP1 = "step2.timing.after-step1";

    @Test
    void withStep1AheadStep2CkIsBookedAfterThePassNotNow() {
        Advice advice = advise(clinical().asOf("2027-03-01").planned(STEP_1, "2027-06-15"));
        Recommendation after = recommendation(advice, AFTER_STEP1);
        assertThat(after.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(after.title()).startsWith("Book Step 2 CK once Step 1 is passed");
        assertThat(after.reasons().get(0)).contains("2027-06-15").contains("2027-07-31");
        assertThat(advice.ids()).doesNotContain(BOOK_DATE);
    }

    @Test
    void aStep1DateOneDayAfterTheLatestBookingDateMakesAScoreBeforeScreeningUnlikely() {
        Advice advice = advise(clinical().asOf("2027-03-01").planned(STEP_1, "2027-06-16"));
        Recommendation after = recommendation(advice, AFTER_STEP1);
        assertThat(after.title()).contains("apply with it done early in the season, or a later cycle");
        assertThat(after.reasons().get(0)).contains("2027-06-16").contains("2027-06-15").contains("unlikely");
        assertThat(after.reasons()).last().asString().contains("FAQ 3").contains("2029 Match");
    }

    @Test
    void afterTheLatestReasonableDateAfterStep1IsSilent() {
        assertThat(advise(clinical().asOf("2027-08-10")).ids()).contains(AFTER_STEP1);
        assertThat(advise(clinical().asOf("2027-08-11")).ids()).doesNotContain(AFTER_STEP1);
    }

    @Test
    void aPassedStep1OrABookedStep2CkNeedsNoAfterStep1() {
        assertThat(advise(passed().asOf("2027-03-01")).ids()).doesNotContain(AFTER_STEP1);
        assertThat(advise(clinical().asOf("2027-03-01").planned(STEP_2_CK, "2027-07-20")).ids()).doesNotContain(AFTER_STEP1);
    }

    @Test
    void afterAStep1FailNoPracticeScoreAndAnOnTimeDateNeedsNoDelay() {
        Advice advice = advise(clinical().exam(STEP_1, "2026-06-01", FAIL).planned(STEP_2_CK, "2027-07-01"));
        assertThat(advice.ids()).contains(ON_TIME).doesNotContain(DELAY_CYCLE);
    }

    @Test
    void aPassedStep1WithALateDateIsNotToldToDelay() {
        Advice advice = advise(clinical().exam(STEP_1, "2026-06-01", PASS).planned(STEP_2_CK, "2027-08-11")
                .practice(STEP_2_CK, NBME, "2026-10-01", 229));
        assertThat(advice.ids()).doesNotContain(DELAY_CYCLE);
    }

    @Test
    void delayingACycleNeedsAMatchYear() {
        Advice advice = advise(clinical().withoutMatchYear().exam(STEP_1, "2026-06-01", FAIL)
                .practice(STEP_2_CK, NBME, "2026-10-01", 220));
        assertThat(advice.ids()).doesNotContain(DELAY_CYCLE);
    }

    // ---- suppression by step2.readiness.push-back ----------------------------------------

    @Test
    void practiceScoresFarBelowTargetSilenceTheOnTimeReassurance() {
        Advice advice = advise(clinical().planned(STEP_2_CK, "2027-07-01")
                .practice(STEP_2_CK, NBME, "2026-10-01", 220).practice(STEP_2_CK, UWSA2, "2026-11-01", 224));
        assertThat(advice.ids()).contains("step2.readiness.push-back").doesNotContain(ON_TIME);
    }

    @Test
    void practiceScoresFarBelowTargetSilenceLatestReasonable() {
        Advice advice = advise(clinical().planned(STEP_2_CK, "2027-08-05")
                .practice(STEP_2_CK, NBME, "2026-10-01", 220).practice(STEP_2_CK, UWSA2, "2026-11-01", 224));
        assertThat(advice.ids()).contains("step2.readiness.push-back").doesNotContain(LATEST_REASONABLE);
    }

    @Test
    void practiceScoresFarBelowTargetSilenceMovingALateDateEarlier() {
        Advice advice = advise(clinical().asOf("2027-06-15")
                .practice(STEP_2_CK, NBME, "2027-05-01", 220).practice(STEP_2_CK, UWSA2, "2027-06-01", 224));
        assertThat(advice.ids()).contains("step2.readiness.push-back").doesNotContain(TOO_LATE, APPLY_WITH_STEP2);
    }

    @Test
    void practiceScoresNearTargetLeaveTheDateAdviceStanding() {
        Advice advice = advise(clinical().asOf("2027-06-15")
                .practice(STEP_2_CK, NBME, "2027-05-01", 224).practice(STEP_2_CK, UWSA2, "2027-06-01", 226));
        assertThat(advice.ids()).contains("step2.readiness.remediate", TOO_LATE, APPLY_WITH_STEP2);
    }
}
