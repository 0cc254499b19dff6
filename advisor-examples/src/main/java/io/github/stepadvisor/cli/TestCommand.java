package io.github.stepadvisor.cli;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Problem;
import io.github.stepadvisor.scenario.Scenario;
import io.github.stepadvisor.scenario.ScenarioFile;
import io.github.stepadvisor.scenario.ScenarioResult;
import io.github.stepadvisor.scenario.ScenarioRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code advisor test DIR [--rules RULES]}: runs every scenario under DIR against the rules and
 * prints {@code PASS name} or {@code FAIL name: missing ...; unexpected ...} for each, then
 * {@code N passed, M failed}. Nothing runs unless every scenario file and the rule set are valid.
 */
@Command(name = "test",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 88,
        description = {
                "Runs every scenario (*.json, searched recursively, in path order) under DIR: a profile, the ids "
                        + "the advice must give (expect) and must not give (forbid).",
                ""},
        footer = {
                "",
                "Examples:",
                "  java -jar advisor.jar test advisor-examples/scenarios",
                "  java -jar advisor.jar test my-scenarios --rules my-rules",
                "",
                "Exit status: 0 every scenario passed; 1 some failed; 2 an invalid scenario file or rule set "
                        + "(each problem one line on standard error, naming the file and the field), or a usage error."})
final class TestCommand implements Callable<Integer> {

    static final int FAILED = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    RuleOptions rules;

    @Parameters(paramLabel = "DIR", description = "the scenario folder (or one scenario file)")
    Path folder;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        StepAdvisor advisor;
        try {
            advisor = rules.advisor();
        } catch (InvalidInputException e) {
            return refuse(e.problems(), "the rule set does not compile; run 'validate' on it");
        }
        ScenarioRunner runner = new ScenarioRunner(advisor);
        List<Scenario> scenarios;
        try {
            scenarios = ScenarioFile.readAll(folder, runner.ids());
        } catch (InvalidInputException e) {
            return refuse(e.problems(), "nothing was run");
        }
        PrintWriter out = spec.commandLine().getOut();
        int passed = 0;
        int failed = 0;
        for (Scenario scenario : scenarios) {
            ScenarioResult result = runner.run(scenario);
            out.println(result.line());
            if (result.passed()) {
                passed++;
            } else {
                failed++;
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        err.flush();
        return failed > 0 ? FAILED : AdvisorCommand.OK;
    }

    private int refuse(List<Problem> problems, String outcome) {
        PrintWriter err = spec.commandLine().getErr();
        ProblemLines.of(problems, "").forEach(err::println);
        err.println(spec.qualifiedName() + ": " + ValidateCommand.count(problems.size(), "problem", "problems")
                + "; " + outcome);
        return AdvisorCommand.INVALID;
    }
}
