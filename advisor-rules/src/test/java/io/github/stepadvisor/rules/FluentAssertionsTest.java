package io.github.stepadvisor.rules;

import io.github.stepadvisor.AdviceAssert;
import io.github.stepadvisor.OneRule;
import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Priority;

import org.junit.jupiter.api.Test;

import static io.github.stepadvisor.rules.Profiles.AS_OF;
import static io.github.stepadvisor.rules.Profiles.advise;
import static io.github.stepadvisor.rules.Profiles.preclinical;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The test helpers say what is wrong, and a rule tested alone gives its own advice only. */
class FluentAssertionsTest {

    private final Advice advice = advise(preclinical());

    @Test
    void aGivenIdIsAssertedFluently() {
        AdviceAssert.assertThat(advice).gives("step1.timing.classic").withPriority(Priority.LOW)
                .withReasonContaining("preclinical", "USMLE-oriented").withNoReasonContaining("dermatology")
                .and().doesNotGive("step1.timing.delayed");
    }

    @Test
    void aMissingIdFailsNamingTheIdsGiven() {
        assertThatThrownBy(() -> AdviceAssert.assertThat(advice).gives("step1.timing.delayed"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("step1.timing.delayed not given")
                .hasMessageContaining("step1.timing.classic");
    }

    @Test
    void aWrongPriorityOrReasonFails() {
        assertThatThrownBy(() -> AdviceAssert.assertThat(advice).gives("step1.timing.classic").withPriority(Priority.HIGH))
                .isInstanceOf(AssertionError.class).hasMessageContaining("expected priority HIGH but was LOW");
        assertThatThrownBy(() -> AdviceAssert.assertThat(advice).gives("step1.timing.classic").withReasonContaining("no such words"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no such words");
        assertThatThrownBy(() -> AdviceAssert.assertThat(advice).doesNotGive("step1.timing.classic"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("expected no step1.timing.classic");
    }

    @Test
    void aRuleTestedAloneGivesOnlyItsOwnAdvice() {
        Advice alone = OneRule.advise("Take Step 1 at the end of the preclinical years", preclinical().build(), java.time.LocalDate.parse(AS_OF));

        AdviceAssert.assertThat(alone).givesExactly("step1.timing.classic");
        assertThat(alone.recommendations().get(0).explanation()).isPresent();
        assertThat(advice.ids()).hasSizeGreaterThan(1);
        assertThatThrownBy(() -> OneRule.advise("No such rule", preclinical().build(), java.time.LocalDate.parse(AS_OF)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No such rule");
    }
}
