package io.github.stepadvisor.model;

/** What the applicant score of a program list rests on. */
public enum ScoreBasis {
    /** The latest passing Step 2 CK attempt. */
    STEP_2_CK,
    /** No Step 2 CK score yet: the mean of the most recent Step 2 CK practice tests, rounded down. */
    PRACTICE_ESTIMATE
}
