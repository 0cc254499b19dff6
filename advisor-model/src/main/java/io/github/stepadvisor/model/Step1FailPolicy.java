package io.github.stepadvisor.model;

/** Whether a program considers applicants who failed Step 1, as its catalogue row says. */
public enum Step1FailPolicy {
    YES,
    NO,
    CASE_BY_CASE
}
