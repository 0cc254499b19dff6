package io.github.stepadvisor;

import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.Specialty;

import org.assertj.core.api.AbstractAssert;

import java.util.Arrays;

/**
 * Assertions that read like the catalogue:
 * {@code assertThat(advice).gives("step1.readiness.delay").withPriority(HIGH).withReasonContaining("201, 204")}.
 * A failure says which ids the advice gave instead.
 */
public final class AdviceAssert extends AbstractAssert<AdviceAssert, Advice> {

    private AdviceAssert(Advice advice) {
        super(advice, AdviceAssert.class);
    }

    public static AdviceAssert assertThat(Advice advice) {
        return new AdviceAssert(advice);
    }

    /** The first recommendation with {@code id}: it must be given. */
    public RecommendationAssert gives(String id) {
        isNotNull();
        return new RecommendationAssert(recommendation(actual, id), this);
    }

    /** The recommendation with {@code id} about {@code subject}: it must be given. */
    public RecommendationAssert gives(String id, Specialty subject) {
        isNotNull();
        Recommendation found = actual.recommendations().stream()
                .filter(r -> r.id().equals(id) && r.subject().equals(java.util.Optional.of(subject))).findFirst()
                .orElseThrow(() -> new AssertionError(id + " about " + subject + " not given; got " + actual.ids()));
        return new RecommendationAssert(found, this);
    }

    /** None of {@code ids} is given. */
    public AdviceAssert doesNotGive(String... ids) {
        isNotNull();
        for (String id : ids) {
            if (actual.find(id).isPresent()) {
                failWithMessage("expected no %s, but it was given: %s", id, actual.find(id).get());
            }
        }
        return this;
    }

    /** Exactly {@code ids}, in this order, and nothing else. */
    public AdviceAssert givesExactly(String... ids) {
        isNotNull();
        if (!actual.ids().equals(Arrays.asList(ids))) {
            failWithMessage("expected the ids %s, but got %s", Arrays.asList(ids), actual.ids());
        }
        return this;
    }

    /** The first recommendation with {@code id}, for a test that reads it further; fails when none is given. */
    public static Recommendation recommendation(Advice advice, String id) {
        return advice.find(id).orElseThrow(() -> new AssertionError(id + " not given; got " + advice.ids()));
    }
}
