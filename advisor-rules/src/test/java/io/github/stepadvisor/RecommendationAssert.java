package io.github.stepadvisor;

import io.github.stepadvisor.model.Category;
import io.github.stepadvisor.model.Priority;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.Specialty;

import org.assertj.core.api.AbstractAssert;

import java.util.Optional;

/** One recommendation of an advice, asserted fluently; {@link #and()} goes back to the advice. */
public final class RecommendationAssert extends AbstractAssert<RecommendationAssert, Recommendation> {

    private final AdviceAssert advice;

    RecommendationAssert(Recommendation recommendation, AdviceAssert advice) {
        super(recommendation, RecommendationAssert.class);
        this.advice = advice;
    }

    public RecommendationAssert withPriority(Priority priority) {
        if (actual.priority() != priority) {
            failWithMessage("%s: expected priority %s but was %s", actual.id(), priority, actual.priority());
        }
        return this;
    }

    public RecommendationAssert inCategory(Category category) {
        if (actual.category() != category) {
            failWithMessage("%s: expected category %s but was %s", actual.id(), category, actual.category());
        }
        return this;
    }

    public RecommendationAssert about(Specialty subject) {
        if (!actual.subject().equals(Optional.of(subject))) {
            failWithMessage("%s: expected it about %s but it is about %s", actual.id(), subject, actual.subject());
        }
        return this;
    }

    public RecommendationAssert withSource(String source) {
        if (!actual.source().equals(source)) {
            failWithMessage("%s: expected source %s but was %s", actual.id(), source, actual.source());
        }
        return this;
    }

    public RecommendationAssert withTitleContaining(String... parts) {
        for (String part : parts) {
            if (!actual.title().contains(part)) {
                failWithMessage("%s: expected the title to contain <%s> but it is <%s>", actual.id(), part, actual.title());
            }
        }
        return this;
    }

    /** Some reason holds each of {@code parts} (not necessarily the same reason). */
    public RecommendationAssert withReasonContaining(String... parts) {
        String reasons = String.join("\n", actual.reasons());
        for (String part : parts) {
            if (!reasons.contains(part)) {
                failWithMessage("%s: expected a reason containing <%s> but the reasons are:%n%s", actual.id(), part, reasons);
            }
        }
        return this;
    }

    /** No reason holds any of {@code parts}. */
    public RecommendationAssert withNoReasonContaining(String... parts) {
        String reasons = String.join("\n", actual.reasons());
        for (String part : parts) {
            if (reasons.contains(part)) {
                failWithMessage("%s: expected no reason containing <%s> but the reasons are:%n%s", actual.id(), part, reasons);
            }
        }
        return this;
    }

    public RecommendationAssert withReasonCount(int count) {
        if (actual.reasons().size() != count) {
            failWithMessage("%s: expected %s reasons but got %s: %s", actual.id(), count, actual.reasons().size(),
                    actual.reasons());
        }
        return this;
    }

    /** Back to the advice, to assert another id. */
    public AdviceAssert and() {
        return advice;
    }
}
