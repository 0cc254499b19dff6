package io.github.stepadvisor.model;

/** Where the applicant went to medical school. */
public enum Education {
    IMG("IMG"),
    US_MD("US MD"),
    US_DO("US DO");

    private final String label;

    Education(String label) {
        this.label = label;
    }

    /** The words an applicant reads in advice, e.g. "US MD". */
    public String label() {
        return label;
    }
}
