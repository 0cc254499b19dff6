package io.github.stepadvisor.cli;

import io.github.stepadvisor.RunawayRuleException;
import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.format.AdviceJson;
import io.github.stepadvisor.format.Json;
import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Problem;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;

/**
 * The advice command's work for one profile: read it, advise, write the advice; every problem of
 * the user's input or rules one line on standard error, except that with {@code --format json} a
 * refused profile is {@code {"errors": [...]}} on standard output, for the program reading it. Shared by {@link AdvisorCommand#call()}
 * and the shortcut {@link AdvisorCommand#run} takes for a bare {@code advisor PROFILE}.
 */
final class OneAdvice {

    private OneAdvice() {
    }

    /** The exit status: {@link AdvisorCommand#OK} with advice written, {@link AdvisorCommand#INVALID} otherwise. */
    static int run(String profile, OutputFormat format, boolean explain, boolean all, Supplier<StepAdvisor> advisors,
                   InputStream stdin, PrintWriter out, PrintWriter err) {
        Applicant applicant;
        try {
            applicant = ProfileSource.read(profile, stdin);
        } catch (InvalidInputException e) {
            return format == OutputFormat.JSON ? refuseAsJson(out, e.problems()) : refuse(err, e);
        }
        StepAdvisor advisor;
        try {
            advisor = advisors.get();
        } catch (InvalidInputException e) {
            // Rule problems already say where they are (file:line).
            return refuse(err, e);
        }
        Advice advice;
        try {
            advice = explain ? advisor.explain(applicant) : advisor.advise(applicant);
        } catch (InvalidInputException e) {
            // A rule of --rules that failed while firing; it says which and where.
            return refuse(err, e);
        } catch (RunawayRuleException e) {
            // Only rules given with --rules can loop: the user's own rules, so their error, not ours.
            err.println(AdvisorCommand.NAME + ": " + Json.oneLine(e.getMessage()));
            return AdvisorCommand.INVALID;
        }
        out.print(format == OutputFormat.JSON ? AdviceJson.write(advice) : AdviceText.render(advice, all));
        out.flush();
        return AdvisorCommand.OK;
    }

    /** Writes {@code {"errors": ["where: message", ...]}} to {@code out}; the exit status of refused input. */
    static int refuseAsJson(PrintWriter out, List<Problem> problems) {
        out.print(Json.writeErrors(problems.stream().map(Problem::toString).toList()));
        out.flush();
        return AdvisorCommand.INVALID;
    }

    private static int refuse(PrintWriter err, InvalidInputException e) {
        ProblemLines.of(e.problems(), AdvisorCommand.NAME + ": ").forEach(err::println);
        return AdvisorCommand.INVALID;
    }
}
