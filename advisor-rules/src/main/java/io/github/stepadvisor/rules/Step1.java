package io.github.stepadvisor.rules;

import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.ExamAttempt;
import io.github.stepadvisor.model.ExamResult;
import io.github.stepadvisor.model.PracticeTest;

import org.kie.api.definition.type.PropertyReactive;

import java.time.LocalDate;
import java.util.List;

/**
 * The applicant's Step 1, on asOf: attempts, the booked date, the dedicated plan and the practice
 * tests that describe the coming attempt, in the terms of {@code heuristics.md}. Rules read it as
 * {@code Step1( !passed, windowSize >= 2 )}.
 *
 * <p>Absent values read as {@code false} or {@code 0} beside a flag saying whether they are known
 * ({@code dateSet}, {@code dedicatedWeeksGiven}...), so constraints stay null-free. Property
 * reactive only so an explanation can ask Drools which properties a rule's conditions read.
 */
@PropertyReactive
public final class Step1 extends ExamFact {

    private final Applicant applicant;
    private final LocalDate asOf;
    private final List<PracticeTest> window;
    private final int score;

    Step1(Applicant applicant, LocalDate asOf, Thresholds thresholds) {
        this(new ExamRecord(applicant, Exam.STEP_1), applicant, asOf, thresholds);
    }

    private Step1(ExamRecord record, Applicant applicant, LocalDate asOf, Thresholds thresholds) {
        super(record, record.planned, applicant, asOf, thresholds);
        this.applicant = applicant;
        this.asOf = asOf;
        this.window = ExamRecord.lastOf(record.practice, thresholds.step1ReadinessWindow());
        int latest = 0;
        for (ExamAttempt attempt : record.attempts) {
            if (attempt.score().isPresent()) {
                latest = attempt.score().getAsInt();
            }
        }
        this.score = latest;
    }

    // ---- Attempts ----------------------------------------------------------------------------

    /** The attempts in date order (same-date attempts in array order). */
    public List<ExamAttempt> getAttempts() {
        return record.attempts;
    }

    public boolean isAttempted() {
        return !record.attempts.isEmpty();
    }

    /** The passing attempts, oldest first. */
    public List<ExamAttempt> getPasses() {
        return record.withResult(ExamResult.PASS);
    }

    /** The first attempt was a pass. */
    public boolean isPassedFirstTime() {
        return isAttempted() && record.attempts.get(0).result() == ExamResult.PASS;
    }

    /** The date of the first attempt; test {@code attempted} first. */
    public LocalDate getFirstAttemptDate() {
        return record.attempts.get(0).date();
    }

    /** The first attempt has a numeric score (legacy, before pass/fail); false without an attempt. */
    public boolean isFirstAttemptScored() {
        return isAttempted() && record.attempts.get(0).score().isPresent();
    }

    /** The first attempt's numeric score, 0 without one (test {@code firstAttemptScored} first). */
    public int getFirstAttemptScore() {
        return isFirstAttemptScored() ? record.attempts.get(0).score().getAsInt() : 0;
    }

    /** The first attempt is dated after clinicalStart (false without either): delayed by its date. */
    public boolean isAfterClinicalStart() {
        return isAttempted() && applicant.clinicalStart().isPresent()
                && record.attempts.get(0).date().isAfter(applicant.clinicalStart().get());
    }

    /** The first attempt came after clinical rotations began, or a leave delayed it. */
    public boolean isDelayed() {
        return applicant.extendedLeave() || isAfterClinicalStart();
    }

    /** The latest numeric score (legacy, before pass/fail), 0 when there is none. */
    public int getScore() {
        return score;
    }

    /** A legacy numeric score at or below the borderline score. */
    public boolean isBorderline() {
        return score > 0 && score <= thresholds.step1BorderlineScore();
    }

    public boolean isFailedOrBorderline() {
        return isFailed() || isBorderline();
    }

    // ---- The booked date (never before asOf: the validator refuses a past one) -------------

    /** The day the advice is for, which the date's distances count from. */
    public LocalDate getAsOf() {
        return asOf;
    }

    // ---- The dedicated plan --------------------------------------------------------------

    /** Dedicated weeks of the applicant's plan, or the guide's default when none is given. */
    public int getDedicatedWeeks() {
        return applicant.dedicatedWeeks().orElse(thresholds.step1DedicatedWeeksDefault());
    }

    public boolean isDedicatedWeeksGiven() {
        return applicant.dedicatedWeeks().isPresent();
    }

    public boolean isDailyQuestionsGiven() {
        return applicant.dailyQuestions().isPresent();
    }

    /** Questions a day of the applicant's plan, 0 when none is given. */
    public int getDailyQuestions() {
        return applicant.dailyQuestions().orElse(0);
    }

    // ---- Practice tests ------------------------------------------------------------------

    /** The most recent practice tests, oldest first: the readiness window. */
    public List<PracticeTest> getWindow() {
        return window;
    }

    public int getWindowSize() {
        return window.size();
    }

    /** A test's passing score: its own, or the default Step 1 passing score. */
    public int passing(PracticeTest test) {
        return test.passingScore().orElse(thresholds.step1PassingScore());
    }

    /** The smallest score - passing score in the window: every test clears a margin m when this is &ge; m. */
    public int getWindowHeadroom() {
        if (window.isEmpty()) {
            return 0;
        }
        int lowest = Integer.MAX_VALUE;
        for (PracticeTest test : window) {
            lowest = Math.min(lowest, test.score() - passing(test));
        }
        return lowest;
    }

    /** The window is full and each score is lower than the one before. */
    public boolean isDeclining() {
        if (window.size() < thresholds.step1ReadinessWindow() || window.size() < 2) {
            return false;
        }
        for (int i = 1; i < window.size(); i++) {
            if (window.get(i).score() >= window.get(i - 1).score()) {
                return false;
            }
        }
        return true;
    }

    /** The tests of {@code tests} scoring below their passing score + {@code margin}, oldest first. */
    public List<PracticeTest> below(List<PracticeTest> tests, int margin) {
        return tests.stream().filter(t -> t.score() < passing(t) + margin).toList();
    }

    /** Whether every test of {@code tests} uses the same passing score. */
    public boolean onePassingScore(List<PracticeTest> tests) {
        return tests.stream().mapToInt(this::passing).distinct().count() <= 1;
    }

}
