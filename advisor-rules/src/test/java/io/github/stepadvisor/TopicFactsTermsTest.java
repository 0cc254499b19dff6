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
import io.github.stepadvisor.rules.Facts;
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
 * The terms the topic facts ({@link Facts}) compute with loops, for speed, against their
 * definitions in {@code heuristics.md} written plainly here, for every kind of applicant; and the
 * one way rules write a date window ({@code dateAhead, weeksOut <= $w}) against the calendar.
 */
class TopicFactsTermsTest {

    private static final RuleSet RULES = RuleSetLoader.builtIn();

    @Provide
    Arbitrary<Applicant> applicants() {
        return Applicants.valid();
    }

    @Property(tries = 500)
    void attemptsDatesAndPassesAreTheirDefinitions(@ForAll("applicants") Applicant applicant) {
        Facts s = facts(applicant);

        List<ExamAttempt> step1 = attempts(applicant, Exam.STEP_1);
        List<ExamAttempt> step2 = attempts(applicant, Exam.STEP_2_CK);
        assertThat(s.step1().getAttempts()).isEqualTo(step1);
        assertThat(s.step2().getFails()).isEqualTo(step2.stream().filter(a -> a.result() == ExamResult.FAIL).toList());
        assertThat(s.step1().isPassed()).isEqualTo(step1.stream().anyMatch(a -> a.result() == ExamResult.PASS));
        assertThat(s.step2().isPassed()).isEqualTo(step2.stream().anyMatch(a -> a.result() == ExamResult.PASS));

        Optional<LocalDate> pending = step2.stream().filter(a -> a.result() == ExamResult.PENDING)
                .map(ExamAttempt::date).reduce((a, b) -> b);
        Optional<LocalDate> step2Date = pending.isPresent() ? pending : planned(applicant, Exam.STEP_2_CK);
        assertThat(s.step2().isDatePending()).isEqualTo(pending.isPresent());
        assertThat(Optional.ofNullable(s.step2().getDate())).isEqualTo(step2Date);
        assertThat(Optional.ofNullable(s.step1().getDate())).isEqualTo(planned(applicant, Exam.STEP_1));
    }

    @Property(tries = 500)
    void practiceTermsAreTheirDefinitions(@ForAll("applicants") Applicant applicant) {
        Facts s = facts(applicant);

        List<PracticeTest> step1 = practice(applicant, Exam.STEP_1);
        List<PracticeTest> step2 = practice(applicant, Exam.STEP_2_CK);
        assertThat(s.step1().getPractice()).isEqualTo(step1);
        assertThat(s.step2().getPractice()).isEqualTo(step2);
        assertThat(s.step1().getWindowHeadroom()).isEqualTo(
                s.step1().getWindow().stream().mapToInt(t -> t.score() - s.step1().passing(t)).min().orElse(0));
        assertThat(s.step2().getRecentMean()).isEqualTo(
                s.step2().getRecent().stream().mapToInt(PracticeTest::score).average().orElse(0));
        assertThat(s.step2().getRecentLowest()).isEqualTo(
                s.step2().getRecent().stream().mapToInt(PracticeTest::score).min().orElse(0));
    }

    @Property(tries = 500)
    void targetTermsAreTheirDefinitions(@ForAll("applicants") Applicant applicant) {
        Facts s = facts(applicant);

        assertThat(s.application().getTargetsOutsideFocus())
                .isEqualTo(s.targets().stream().filter(t -> t.tier() != Tier.LESS).toList());
        assertThat(s.step2().getPracticeTargetTier()).isEqualTo(s.targets().stream().map(Target::tier)
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
        Facts s = Facts.of(applicant, applicant.asOf().orElseThrow(), RULES.thresholds(), new Tiers(less, ultra));

        boolean universityOnly = !applicant.programSettings().isEmpty()
                && applicant.programSettings().stream().allMatch(p -> p == ProgramSetting.UNIVERSITY);
        assertThat(s.targets()).extracting(Target::tier).isEqualTo(applicant.targetSpecialties().stream()
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
        Facts s = facts(applicant);

        assertThat(s.step1().getAttempts()).extracting(ExamAttempt::date, ExamAttempt::result).containsExactly(
                tuple(LocalDate.parse("2026-01-10"), ExamResult.FAIL),
                tuple(LocalDate.parse("2026-06-01"), ExamResult.PASS),
                tuple(LocalDate.parse("2026-06-01"), ExamResult.FAIL));
        assertThat(s.step2().getFails()).extracting(ExamAttempt::date)
                .containsExactly(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-01"));
        assertThat(s.step2().getDate()).isEqualTo(LocalDate.parse("2026-09-01"));
        // After the latest fail (2026-03-01) only, by date, same-date tests in the profile's order.
        assertThat(s.step2().getPractice()).extracting(PracticeTest::score).containsExactly(231, 240, 236);
        assertThatThrownBy(() -> s.step1().getAttempts().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.step2().getPractice().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Property(tries = 500)
    void aWindowIsADistanceComparedWithItsThreshold(@ForAll("applicants") Applicant applicant) {
        Facts s = facts(applicant);
        LocalDate asOf = applicant.asOf().orElseThrow();

        for (int n = 0; n <= 26; n++) {
            // The calendar's definitions: set, not before asOf, not after asOf + n units.
            assertThat(s.step1().isDateAhead() && s.step1().getWeeksOut() <= n).as("step1 within %s weeks", n)
                    .isEqualTo(within(Optional.ofNullable(s.step1().getDate()), asOf, asOf.plusWeeks(n)));
            assertThat(s.step1().isDateAhead() && s.step1().getMonthsOut() <= n).as("step1 within %s months", n)
                    .isEqualTo(within(Optional.ofNullable(s.step1().getDate()), asOf, asOf.plusMonths(n)));
            assertThat(s.step2().isDateAhead() && s.step2().getDaysOut() <= n).as("step2 within %s days", n)
                    .isEqualTo(within(Optional.ofNullable(s.step2().getDate()), asOf, asOf.plusDays(n)));
            assertThat(s.step2().isDateAhead() && s.step2().getWeeksOut() <= n).as("step2 within %s weeks", n)
                    .isEqualTo(within(Optional.ofNullable(s.step2().getDate()), asOf, asOf.plusWeeks(n)));
            assertThat(s.step2().isDateAhead() && s.step2().getWeeksOut() > n).as("step2 beyond %s weeks", n)
                    .isEqualTo(s.step2().isDateSet() && s.step2().getDate().isAfter(asOf.plusWeeks(n)));
            assertThat(s.background().isGraduationAhead() && s.background().getGraduationMonthsOut() <= n)
                    .as("graduation within %s months", n)
                    .isEqualTo(within(applicant.graduation(), asOf, asOf.plusMonths(n)));
        }
    }

    private static boolean within(Optional<LocalDate> date, LocalDate asOf, LocalDate until) {
        return date.isPresent() && !date.get().isBefore(asOf) && !date.get().isAfter(until);
    }

    private static Facts facts(Applicant applicant) {
        return Facts.of(applicant, applicant.asOf().orElseThrow(), RULES.thresholds(), RULES.tiers());
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
