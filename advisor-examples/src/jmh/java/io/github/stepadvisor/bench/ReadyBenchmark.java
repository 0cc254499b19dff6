package io.github.stepadvisor.bench;

import io.github.stepadvisor.RuleSet;
import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Applicant;

import org.kie.api.KieBase;
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
import java.util.concurrent.TimeUnit;

/**
 * The first call in a fresh JVM (one shot per fork): a ready knowledge base from the model
 * precompiled at build time, or from the same DRL compiled now; and the first advice of each.
 * Both setups copy the built-in rules out, so both start with the same classes loaded.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
@State(Scope.Benchmark)
public class ReadyBenchmark {

    private Path copy;
    private Applicant applicant;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        copy = Files.createTempDirectory("built-in-copy");
        RuleSet.copyBuiltInTo(copy);
        applicant = BenchProfiles.typical();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        AdviseBenchmark.delete(copy);
    }

    /** The advice knowledge base: {@code builtIn()} itself makes each knowledge base on first use. */
    @Benchmark
    public KieBase precompiled() {
        return KnowledgeBases.advice(StepAdvisor.builtIn().ruleSet());
    }

    @Benchmark
    public KieBase runtimeDrl() {
        return KnowledgeBases.advice(StepAdvisor.fromDirectory(copy).ruleSet());
    }

    @Benchmark
    public Advice precompiledFirstAdvice() {
        return StepAdvisor.builtIn().advise(applicant);
    }

    @Benchmark
    public Advice runtimeDrlFirstAdvice() {
        return StepAdvisor.fromDirectory(copy).advise(applicant);
    }
}
