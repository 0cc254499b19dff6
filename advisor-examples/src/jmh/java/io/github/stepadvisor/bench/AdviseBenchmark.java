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
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Advice on a warm advisor over the mixed profiles, against the engine floor: the very same
 * {@code advise} call (validation, situation, session, the same insertions, firing, collection)
 * through a rule set without rules. Between the two, {@code ruleConditionsAlone} runs the built-in
 * rules' conditions with nothing in their consequences, compiled into the executable model like
 * the built-in ones: less than the matching that any advice from these rules pays before a single
 * reason is written.
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
    /** A whole rule, from its {@code rule} line to its {@code end} line. */
    private static final Pattern RULE = Pattern.compile("(?ms)^rule .*?^end\\s*$");
    /** What a rule that waits for the absence of another recommendation says. */
    private static final String WAITS = "not Recommendation";

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
        noRules = ExecutableModelAtRunTime.untimedFromDirectory(emptyRules);
        copy = Files.createTempDirectory("copy");
        RuleSet.copyBuiltInTo(copy);
        runtimeDrl = ExecutableModelAtRunTime.untimedFromDirectory(copy);
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
     * The built-in rules with every consequence emptied and without the few rules that wait for the
     * absence of another recommendation (with no recommendation made, those would all fire, which
     * a full advice does not do): the conditions of every other rule, so a part of the network and
     * of the matching of every advice, and no recommendation.
     */
    static Path conditionsOnlyRuleSet() throws IOException {
        Path folder = Files.createTempDirectory("conditions-only");
        RuleSet.copyBuiltInTo(folder);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String text = Files.readString(drl);
                List<String> rules = RULE.matcher(text).results().map(MatchResult::group).toList();
                long declared = text.lines().filter(line -> line.startsWith("rule ")).count();
                if (rules.size() != declared) {
                    throw new IllegalStateException(drl + ": " + declared + " rules but " + rules.size()
                            + " written rule ... end with end on a line of its own");
                }
                for (String rule : rules) {
                    String kept = rule.contains(WAITS) ? "" : CONSEQUENCE.matcher(rule).replaceAll("then\nend");
                    if (kept.equals(rule)) {
                        throw new IllegalStateException(drl + ": no then ... end on lines of their own in " + rule.lines().findFirst().orElse(""));
                    }
                    text = text.replace(rule, kept);
                }
                Files.writeString(drl, text);
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
