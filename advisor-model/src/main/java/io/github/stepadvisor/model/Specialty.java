package io.github.stepadvisor.model;

/**
 * Specialties an applicant may target. Their competitiveness tiers are not here: tiers are data
 * that advisors edit beside the rules.
 */
public enum Specialty {
    DERMATOLOGY("Dermatology"),
    PLASTIC_SURGERY("Plastic Surgery"),
    ORTHOPAEDIC_SURGERY("Orthopaedic Surgery"),
    OTOLARYNGOLOGY("Otolaryngology"),
    RADIATION_ONCOLOGY("Radiation Oncology"),
    EMERGENCY_MEDICINE("Emergency Medicine"),
    ANESTHESIOLOGY("Anesthesiology"),
    NEUROLOGY("Neurology"),
    PHYSICAL_MEDICINE_AND_REHABILITATION("PM&R"),
    DIAGNOSTIC_RADIOLOGY("Diagnostic Radiology"),
    INTERNAL_MEDICINE("Internal Medicine"),
    FAMILY_MEDICINE("Family Medicine"),
    PSYCHIATRY("Psychiatry"),
    PEDIATRICS("Pediatrics"),
    GENERAL_SURGERY("General Surgery"),
    OBSTETRICS_AND_GYNECOLOGY("Obstetrics and Gynecology"),
    PATHOLOGY("Pathology"),
    NEUROLOGICAL_SURGERY("Neurological Surgery"),
    OPHTHALMOLOGY("Ophthalmology"),
    UROLOGY("Urology");

    private final String label;

    Specialty(String label) {
        this.label = label;
    }

    /** The name an applicant reads, e.g. "Internal Medicine". */
    public String label() {
        return label;
    }
}
