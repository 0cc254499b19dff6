package io.github.stepadvisor.cli;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.format.Json;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code java -jar advisor.jar [--format text|json] [--rules DIR] PROFILE.json}: advice for the
 * applicant in a profile file ({@code -} reads standard input).
 *
 * <p>The command is the top of a command tree: its own action (advise) runs when the first
 * argument is not a subcommand name, and further commands ({@code programs}, {@code validate},
 * {@code test}) are added to {@code subcommands} beside {@code help}, reusing {@link RuleOptions}
 * and {@link OutputFormat} as mixins.
 *
 * <p>Exit status: {@value #OK} advice written; {@value #INVALID} an invalid profile, an unreadable
 * file, rules that do not compile or that fail or loop while firing, or a usage error, every
 * problem one line on standard error;
 * {@value #INTERNAL_ERROR} a fault of the advisor itself, or output that could not be written, as
 * one line. Never a stack trace.
 */
@Command(name = "advisor",
        mixinStandardHelpOptions = true,
        versionProvider = AdvisorCommand.Version.class,
        subcommands = {HelpCommand.class, ProgramsCommand.class, CopyRulesCommand.class, ValidateCommand.class,
                TestCommand.class, ServeCommand.class},
        synopsisSubcommandLabel = "[COMMAND]",
        usageHelpWidth = 88,
        description = {
                "Advises a US-citizen IMG on USMLE Step 1, Step 2 CK and residency applications, "
                        + "from an applicant profile in JSON (format: docs/profile-format.md; samples: "
                        + "advisor-examples/profiles/).",
                ""},
        footer = {
                "",
                "Examples:",
                "  java -jar advisor.jar advisor-examples/profiles/step1-dedicated-below-margin.json",
                "  java -jar advisor.jar --format json - < my-profile.json",
                "  java -jar advisor.jar serve          (the page and JSON API at http://127.0.0.1:8080/)",
                "",
                "Exit status: 0 advice written; 2 invalid profile, unreadable file, rules that do not "
                        + "compile or that fail or loop, or a usage error (each problem one line on standard error; "
                        + "with --format json a refused profile is {\"errors\": [...]} on standard output); "
                        + "1 an internal error, or the output could not be written (a full disk, a closed pipe)."})
public final class AdvisorCommand implements Callable<Integer> {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int INVALID = 2;

    static final String NAME = "advisor";

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = OutputFormat.Converter.class,
            description = "text (for reading, the default) or json (for programs)")
    OutputFormat format;

    @Mixin
    RuleOptions rules;

    @Option(names = "--explain",
            description = "under each recommendation, the rule that gave it, its file, and the values it matched")
    boolean explain;

    @Option(names = "--all", description = "in text, print LOW recommendations (reassurance and background) "
            + "with their reasons too, not one line each")
    boolean all;

    @Option(names = "--batch", description = "read JSON Lines, one profile per line, from PROFILE or standard "
            + "input; write one advice per line (JSON) in the same order, and {\"line\": N, \"errors\": [...]} "
            + "for a line that cannot be advised")
    boolean batch;

    @Parameters(arity = "0..1", paramLabel = "PROFILE",
            description = "the applicant profile, a JSON file; - reads it from standard input")
    String profile;

    private final InputStream stdin;

    /** Standard input, as given to {@link #run}: subcommands read a profile from it for {@code -}. */
    InputStream stdin() {
        return stdin;
    }

    private AdvisorCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    public static void main(String[] args) {
        // The built-in rules load on a second core while this one starts the command line and reads
        // the input: the two are independent and each is about half of a cold start.
        if (advisesWithBuiltInRules(args)) {
            Background.start("advisor-advice-rules", () -> StepAdvisor.builtIn().prepareAdvice());
        } else if (listsWithBuiltInRules(args)) {
            Background.start("advisor-programs-rules", () -> StepAdvisor.builtIn().preparePrograms());
        }
        // A failure there is left to the command, which meets it again when it asks and reports it.
        // Standard output as the file descriptor itself: System.out is a PrintStream, which swallows
        // a failed write (a full disk, a closed pipe) along with its reason.
        System.exit(run(args, System.in, new FileOutputStream(FileDescriptor.out), System.err));
    }

    /**
     * Whether a command line will advise with the built-in rules: not with {@code --rules}, not for
     * {@code copy-rules}, help or the version, and not for {@code programs} (see
     * {@link #listsWithBuiltInRules}). A wrong guess costs a little CPU, never a result.
     */
    static boolean advisesWithBuiltInRules(String[] args) {
        boolean otherCommand = args.length > 0 && (args[0].equals("copy-rules") || args[0].equals("programs"));
        return !otherCommand && !leavesBuiltInRules(args);
    }

    /** Whether a command line will list programs with the built-in rules. */
    static boolean listsWithBuiltInRules(String[] args) {
        return args.length > 0 && args[0].equals("programs") && !leavesBuiltInRules(args);
    }

    private static boolean leavesBuiltInRules(String[] args) {
        for (String arg : args) {
            if (arg.equals("--rules") || arg.startsWith("--rules=") || arg.equals("--help") || arg.equals("-h")
                    || arg.equals("--version") || arg.equals("-V") || arg.equals("help")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs the command as {@link #main} does, on the given streams, and returns the exit status
     * instead of exiting: for tests and for programs that call the advisor in-process.
     */
    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
        WatchedOutput watched = new WatchedOutput(out);
        // The buffer holds a whole line of batch output, so each flush writes whole lines at once.
        PrintWriter output = new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(watched, OUTPUT_BUFFER),
                StandardCharsets.UTF_8), true);
        PrintWriter errors = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            int status;
            try {
                status = isBareProfile(args)
                        // As picocli runs it: text advice with the built-in rules; a fault is caught below.
                        ? OneAdvice.run(args[0], OutputFormat.TEXT, false, false, StepAdvisor::builtIn, in, output, errors)
                        : commandLine(in, output, errors).execute(args);
            } catch (Throwable e) {
                // Errors (StackOverflowError, OutOfMemoryError, a broken class path) pass picocli's handlers.
                errors.println(NAME + ": internal error: " + describe(e));
                status = INTERNAL_ERROR;
            }
            output.flush();
            if (watched.failure().isPresent()) {
                // Output that did not reach its file is lost work, whatever the command concluded.
                errors.println(NAME + ": cannot write the output: " + WatchedOutput.reason(watched.failure().get()));
                return INTERNAL_ERROR;
            }
            return status;
        } finally {
            errors.flush();
        }
    }

    /** Bytes of output held before they are written: more than any one line of advice. */
    private static final int OUTPUT_BUFFER = 256 * 1024;

    /** The names picocli knows as commands rather than a profile (tested against its command tree). */
    static final Set<String> COMMAND_NAMES = Set.of("help", "programs", "copy-rules", "validate", "test", "serve");

    /**
     * Whether the command line is only a profile file, {@code advisor PROFILE}: the commonest run,
     * which picocli would read as the default command with no option. Building picocli's model of
     * the command tree costs a fresh JVM about 0.2 s of CPU, a fifth of a cold run, so this one
     * case is advised without it. Anything else ({@code -} or an option, {@code @file} argument
     * files, a command name) goes to picocli.
     */
    static boolean isBareProfile(String[] args) {
        if (args.length != 1 || args[0].isEmpty()) {
            return false;
        }
        char first = args[0].charAt(0);
        return first != '-' && first != '@' && !COMMAND_NAMES.contains(args[0]);
    }

    static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new AdvisorCommand(in));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, args) -> {
            PrintWriter errors = e.getCommandLine().getErr();
            errors.println(e.getCommandLine().getCommandSpec().qualifiedName() + ": " + Json.oneLine(e.getMessage()));
            UnmatchedArgumentException.printSuggestions(e, errors);
            errors.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            return INVALID;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println(NAME + ": internal error: " + describe(e));
            return INTERNAL_ERROR;
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        if (batch && all) {
            throw new ParameterException(spec.commandLine(), "--all is for text output; --batch writes every recommendation in full");
        }
        if (batch && explain) {
            throw new ParameterException(spec.commandLine(), "--explain works on one profile at a time, not with --batch");
        }
        if (batch) {
            return Batch.run(spec, format, profile, stdin, rules::advisor);
        }
        if (profile == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'PROFILE'");
        }
        return OneAdvice.run(profile, format, explain, all, rules::advisor, stdin, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    static String cannotRead(Exception e) {
        return e instanceof NotAFileException ? "is a folder, not a profile file" : Json.cannotRead(e);
    }

    /** The fault's own message when it has one; its class name only when that is all there is. */
    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : Json.oneLine(e.getMessage());
        return message.isEmpty() ? e.getClass().getSimpleName() : message;
    }

    static final class NotAFileException extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** The version of this build, read from a resource Maven fills in. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = AdvisorCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {
                    NAME + " " + properties.getProperty("version", "(unknown version)"),
                    "Java " + Runtime.version() + ", " + System.getProperty("java.vm.name", "")};
        }
    }
}
