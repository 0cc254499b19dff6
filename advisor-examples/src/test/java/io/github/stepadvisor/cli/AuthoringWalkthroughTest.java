package io.github.stepadvisor.cli;

import io.github.stepadvisor.format.AdviceJson;
import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Recommendation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue "Advisors own the rules" is done when an advisor, with nothing but the command line,
 * can copy the rules, change a threshold and see the advice change, have a broken rule named by
 * file and line, and have a wrong scenario fail by name (docs/authoring.md walks through it).
 */
class AuthoringWalkthroughTest {

    /** Step 1 practice scores 209, 208 and 211: 12 above passing at the lowest. */
    private static final String TWELVE_ABOVE = "profiles/step1-twelve-above.json";

    @TempDir
    Path temp;

    private Path copyRules() {
        Path rules = temp.resolve("my-rules");
        assertThat(Cli.run("copy-rules", rules.toString()).exit()).isZero();
        return rules;
    }

    private static Advice advise(String... args) {
        Cli.Result result = Cli.run(args);
        assertThat(result.exit()).as(result.err()).isZero();
        return AdviceJson.read(result.out());
    }

    @Test
    void raisingTheSafetyMarginToFifteenTurnsTwelveAboveFromGoToDelay() throws IOException {
        Path rules = copyRules();
        Cli.edit(rules.resolve("thresholds.properties"),
                text -> text.replace("step1SafetyMargin = 10", "step1SafetyMargin = 15"));

        Advice builtIn = advise("--format", "json", TWELVE_ABOVE);
        Advice edited = advise("--format", "json", "--rules", rules.toString(), TWELVE_ABOVE);

        assertThat(builtIn.ids()).contains("step1.readiness.go").doesNotContain("step1.readiness.delay");
        assertThat(edited.ids()).contains("step1.readiness.delay").doesNotContain("step1.readiness.go");
        assertThat(edited.find("step1.readiness.delay").orElseThrow().reasons()).first().asString()
                .contains("209, 208 and 211").contains("at least 211 (passing 196 + 15)").contains("209 and 208 fall short");
    }

    @Test
    void explainShowsThePracticeScoresAndTheMarginTheVerdictCompared() throws IOException {
        Path rules = copyRules();
        Cli.edit(rules.resolve("thresholds.properties"),
                text -> text.replace("step1SafetyMargin = 10", "step1SafetyMargin = 15"));

        Cli.Result result = Cli.run("--rules", rules.toString(), "--explain", TWELVE_ABOVE);

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("""
                   Why: rule "Practice scores at or below the margin say delay" in
                        %s
                     $headroom = 12
                     $margin = 15
                     $window = [NBME 209 on 2026-10-25, NBME 208 on 2026-11-08, UWSA1 211 on 2026-11-20]
                     Step1.passed = false
                     Step1.windowSize = 3
                     Attempts.usedUp = false

                """.formatted(rules.resolve("advice/step1.drl")));
    }

    @Test
    void breakingARulesSyntaxMakesValidateNameTheFileAndALineOfThatRule() throws IOException {
        Path rules = copyRules();
        Path step1 = rules.resolve("advice/step1.drl");
        List<String> lines = Files.readAllLines(step1);
        int first = lines.indexOf("rule \"Practice scores at or below the margin say delay\"") + 1;
        int last = first + lines.subList(first, lines.size()).indexOf("end") + 1;
        // The closing parenthesis of the rule's Step1 pattern goes missing.
        Cli.edit(step1, text -> text.replace("windowSize >= 2, windowHeadroom < $margin )", "windowSize >= 2, windowHeadroom < $margin"));

        Cli.Result result = Cli.run("validate", rules.toString());

        assertThat(result.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(result.errLines()).hasSize(2).last().isEqualTo("1 error; the rule set is refused as a whole");
        String error = result.errLines().get(0);
        assertThat(error).startsWith(step1 + ":").contains("Practice scores at or below the margin say delay");
        int line = Integer.parseInt(error.substring((step1 + ":").length(), error.indexOf(": ", (step1 + ":").length())));
        assertThat(line).isBetween(first, last);
    }

    @Test
    void aScenarioFolderWithOneWrongExpectationFailsAndNamesIt() throws IOException {
        Path scenarios = Files.createDirectories(temp.resolve("my-scenarios"));
        Files.writeString(scenarios.resolve("go.json"), TestCommandTest.twelveAbove("Twelve above is a go",
                "\"expect\": [\"step1.readiness.go\"], \"forbid\": [\"step1.readiness.delay\"]"));
        Files.writeString(scenarios.resolve("wrong.json"), TestCommandTest.twelveAbove("Twelve above needs more data",
                "\"expect\": [\"step1.readiness.go\", \"step1.readiness.more-data\"]"));

        Cli.Result result = Cli.run("test", scenarios.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.outLines()).containsExactly("PASS Twelve above is a go",
                "FAIL Twelve above needs more data: missing step1.readiness.more-data", "1 passed, 1 failed");
    }

    @Test
    void theWalkthroughProfileIsAGoWithTheBuiltInRules() {
        Recommendation go = advise("--format", "json", TWELVE_ABOVE).find("step1.readiness.go").orElseThrow();

        assertThat(go.reasons()).first().asString().contains("209, 208 and 211").contains("at least 206 (passing 196 + 10)");
    }
}
