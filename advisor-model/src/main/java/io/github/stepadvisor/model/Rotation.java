package io.github.stepadvisor.model;

/** Core clinical rotations in which an applicant may have honors. */
public enum Rotation {
    INTERNAL_MEDICINE("internal medicine"),
    SURGERY("surgery"),
    PEDIATRICS("pediatrics"),
    PSYCHIATRY("psychiatry"),
    FAMILY_MEDICINE("family medicine"),
    OBSTETRICS_AND_GYNECOLOGY("obstetrics and gynecology"),
    NEUROLOGY("neurology");

    private final String label;

    Rotation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
