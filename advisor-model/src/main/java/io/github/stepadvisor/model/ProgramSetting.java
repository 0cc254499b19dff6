package io.github.stepadvisor.model;

/** The kind of residency program. */
public enum ProgramSetting {
    COMMUNITY("community"),
    UNIVERSITY_AFFILIATED("university-affiliated"),
    UNIVERSITY("university");

    private final String label;

    ProgramSetting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
