package io.github.stepadvisor.rules;

import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Citizenship;
import io.github.stepadvisor.model.Education;
import io.github.stepadvisor.model.Rotation;
import io.github.stepadvisor.model.Stage;
import io.github.stepadvisor.model.UsState;

import org.kie.api.definition.type.PropertyReactive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Who the applicant is and where they are in school: citizenship, education, stage, the school's
 * curriculum, clinical start, leave, graduation and honors. Rules read it as
 * {@code Background( stage == Stage.PRECLINICAL, schoolUsmleOriented )}. Property reactive only so
 * an explanation can ask Drools which properties a rule's conditions read.
 */
@PropertyReactive
public final class Background {

    /** The rotations whose honors the guide names ("IM, Surgery, Pediatrics, Psych, FM"). */
    public static final List<Rotation> KEY_ROTATIONS = List.of(Rotation.INTERNAL_MEDICINE, Rotation.SURGERY,
            Rotation.PEDIATRICS, Rotation.PSYCHIATRY, Rotation.FAMILY_MEDICINE);

    private final Applicant applicant;
    private final OptionalInt matchYear;
    private final Distance graduation;

    Background(Applicant applicant, LocalDate asOf) {
        this.applicant = applicant;
        this.matchYear = applicant.matchYear();
        this.graduation = Distance.between(asOf, applicant.graduation());
    }

    public Stage getStage() {
        return applicant.stage();
    }

    /** Stage CLINICAL or GRADUATED. */
    public boolean isPastPreclinical() {
        return applicant.stage() != Stage.PRECLINICAL;
    }

    public Citizenship getCitizenship() {
        return applicant.citizenship();
    }

    public Education getEducation() {
        return applicant.education();
    }

    /** An IMG who needs no visa: a US citizen, or a permanent resident treated the same. */
    public boolean isUscImg() {
        return applicant.education() == Education.IMG && applicant.citizenship() != Citizenship.FOREIGN_NATIONAL;
    }

    /** Neither a US citizen nor a permanent resident: visa sponsorship is a question. */
    public boolean isForeignNational() {
        return applicant.citizenship() == Citizenship.FOREIGN_NATIONAL;
    }

    public boolean isPermanentResident() {
        return applicant.citizenship() == Citizenship.PERMANENT_RESIDENT;
    }

    public boolean isSchoolUsmleOriented() {
        return applicant.schoolUsmleOriented();
    }

    public boolean isExtendedLeave() {
        return applicant.extendedLeave();
    }

    public boolean isClinicalStartKnown() {
        return applicant.clinicalStart().isPresent();
    }

    /** When clinical rotations began, or null when not given (test {@code clinicalStartKnown} first). */
    public LocalDate getClinicalStart() {
        return applicant.clinicalStart().orElse(null);
    }

    public boolean isGraduationKnown() {
        return applicant.graduation().isPresent();
    }

    /** The graduation date, or null when not given (test {@code graduationKnown} first). */
    public LocalDate getGraduation() {
        return applicant.graduation().orElse(null);
    }

    /** Graduation is set and not before asOf. */
    public boolean isGraduationAhead() {
        return graduation.ahead();
    }

    /** The fewest whole calendar months N with graduation within N months; 0 unless {@code graduationAhead}. */
    public long getGraduationMonthsOut() {
        return graduation.months();
    }

    /** Years since graduation: matchYear minus the graduation year; known only with both. */
    public boolean isYearsSinceGraduationKnown() {
        return matchYear.isPresent() && applicant.graduation().isPresent();
    }

    /** matchYear minus the year of graduation; 0 unless {@code yearsSinceGraduationKnown}. */
    public int getYearsSinceGraduation() {
        return isYearsSinceGraduationKnown() ? matchYear.getAsInt() - applicant.graduation().get().getYear() : 0;
    }

    /** Of the guide's key rotations, those without honors, in the guide's order. */
    public List<Rotation> getKeyRotationsWithoutHonors() {
        List<Rotation> missing = new ArrayList<>();
        for (Rotation rotation : KEY_ROTATIONS) {
            if (!applicant.honors().contains(rotation)) {
                missing.add(rotation);
            }
        }
        return missing;
    }

    public List<Rotation> getHonors() {
        return applicant.honors();
    }

    /** At least one geographic tie is recorded. */
    public boolean isGeographicTiesGiven() {
        return !applicant.geographicTies().isEmpty();
    }

    public List<UsState> getGeographicTies() {
        return applicant.geographicTies();
    }
}
