package io.github.stepadvisor.rules;

import static io.github.stepadvisor.model.Exam.STEP_1;
import static io.github.stepadvisor.model.Exam.STEP_2_CK;
import static io.github.stepadvisor.model.ExamResult.FAIL;
import static io.github.stepadvisor.model.ExamResult.PASS;
import static io.github.stepadvisor.model.Specialty.DERMATOLOGY;
import static io.github.stepadvisor.model.Specialty.FAMILY_MEDICINE;
import static io.github.stepadvisor.model.Specialty.INTERNAL_MEDICINE;
import static io.github.stepadvisor.model.Specialty.NEUROLOGY;
import static io.github.stepadvisor.model.Specialty.PATHOLOGY;
import static io.github.stepadvisor.model.Specialty.PEDIATRICS;
import static io.github.stepadvisor.model.Specialty.PSYCHIATRY;
import static io.github.stepadvisor.rules.Profiles.advise;
import static io.github.stepadvisor.rules.Profiles.clinical;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Priority;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.Specialty;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import java.util.List;

class Step2TargetRulesTest {

    private static final String GOAL = "step2.target.goal";
    private static final String MEETS = "step2.target.meets";
    private static final String WORKABLE = "step2.target.workable";
    private static final String BELOW = "step2.target.below";
    private static final String UNRATED = "step2.target.unrated";

    /** A clinical applicant with a passed Step 2 CK of {@code score}. */
    private static Applicant.Builder scored(int score) {
        return clinical().exam(STEP_2_CK, "2026-10-01", PASS, score);
    }

    private static Recommendation on(Advice advice, String id, Specialty subject) {
        return advice.all(id).stream().filter(r -> r.subject().equals(Optional.of(subject))).findFirst()
                .orElseThrow(() -> new AssertionError(id + "@" + subject + " not given; got " + advice.keys()));
    }

    // ---- goal ----------------------------------------------------------------------------

    @Test
    void withoutAScoreEachRatedTargetGetsItsBandAsTheGoal() {
        Advice advice = advise(clinical().target(DERMATOLOGY, NEUROLOGY, FAMILY_MEDICINE));
        Recommendation derm = on(advice, GOAL, DERMATOLOGY);
        assertThat(derm.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(derm.title()).contains("250+");
        assertThat(derm.reasons().get(0)).contains("research").contains("mentorship");
        assertThat(on(advice, GOAL, NEUROLOGY).reasons().get(0)).contains("245+").contains("from 240 to 244");
        assertThat(on(advice, GOAL, FAMILY_MEDICINE).reasons().get(0)).contains("230–240+");
        assertThat(advice.all(GOAL)).hasSize(3);
    }

    @Test
    void aScoreEndsTheGoal() {
        assertThat(advise(scored(231).target(FAMILY_MEDICINE)).ids()).doesNotContain(GOAL);
    }

    @Test
    void anUnratedTargetGetsNoGoal() {
        assertThat(advise(clinical().target(PATHOLOGY)).ids()).doesNotContain(GOAL);
    }

    // ---- meets / below at each band --------------------------------------------------------

    @Test
    void aScoreExactlyOnTheLessBandMeetsIt() {
        Advice advice = advise(scored(230).target(FAMILY_MEDICINE));
        Recommendation meets = on(advice, MEETS, FAMILY_MEDICINE);
        assertThat(meets.priority()).isEqualTo(Priority.LOW);
        assertThat(meets.reasons().get(0)).contains("230").contains("Family Medicine");
        assertThat(meets.reasons()).hasSize(1);
        assertThat(advice.ids()).doesNotContain(BELOW);
    }

    @Test
    void aScoreOnePointBelowTheLessBandStillAllowsABroadLowScoreApplication() {
        Advice advice = advise(scored(229).target(FAMILY_MEDICINE).usceMonths(2).usLetters(1).programsPlanned(45));
        Recommendation below = on(advice, BELOW, FAMILY_MEDICINE);
        assertThat(below.priority()).isEqualTo(Priority.HIGH);
        assertThat(below.title()).startsWith("Apply broadly");
        assertThat(below.reasons().get(0)).contains("229").contains("230");
        assertThat(below.reasons().get(1)).contains("at least 60 programs; you plan 45").contains("you have 2")
                .contains("you have 1").contains("growth");
        assertThat(advice.ids()).doesNotContain(MEETS);
    }

    @Test
    void aLowScoreWithoutAProgramCountSaysNoneWasGiven() {
        assertThat(on(advise(scored(225).target(PEDIATRICS)), BELOW, PEDIATRICS).reasons().get(1))
                .contains("you gave no count");
    }

    @Test
    void anUltraScoreExactlyOnTheBandIsAFloorNotASafeZone() {
        Advice advice = advise(scored(250).target(DERMATOLOGY));
        Recommendation meets = on(advice, MEETS, DERMATOLOGY);
        assertThat(meets.title()).contains("floor");
        assertThat(meets.reasons().get(1)).contains("floor").contains("0 research outputs").contains("mentorship");
    }

    @Test
    void anUltraScoreOnePointBelowTheBandIsLeftToTheUltraCompetitiveAdvice() {
        Advice advice = advise(scored(249).target(DERMATOLOGY));
        assertThat(advice.ids()).contains("specialty.ultra-competitive").doesNotContain(BELOW, MEETS);
    }

    @Test
    void aModerateScoreOnePointBelowTheWorkableScoreCallsForAReassessment() {
        Advice advice = advise(scored(239).target(NEUROLOGY));
        Recommendation below = on(advice, BELOW, NEUROLOGY);
        assertThat(below.priority()).isEqualTo(Priority.HIGH);
        assertThat(below.title()).startsWith("Reassess Neurology");
        assertThat(below.reasons().get(0)).contains("239").contains("245").contains("240");
        assertThat(below.reasons().get(1)).contains("230 band your score reaches");
        assertThat(advice.ids()).doesNotContain(MEETS, WORKABLE);
    }

    @Test
    void twoLessCompetitiveTargetsBelowTheBandShareNoSentence() {
        Advice advice = advise(scored(226).target(FAMILY_MEDICINE, PSYCHIATRY));
        List<String> reasons = advice.all(BELOW).stream().flatMap(r -> r.reasons().stream()).toList();
        assertThat(reasons).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void aLowStepProfileIsToldTheScoreAloneDoesNotSettleIt() {
        Advice advice = advise(scored(240).exam(STEP_1, "2026-03-01", FAIL).target(FAMILY_MEDICINE));
        assertThat(on(advice, MEETS, FAMILY_MEDICINE).reasons()).last().asString()
                .contains("your low Step profile").contains("does not settle it").doesNotContain("Step 1 failed once");
    }

    // ---- workable ------------------------------------------------------------------------

    @Test
    void aModerateScoreExactlyOnTheWorkableThresholdIsWorkable() {
        Advice advice = advise(scored(240).target(NEUROLOGY).usceMonths(4).usLetters(2));
        Recommendation workable = on(advice, WORKABLE, NEUROLOGY);
        assertThat(workable.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(workable.reasons().get(0)).contains("240").contains("245");
        assertThat(workable.reasons().get(1)).contains("4 months").contains("2 US letters");
        assertThat(advice.ids()).doesNotContain(BELOW, MEETS);
    }

    @Test
    void aModerateScoreOnePointBelowTheStrongTargetIsStillWorkable() {
        assertThat(advise(scored(244).target(NEUROLOGY)).ids()).contains(WORKABLE).doesNotContain(MEETS, BELOW);
    }

    @Test
    void aModerateScoreOnTheStrongTargetMeetsItAndIsNoLongerMerelyWorkable() {
        assertThat(advise(scored(245).target(NEUROLOGY)).ids()).contains(MEETS).doesNotContain(WORKABLE, BELOW);
    }

    @Test
    void aModerateScoreOnePointBelowTheWorkableThresholdIsBelow() {
        Advice advice = advise(scored(239).target(NEUROLOGY));
        assertThat(advice.ids()).contains(BELOW).doesNotContain(WORKABLE);
        assertThat(on(advice, BELOW, NEUROLOGY).reasons().get(0)).contains("below 240");
    }

    @Test
    void aLessCompetitiveTargetIsNeverMerelyWorkable() {
        assertThat(advise(scored(242).target(FAMILY_MEDICINE)).ids()).contains(MEETS).doesNotContain(WORKABLE);
    }

    @Test
    void internalMedicineAtUniversityProgramsOnlyIsModeratelyCompetitive() {
        Advice university = advise(scored(242).target(INTERNAL_MEDICINE).settings(ProgramSetting.UNIVERSITY));
        Advice community = advise(scored(242).target(INTERNAL_MEDICINE).settings(ProgramSetting.COMMUNITY));
        assertThat(university.keys()).contains(WORKABLE + "@INTERNAL_MEDICINE");
        assertThat(community.keys()).contains(MEETS + "@INTERNAL_MEDICINE").doesNotContain(WORKABLE + "@INTERNAL_MEDICINE");
    }

    // ---- several targets and unrated -----------------------------------------------------

    @Test
    void eachTargetIsJudgedOnItsOwnBand() {
        Advice advice = advise(scored(243).target(DERMATOLOGY, NEUROLOGY, FAMILY_MEDICINE, PATHOLOGY));
        assertThat(advice.keys()).contains("specialty.ultra-competitive@DERMATOLOGY", WORKABLE + "@NEUROLOGY",
                MEETS + "@FAMILY_MEDICINE", UNRATED + "@PATHOLOGY");
        assertThat(advice.all(BELOW)).isEmpty();
    }

    @Test
    void anUnratedTargetIsToldTheGuideGivesNoBand() {
        Recommendation unrated = on(advise(scored(236).target(PATHOLOGY)), UNRATED, PATHOLOGY);
        assertThat(unrated.priority()).isEqualTo(Priority.LOW);
        assertThat(unrated.reasons().get(0)).contains("Pathology").contains("no band").contains("236");
    }

    @Test
    void aRatedTargetIsNotUnrated() {
        assertThat(advise(clinical().target(FAMILY_MEDICINE)).ids()).doesNotContain(UNRATED);
    }
}
