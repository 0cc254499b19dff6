package io.github.stepadvisor.model;

import java.time.LocalDate;
import java.util.ArrayList;
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
        List<ProgramResult> sorted = new ArrayList<>(programs);
        sorted.sort(null);
        programs = Collections.unmodifiableList(sorted);
        Objects.requireNonNull(summary, "summary");
        recommendations = recommendations.stream().sorted().toList();
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
