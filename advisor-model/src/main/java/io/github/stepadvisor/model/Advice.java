package io.github.stepadvisor.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The advice for one applicant on one date: the summary "at a glance", then the recommendations
 * in the catalogue's stable order.
 */
public record Advice(Optional<String> name, LocalDate asOf, Summary summary, List<Recommendation> recommendations) {

    public Advice {
        name = name == null ? Optional.empty() : name;
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(summary, "summary");
        recommendations = recommendations.stream().sorted().toList();
    }

    /** Advice whose summary holds these standing lines and the next steps of {@code recommendations}. */
    public Advice(Optional<String> name, LocalDate asOf, List<String> standing, List<Recommendation> recommendations) {
        this(name, asOf, Summary.of(standing, recommendations.stream().sorted().toList()), recommendations);
    }

    /** Advice without standing lines (the next steps still come from {@code recommendations}). */
    public Advice(Optional<String> name, LocalDate asOf, List<Recommendation> recommendations) {
        this(name, asOf, List.of(), recommendations);
    }

    /** The ids given, in order, one per recommendation (an id with several subjects repeats). */
    public List<String> ids() {
        return recommendations.stream().map(Recommendation::id).toList();
    }

    /** The ids with subjects, as {@link Recommendation#key()}. */
    public List<String> keys() {
        return recommendations.stream().map(Recommendation::key).toList();
    }

    public boolean has(String id) {
        return recommendations.stream().anyMatch(r -> r.id().equals(id));
    }

    /** The recommendations with this id (several when it is given per specialty). */
    public List<Recommendation> all(String id) {
        return recommendations.stream().filter(r -> r.id().equals(id)).collect(Collectors.toList());
    }

    /** The first recommendation with this id. */
    public Optional<Recommendation> find(String id) {
        return recommendations.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
