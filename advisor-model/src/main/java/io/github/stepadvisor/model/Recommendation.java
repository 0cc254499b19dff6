package io.github.stepadvisor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of advice: which heuristic ({@code id}, stable public API), how urgent, what it is
 * about, what to do ({@code title}), why in the applicant's own numbers ({@code reasons}), and
 * where in the guide it comes from ({@code source}). {@code explanation} is present only when
 * the advice was asked to explain itself.
 */
public record Recommendation(
        String id,
        Category category,
        Priority priority,
        Optional<Specialty> subject,
        String title,
        List<String> reasons,
        String source,
        Optional<Explanation> explanation) implements Comparable<Recommendation> {

    /** A recommendation without explanation, as advice gives it unless asked to explain. */
    public Recommendation(String id, Category category, Priority priority, Optional<Specialty> subject, String title,
            List<String> reasons, String source) {
        this(id, category, priority, subject, title, reasons, source, Optional.empty());
    }

    public Recommendation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priority, "priority");
        subject = subject == null ? Optional.empty() : subject;
        Objects.requireNonNull(title, "title");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(source, "source");
        explanation = explanation == null ? Optional.empty() : explanation;
    }

    /** This recommendation with {@code explanation} attached. */
    public Recommendation explainedBy(Explanation explanation) {
        return new Recommendation(id, category, priority, subject, title, reasons, source, Optional.of(explanation));
    }

    /** {@code id} with its subject, as scenario files name it: {@code step2.target.goal@DERMATOLOGY}. */
    public String key() {
        return subject.map(s -> id + "@" + s.name()).orElse(id);
    }

    /**
     * Hashes the heuristic and its subject only: equal recommendations agree on both, and rule
     * engines hash every recommendation they keep, whose reasons are long strings made afresh.
     */
    @Override
    public int hashCode() {
        return 31 * id.hashCode() + subject.hashCode();
    }

    /** The catalogue's stable order: priority (HIGH first), category, id, then subject. */
    @Override
    public int compareTo(Recommendation other) {
        int c = priority.compareTo(other.priority);
        if (c == 0) {
            c = category.compareTo(other.category);
        }
        if (c == 0) {
            c = id.compareTo(other.id);
        }
        if (c == 0) {
            c = Integer.compare(subject.map(Enum::ordinal).orElse(-1), other.subject.map(Enum::ordinal).orElse(-1));
        }
        return c;
    }
}
