package io.github.stepadvisor.cli;

import io.github.stepadvisor.RuleSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, defects 3 to 6 and 9: an edited rule set that is wrong or breaks while advising is the
 * rule set's error, naming the file (and line or rule), never an internal error, a hang or a
 * silent exit.
 */
class RuleFaultsTest {

    private static final String SAMPLE = "profiles/step1-dedicated-below-margin.json";

    @TempDir
    Path rules;

    private int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    private Path thresholds(String from, String to) throws IOException {
        RuleSet.copyBuiltInTo(rules);
        Path file = rules.resolve("thresholds.properties");
        Cli.edit(file, text -> text.replace(from, to));
        return file;
    }

    @Test
    void aThresholdOutOfItsRangeIsRefusedWithFileAndLine() throws IOException {
        Path file = thresholds("step1SafetyMargin = 10", "step1SafetyMargin = 2147483647");
        int line = lineOf(file, "step1SafetyMargin =");

        Cli.Result result = Cli.run("validate", rules.toString());

        assertThat(result.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(result.errLines()).containsExactly(
                file + ":" + line + ": step1SafetyMargin: 2147483647 is out of range; it must be 0 to 100 points",
                "1 error; the rule set is refused as a whole");
    }

    @Test
    void aNegativeWindowIsRefusedBeforeAnyAdviceOrScenario() throws IOException {
        Path file = thresholds("step1ReadinessWindow = 3", "step1ReadinessWindow = -3");
        String expected = file + ":" + lineOf(file, "step1ReadinessWindow =")
                + ": step1ReadinessWindow: -3 is out of range; it must be 1 to 10 tests";

        Cli.Result advice = Cli.run("--rules", rules.toString(), SAMPLE);
        Cli.Result test = Cli.run("test", "scenarios", "--rules", rules.toString());

        assertThat(advice.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(advice.errLines()).containsExactly("advisor: " + expected);
        assertThat(test.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(test.errLines()).first().isEqualTo(expected);
    }

    @Test
    void aLowerBoundAboveItsUpperBoundIsRefused() throws IOException {
        Path file = thresholds("step1SafetyMargin = 10", "step1SafetyMargin = 20");

        Cli.Result result = Cli.run("validate", rules.toString());

        assertThat(result.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(result.errLines()).first().isEqualTo(file + ":" + lineOf(file, "step1SafetyMargin =")
                + ": step1SafetyMargin: 20 is above step1ComfortableMargin (15, line "
                + lineOf(file, "step1ComfortableMargin =") + "); it must not be");
    }

    @Test
    void aLatin1ByteInTheThresholdsNamesItsLine() throws IOException {
        RuleSet.copyBuiltInTo(rules);
        Path file = rules.resolve("thresholds.properties");
        int line = lineOf(file, "step1SafetyMargin =");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        lines.set(line - 1, lines.get(line - 1) + " # caf\u00e9");
        Files.write(file, String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        Cli.Result result = Cli.run("validate", rules.toString());

        assertThat(result.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(result.errLines()).containsExactly(file + ":" + line + ": not UTF-8 text (a byte of another encoding, "
                + "such as Latin-1); save the file as UTF-8", "1 error; the rule set is refused as a whole");
    }

    /** Copies the built-in rules and adds {@code rule} at the end of {@code file}; returns the file. */
    private Path withRule(String file, String rule) throws IOException {
        RuleSet.copyBuiltInTo(rules);
        Path drl = rules.resolve(file);
        Files.writeString(drl, Files.readString(drl) + "\n" + rule + "\n");
        return drl;
    }

    private static String rule(String name, String then) {
        return "rule \"" + name + "\"\n    @id(\"timeline.test\")\n    @source(\"test\")\nwhen\n"
                + "    $s : Thresholds()\nthen\n" + then + "\nend";
    }

    @Test
    void theLoopingRuleIsNamedNotTheRulesItMakesFireAgain() throws IOException {
        Path timeline = withRule("advice/timeline.drl", rule("Touches the thresholds for ever", "    modify($s) { }"));

        Cli.Result result = Cli.run("--rules", rules.toString(), SAMPLE);

        assertThat(result.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("advisor: " + timeline + ": rule \"Touches the thresholds for ever\" (@id timeline.test) fired ")
                .endsWith("times for one applicant and was stopped: it loops");
    }

    @Test
    void aRuleThatWouldEndTheProgramIsRefusedWhenLoaded() throws IOException {
        Path timeline = withRule("advice/timeline.drl", rule("Ends it all", "    System.exit(0);\n"
                + "    // Runtime.getRuntime().halt(1) in a comment is no call\n    Runtime . getRuntime().halt(3);"));
        int line = lineOf(timeline, "System.exit(0)");

        Cli.Result validate = Cli.run("validate", rules.toString());
        Cli.Result advice = Cli.run("--rules", rules.toString(), SAMPLE);

        String exit = timeline + ":" + line + ": calls System.exit, which would end the program that asks for advice; "
                + "a rule may not stop it";
        String halt = timeline + ":" + (line + 2) + ": calls Runtime.getRuntime().halt, which would end the program "
                + "that asks for advice; a rule may not stop it";
        assertThat(validate.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(validate.errLines()).containsExactly(exit, halt, "2 errors; the rule set is refused as a whole");
        assertThat(advice.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(advice.errLines()).containsExactly("advisor: " + exit, "advisor: " + halt);
    }

    @Test
    void endlessRecursionNamesTheRuleAndABatchGoesOn() throws IOException {
        Path timeline = withRule("advice/timeline.drl", "function int deeper(int n) { return deeper(n + 1) + 1; }\n"
                + rule("Recurses", "    deeper(0);"));
        String expected = timeline + ": rule \"Recurses\" failed while firing: it recursed without end (the stack overflowed)";

        Cli.Result advice = Cli.run("--rules", rules.toString(), SAMPLE);
        Cli.Result batch = Cli.run("--batch", "--rules", rules.toString(), Files.writeString(rules.resolve("two.jsonl"),
                ProfileLines.line(1) + "\n" + ProfileLines.line(2) + "\n").toString());

        assertThat(advice.exit()).isEqualTo(AdvisorCommand.INVALID);
        // Drools may pass the overflow up as it is, or wrapped as the consequence's failure.
        assertThat(advice.errLines()).singleElement().isIn("advisor: " + expected, "advisor: " + timeline
                + ": rule \"Recurses\" recursed without end (the stack overflowed)");
        assertThat(batch.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(batch.outLines()).hasSize(2).allSatisfy(line -> assertThat(line).contains("Recurses", "recursed without end"));
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aRuleThatNeverEndsIsStoppedAtTheTimeLimitAndNamed() throws IOException {
        Path timeline = withRule("advice/timeline.drl", rule("Spins", "    while ($s != null) { }"));

        long start = System.nanoTime();
        Cli.Result advice = Cli.run("--rules", rules.toString(), "--time-limit", "1.5", SAMPLE);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        assertThat(advice.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(advice.errLines()).containsExactly("advisor: " + timeline + ": rule \"Spins\" did not finish within "
                + "1500 ms and was stopped: it may loop for ever or wait (an advice takes milliseconds)");
        assertThat(seconds).as("stopped near its limit, not when the test times out").isLessThan(30);
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aRuleThatSleepsIsStoppedAndTheScenariosStillGetTheirSummary() throws IOException {
        withRule("advice/timeline.drl", rule("Sleeps", "    Thread.sleep(600_000);"));

        Cli.Result test = Cli.run("test", "scenarios/preclinical-classic-school.json", "--rules", rules.toString(),
                "--time-limit", "2");

        assertThat(test.exit()).isEqualTo(TestCommand.FAILED);
        assertThat(test.outLines()).last().isEqualTo("0 passed, 1 failed");
        assertThat(test.out()).contains("rule \"Sleeps\" did not finish within 2 s");
    }

    @Test
    void aTimeLimitThatIsNotPositiveIsAUsageError() {
        Cli.Result result = Cli.run("--rules", "scenarios", "--time-limit", "0", SAMPLE);

        assertThat(result.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(result.errLines()).containsExactly("advisor: --time-limit: must be more than 0 and at most 3600 seconds");
    }
}
