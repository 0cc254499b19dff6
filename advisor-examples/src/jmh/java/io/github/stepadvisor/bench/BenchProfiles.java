package io.github.stepadvisor.bench;

import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Citizenship;
import io.github.stepadvisor.model.Education;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.Rotation;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Stage;
import io.github.stepadvisor.model.UsState;

import java.util.List;

import static io.github.stepadvisor.model.Exam.STEP_1;
import static io.github.stepadvisor.model.Exam.STEP_2_CK;
import static io.github.stepadvisor.model.ExamResult.FAIL;
import static io.github.stepadvisor.model.ExamResult.PASS;
import static io.github.stepadvisor.model.ExamResult.PENDING;
import static io.github.stepadvisor.model.PracticeForm.FREE_120;
import static io.github.stepadvisor.model.PracticeForm.NBME;
import static io.github.stepadvisor.model.PracticeForm.UWSA1;
import static io.github.stepadvisor.model.PracticeForm.UWSA2;

/**
 * The mixed workload of the benchmarks: applicants of every stage, from an empty preclinical
 * profile to a graduate with failures and many targets, advised on one fixed date so every run
 * does the same work.
 */
public final class BenchProfiles {

    static final String AS_OF = "2026-11-24";

    private BenchProfiles() {
    }

    private static Applicant.Builder preclinical() {
        return Applicant.builder().usCitizenImg().stage(Stage.PRECLINICAL).asOf(AS_OF).schoolUsmleOriented(true);
    }

    private static Applicant.Builder clinical() {
        return Applicant.builder().usCitizenImg().stage(Stage.CLINICAL).asOf(AS_OF).matchYear(2028)
                .schoolUsmleOriented(true).clinicalStart("2026-01-05");
    }

    private static Applicant.Builder graduate() {
        return clinical().stage(Stage.GRADUATED).clinicalStart("2024-01-08").graduation("2026-06-30");
    }

    /** A Step 1 candidate whose practice scores hover below the margin: the CLI's sample case. */
    public static Applicant typical() {
        return clinical().planned(STEP_1, "2026-12-15")
                .practice(STEP_1, NBME, "2026-10-20", 201).practice(STEP_1, NBME, "2026-11-03", 204)
                .practice(STEP_1, UWSA1, "2026-11-17", 199).dedicatedWeeks(8).dailyQuestions(40)
                .target(Specialty.INTERNAL_MEDICINE).build();
    }

    /** Twenty-four applicants, in a fixed order. */
    public static List<Applicant> mixed() {
        return List.of(
                preclinical().build(),
                preclinical().schoolUsmleOriented(false).practice(STEP_1, NBME, "2026-11-01", 178).build(),
                preclinical().matchYear(2029).planned(STEP_1, "2027-06-20").dedicatedWeeks(8).dailyQuestions(40)
                        .target(Specialty.DERMATOLOGY, Specialty.INTERNAL_MEDICINE).build(),
                clinical().build(),
                clinical().withoutMatchYear().build(),
                typical(),
                clinical().planned(STEP_1, "2026-12-15").practice(STEP_1, NBME, "2026-10-20", 215)
                        .practice(STEP_1, UWSA2, "2026-11-03", 220).practice(STEP_1, FREE_120, "2026-11-17", 224)
                        .target(Specialty.PEDIATRICS).build(),
                clinical().planned(STEP_1, "2027-01-10").practice(STEP_1, NBME, "2026-10-01", 221)
                        .practice(STEP_1, NBME, "2026-10-22", 212).practice(STEP_1, NBME, "2026-11-12", 203).build(),
                clinical().exam(STEP_1, "2026-11-10", PENDING).target(Specialty.FAMILY_MEDICINE).build(),
                clinical().exam(STEP_1, "2026-03-01", PASS).planned(STEP_2_CK, "2027-05-01")
                        .practice(STEP_2_CK, NBME, "2026-11-01", 238).target(Specialty.INTERNAL_MEDICINE).build(),
                clinical().exam(STEP_1, "2026-03-01", PASS).planned(STEP_2_CK, "2027-04-01")
                        .practice(STEP_2_CK, NBME, "2026-10-01", 228).practice(STEP_2_CK, UWSA1, "2026-11-01", 232)
                        .target(Specialty.DERMATOLOGY, Specialty.ORTHOPAEDIC_SURGERY).build(),
                clinical().exam(STEP_1, "2026-03-01", PASS).planned(STEP_2_CK, "2027-02-01")
                        .practice(STEP_2_CK, UWSA2, "2026-11-01", 262).practice(STEP_2_CK, NBME, "2026-11-15", 258)
                        .target(Specialty.EMERGENCY_MEDICINE, Specialty.ANESTHESIOLOGY).build(),
                clinical().exam(STEP_1, "2026-03-01", PASS).exam(STEP_2_CK, "2026-09-01", PASS, 255)
                        .target(Specialty.INTERNAL_MEDICINE, Specialty.NEUROLOGY).settings(ProgramSetting.UNIVERSITY)
                        .usceMonths(4).usLetters(3).honors(Rotation.INTERNAL_MEDICINE).build(),
                clinical().exam(STEP_1, "2026-03-01", PASS).exam(STEP_2_CK, "2026-09-01", PASS, 219)
                        .target(Specialty.GENERAL_SURGERY, Specialty.FAMILY_MEDICINE).settings(ProgramSetting.COMMUNITY)
                        .usceMonths(1).usLetters(1).programsPlanned(40).build(),
                clinical().exam(STEP_1, "2026-03-01", PASS).exam(STEP_2_CK, "2026-09-01", PASS, 241)
                        .target(Specialty.values()).build(),
                clinical().exam(STEP_1, "2026-05-01", FAIL).planned(STEP_1, "2027-01-15")
                        .practice(STEP_1, NBME, "2026-11-01", 200).build(),
                clinical().exam(STEP_1, "2026-02-01", FAIL).exam(STEP_1, "2026-06-01", FAIL)
                        .planned(STEP_1, "2027-02-01").target(Specialty.FAMILY_MEDICINE).build(),
                clinical().exam(STEP_1, "2025-12-01", PASS).exam(STEP_2_CK, "2026-08-01", FAIL, 205)
                        .planned(STEP_2_CK, "2027-01-20").target(Specialty.INTERNAL_MEDICINE).build(),
                clinical().exam(STEP_1, "2025-10-01", FAIL).exam(STEP_1, "2026-01-10", PASS)
                        .exam(STEP_2_CK, "2026-06-01", FAIL, 208).exam(STEP_2_CK, "2026-10-01", PASS, 236)
                        .target(Specialty.FAMILY_MEDICINE, Specialty.PSYCHIATRY).usLetters(2).build(),
                graduate().exam(STEP_1, "2025-03-01", PASS).exam(STEP_2_CK, "2025-10-01", PASS, 246)
                        .target(Specialty.INTERNAL_MEDICINE).usceMonths(6).usLetters(4).researchOutputs(2)
                        .ties(UsState.values()[0]).build(),
                graduate().exam(STEP_1, "2025-03-01", PASS).planned(STEP_2_CK, "2027-02-10")
                        .practice(STEP_2_CK, NBME, "2026-11-01", 224).target(Specialty.PEDIATRICS).build(),
                clinical().citizenship(Citizenship.FOREIGN_NATIONAL).exam(STEP_1, "2026-03-01", PASS)
                        .target(Specialty.INTERNAL_MEDICINE).build(),
                clinical().education(Education.US_MD).exam(STEP_1, "2026-03-01", PASS).build(),
                clinical().asOf("2027-09-15").exam(STEP_1, "2026-03-01", PASS).exam(STEP_2_CK, "2027-07-01", PASS, 244)
                        .target(Specialty.INTERNAL_MEDICINE, Specialty.DIAGNOSTIC_RADIOLOGY).build());
    }
}
