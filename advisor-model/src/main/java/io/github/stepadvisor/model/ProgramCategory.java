package io.github.stepadvisor.model;

/**
 * Where a program falls on an applicant's list ({@code program-list.md}). Declaration order is the
 * list's order.
 */
public enum ProgramCategory {
    SAFETY,
    TARGET,
    REACH,
    /** A published requirement the applicant does not meet closes the program to them. */
    EXCLUDED
}
