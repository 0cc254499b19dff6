package io.github.stepadvisor.bench;

import io.github.stepadvisor.ExecutableModelAtRunTime;
import io.github.stepadvisor.RuleSet;
import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Applicant;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Advice on a warm advisor over the mixed profiles, against the engine floor: the very same
 * {@code advise} call (validation, situation, session, the same insertions, firing, collection)
 * through a rule set without rules. Between the two, {@code ruleConditionsAlone} runs the built-in
 * rules with every consequence emptied, compiled into the executable model like the built-in ones:
 * about the matching that any advice from these rules pays before a single reason is written.
 * Run with {@code -t 1} and {@code -t 2}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class AdviseBenchmark {

    /** A rule's consequence: from its {@code then} line to its {@code end} line. */
    private static final Pattern CONSEQUENCE = Pattern.compile("(?ms)^then\\s*$.*?^end\\s*$");
    private static final Pattern RULE = Pattern.compile("(?m)^rule ");

    private StepAdvisor builtIn;
    private StepAdvisor noRules;
    private List<Applicant> profiles;
    private Path emptyRules;
    private Path copy;
    private StepAdvisor runtimeDrl;
    private Path conditions;
    private StepAdvisor conditionsAlone;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        builtIn = StepAdvisor.builtIn();
        emptyRules = emptyRuleSet();
        noRules = StepAdvisor.fromDirectory(emptyRules);
        copy = Files.createTempDirectory("copy");
        RuleSet.copyBuiltInTo(copy);
        runtimeDrl = StepAdvisor.fromDirectory(copy);
        conditions = conditionsOnlyRuleSet();
        conditionsAlone = ExecutableModelAtRunTime.advisor(conditions);
        profiles = BenchProfiles.mixed();
        for (Applicant applicant : profiles) {
            if (!conditionsAlone.advise(applicant).recommendations().isEmpty()) {
                throw new IllegalStateException("The rules with emptied consequences still give advice");
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        delete(emptyRules);
        delete(copy);
        delete(conditions);
    }

    /** Each thread walks the profiles from its own place, so two threads do not advise in lockstep. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next = (int) (Thread.currentThread().getId() * 7);

        Applicant next(List<Applicant> profiles) {
            next = (next + 1) % profiles.size();
            return profiles.get(next);
        }
    }

    @Benchmark
    public Advice advise(Cursor cursor) {
        return builtIn.advise(cursor.next(profiles));
    }

    @Benchmark
    public Advice adviseRuntimeDrl(Cursor cursor) {
        return runtimeDrl.advise(cursor.next(profiles));
    }

    @Benchmark
    public Advice engineFloor(Cursor cursor) {
        return noRules.advise(cursor.next(profiles));
    }

    @Benchmark
    public Advice ruleConditionsAlone(Cursor cursor) {
        return conditionsAlone.advise(cursor.next(profiles));
    }

    /**
     * The built-in rules with every consequence emptied: the same conditions, so the same network,
     * and no recommendation. Not exactly the matching of a full advice: rules that wait for the
     * absence of a recommendation all fire here, while no recommendation is inserted for them to
     * test.
     */
    static Path conditionsOnlyRuleSet() throws IOException {
        Path folder = Files.createTempDirectory("conditions-only");
        RuleSet.copyBuiltInTo(folder);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String text = Files.readString(drl);
                long rules = RULE.matcher(text).results().count();
                long consequences = CONSEQUENCE.matcher(text).results().count();
                if (rules != consequences) {
                    throw new IllegalStateException(drl + ": " + rules + " rules but " + consequences
                            + " consequences written then ... end on lines of their own");
                }
                Files.writeString(drl, CONSEQUENCE.matcher(text).replaceAll("then\nend"));
            }
        }
        return folder;
    }

    /** The built-in data files and one DRL file that declares the package and no rule. */
    static Path emptyRuleSet() throws IOException {
        Path folder = Files.createTempDirectory("no-rules");
        RuleSet.copyBuiltInTo(folder);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Files.delete(drl);
            }
        }
        Files.createDirectories(folder.resolve("advice"));
        Files.writeString(folder.resolve("advice/none.drl"), "package advice;\n");
        return folder;
    }

    static void delete(Path folder) throws IOException {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
