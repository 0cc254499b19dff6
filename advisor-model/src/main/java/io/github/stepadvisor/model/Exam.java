package io.github.stepadvisor.model;

/** The USMLE Steps the advisor plans for. */
public enum Exam {
    STEP_1("Step 1"),
    STEP_2_CK("Step 2 CK");

    private final String label;

    Exam(String label) {
        this.label = label;
    }

    /** The name an applicant reads, e.g. "Step 2 CK". */
    public String label() {
        return label;
    }
}
