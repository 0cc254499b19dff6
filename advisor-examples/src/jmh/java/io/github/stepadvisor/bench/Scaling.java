package io.github.stepadvisor.bench;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.model.Applicant;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Two threads against one, in one JVM: rounds of one advising thread and rounds of two, taken in
 * turns (which goes first alternating), and the median of each pair's ratio. Separate JMH runs for {@code -t 1} and {@code -t 2}
 * compare different forks, whose JIT differs by up to a third; pairs of rounds in one JVM cancel
 * that. The same for the engine floor, which shows what the machine itself gives a second thread.
 *
 * <p>Argument: the properties file to write ({@code advise.ratio}, {@code advise.one},
 * {@code advise.two}, the same for {@code floor}, each ratio with its {@code .min} and {@code .max}).
 */
public final class Scaling {

    private static final long ROUND_NANOS = 1_000_000_000L;
    private static final int WARM_ROUNDS = 10;
    static final int MEASURED_ROUNDS = 15;

    private Scaling() {
    }

    public static void main(String[] args) throws Exception {
        List<Applicant> profiles = BenchProfiles.mixed();
        Path noRules = AdviseBenchmark.emptyRuleSet();
        Properties results = new Properties();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            measure("advise", StepAdvisor.builtIn(), profiles, threads, results);
            measure("floor", io.github.stepadvisor.ExecutableModelAtRunTime.untimedFromDirectory(noRules), profiles, threads, results);
        } finally {
            threads.shutdown();
            AdviseBenchmark.delete(noRules);
        }
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]))) {
            results.store(out, "bench Scaling: advices per second on one thread and on two, rounds in turns");
        }
        results.stringPropertyNames().stream().sorted().forEach(key -> System.out.println(key + " = " + results.getProperty(key)));
    }

    private static void measure(String name, StepAdvisor advisor, List<Applicant> profiles, ExecutorService threads,
            Properties results) throws Exception {
        List<Double> ones = new ArrayList<>();
        List<Double> twos = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < WARM_ROUNDS + MEASURED_ROUNDS; round++) {
            // Which goes first alternates, so a JIT still improving favours neither.
            boolean oneFirst = round % 2 == 0;
            double one = oneFirst ? round(advisor, profiles, threads, 1) : Double.NaN;
            double two = round(advisor, profiles, threads, 2);
            if (!oneFirst) {
                one = round(advisor, profiles, threads, 1);
            }
            if (round >= WARM_ROUNDS) {
                ones.add(one);
                twos.add(two);
                ratios.add(two / one);
            }
        }
        results.setProperty(name + ".one", format(median(ones)));
        results.setProperty(name + ".two", format(median(twos)));
        results.setProperty(name + ".ratio", format(median(ratios)));
        results.setProperty(name + ".ratio.min", format(Collections.min(ratios)));
        results.setProperty(name + ".ratio.max", format(Collections.max(ratios)));
    }

    /** Advices per second of {@code count} threads advising for one round, each from its own place. */
    private static double round(StepAdvisor advisor, List<Applicant> profiles, ExecutorService threads, int count)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> done = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            int offset = t * profiles.size() / 2;
            done.add(threads.submit(() -> {
                start.await();
                long deadline = System.nanoTime() + ROUND_NANOS;
                long advised = 0;
                int next = offset;
                while (System.nanoTime() < deadline) {
                    advisor.advise(profiles.get(next));
                    next = (next + 1) % profiles.size();
                    advised++;
                }
                return advised;
            }));
        }
        start.countDown();
        long total = 0;
        for (Future<Long> f : done) {
            total += f.get();
        }
        return total * 1e9 / ROUND_NANOS;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return Summary.median(sorted);
    }

    private static String format(double value) {
        return String.format(Locale.US, "%.3f", value);
    }

    static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return properties;
    }
}
