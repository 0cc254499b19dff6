package io.github.stepadvisor.rules;

import static io.github.stepadvisor.model.Exam.STEP_2_CK;
import static io.github.stepadvisor.model.ExamResult.FAIL;
import static io.github.stepadvisor.model.ExamResult.PASS;
import static io.github.stepadvisor.model.PracticeForm.NBME;
import static io.github.stepadvisor.model.PracticeForm.SHELF;
import static io.github.stepadvisor.model.PracticeForm.UWSA1;
import static io.github.stepadvisor.model.PracticeForm.UWSA2;
import static io.github.stepadvisor.model.Specialty.DERMATOLOGY;
import static io.github.stepadvisor.model.Specialty.FAMILY_MEDICINE;
import static io.github.stepadvisor.model.Specialty.NEUROLOGY;
import static io.github.stepadvisor.model.Specialty.PATHOLOGY;
import static io.github.stepadvisor.rules.Profiles.advise;
import static io.github.stepadvisor.rules.Profiles.clinical;
import static io.github.stepadvisor.AdviceAssert.recommendation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stepadvisor.AdviceAssert;
import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Priority;
import io.github.stepadvisor.model.Recommendation;

import org.junit.jupiter.api.Test;

/** T is 235 (LESS, or no rated target) or 240 (MODERATE, ULTRA); "near" is T − 10. */
class Step2ReadinessRulesTest {

    private static final String MORE_DATA = "step2.readiness.more-data";
    private static final String ON_TRACK = "step2.readiness.on-track";
    private static final String REMEDIATE = "step2.readiness.remediate";
    private static final String PUSH_BACK = "step2.readiness.push-back";
    private static final String FAILED = "step2.narrative.failed";

    /** A clinical applicant whose last two Step 2 CK practice scores are {@code older} then {@code newer}. */
    private static Applicant.Builder practiced(int older, int newer) {
        return clinical().practice(STEP_2_CK, NBME, "2026-10-01", older).practice(STEP_2_CK, UWSA2, "2026-11-01", newer);
    }


    // ---- more-data -----------------------------------------------------------------------

    @Test
    void oneStep2PracticeScoreIsNotATrend() {
        Advice advice = advise(clinical().practice(STEP_2_CK, UWSA1, "2026-11-01", 236));
        Recommendation more = recommendation(advice, MORE_DATA);
        assertThat(more.priority()).isEqualTo(Priority.LOW);
        assertThat(more.reasons().get(0)).contains("UWSA1 236 on 2026-11-01").contains("235");
        assertThat(advice.ids()).doesNotContain(ON_TRACK, REMEDIATE, PUSH_BACK);
    }

    @Test
    void twoPracticeScoresAreMoreThanOne() {
        assertThat(advise(practiced(236, 238)).ids()).doesNotContain(MORE_DATA);
    }

    @Test
    void aShelfExamIsNotAStep2PracticeScore() {
        Advice advice = advise(clinical().practice(STEP_2_CK, SHELF, "2026-10-01", 80)
                .practice(STEP_2_CK, NBME, "2026-11-01", 236));
        assertThat(advice.ids()).contains(MORE_DATA).doesNotContain(ON_TRACK);
    }

    // ---- on-track / remediate / push-back boundaries -------------------------------------

    @Test
    void bothScoresExactlyOnTargetAreOnTrack() {
        Advice advice = advise(practiced(235, 235));
        Recommendation onTrack = recommendation(advice, ON_TRACK);
        assertThat(onTrack.priority()).isEqualTo(Priority.LOW);
        assertThat(onTrack.reasons().get(0)).contains("235 and 235").contains("primary care")
                .contains("no target specialty");
        assertThat(advice.ids()).doesNotContain(REMEDIATE, PUSH_BACK);
    }

    @Test
    void aMeanHalfAPointBelowTargetIsNotOnTrack() {
        Advice advice = advise(practiced(234, 235));
        Recommendation remediate = recommendation(advice, REMEDIATE);
        assertThat(remediate.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(remediate.reasons().get(0)).contains("234 and 235").contains("mean 234.5").contains("225");
        assertThat(advice.ids()).doesNotContain(ON_TRACK, PUSH_BACK);
    }

    @Test
    void aMeanAboveTargetWithOneScoreBelowIsNotOnTrack() {
        assertThat(advise(practiced(250, 234)).ids()).contains(REMEDIATE).doesNotContain(ON_TRACK);
    }

    @Test
    void aMeanExactlyTenBelowTargetIsStillNear() {
        Advice advice = advise(practiced(224, 226));
        assertThat(advice.ids()).contains(REMEDIATE).doesNotContain(PUSH_BACK);
    }

    @Test
    void aMeanHalfAPointFurtherBelowIsFarBelow() {
        Advice advice = advise(practiced(224, 225));
        Recommendation push = recommendation(advice, PUSH_BACK);
        assertThat(push.priority()).isEqualTo(Priority.HIGH);
        assertThat(push.reasons().get(0)).contains("224 and 225").contains("mean 224.5").contains("below 225");
        assertThat(advice.ids()).doesNotContain(REMEDIATE, ON_TRACK);
    }

    @Test
    void onlyTheTwoMostRecentPracticeScoresCount() {
        Advice advice = advise(clinical().practice(STEP_2_CK, NBME, "2026-09-01", 200)
                .practice(STEP_2_CK, NBME, "2026-10-01", 236).practice(STEP_2_CK, UWSA2, "2026-11-01", 237));
        assertThat(advice.ids()).contains(ON_TRACK).doesNotContain(REMEDIATE, PUSH_BACK);
    }

    // ---- which target T is ---------------------------------------------------------------

    @Test
    void aModerateTargetRaisesTheTargetToTwoForty() {
        Advice advice = advise(practiced(238, 238).target(FAMILY_MEDICINE, NEUROLOGY));
        assertThat(recommendation(advice, REMEDIATE).reasons().get(0)).contains("240")
                .contains("moderately competitive fields (Neurology)");
        assertThat(advice.ids()).doesNotContain(ON_TRACK);
    }

    @Test
    void anUltraTargetIsNamedAsTheSourceOfTheTarget() {
        assertThat(recommendation(advise(practiced(241, 242).target(NEUROLOGY, DERMATOLOGY)), ON_TRACK).reasons().get(0))
                .contains("240").contains("highly competitive fields (Dermatology)");
    }

    @Test
    void aLessCompetitiveTargetKeepsTheTargetAtTwoThirtyFive() {
        assertThat(recommendation(advise(practiced(235, 236).target(FAMILY_MEDICINE)), ON_TRACK).reasons().get(0))
                .contains("235").contains("less competitive fields (Family Medicine)");
    }

    @Test
    void withOnlyUnratedTargetsThePrimaryCareTargetIsUsedAndSaidSo() {
        assertThat(recommendation(advise(practiced(235, 236).target(PATHOLOGY)), ON_TRACK).reasons().get(0))
                .contains("235").contains("rates none of your target specialties");
    }

    // ---- only while there is no Step 2 CK score ------------------------------------------

    @Test
    void aStep2ScoreEndsTheReadinessAdvice() {
        Advice advice = advise(practiced(220, 222).exam(STEP_2_CK, "2026-11-10", PASS, 231));
        assertThat(advice.ids()).noneMatch(id -> id.startsWith("step2.readiness."));
    }

    @Test
    void practiceScoresBeforeAFailedAttemptDoNotCount() {
        Advice advice = advise(practiced(220, 222).exam(STEP_2_CK, "2026-11-10", FAIL, 212)
                .practice(STEP_2_CK, UWSA1, "2026-11-20", 236));
        assertThat(advice.ids()).contains(MORE_DATA).doesNotContain(PUSH_BACK);
    }

    // ---- step2.narrative.failed ----------------------------------------------------------

    @Test
    void aFailedStep2WithoutARetakeAsksForAClearlyStrongerOne() {
        Recommendation failed = recommendation(advise(clinical().exam(STEP_2_CK, "2026-10-01", FAIL, 212)), FAILED);
        assertThat(failed.priority()).isEqualTo(Priority.HIGH);
        assertThat(failed.reasons().get(0)).contains("once").contains("212 on 2026-10-01");
        assertThat(failed.reasons().get(1)).contains("no score yet").contains("212");
    }

    @Test
    void aPassedRetakeIsMeasuredAgainstTheLastFailure() {
        Recommendation failed = recommendation(advise(clinical().exam(STEP_2_CK, "2026-03-01", FAIL, 205)
                .exam(STEP_2_CK, "2026-06-01", FAIL, 212).exam(STEP_2_CK, "2026-10-01", PASS, 238)), FAILED);
        assertThat(failed.reasons().get(0)).contains("2 times").contains("205 on 2026-03-01 and 212 on 2026-06-01");
        assertThat(failed.reasons().get(1)).contains("238").contains("26 points above").contains("212");
    }

    @Test
    void aStep2PassedFirstTimeNeedsNoFailureNarrative() {
        assertThat(advise(clinical().exam(STEP_2_CK, "2026-10-01", PASS, 240)).ids()).doesNotContain(FAILED);
    }

    // ---- protect-attempt -------------------------------------------------------------------

    private static final String PROTECT = "step2.readiness.protect-attempt";

    /** {@link #practiced} with Step 2 CK booked on {@code date} (14 days out is 2026-12-08). */
    private static Applicant.Builder booked(String date, int older, int newer) {
        return practiced(older, newer).planned(STEP_2_CK, date);
    }

    /** Three failed Step 2 CK attempts before the practice tests: the next attempt is the last. */
    private static Applicant.Builder lastAttempt(Applicant.Builder applicant) {
        return applicant.exam(io.github.stepadvisor.model.Exam.STEP_1, "2025-03-01", PASS)
                .exam(STEP_2_CK, "2025-06-01", FAIL, 205).exam(STEP_2_CK, "2025-11-01", FAIL, 210)
                .exam(STEP_2_CK, "2026-04-01", FAIL, 214).target(FAMILY_MEDICINE);
    }

    @Test
    void aDateWithin14DaysAndPracticeFarBelowTargetIsRescheduled() {
        Advice advice = advise(booked("2026-12-08", 220, 224));
        Recommendation protect = recommendation(advice, PROTECT);
        assertThat(protect.priority()).isEqualTo(Priority.HIGH);
        assertThat(protect.title()).contains("Reschedule").contains("2026-12-08");
        assertThat(protect.reasons().get(0)).contains("2026-12-08").contains("14 days");
        assertThat(protect.reasons()).anySatisfy(r -> assertThat(r).contains("mean of 222").contains("235").contains("14 days leave no time"))
                .anySatisfy(r -> assertThat(r).contains("rescheduled one does not"));
        assertThat(advice.ids()).doesNotContain("step2.prep.late-dedicated");
    }

    @Test
    void aDate15DaysOutIsNotYetImminent() {
        assertThat(advise(booked("2026-12-09", 220, 224)).ids()).doesNotContain(PROTECT);
    }

    @Test
    void oneOrNoPracticeTestWithin14DaysIsRescheduled() {
        assertThat(advise(clinical().planned(STEP_2_CK, "2026-12-08")).ids()).contains(PROTECT);
        assertThat(advise(clinical().planned(STEP_2_CK, "2026-12-08").practice(STEP_2_CK, NBME, "2026-11-01", 250))
                .ids()).contains(PROTECT);
    }

    @Test
    void practiceNearTargetWithin14DaysIsNoReasonToReschedule() {
        Advice advice = advise(booked("2026-12-08", 224, 226));
        assertThat(advice.ids()).doesNotContain(PROTECT).contains("step2.prep.late-dedicated", REMEDIATE);
    }

    @Test
    void aPendingAttemptIsNotRescheduled() {
        assertThat(advise(clinical().exam(STEP_2_CK, "2026-11-20", io.github.stepadvisor.model.ExamResult.PENDING)).ids())
                .doesNotContain(PROTECT);
    }

    @Test
    void aLastAttemptWithAPracticeScoreUnder228IsRescheduled() {
        Advice advice = advise(lastAttempt(booked("2026-12-06", 227, 233)));
        Recommendation protect = recommendation(advice, PROTECT);
        assertThat(protect.reasons()).anySatisfy(r -> assertThat(r).contains("last attempt").contains("228 (passing 218 + 10)")
                .contains("227 and 233"));
        assertThat(advice.recommendations().get(0).id()).isEqualTo("principle.last-attempt");
        assertThat(advice.ids()).doesNotContain("step2.prep.late-dedicated");
    }

    @Test
    void aLastAttemptWithEveryPracticeScoreAt228OrMoreIsNotRescheduled() {
        assertThat(advise(lastAttempt(booked("2026-12-06", 228, 232))).ids()).doesNotContain(PROTECT)
                .contains("principle.last-attempt", "step2.prep.late-dedicated");
    }

    @Test
    void aFirstAttemptWithAPracticeScoreUnder228IsNotHeldToTheLastAttemptBar() {
        assertThat(advise(booked("2026-12-06", 227, 233).target(FAMILY_MEDICINE)).ids()).doesNotContain(PROTECT);
    }
}
