package io.github.stepadvisor.model;

import java.util.Objects;

/**
 * One thing wrong with an input, named by where it is: a field path such as
 * {@code exams[1].score}, or {@code file:line} for files.
 */
public record Problem(String where, String message) {

    public Problem {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return where.isEmpty() ? message : where + ": " + message;
    }
}
