package io.github.stepadvisor.model;

/** Self-assessment forms. SHELF exams use their own scale, so readiness rules leave them out. */
public enum PracticeForm {
    NBME("NBME"),
    UWSA1("UWSA1"),
    UWSA2("UWSA2"),
    FREE_120("Free 120"),
    SHELF("shelf exam"),
    OTHER("other form");

    private final String label;

    PracticeForm(String label) {
        this.label = label;
    }

    /** The words an applicant reads in advice, e.g. "Free 120". */
    public String label() {
        return label;
    }
}
