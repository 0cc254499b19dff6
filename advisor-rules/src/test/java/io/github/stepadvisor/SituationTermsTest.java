package io.github.stepadvisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.ExamAttempt;
import io.github.stepadvisor.model.ExamResult;
import io.github.stepadvisor.model.PlannedExam;
import io.github.stepadvisor.model.PracticeForm;
import io.github.stepadvisor.model.PracticeTest;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Stage;
import io.github.stepadvisor.model.Tier;
import io.github.stepadvisor.properties.Applicants;
import io.github.stepadvisor.rules.Situation;
import io.github.stepadvisor.rules.Target;
import io.github.stepadvisor.rules.Tiers;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The terms {@link Situation} computes with loops, for speed, against their definitions in
 * {@code heuristics.md} written plainly here, for every kind of applicant.
 */
class SituationTermsTest {

    private static final RuleSet RULES = RuleSetLoader.builtIn();

    @Provide
    Arbitrary<Applicant> applicants() {
        return Applicants.valid();
    }

    @Property(tries = 500)
    void attemptsDatesAndPassesAreTheirDefinitions(@ForAll("applicants") Applicant applicant) {
        Situation s = situation(applicant);

        List<ExamAttempt> step1 = attempts(applicant, Exam.STEP_1);
        List<ExamAttempt> step2 = attempts(applicant, Exam.STEP_2_CK);
        assertThat(s.getStep1Attempts()).isEqualTo(step1);
        assertThat(s.getStep2Fails()).isEqualTo(step2.stream().filter(a -> a.result() == ExamResult.FAIL).toList());
        assertThat(s.isStep1Passed()).isEqualTo(step1.stream().anyMatch(a -> a.result() == ExamResult.PASS));
        assertThat(s.isStep2Passed()).isEqualTo(step2.stream().anyMatch(a -> a.result() == ExamResult.PASS));

        Optional<LocalDate> pending = step2.stream().filter(a -> a.result() == ExamResult.PENDING)
                .map(ExamAttempt::date).reduce((a, b) -> b);
        Optional<LocalDate> step2Date = pending.isPresent() ? pending : planned(applicant, Exam.STEP_2_CK);
        assertThat(s.isStep2DatePending()).isEqualTo(pending.isPresent());
        assertThat(Optional.ofNullable(s.getStep2Date())).isEqualTo(step2Date);
        assertThat(Optional.ofNullable(s.getStep1Date())).isEqualTo(planned(applicant, Exam.STEP_1));
    }

    @Property(tries = 500)
    void practiceTermsAreTheirDefinitions(@ForAll("applicants") Applicant applicant) {
        Situation s = situation(applicant);

        List<PracticeTest> step1 = practice(applicant, Exam.STEP_1);
        List<PracticeTest> step2 = practice(applicant, Exam.STEP_2_CK);
        assertThat(s.getStep1Practice()).isEqualTo(step1);
        assertThat(s.getStep2Practice()).isEqualTo(step2);
        assertThat(s.getStep1WindowHeadroom()).isEqualTo(
                s.getStep1Window().stream().mapToInt(t -> t.score() - s.step1Passing(t)).min().orElse(0));
        assertThat(s.getStep2RecentMean()).isEqualTo(
                s.getStep2Recent().stream().mapToInt(PracticeTest::score).average().orElse(0));
        assertThat(s.getStep2RecentLowest()).isEqualTo(
                s.getStep2Recent().stream().mapToInt(PracticeTest::score).min().orElse(0));
    }

    @Property(tries = 500)
    void targetTermsAreTheirDefinitions(@ForAll("applicants") Applicant applicant) {
        Situation s = situation(applicant);

        for (Tier tier : Tier.values()) {
            assertThat(s.hasTargetOfTier(tier)).as("%s", tier)
                    .isEqualTo(s.getTargets().stream().anyMatch(t -> t.tier() == tier));
        }
        assertThat(s.getStep2PracticeTargetTier()).isEqualTo(s.getTargets().stream().map(Target::tier)
                .filter(Tier::isRated).min(Comparator.naturalOrder()).orElse(Tier.UNRATED));
    }

    @Property(tries = 300)
    void universityOverridesApplyWhenEverySettingIsUniversity(@ForAll("applicants") Applicant applicant) {
        Map<Specialty, Tier> less = new EnumMap<>(Specialty.class);
        Map<Specialty, Tier> ultra = new EnumMap<>(Specialty.class);
        for (Specialty specialty : Specialty.values()) {
            less.put(specialty, Tier.LESS);
            ultra.put(specialty, Tier.ULTRA);
        }
        Situation s = new Situation(applicant, applicant.asOf().orElseThrow(), RULES.thresholds(), new Tiers(less, ultra));

        boolean universityOnly = !applicant.programSettings().isEmpty()
                && applicant.programSettings().stream().allMatch(p -> p == ProgramSetting.UNIVERSITY);
        assertThat(s.getTargets()).extracting(Target::tier).isEqualTo(applicant.targetSpecialties().stream()
                .map(specialty -> universityOnly ? Tier.ULTRA : Tier.LESS).toList());
    }

    @Example
    void attemptsAndPracticeAreByDateAndKeepTheProfilesOrderWithinADate() {
        // Generated applicants list attempts in date order, one a date: this one does neither.
        Applicant applicant = Applicant.builder().usCitizenImg().stage(Stage.GRADUATED).asOf("2026-11-24")
                .exam(Exam.STEP_1, "2026-06-01", ExamResult.PASS, 210)
                .exam(Exam.STEP_1, "2026-01-10", ExamResult.FAIL)
                .exam(Exam.STEP_1, "2026-06-01", ExamResult.FAIL)
                .exam(Exam.STEP_2_CK, "2026-09-01", ExamResult.PENDING)
                .exam(Exam.STEP_2_CK, "2026-03-01", ExamResult.FAIL)
                .exam(Exam.STEP_2_CK, "2026-02-01", ExamResult.FAIL)
                .practice(Exam.STEP_2_CK, PracticeForm.UWSA2, "2026-08-20", 240)
                .practice(Exam.STEP_2_CK, PracticeForm.NBME, "2026-04-02", 231)
                .practice(Exam.STEP_2_CK, PracticeForm.UWSA1, "2026-08-20", 236)
                .practice(Exam.STEP_2_CK, PracticeForm.NBME, "2026-02-15", 220)
                .buildUnchecked();
        Situation s = situation(applicant);

        assertThat(s.getStep1Attempts()).extracting(ExamAttempt::date, ExamAttempt::result).containsExactly(
                tuple(LocalDate.parse("2026-01-10"), ExamResult.FAIL),
                tuple(LocalDate.parse("2026-06-01"), ExamResult.PASS),
                tuple(LocalDate.parse("2026-06-01"), ExamResult.FAIL));
        assertThat(s.getStep2Fails()).extracting(ExamAttempt::date)
                .containsExactly(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-01"));
        assertThat(s.getStep2Date()).isEqualTo(LocalDate.parse("2026-09-01"));
        // After the latest fail (2026-03-01) only, by date, same-date tests in the profile's order.
        assertThat(s.getStep2Practice()).extracting(PracticeTest::score).containsExactly(231, 240, 236);
        assertThatThrownBy(() -> s.getStep1Attempts().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.getStep2Practice().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static Situation situation(Applicant applicant) {
        return new Situation(applicant, applicant.asOf().orElseThrow(), RULES.thresholds(), RULES.tiers());
    }

    /** Attempts of one exam by date; attempts on one date keep the profile's order. */
    private static List<ExamAttempt> attempts(Applicant applicant, Exam exam) {
        return applicant.exams().stream().filter(a -> a.exam() == exam)
                .sorted(Comparator.comparing(ExamAttempt::date)).toList();
    }

    private static Optional<LocalDate> planned(Applicant applicant, Exam exam) {
        return applicant.plannedExams().stream().filter(p -> p.exam() == exam).map(PlannedExam::date).findFirst();
    }

    /** Practice tests of an exam, no shelf exams, none dated on or before the latest fail, by date. */
    private static List<PracticeTest> practice(Applicant applicant, Exam exam) {
        Optional<LocalDate> lastFail = attempts(applicant, exam).stream().filter(a -> a.result() == ExamResult.FAIL)
                .map(ExamAttempt::date).reduce((a, b) -> b);
        return applicant.practiceTests().stream()
                .filter(t -> t.exam() == exam && t.form() != PracticeForm.SHELF)
                .filter(t -> lastFail.isEmpty() || t.date().isAfter(lastFail.get()))
                .sorted(Comparator.comparing(PracticeTest::date)).toList();
    }
}
