package io.github.stepadvisor.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalogue classified for one applicant on one date ({@code program-list.md}): the listed
 * programs in the list's order, their counts, and advice about the list as a whole in the
 * catalogue's stable order.
 */
public record ProgramList(
        Optional<String> name,
        LocalDate asOf,
        Optional<ApplicantScore> applicantScore,
        List<ProgramResult> programs,
        ProgramSummary summary,
        List<Recommendation> recommendations) {

    public ProgramList {
        name = name == null ? Optional.empty() : name;
        Objects.requireNonNull(asOf, "asOf");
        applicantScore = applicantScore == null ? Optional.empty() : applicantScore;
        programs = Collections.unmodifiableList(inListOrder(programs));
        Objects.requireNonNull(summary, "summary");
        recommendations = recommendations.stream().sorted().toList();
    }

    /**
     * {@code programs} in the order of {@link ProgramResult#compareTo}, sorted on a primitive key
     * (category, then margin) and comparing ids only on ties: a list of thousands sorts without
     * following every result to its program's id at every comparison. Stable, as that sort was.
     */
    private static List<ProgramResult> inListOrder(List<ProgramResult> programs) {
        Keyed[] keyed = new Keyed[programs.size()];
        int i = 0;
        for (ProgramResult program : programs) {
            keyed[i++] = new Keyed(program.listKey(), program.id(), program);
        }
        Arrays.sort(keyed);
        List<ProgramResult> sorted = new ArrayList<>(keyed.length);
        for (Keyed k : keyed) {
            sorted.add(k.program());
        }
        return sorted;
    }

    private record Keyed(long key, String id, ProgramResult program) implements Comparable<Keyed> {
        @Override
        public int compareTo(Keyed other) {
            int c = Long.compare(key, other.key);
            return c != 0 ? c : id.compareTo(other.id);
        }
    }

    /** The listed program with this id. */
    public Optional<ProgramResult> program(String id) {
        return programs.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The listed programs of one category, in the list's order. */
    public List<ProgramResult> in(ProgramCategory category) {
        return programs.stream().filter(p -> p.category() == category).toList();
    }

    /** The ids of the list advice, in order. */
    public List<String> ids() {
        return recommendations.stream().map(Recommendation::id).toList();
    }

    public boolean has(String id) {
        return recommendations.stream().anyMatch(r -> r.id().equals(id));
    }

    public Optional<Recommendation> find(String id) {
        return recommendations.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
