package io.github.stepadvisor.bench;

import io.github.stepadvisor.format.ProfileJson;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Citizenship;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Stage;
import io.github.stepadvisor.model.UsState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.github.stepadvisor.model.Exam.STEP_1;
import static io.github.stepadvisor.model.Exam.STEP_2_CK;
import static io.github.stepadvisor.model.ExamResult.FAIL;
import static io.github.stepadvisor.model.ExamResult.PASS;
import static io.github.stepadvisor.model.PracticeForm.NBME;
import static io.github.stepadvisor.model.PracticeForm.UWSA2;

/**
 * The applicants of the program-list benchmark: three bundled sample profiles, and two made here
 * that target many specialties so that most of a Match-sized catalogue is classified and every
 * factor rule applies to some program.
 */
public final class ProgramProfiles {

    /** The names {@link ProgramsBenchmark} takes as its {@code profile} parameter. */
    public static final List<String> NAMES = List.of("all-specialties", "foreign-estimate", "redeemed-in-season",
            "step1-dedicated-below-margin", "ultra-competitive");

    private ProgramProfiles() {
    }

    /** {@code ProgramProfiles OUT.json} writes {@link #allSpecialties()} as a profile for the command line. */
    public static void main(String[] args) throws IOException {
        System.out.println(writeAllSpecialties(Path.of(args[0])));
    }

    /**
     * A graduate who failed Step 1 once, scored 238 on Step 2 CK, has 3 months of US clinical
     * experience and ties to five states, and targets every specialty: every program of the
     * catalogue is listed, and every factor rule but the visa exclusion applies to some of them.
     */
    public static Applicant allSpecialties() {
        return Applicant.builder().usCitizenImg().name("All specialties (benchmark)").stage(Stage.GRADUATED)
                .asOf(BenchProfiles.AS_OF).matchYear(2027).schoolUsmleOriented(true).clinicalStart("2021-01-04")
                .graduation("2023-05-31")
                .exam(STEP_1, "2021-11-01", FAIL).exam(STEP_1, "2022-02-15", PASS)
                .exam(STEP_2_CK, "2022-10-01", PASS, 238)
                .target(Specialty.values()).usceMonths(3).usLetters(2)
                .ties(UsState.OH, UsState.TX, UsState.CA, UsState.NY, UsState.FL).build();
    }

    /**
     * A foreign national with a Step 2 CK practice estimate and five target specialties: the visa
     * exclusion and the estimated-score advice.
     */
    public static Applicant foreignEstimate() {
        return Applicant.builder().usCitizenImg().name("Foreign national, practice estimate (benchmark)")
                .citizenship(Citizenship.FOREIGN_NATIONAL).stage(Stage.CLINICAL).asOf(BenchProfiles.AS_OF)
                .matchYear(2028).schoolUsmleOriented(true).clinicalStart("2026-01-05").graduation("2027-06-30")
                .exam(STEP_1, "2026-03-01", PASS).planned(STEP_2_CK, "2027-02-01")
                .practice(STEP_2_CK, NBME, "2026-10-20", 236).practice(STEP_2_CK, UWSA2, "2026-11-10", 243)
                .target(Specialty.INTERNAL_MEDICINE, Specialty.FAMILY_MEDICINE, Specialty.PEDIATRICS,
                        Specialty.PSYCHIATRY, Specialty.NEUROLOGY)
                .ties(UsState.NJ).build();
    }

    /** The applicant called {@code name}: one of {@link #NAMES}. */
    public static Applicant named(String name) {
        return switch (name) {
            case "all-specialties" -> allSpecialties();
            case "foreign-estimate" -> foreignEstimate();
            default -> bundled(name);
        };
    }

    /** A sample profile of {@code advisor-examples/profiles/}, read as the command line reads it. */
    static Applicant bundled(String name) {
        Path file = Path.of("advisor-examples/profiles", name + ".json");
        if (!Files.exists(file)) {
            file = Path.of("profiles", name + ".json");
        }
        try {
            return ProfileJson.read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@link #allSpecialties()} as a profile file for the command line and returns it. */
    public static Path writeAllSpecialties(Path file) throws IOException {
        Files.writeString(file, ProfileJson.write(allSpecialties()), StandardCharsets.UTF_8);
        return file;
    }
}
