package io.github.stepadvisor.scenario;

import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.Specialty;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A recommendation as a scenario names it: {@code "step1.readiness.go"} matches that id whatever
 * its subject; {@code "step2.target.goal@DERMATOLOGY"} matches only the one about that specialty.
 */
public record ScenarioKey(String id, Optional<Specialty> subject) {

    public ScenarioKey {
        Objects.requireNonNull(id, "id");
        subject = subject == null ? Optional.empty() : subject;
    }

    /**
     * The key written as {@code id} or {@code id@SUBJECT}.
     *
     * @throws IllegalArgumentException with a message fit for a user
     */
    public static ScenarioKey parse(String text) {
        int at = text.indexOf('@');
        String id = at < 0 ? text : text.substring(0, at);
        if (id.isBlank() || !id.equals(id.strip())) {
            throw new IllegalArgumentException("expected a recommendation id such as \"step1.readiness.go\", found '"
                    + text + "'");
        }
        if (at < 0) {
            return new ScenarioKey(id, Optional.empty());
        }
        String subject = text.substring(at + 1);
        for (Specialty specialty : Specialty.values()) {
            if (specialty.name().equals(subject)) {
                return new ScenarioKey(id, Optional.of(specialty));
            }
        }
        throw new IllegalArgumentException("'" + subject + "' after @ is not a specialty; expected one of "
                + Arrays.stream(Specialty.values()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    public boolean matches(Recommendation recommendation) {
        return recommendation.id().equals(id) && (subject.isEmpty() || subject.equals(recommendation.subject()));
    }

    /** Whether some recommendation could match both keys: the same id, and subjects that do not differ. */
    public boolean overlaps(ScenarioKey other) {
        return id.equals(other.id) && (subject.isEmpty() || other.subject.isEmpty() || subject.equals(other.subject));
    }

    /** As written in a scenario file. */
    @Override
    public String toString() {
        return subject.map(s -> id + "@" + s.name()).orElse(id);
    }
}
