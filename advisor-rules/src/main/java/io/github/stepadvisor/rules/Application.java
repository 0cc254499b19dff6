package io.github.stepadvisor.rules;

import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Tier;

import org.kie.api.definition.type.PropertyReactive;

import java.util.ArrayList;
import java.util.List;

/**
 * What the applicant brings to the residency application besides scores, and what they aim at:
 * US clinical experience, US letters, research, program settings, the number of programs planned
 * and the target specialties with their tiers. Rules read it as
 * {@code Application( usceMonths < $months )}; per-specialty rules match {@link Target} facts.
 * Property reactive only so an explanation can ask Drools which properties a rule's conditions read.
 */
@PropertyReactive
public final class Application {

    private final Applicant applicant;
    private final List<Target> targets;

    Application(Applicant applicant, List<Target> targets) {
        this.applicant = applicant;
        this.targets = targets;
    }

    public int getUsceMonths() {
        return applicant.usceMonths();
    }

    public int getUsLetters() {
        return applicant.usLetters();
    }

    public int getResearchOutputs() {
        return applicant.researchOutputs();
    }

    public boolean isProgramsPlannedGiven() {
        return applicant.programsPlanned().isPresent();
    }

    /** The number of programs the applicant plans to apply to, 0 when not given. */
    public int getProgramsPlanned() {
        return applicant.programsPlanned().orElse(0);
    }

    public List<ProgramSetting> getProgramSettings() {
        return applicant.programSettings();
    }

    /** University programs are among the settings the applicant wants. */
    public boolean isUniversitySetting() {
        return applicant.programSettings().contains(ProgramSetting.UNIVERSITY);
    }

    /** The target specialties with their tiers, in the applicant's order. */
    public List<Target> getTargets() {
        return targets;
    }

    /** The target specialties, in the applicant's order. */
    public List<Specialty> getTargetSpecialties() {
        List<Specialty> specialties = new ArrayList<>();
        for (Target target : targets) {
            specialties.add(target.specialty());
        }
        return specialties;
    }

    public boolean isTargetsEmpty() {
        return targets.isEmpty();
    }

    /**
     * The targets outside the focus of a low Step profile: the guide's focus list (family
     * medicine, community internal medicine, psychiatry, pediatrics) is its less competitive tier.
     */
    public List<Target> getTargetsOutsideFocus() {
        List<Target> outside = new ArrayList<>();
        for (Target target : targets) {
            if (target.tier() != Tier.LESS) {
                outside.add(target);
            }
        }
        return outside;
    }

    public boolean isTargetOutsideFocus() {
        return !getTargetsOutsideFocus().isEmpty();
    }
}
