package io.github.stepadvisor.cli;

import io.github.stepadvisor.RuleSet;
import io.github.stepadvisor.StepAdvisor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {

    @TempDir
    Path rules;

    private static int builtInRuleCount() {
        return StepAdvisor.builtIn().ruleSet().rules().size();
    }

    /** The 1-based number of the first line of {@code file} that contains {@code text}. */
    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    @Test
    void anUneditedCopyCompilesWithoutWarnings() {
        RuleSet.copyBuiltInTo(rules);

        Cli.Result result = Cli.run("validate", rules.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo(builtInRuleCount() + " rules, 0 warnings\n");
    }

    @Test
    void everyErrorNamesItsFileAndLineAndNothingLoads() throws IOException {
        RuleSet.copyBuiltInTo(rules);
        Path thresholds = rules.resolve("thresholds.properties");
        Path step1 = rules.resolve("advice/step1.drl");
        Path timeline = rules.resolve("advice/timeline.drl");
        int thresholdLine = lineOf(thresholds, "step1SafetyMargin = 10");
        String brokenPattern = "windowSize >= 2, windowHeadroom < $margin )";
        int thenLine = lineOf(step1, brokenPattern) + 1;
        int packageLine = lineOf(timeline, "package io.github.stepadvisor.rules.advice;");
        Cli.edit(thresholds, text -> text.replace("step1SafetyMargin = 10", "step1SafetyMarginn = 10"));
        Cli.edit(step1, text -> text.replace(brokenPattern, "windowSize >= 2, windowHeadroom < $margin"));
        Cli.edit(timeline, text -> text.replace("package io.github.stepadvisor.rules.advice;", "package advise;"));

        Cli.Result result = Cli.run("validate", rules.toString());

        assertThat(result.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).contains(
                thresholds + ":" + thresholdLine + ": step1SafetyMarginn: unknown threshold",
                thresholds + ": step1SafetyMargin: is missing",
                timeline + ":" + packageLine + ": package advise does not match its folder: it must be"
                        + " 'package io.github.stepadvisor.rules.advice;' (or 'package advice;')")
                .anySatisfy(line -> assertThat(line).startsWith(step1 + ":" + thenLine + ": ")
                        .contains("Practice scores at or below the margin say delay"))
                .noneMatch(line -> line.contains("null Package"))
                .last().isEqualTo("4 errors; the rule set is refused as a whole");
    }

    @Test
    void warningsArePrintedWithTheirFileAndTheRulesStillCompile() throws IOException {
        RuleSet.copyBuiltInTo(rules);
        Path timeline = rules.resolve("advice/timeline.drl");
        Path context = rules.resolve("advice/context.drl");
        Cli.edit(timeline, text -> text.replace("    @id(\"timeline.clinical\")\n", "")
                .replace("@id(\"timeline.preclinical\")", "@id(\"timeline.preclinical-portfolio\")"));
        Cli.edit(context, text -> text.replace("@id(\"context.outside-scope\")", "@id(\"step1.readiness.go\")"));

        Cli.Result result = Cli.run("validate", rules.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines()).containsExactlyInAnyOrder(
                timeline + ": warning: rule \"In the clinical years, each clerkship is Step 2 CK preparation\" has no @id;"
                        + " if it gives advice, advising stops with an error when it fires",
                timeline + ": warning: rule \"In the preclinical years, use USMLE-style resources early and start a portfolio\":"
                        + " @id timeline.preclinical-portfolio is not in the catalogue (allowed for a new heuristic)",
                rules.resolve("advice/step1.drl") + ": warning: rule \"Practice scores safely above passing say go\":"
                        + " @id step1.readiness.go is also used by rule \"The guide is calibrated for US-citizen IMGs\" in "
                        + context,
                builtInRuleCount() + " rules, 3 warnings");
    }

    @Test
    void anEmptyFolderIsRefusedWithOneLinePerMissingFile() throws IOException {
        Files.createDirectories(rules);

        Cli.Result result = Cli.run("validate", rules.toString());

        assertThat(result.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(result.errLines()).containsExactly(
                rules.resolve("thresholds.properties") + ": is missing; a rule set keeps it beside its rule folders"
                        + " (copy-rules writes the built-in one)",
                rules.resolve("tiers.properties") + ": is missing; a rule set keeps it beside its rule folders"
                        + " (copy-rules writes the built-in one)",
                rules + ": holds no .drl file",
                "3 errors; the rule set is refused as a whole");
    }

    @Test
    void aFolderThatDoesNotExistIsAnError() {
        Path missing = rules.resolve("missing");

        Cli.Result result = Cli.run("validate", missing.toString());

        assertThat(result.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(result.errLines()).containsExactly(missing + ": is not a folder",
                "1 error; the rule set is refused as a whole");
    }
}
