package io.github.stepadvisor.model;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * A taken USMLE attempt. {@code score} is the three-digit score where one exists (Step 2 CK, or a
 * legacy Step 1 from before pass/fail).
 */
public record ExamAttempt(Exam exam, LocalDate date, ExamResult result, OptionalInt score) {

    public ExamAttempt {
        score = score == null ? OptionalInt.empty() : score;
    }

    public ExamAttempt(Exam exam, LocalDate date, ExamResult result) {
        this(exam, date, result, OptionalInt.empty());
    }

    public ExamAttempt(Exam exam, LocalDate date, ExamResult result, int score) {
        this(exam, date, result, OptionalInt.of(score));
    }
}
