package io.github.stepadvisor.rules;

import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Tier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The applicant read on asOf, one fact per topic of the guide, each computed once per advice:
 * what the rules match (with {@link Thresholds} and one {@link Target} per target specialty) and
 * what the summary at a glance reads. {@link #all()} is what a session is given.
 */
public record Facts(Step1 step1, Step2 step2, Season season, Attempts attempts, StepProfile stepProfile,
        Background background, Application application, Thresholds thresholds) {

    /** The topic facts' types: one fact of each in every advice session. */
    public static final List<Class<?>> TOPICS = List.of(Step1.class, Step2.class, Season.class, Attempts.class,
            StepProfile.class, Background.class, Application.class);

    /** The facts of {@code applicant} on {@code asOf}, against {@code thresholds} and {@code tiers}. */
    public static Facts of(Applicant applicant, LocalDate asOf, Thresholds thresholds, Tiers tiers) {
        List<Target> targets = targets(applicant, thresholds, tiers);
        Step1 step1 = new Step1(applicant, asOf, thresholds);
        Step2 step2 = new Step2(applicant, asOf, thresholds, step1.isPassed(), targets);
        return new Facts(step1, step2, new Season(asOf, applicant.matchYear(), thresholds, step1, step2),
                new Attempts(step1, step2), new StepProfile(step1, step2, thresholds),
                new Background(applicant, asOf), new Application(applicant, targets), thresholds);
    }

    /** The target specialties with their tiers: university-only settings rate some specialties higher. */
    private static List<Target> targets(Applicant applicant, Thresholds thresholds, Tiers tiers) {
        boolean universityOnly = !applicant.programSettings().isEmpty();
        for (ProgramSetting setting : applicant.programSettings()) {
            universityOnly = universityOnly && setting == ProgramSetting.UNIVERSITY;
        }
        List<Target> found = new ArrayList<>();
        for (Specialty specialty : applicant.targetSpecialties()) {
            Tier tier = tiers.of(specialty, universityOnly);
            found.add(new Target(specialty, tier, Target.band(tier, thresholds)));
        }
        return List.copyOf(found);
    }

    /** The targets, as {@link Application} holds them. */
    public List<Target> targets() {
        return application.getTargets();
    }

    /** Every fact a session is given: the topic facts, the thresholds and one per target. */
    public List<Object> all() {
        List<Object> all = new ArrayList<>(List.of(thresholds, step1, step2, season, attempts, stepProfile,
                background, application));
        all.addAll(targets());
        return all;
    }
}
