package io.github.stepadvisor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One program as classified for one applicant: its category, the margin of the applicant score
 * over the program's reference score (when both exist), its IMG friendliness, the ids of the
 * factors that applied and the reasons that say each one in the applicant's numbers.
 */
public record ProgramResult(
        Program program,
        ProgramCategory category,
        OptionalInt margin,
        Friendliness friendliness,
        List<String> factors,
        List<String> reasons) implements Comparable<ProgramResult> {

    public ProgramResult {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(category, "category");
        margin = margin == null ? OptionalInt.empty() : margin;
        Objects.requireNonNull(friendliness, "friendliness");
        factors = List.copyOf(factors);
        reasons = List.copyOf(reasons);
    }

    public String id() {
        return program.id();
    }

    public String name() {
        return program.name();
    }

    public Specialty specialty() {
        return program.specialty();
    }

    public UsState state() {
        return program.state();
    }

    public ProgramSetting setting() {
        return program.setting();
    }

    public Optional<String> source() {
        return program.source();
    }

    /** The list's order: category (SAFETY first), margin (highest first, unknown last), then id. */
    @Override
    public int compareTo(ProgramResult other) {
        int c = category.compareTo(other.category);
        if (c == 0 && margin.isPresent() != other.margin.isPresent()) {
            c = margin.isPresent() ? -1 : 1;
        }
        if (c == 0 && margin.isPresent()) {
            c = Integer.compare(other.margin.getAsInt(), margin.getAsInt());
        }
        return c != 0 ? c : id().compareTo(other.id());
    }

    /**
     * The part of {@link #compareTo} before the id as one number, smaller first: the category's
     * ordinal, then a known margin (highest first) before an unknown one.
     */
    long listKey() {
        long margin = this.margin.isPresent() ? (long) Integer.MAX_VALUE - this.margin.getAsInt() : 1L << 32;
        return ((long) category.ordinal() << 33) | margin;
    }
}
