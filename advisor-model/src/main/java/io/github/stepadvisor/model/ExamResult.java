package io.github.stepadvisor.model;

/** The outcome of a taken attempt; PENDING while the result is not out yet. */
public enum ExamResult {
    PASS,
    FAIL,
    PENDING
}
