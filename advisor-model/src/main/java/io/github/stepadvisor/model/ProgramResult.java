package io.github.stepadvisor.model;

import java.util.Comparator;
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

    /** The list's order: category (SAFETY first), margin (highest first, unknown last), then id. */
    public static final Comparator<ProgramResult> ORDER = Comparator
            .comparing(ProgramResult::category)
            .thenComparing(r -> r.margin().isPresent() ? -r.margin().getAsInt() : Integer.MAX_VALUE,
                    Comparator.naturalOrder())
            .thenComparing(ProgramResult::id);

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

    @Override
    public int compareTo(ProgramResult other) {
        return ORDER.compare(this, other);
    }
}
