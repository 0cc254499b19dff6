package io.github.stepadvisor.format;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Category;
import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Priority;
import io.github.stepadvisor.model.Problem;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.Specialty;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AdviceJsonTest {

    private static final Recommendation GOAL = new Recommendation("step2.target.goal", Category.STEP2_TARGET,
            Priority.MEDIUM, Optional.of(Specialty.DERMATOLOGY), "Aim for a Step 2 CK of 250 or more",
            List.of("Dermatology is ultra-competitive: the guide's band is 250+.", "A \"quoted\" reason \u2265 \u00e9."),
            "Mastering Your Step 2 CK Strategy > How high should your Step 2 CK score be?");
    private static final Recommendation CONTEXT = new Recommendation("context.us-citizen-img", Category.CONTEXT,
            Priority.LOW, Optional.empty(), "State plainly that you need no visa", List.of("You need no visa."),
            "Understanding Your Context as a US Citizen IMG");

    @Test
    void adviceIsWrittenInTheContractsLayout() {
        Advice advice = new Advice(Optional.empty(), LocalDate.parse("2026-11-24"),
                List.of("Step 1: passed on the first attempt."), List.of(CONTEXT, GOAL));

        assertThat(AdviceJson.write(advice)).isEqualTo("""
                {
                  "format": "step-advisor/advice@1",
                  "name": null,
                  "asOf": "2026-11-24",
                  "summary": {
                    "standing": [
                      "Step 1: passed on the first attempt."
                    ],
                    "nextSteps": [
                      {
                        "id": "step2.target.goal",
                        "title": "Aim for a Step 2 CK of 250 or more"
                      }
                    ]
                  },
                  "recommendations": [
                    {
                      "id": "step2.target.goal",
                      "category": "STEP2_TARGET",
                      "priority": "MEDIUM",
                      "subject": "DERMATOLOGY",
                      "title": "Aim for a Step 2 CK of 250 or more",
                      "reasons": [
                        "Dermatology is ultra-competitive: the guide's band is 250+.",
                        "A \\"quoted\\" reason \u2265 \u00e9."
                      ],
                      "source": "Mastering Your Step 2 CK Strategy > How high should your Step 2 CK score be?"
                    },
                    {
                      "id": "context.us-citizen-img",
                      "category": "CONTEXT",
                      "priority": "LOW",
                      "subject": null,
                      "title": "State plainly that you need no visa",
                      "reasons": [
                        "You need no visa."
                      ],
                      "source": "Understanding Your Context as a US Citizen IMG"
                    }
                  ]
                }
                """);
    }

    @Test
    void adviceWithoutRecommendationsWritesAnEmptyList() {
        Advice advice = new Advice(Optional.of("Nobody"), LocalDate.parse("2026-11-24"), List.of());

        assertThat(AdviceJson.write(advice)).isEqualTo("""
                {
                  "format": "step-advisor/advice@1",
                  "name": "Nobody",
                  "asOf": "2026-11-24",
                  "summary": {
                    "standing": [],
                    "nextSteps": []
                  },
                  "recommendations": []
                }
                """);
    }

    @Test
    void adviceReadsBackEqualAfterWriting() {
        Advice advice = new Advice(Optional.of("Round trip"), LocalDate.parse("2026-11-24"),
                List.of("Step 1: not taken."), List.of(GOAL, CONTEXT));

        assertThat(AdviceJson.read(AdviceJson.write(advice))).isEqualTo(advice);
    }

    @Test
    void theAdviceForASampleProfileReadsBackEqualAndIsTheSameBytesEveryTime() throws Exception {
        byte[] profile = Files.readAllBytes(Path.of("..", "advisor-examples", "profiles", "redeemed-in-season.json"));

        Advice first = StepAdvisor.builtIn().advise(ProfileJson.read(profile));
        Advice second = StepAdvisor.builtIn().advise(ProfileJson.read(profile));

        assertThat(first.recommendations()).isNotEmpty();
        assertThat(AdviceJson.read(AdviceJson.write(first))).isEqualTo(first);
        assertThat(AdviceJson.write(second)).isEqualTo(AdviceJson.write(first));
    }

    @Test
    void readingAdviceRefusesUnknownFieldsAndACategoryThatContradictsTheId() {
        String json = """
                {"name": null, "asOf": "2026-11-24", "extra": 1, "recommendations": [
                  {"id": "context.us-citizen-img", "category": "SPECIALTY", "priority": "URGENT", "subject": null,
                   "title": "t", "reasons": ["r", 3], "source": "s"},
                  {"id": "context.us-citizen-img"}
                ]}
                """;

        List<Problem> found = catchThrowableOfType(InvalidInputException.class, () -> AdviceJson.read(json)).problems();

        assertThat(found).extracting(Problem::where).containsExactlyInAnyOrder(
                "extra",
                "recommendations[0].priority",
                "recommendations[0].reasons[1]",
                "recommendations[0].category",
                "recommendations[1].category",
                "recommendations[1].priority",
                "recommendations[1].title",
                "recommendations[1].reasons",
                "recommendations[1].source");
        assertThat(found).contains(new Problem("recommendations[0].category",
                "SPECIALTY does not match the id 'context.us-citizen-img' (its prefix means CONTEXT)"));
    }
}
