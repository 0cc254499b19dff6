package io.github.stepadvisor.model;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * A self-assessment. {@code passingScore} overrides the default passing score for the form.
 */
public record PracticeTest(Exam exam, PracticeForm form, LocalDate date, int score, OptionalInt passingScore) {

    public PracticeTest {
        passingScore = passingScore == null ? OptionalInt.empty() : passingScore;
    }

    public PracticeTest(Exam exam, PracticeForm form, LocalDate date, int score) {
        this(exam, form, date, score, OptionalInt.empty());
    }
}
