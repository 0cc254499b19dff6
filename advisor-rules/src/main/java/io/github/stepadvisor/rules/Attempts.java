package io.github.stepadvisor.rules;

import io.github.stepadvisor.model.Exam;

import org.kie.api.definition.type.PropertyReactive;

import java.util.ArrayList;
import java.util.List;

/**
 * The USMLE attempt limit across both exams. Most rules yield when an exam's attempts are used
 * up, since no Match follows without both passed: they read {@code Attempts( !usedUp )}.
 * Property reactive only so an explanation can ask Drools which properties a rule's conditions read.
 */
@PropertyReactive
public final class Attempts {

    private final Step1 step1;
    private final Step2 step2;

    Attempts(Step1 step1, Step2 step2) {
        this.step1 = step1;
        this.step2 = step2;
    }

    /** The attempts of some exam are used up. */
    public boolean isUsedUp() {
        return step1.isAttemptsUsedUp() || step2.isAttemptsUsedUp();
    }

    /** The exams whose attempts are used up, Step 1 first. */
    public List<Exam> getUsedUpExams() {
        List<Exam> exams = new ArrayList<>();
        if (step1.isAttemptsUsedUp()) {
            exams.add(Exam.STEP_1);
        }
        if (step2.isAttemptsUsedUp()) {
            exams.add(Exam.STEP_2_CK);
        }
        return exams;
    }

    /** Exams not passed whose failed attempts leave one attempt under the limit, Step 1 first. */
    public List<Exam> getLastAttemptExams() {
        List<Exam> exams = new ArrayList<>();
        if (step1.isLastAttempt()) {
            exams.add(Exam.STEP_1);
        }
        if (step2.isLastAttempt()) {
            exams.add(Exam.STEP_2_CK);
        }
        return exams;
    }

    /** Some exam's next attempt is its last. */
    public boolean isLastAttemptAhead() {
        return step1.isLastAttempt() || step2.isLastAttempt();
    }

    /** The exams whose first pass is still ahead, Step 1 first: Step 1 until it is passed, Step 2 CK until it has a score. */
    public List<Exam> getExamsAhead() {
        List<Exam> exams = new ArrayList<>();
        if (!step1.isPassed()) {
            exams.add(Exam.STEP_1);
        }
        if (!step2.isScoreKnown()) {
            exams.add(Exam.STEP_2_CK);
        }
        return exams;
    }

    /** Step 1 is not passed, or Step 2 CK has no score yet. */
    public boolean isExamAhead() {
        return !step1.isPassed() || !step2.isScoreKnown();
    }

    /** No attempt of any exam has failed. */
    public boolean isNoneFailed() {
        return !step1.isFailed() && !step2.isFailed();
    }
}
