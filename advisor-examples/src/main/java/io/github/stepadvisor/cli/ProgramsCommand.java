package io.github.stepadvisor.cli;

import io.github.stepadvisor.RunawayRuleException;
import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.catalogue.CatalogueReader;
import io.github.stepadvisor.catalogue.ProgramListJson;
import io.github.stepadvisor.catalogue.ProgramListText;
import io.github.stepadvisor.json.Json;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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
        // The built-in program rules load on another core while the inputs are read: in a fresh
        // JVM each takes a good part of the run. A folder given with --rules is compiled after, as always.
        FutureTask<StepAdvisor> builtIn = null;
        if (rules.folder == null) {
            builtIn = background("advisor-programs-rules", () -> StepAdvisor.builtIn().preparePrograms());
        }
        // So does the catalogue, while this thread reads the profile.
        FutureTask<List<Program>> read = background("advisor-programs-catalogue", () -> CatalogueReader.read(catalogue));
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
            programs = result(read);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            return refuse(problems);
        }
        ProgramList list;
        try {
            StepAdvisor advisor = builtIn != null ? result(builtIn) : rules.advisor();
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

    /** {@code task}, started on a thread of its own that does not keep the JVM alive. */
    private static <T> FutureTask<T> background(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** What {@code task} returned, or what it threw, as if thrown here. */
    private static <T> T result(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the inputs were read", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private int refuse(List<Problem> problems) {
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(problem -> err.println("advisor programs: " + problem));
        err.flush();
        return AdvisorCommand.INVALID;
    }
}
