package io.github.stepadvisor.rules;

import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.ExamAttempt;
import io.github.stepadvisor.model.ExamResult;
import io.github.stepadvisor.model.PracticeTest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What {@link Step1} and {@link Step2} say alike about their exam: attempts against the USMLE
 * limit, the exam's date and its distance from asOf, and the practice tests that describe the
 * coming attempt. Rules read these as properties of either fact ({@code Step2( dateAhead,
 * daysOut <= $days )}).
 */
public abstract class ExamFact {

    final ExamRecord record;
    final Thresholds thresholds;
    private final Optional<LocalDate> date;
    private final Distance distance;
    private final int allPracticeCount;

    ExamFact(ExamRecord record, Optional<LocalDate> date, Applicant applicant, LocalDate asOf, Thresholds thresholds) {
        this.record = record;
        this.thresholds = thresholds;
        this.date = date;
        this.distance = Distance.between(asOf, date);
        int all = 0;
        for (PracticeTest test : applicant.practiceTests()) {
            if (test.exam() == record.exam) {
                all++;
            }
        }
        this.allPracticeCount = all;
    }

    // ---- Attempts ------------------------------------------------------------------------

    public boolean isPassed() {
        return record.passed;
    }

    public int getFailCount() {
        return record.failCount;
    }

    public boolean isFailed() {
        return record.failCount > 0;
    }

    /** The failed attempts, oldest first. */
    public List<ExamAttempt> getFails() {
        return record.withResult(ExamResult.FAIL);
    }

    /** Failed attempts leave one attempt under the USMLE limit, not passed. */
    public boolean isLastAttempt() {
        return record.lastAttempt(thresholds);
    }

    /** Failed attempts reach the USMLE limit, not passed. */
    public boolean isAttemptsUsedUp() {
        return record.attemptsUsedUp(thresholds);
    }

    // ---- The date ------------------------------------------------------------------------

    public boolean isDateSet() {
        return date.isPresent();
    }

    /** The date is set and not before asOf. */
    public boolean isDateAhead() {
        return distance.ahead();
    }

    /** The exam's date, or null when there is none (test {@code dateSet} first). */
    public LocalDate getDate() {
        return date.orElse(null);
    }

    /** Days from asOf to the date (negative for a date already gone), 0 without one. */
    public long getDaysOut() {
        return distance.days();
    }

    /** The fewest whole weeks N with the date within N weeks; 0 unless {@code dateAhead}. */
    public long getWeeksOut() {
        return distance.weeks();
    }

    /** The fewest whole calendar months N with the date within N months; 0 unless {@code dateAhead}. */
    public long getMonthsOut() {
        return distance.months();
    }

    Optional<LocalDate> dateIfSet() {
        return date;
    }

    // ---- Practice tests ------------------------------------------------------------------

    /** Practice tests that describe the coming attempt, oldest first. */
    public List<PracticeTest> getPractice() {
        return record.practice;
    }

    public int getPracticeCount() {
        return record.practice.size();
    }

    /** The applicant's tests for this exam of any kind, shelf exams and tests of a failed attempt included. */
    public int getAllPracticeCount() {
        return allPracticeCount;
    }
}
