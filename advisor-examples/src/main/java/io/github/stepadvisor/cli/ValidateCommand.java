package io.github.stepadvisor.cli;

import io.github.stepadvisor.RuleSet;
import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code advisor validate DIR}: compiles an edited rule set exactly as {@code --rules DIR} would,
 * and says what is wrong (errors, {@code file:line: message}, on standard error) or worth a look
 * (warnings: a rule without {@code @id} or {@code @source}, an id used in two files, an id outside
 * the catalogue), then a one-line summary.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 88,
        description = {
                "Compiles the rule set in DIR (as --rules DIR would load it) and lists its errors and warnings.",
                ""},
        footer = {
                "",
                "Example:",
                "  java -jar advisor.jar validate my-rules",
                "",
                "Errors name the file and line (my-rules/advice/step1.drl:42: ...) on standard error; warnings "
                        + "(a rule without @id or @source, an id used by rules in two files, an id not in the "
                        + "catalogue) and the summary go to standard output.",
                "Exit status: 0 the rules compile (warnings or not); 2 they do not."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the rule set folder (thresholds.properties, tiers.properties, advice/, programs/)")
    Path folder;

    @Override
    public Integer call() {
        RuleSet rules;
        try {
            rules = StepAdvisor.fromDirectory(folder).ruleSet();
        } catch (InvalidInputException e) {
            PrintWriter err = spec.commandLine().getErr();
            ProblemLines.of(e.problems(), "").forEach(err::println);
            err.println(count(e.problems().size(), "error", "errors") + "; the rule set is refused as a whole");
            return AdvisorCommand.INVALID;
        }
        List<Problem> warnings = rules.warnings();
        PrintWriter out = spec.commandLine().getOut();
        for (Problem warning : warnings) {
            out.println(warning.where() + ": warning: " + warning.message());
        }
        out.println(count(rules.rules().size(), "rule", "rules") + ", " + count(warnings.size(), "warning", "warnings"));
        out.flush();
        return AdvisorCommand.OK;
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
