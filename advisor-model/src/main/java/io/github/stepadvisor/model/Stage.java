package io.github.stepadvisor.model;

/** How far through medical school the applicant is. */
public enum Stage {
    PRECLINICAL,
    CLINICAL,
    GRADUATED
}
