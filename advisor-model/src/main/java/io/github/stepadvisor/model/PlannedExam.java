package io.github.stepadvisor.model;

import java.time.LocalDate;

/** A booked exam date. */
public record PlannedExam(Exam exam, LocalDate date) {
}
