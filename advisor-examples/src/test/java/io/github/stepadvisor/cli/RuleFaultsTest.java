package io.github.stepadvisor.cli;

import io.github.stepadvisor.RuleSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
}
