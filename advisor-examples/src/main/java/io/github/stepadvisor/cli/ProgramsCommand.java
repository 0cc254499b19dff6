package io.github.stepadvisor.cli;

import io.github.stepadvisor.RunawayRuleException;
import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.format.CatalogueReader;
import io.github.stepadvisor.format.ProgramListJson;
import io.github.stepadvisor.catalogue.ProgramListText;
import io.github.stepadvisor.format.Json;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Problem;
import io.github.stepadvisor.model.Program;
import io.github.stepadvisor.model.ProgramList;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

/**
 * {@code advisor programs --catalogue FILE [--format text|json] PROFILE}: every program of a
 * catalogue in the applicant's target specialties, classified safety, target, reach or excluded
 * with its reasons, and advice about the list as a whole ({@code program-list.md}).
 */
@Command(name = "programs",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 88,
        description = {"Classifies the programs of a catalogue (CSV or JSON, see docs/program-list.md) as "
                + "safety, target, reach or excluded for the applicant in PROFILE, each with its reasons."},
        footer = {"", "Example:",
                "  java -jar advisor.jar programs --catalogue advisor-examples/catalogues/fictional-sample.csv "
                        + "advisor-examples/profiles/redeemed-in-season.json"})
final class ProgramsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    AdvisorCommand parent;

    @Option(names = "--catalogue", paramLabel = "FILE", required = true,
            description = "the program catalogue: a .csv or .json file")
    Path catalogue;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = OutputFormat.Converter.class,
            description = "text (for reading, the default) or json (for programs)")
    OutputFormat format;

    @Mixin
    RuleOptions rules;

    @Parameters(paramLabel = "PROFILE", description = "the applicant profile, a JSON file; - reads standard input")
    String profile;

    @Override
    public Integer call() {
        // The catalogue is read on another core while this thread reads the profile (and, from
        // AdvisorCommand.main, a third thread loads the built-in program rules).
        Future<List<Program>> read = Background.start("advisor-programs-catalogue", () -> CatalogueReader.read(catalogue));
        // Both inputs are read before either is refused, so the user sees every problem at once.
        List<Problem> problems = new ArrayList<>();
        Applicant applicant = null;
        List<Program> programs = null;
        try {
            applicant = ProfileSource.read(profile, parent.stdin());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        try {
            programs = Background.join(read);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            return format == OutputFormat.JSON ? OneAdvice.refuseAsJson(spec.commandLine().getOut(), problems)
                    : refuse(problems);
        }
        ProgramList list;
        try {
            StepAdvisor advisor = rules.advisor();
            list = advisor.programs(applicant, programs);
        } catch (InvalidInputException e) {
            return refuse(e.problems());
        } catch (RunawayRuleException e) {
            return refuse(List.of(new Problem("", Json.oneLine(e.getMessage()))));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == OutputFormat.JSON ? ProgramListJson.write(list) : ProgramListText.render(list));
        out.flush();
        return AdvisorCommand.OK;
    }


    private int refuse(List<Problem> problems) {
        PrintWriter err = spec.commandLine().getErr();
        ProblemLines.of(problems, "advisor programs: ").forEach(err::println);
        err.flush();
        return AdvisorCommand.INVALID;
    }
}
