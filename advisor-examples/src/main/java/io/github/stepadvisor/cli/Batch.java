package io.github.stepadvisor.cli;

import io.github.stepadvisor.RunawayRuleException;
import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.format.AdviceJson;
import io.github.stepadvisor.format.Json;
import io.github.stepadvisor.format.JsonValue;
import io.github.stepadvisor.format.ProfileJson;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.InvalidInputException;


import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code --batch}: profiles as JSON Lines in, advice as JSON Lines out, line for line and in
 * order, so output line N always answers input line N.
 *
 * <ul>
 *   <li>Each output line is the advice of {@link AdviceJson} on one line, or, for a line that
 *       cannot be advised, {@code {"line": N, "errors": ["path: message", ...]}} in its place.
 *       A blank line is such a line ("empty line"): skipping it would shift every answer after
 *       it. An empty input gives an empty output.</li>
 *   <li>Memory is bounded whatever the input: lines are read one at a time, a line longer than
 *       {@link #MAX_LINE_BYTES} is skipped to its end unread and reported, and at most
 *       {@link #MAX_IN_FLIGHT} lines are being advised at once.</li>
 *   <li>Lines are advised on {@link #threads()} worker threads with one shared advisor; results
 *       are written in input order, each line flushed as it is written: a program may send one
 *       profile at a time and wait for its advice, and a run that ends early (a failed write, a
 *       signal) leaves only whole lines. A failed write stops the batch at once; SIGTERM or
 *       SIGINT stop it after the line being written.</li>
 *   <li>A profile without {@code asOf} is advised as of the day the batch started, the same day
 *       for every line.</li>
 *   <li>Exit status: {@value AdvisorCommand#OK} every line advised; {@value AdvisorCommand#INVALID}
 *       some line was not (a summary on standard error), the input cannot be read, or the rules
 *       do not compile; {@value AdvisorCommand#INTERNAL_ERROR} a fault of the advisor on some
 *       line (that line gets an error object too), the output failed, or the batch was stopped.</li>
 * </ul>
 */
final class Batch {

    /** A profile is a few kilobytes; a longer line is refused without being held. */
    static final int MAX_LINE_BYTES = 1024 * 1024;
    /** Lines read ahead of the one being written; with the line cap, this bounds memory. */
    static final int MAX_IN_FLIGHT = 16;
    /** Line numbers listed in the summary; the count says how many there are in all. */
    private static final int LISTED_LINES = 10;

    private static final String NAME = "advisor";
    private static final String STDIN = "<stdin>";

    private final StepAdvisor advisor;
    private final LocalDate today;

    private Batch(StepAdvisor advisor, LocalDate today) {
        this.advisor = advisor;
        this.today = today;
    }

    /** One line's answer: its output line, and whether it was advised or what kind of failure. */
    private record Outcome(String json, Status status) {
    }

    private enum Status { ADVISED, REFUSED, FAULT }

    /**
     * Runs {@code advisor --batch [FILE]} for the command of {@code spec}.
     *
     * @throws ParameterException for {@code --format text}, as batch output is JSON Lines only
     */
    static int run(CommandSpec spec, OutputFormat format, String file, InputStream stdin,
                   Supplier<StepAdvisor> advisor) {
        if (format != OutputFormat.JSON && spec.commandLine().getParseResult().hasMatchedOption("--format")) {
            throw new ParameterException(spec.commandLine(),
                    "--batch writes JSON Lines, one advice per line: --format text cannot be used with it");
        }
        return run(file, stdin, advisor, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * Runs a batch over {@code file} ({@code null} or {@code -} for {@code stdin}).
     *
     * @param advisor called once the input is open, so an unreadable file is reported at once
     */
    static int run(String file, InputStream stdin, Supplier<StepAdvisor> advisor, PrintWriter out, PrintWriter err) {
        boolean fromStdin = file == null || "-".equals(file);
        String label = fromStdin ? STDIN : file;
        InputStream in;
        try {
            in = fromStdin ? stdin : open(file);
        } catch (IOException | InvalidPathException e) {
            err.println(NAME + ": " + label + ": " + AdvisorCommand.cannotRead(e));
            return AdvisorCommand.INVALID;
        }
        try (InputStream input = in) {
            StepAdvisor compiled;
            try {
                compiled = advisor.get();
            } catch (InvalidInputException e) {
                ProblemLines.of(e.problems(), NAME + ": ").forEach(err::println);
                return AdvisorCommand.INVALID;
            }
            return new Batch(compiled, LocalDate.now()).stream(new LineReader(input, MAX_LINE_BYTES), label, out, err);
        } catch (IOException e) {
            err.println(NAME + ": " + label + ": " + AdvisorCommand.cannotRead(e));
            return AdvisorCommand.INVALID;
        }
    }

    /** Worker threads: one per core, as advising is pure computation. */
    static int threads() {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
    }

    private static InputStream open(String name) throws IOException {
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            throw new AdvisorCommand.NotAFileException();
        }
        return Files.newInputStream(path);
    }

    private int stream(LineReader lines, String label, PrintWriter out, PrintWriter err) throws IOException {
        ExecutorService workers = Executors.newFixedThreadPool(threads(), task -> {
            Thread thread = new Thread(task, "advisor-batch");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
        Tally tally = new Tally();
        try (StopSignal stop = StopSignal.install()) {
            while (!stop.requested()) {
                if (!lines.ready()) {
                    // The producer may be waiting for these answers before it sends more.
                    while (!inFlight.isEmpty()) {
                        if (!emit(inFlight.removeFirst(), tally, out)) {
                            return stopped(out, tally, label, err);
                        }
                    }
                }
                LineReader.Line line;
                try {
                    line = lines.next();
                } catch (LineReader.EndlessLineException e) {
                    while (!inFlight.isEmpty()) {
                        if (!emit(inFlight.removeFirst(), tally, out)) {
                            return stopped(out, tally, label, err);
                        }
                    }
                    err.println(NAME + ": " + label + ": " + e.getMessage() + "; stopped after " + tally.total + " lines");
                    return AdvisorCommand.INVALID;
                }
                if (line == null) {
                    break;
                }
                inFlight.addLast(workers.submit(() -> answer(line)));
                if (inFlight.size() >= MAX_IN_FLIGHT && !emit(inFlight.removeFirst(), tally, out)) {
                    return stopped(out, tally, label, err);
                }
            }
            while (!inFlight.isEmpty() && !stop.requested()) {
                if (!emit(inFlight.removeFirst(), tally, out)) {
                    return stopped(out, tally, label, err);
                }
            }
            if (stop.requested()) {
                return stopped(out, tally, label, err);
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            workers.shutdownNow();
        }
        return tally.exitStatus(label, err);
    }

    /**
     * Writes one answer and flushes it, so the output holds whole lines only whenever the run
     * ends; false when the output failed (a full disk, a closed pipe) and the batch must stop.
     */
    private static boolean emit(Future<Outcome> pending, Tally tally, PrintWriter out) {
        tally.write(pending, out);
        out.flush();
        return !out.checkError();
    }

    /** A batch that ends before its input: its output failed, or the process is being stopped. */
    private static int stopped(PrintWriter out, Tally tally, String label, PrintWriter err) {
        if (out.checkError()) {
            // The command reports the output's failure, with its reason, in one line.
            return AdvisorCommand.INTERNAL_ERROR;
        }
        err.println(NAME + ": " + label + ": stopped after " + tally.total + " lines");
        return AdvisorCommand.INTERNAL_ERROR;
    }

    private Outcome answer(LineReader.Line line) {
        if (line.tooLong()) {
            return refused(line.number(), List.of("the line is longer than " + MAX_LINE_BYTES / 1024 / 1024
                    + " MB; a profile is a few kilobytes"));
        }
        if (isBlank(line.bytes())) {
            return refused(line.number(), List.of("empty line; expected a profile, one JSON object per line"));
        }
        try {
            Applicant applicant = ProfileJson.read(line.bytes(), today);
            return new Outcome(AdviceJson.writeLine(advisor.advise(applicant, applicant.asOf().orElse(today))),
                    Status.ADVISED);
        } catch (InvalidInputException e) {
            return refused(line.number(), ProblemLines.of(e.problems(), ""));
        } catch (RunawayRuleException e) {
            // The rules given with --rules loop for this applicant: the user's own rules, not a fault of ours.
            return refused(line.number(), List.of(Json.oneLine(e.getMessage())));
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : Json.oneLine(e.getMessage());
            return new Outcome(errorLine(line.number(), List.of("internal error: " + message)), Status.FAULT);
        }
    }

    private static Outcome refused(long number, List<String> errors) {
        return new Outcome(errorLine(number, errors), Status.REFUSED);
    }

    static String errorLine(long number, List<String> errors) {
        Map<String, JsonValue> error = new LinkedHashMap<>();
        error.put("line", JsonValue.JsonNumber.of(number));
        error.put("errors", JsonValue.JsonArray.ofStrings(errors));
        return Json.writeLine(new JsonValue.JsonObject(error));
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** What has been written: how many lines, which were not advised, whether any was a fault. */
    private static final class Tally {
        long total;
        long notAdvised;
        boolean fault;
        final List<Long> listed = new ArrayList<>();

        void write(Future<Outcome> pending, PrintWriter out) {
            Outcome outcome = await(pending);
            total++;
            out.write(outcome.json());
            out.write('\n');
            if (outcome.status() != Status.ADVISED) {
                notAdvised++;
                fault |= outcome.status() == Status.FAULT;
                if (listed.size() < LISTED_LINES) {
                    listed.add(total);
                }
            }
        }

        int exitStatus(String label, PrintWriter err) {
            if (notAdvised == 0) {
                return AdvisorCommand.OK;
            }
            String lines = listed.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + (notAdvised > listed.size() ? ", ..." : "");
            err.println(NAME + ": " + label + ": " + notAdvised + " of " + total + " lines could not be advised (line"
                    + (notAdvised == 1 ? " " : "s ") + lines + "); each has {\"line\": N, \"errors\": [...]} in its place");
            return fault ? AdvisorCommand.INTERNAL_ERROR : AdvisorCommand.INVALID;
        }

        private static Outcome await(Future<Outcome> pending) {
            // answer() turns every RuntimeException into an outcome: what comes through is an Error.
            return Background.join(pending);
        }
    }
}
