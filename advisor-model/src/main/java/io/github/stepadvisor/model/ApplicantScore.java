package io.github.stepadvisor.model;

import java.util.Objects;

/** The score a program list compares with each program's reference score, and what it rests on. */
public record ApplicantScore(int value, ScoreBasis basis) {

    public ApplicantScore {
        Objects.requireNonNull(basis, "basis");
    }

    public boolean isEstimate() {
        return basis == ScoreBasis.PRACTICE_ESTIMATE;
    }
}
