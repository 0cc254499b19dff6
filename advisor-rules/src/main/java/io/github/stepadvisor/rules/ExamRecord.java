package io.github.stepadvisor.rules;

import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.ExamAttempt;
import io.github.stepadvisor.model.ExamResult;
import io.github.stepadvisor.model.PlannedExam;
import io.github.stepadvisor.model.PracticeForm;
import io.github.stepadvisor.model.PracticeTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One exam's record in an applicant, read the way the terms of {@code heuristics.md} define it:
 * what {@link Step1} and {@link Step2} share. Built once per advice; plain loops rather than
 * streams, which cost several times more for lists of a few elements.
 */
final class ExamRecord {

    final Exam exam;
    final List<ExamAttempt> attempts;
    final Optional<LocalDate> planned;
    final List<PracticeTest> practice;
    final boolean passed;
    final int failCount;

    ExamRecord(Applicant applicant, Exam exam) {
        this.exam = exam;
        List<ExamAttempt> found = new ArrayList<>();
        for (ExamAttempt attempt : applicant.exams()) {
            if (attempt.exam() == exam) {
                found.add(attempt);
            }
        }
        // A stable sort keeps array order for attempts on the same date, as the terms ask.
        found.sort(Comparator.comparing(ExamAttempt::date));
        this.attempts = Collections.unmodifiableList(found);
        Optional<LocalDate> date = Optional.empty();
        for (PlannedExam plan : applicant.plannedExams()) {
            if (plan.exam() == exam) {
                date = Optional.of(plan.date());
                break;
            }
        }
        this.planned = date;
        this.practice = practice(applicant, exam, lastDate(ExamResult.FAIL).orElse(null));
        this.passed = lastDate(ExamResult.PASS).isPresent();
        int failed = 0;
        for (ExamAttempt attempt : attempts) {
            if (attempt.result() == ExamResult.FAIL) {
                failed++;
            }
        }
        this.failCount = failed;
    }

    /** The date of the latest attempt with {@code result}. */
    Optional<LocalDate> lastDate(ExamResult result) {
        LocalDate last = null;
        for (ExamAttempt attempt : attempts) {
            if (attempt.result() == result) {
                last = attempt.date();
            }
        }
        return Optional.ofNullable(last);
    }

    /** The attempts with {@code result}, oldest first. */
    List<ExamAttempt> withResult(ExamResult result) {
        List<ExamAttempt> found = new ArrayList<>();
        for (ExamAttempt attempt : attempts) {
            if (attempt.result() == result) {
                found.add(attempt);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /** The score of the latest passing attempt that has one. */
    OptionalInt latestPassScore() {
        OptionalInt score = OptionalInt.empty();
        for (ExamAttempt attempt : attempts) {
            if (attempt.result() == ExamResult.PASS && attempt.score().isPresent()) {
                score = attempt.score();
            }
        }
        return score;
    }

    /** Whether failed attempts leave exactly one attempt under the USMLE limit, the exam not passed. */
    boolean lastAttempt(Thresholds thresholds) {
        return !passed && failCount == thresholds.attemptsPerStep() - 1;
    }

    /** Whether failed attempts reach the USMLE limit, the exam not passed. */
    boolean attemptsUsedUp(Thresholds thresholds) {
        return !passed && failCount >= thresholds.attemptsPerStep();
    }

    /** The last {@code size} of {@code tests}, oldest first. */
    static List<PracticeTest> lastOf(List<PracticeTest> tests, int size) {
        return tests.subList(Math.max(0, tests.size() - size), tests.size());
    }

    /** Practice tests of an exam: not SHELF, not dated on or before its latest FAIL, by date. */
    private static List<PracticeTest> practice(Applicant applicant, Exam exam, LocalDate lastFail) {
        List<PracticeTest> tests = new ArrayList<>();
        for (PracticeTest test : applicant.practiceTests()) {
            if (test.exam() == exam && test.form() != PracticeForm.SHELF
                    && (lastFail == null || test.date().isAfter(lastFail))) {
                tests.add(test);
            }
        }
        tests.sort(Comparator.comparing(PracticeTest::date));
        return Collections.unmodifiableList(tests);
    }
}
