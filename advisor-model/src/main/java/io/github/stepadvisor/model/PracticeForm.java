package io.github.stepadvisor.model;

/** Self-assessment forms. SHELF exams use their own scale, so readiness rules leave them out. */
public enum PracticeForm {
    NBME,
    UWSA1,
    UWSA2,
    FREE_120,
    SHELF,
    OTHER
}
