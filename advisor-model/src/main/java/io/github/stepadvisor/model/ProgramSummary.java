package io.github.stepadvisor.model;

/**
 * The counts of a program list: {@code listed} programs are those in the applicant's target
 * specialties (split into the four categories); {@code notTargeted} are the catalogue's others.
 */
public record ProgramSummary(int listed, int safety, int target, int reach, int excluded, int notTargeted) {

    /** Listed programs that are not excluded: the base of the list's shares. */
    public int considered() {
        return safety + target + reach;
    }
}
