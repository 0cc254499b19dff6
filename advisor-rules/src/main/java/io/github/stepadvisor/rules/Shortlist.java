package io.github.stepadvisor.rules;

import io.github.stepadvisor.model.ProgramResult;
import io.github.stepadvisor.model.ProgramSummary;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The classified list as a whole, for the list-advice rules: its counts, how many listed
 * programs each exclusion closed, and how many carry a given factor. Inserted once every program
 * has its category.
 */
public final class Shortlist {

    private final ProgramSummary summary;
    private final SortedMap<String, Integer> exclusions;
    private final List<ProgramResult> programs;

    public Shortlist(ProgramSummary summary, Map<String, Integer> exclusions, List<ProgramResult> programs) {
        this.summary = summary;
        this.exclusions = new TreeMap<>(exclusions);
        this.programs = List.copyOf(programs);
    }

    /** How many listed programs carry at least one of the factors {@code ids}. */
    private int countWith(String... ids) {
        int count = 0;
        for (ProgramResult program : programs) {
            for (String id : ids) {
                if (program.factors().contains(id)) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /** Listed programs capped for a limit on years since graduation that the catalogue leaves blank. */
    public int getCappedForUnknownGraduation() {
        return countWith("program.cap.unknown-graduation");
    }

    /** Listed programs capped for a US clinical experience requirement that the catalogue leaves blank. */
    public int getCappedForUnknownUsce() {
        return countWith("program.cap.unknown-usce");
    }

    /** Listed programs capped for either requirement the catalogue leaves blank (a program counts once). */
    public int getCappedForUnknownRequirement() {
        return countWith("program.cap.unknown-graduation", "program.cap.unknown-usce");
    }

    public ProgramSummary getSummary() {
        return summary;
    }

    /** Programs in the applicant's target specialties. */
    public int getListed() {
        return summary.listed();
    }

    public int getSafety() {
        return summary.safety();
    }

    public int getTarget() {
        return summary.target();
    }

    public int getReach() {
        return summary.reach();
    }

    public int getExcluded() {
        return summary.excluded();
    }

    public int getNotTargeted() {
        return summary.notTargeted();
    }

    /** Listed programs that are not excluded: the base of the list's shares. */
    public int getConsidered() {
        return summary.considered();
    }

    /** Per exclusion id, how many listed programs it applied to (a program may count under several). */
    public SortedMap<String, Integer> getExclusions() {
        return exclusions;
    }

    /** How many listed programs the exclusion {@code id} applied to; 0 when none. */
    public int excludedBy(String id) {
        return exclusions.getOrDefault(id, 0);
    }
}
