package io.github.stepadvisor.model;

/** How far through medical school the applicant is. */
public enum Stage {
    PRECLINICAL("preclinical"),
    CLINICAL("clinical"),
    GRADUATED("graduated");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    /** The words an applicant reads in advice, e.g. "clinical". */
    public String label() {
        return label;
    }
}
