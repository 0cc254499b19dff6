package io.github.stepadvisor.cli;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.format.AdviceJson;
import io.github.stepadvisor.format.Json;
import io.github.stepadvisor.format.ProfileJson;
import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Category;
import io.github.stepadvisor.model.Explanation;
import io.github.stepadvisor.model.Priority;
import io.github.stepadvisor.model.Recommendation;

import io.github.stepadvisor.format.JsonValue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ExplainOutputTest {

    private static final String SAMPLE = "profiles/step1-dedicated-below-margin.json";

    private static Recommendation explained() {
        return new Recommendation("step1.readiness.delay", Category.STEP1_READINESS, Priority.HIGH, Optional.empty(),
                "Delay Step 1", List.of("Your last 3 scores are 201, 204 and 199."), "Designing a Step 1 Strategy",
                Optional.of(new Explanation("Practice scores at or below the margin say delay", "my-rules/advice/step1.drl",
                        List.of(new Explanation.Matched("$headroom", "3"), new Explanation.Matched("$margin", "10")))));
    }

    @Test
    void textShowsTheRuleItsFileAndTheMatchedValuesUnderTheRecommendation() {
        String text = AdviceText.render(new Advice(Optional.empty(), LocalDate.parse("2026-11-24"), List.of(explained())));

        assertThat(text).endsWith("""
                   Guide: Designing a Step 1 Strategy
                   Why: rule "Practice scores at or below the margin say delay" in
                        my-rules/advice/step1.drl
                     $headroom = 3
                     $margin = 10
                """);
    }

    @Test
    void jsonCarriesTheExplanationAndReadsItBack() {
        Advice advice = new Advice(Optional.empty(), LocalDate.parse("2026-11-24"), List.of(explained()));

        String json = AdviceJson.write(advice);

        assertThat(json).contains("""
                      "source": "Designing a Step 1 Strategy",
                      "explanation": {
                        "rule": "Practice scores at or below the margin say delay",
                        "file": "my-rules/advice/step1.drl",
                        "matched": [
                          {
                            "name": "$headroom",
                            "value": "3"
                          },
                          {
                            "name": "$margin",
                            "value": "10"
                          }
                        ]
                      }
                """);
        assertThat(AdviceJson.read(json)).isEqualTo(advice);
    }

    @Test
    void theExplanationAppearsOnlyWhenExplainIsGiven() throws IOException {
        Cli.Result plain = Cli.run("--format", "json", SAMPLE);
        Cli.Result explain = Cli.run("--format", "json", "--explain", SAMPLE);

        assertThat(plain.out()).doesNotContain("\"explanation\"");
        List<JsonValue> recommendations = JsonFields.elements(Json.parse(explain.out(), "advice").get("recommendations"));
        assertThat(recommendations).isNotEmpty().allSatisfy(r -> {
            assertThat(JsonFields.text(r.get("explanation").get("rule"))).isNotBlank();
            assertThat(JsonFields.text(r.get("explanation").get("file"))).startsWith("built-in:advice/");
        });
        Advice expected = StepAdvisor.builtIn().explain(ProfileJson.read(Files.readAllBytes(Path.of(SAMPLE))));
        assertThat(AdviceJson.read(explain.out())).isEqualTo(expected);
        assertThat(AdviceJson.read(explain.out()).recommendations()).extracting(Recommendation::id)
                .isEqualTo(AdviceJson.read(plain.out()).recommendations().stream().map(Recommendation::id).toList());
    }

    @Test
    void theTextOfDelayShowsTheScoresTheMarginComparedAndThePropertiesRead() {
        Cli.Result result = Cli.run("--explain", SAMPLE);

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("""
                    Why: rule "Practice scores at or below the margin say delay" in
                         built-in:advice/step1.drl
                      $headroom = 3
                      $margin = 10
                      $window = [NBME 201 on 2026-10-27, NBME 204 on 2026-11-10, NBME 199 on 2026-11-21]
                      Step1.passed = false
                      Step1.windowSize = 3
                      Attempts.usedUp = false

                """);
    }

    @Test
    void explainWorksOnOneProfileAtATimeNotOnABatch() {
        Cli.Result result = Cli.run("--explain", "--batch", SAMPLE);

        assertThat(result.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).first()
                .isEqualTo("advisor: --explain works on one profile at a time, not with --batch");
    }
}
