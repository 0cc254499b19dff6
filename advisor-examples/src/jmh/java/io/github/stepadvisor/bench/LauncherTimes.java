package io.github.stepadvisor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The launcher against {@code java -jar} on each Java given, from cold JVMs: one advice, 100,000
 * profiles through {@code --batch}, {@code validate} of the built-in rules and {@code test} of the
 * scenarios. Runs are taken in pairs (launcher, then {@code java -jar}), so load that other work
 * puts on the machine falls on both sides of a pair; each row gives the two medians, their ratio
 * and the median of the pairs' own ratios. The first launcher run of each Java starts from an
 * empty cache and is reported apart: it includes the training.
 *
 * <p>Arguments: the results folder, the folder holding {@code advisor} and {@code advisor.jar}, a
 * profile, the number of pairs for the short commands and for {@code --batch} (seconds each),
 * then one or more Java homes. Rows are printed as they are measured.
 */
public final class LauncherTimes {

    private static final Locale US = Locale.US;
    private final Path results;
    private final Path launcher;
    private final Path jar;

    private LauncherTimes(Path results, Path target) {
        this.results = results;
        this.launcher = target.resolve("advisor");
        this.jar = target.resolve("advisor.jar");
    }

    record Command(String name, int pairs, String target, List<String> args) {
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args[0]);
        LauncherTimes times = new LauncherTimes(results, Path.of(args[1]));
        String profile = args[2];
        int pairs = Integer.parseInt(args[3]);
        int batchPairs = Integer.parseInt(args[4]);
        List<Path> javas = List.of(args).subList(5, args.length).stream().map(Path::of).toList();

        Path rules = results.resolve("built-in-rules");
        deleteRecursively(rules);
        times.timed(javas.get(0), false, null, "copy-rules", rules.toString());
        List<Command> commands = List.of(
                new Command("one advice", pairs, "launcher <= 0.45 s and >= 1.6x", List.of(profile)),
                new Command("--batch, 100,000 profiles", batchPairs, "launcher <= 10 s",
                        List.of("--batch", Summary.batchFile(results).toString())),
                new Command("validate (built-in rules)", pairs, ">= 1.5x", List.of("validate", rules.toString())),
                new Command("test advisor-examples/scenarios", pairs, ">= 1.5x",
                        List.of("test", "advisor-examples/scenarios")));

        System.out.println("| Java | command | launcher, median | java -jar, median | java -jar / launcher "
                + "| median of pair ratios | target |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Path java : javas) {
            Path cache = results.resolve("launcher-cache");
            deleteRecursively(cache);
            double first = times.timed(java, true, cache, profile).seconds();
            String version = Files.readAllLines(java.resolve("release")).stream()
                    .filter(line -> line.startsWith("JAVA_RUNTIME_VERSION="))
                    .map(line -> line.replaceAll(".*=\"?|\"$", "")).findFirst().orElse(java.toString());
            System.out.printf(US, "| %s | first run, empty cache (training + one advice) | %.2f s | | | | |%n",
                    version, first);
            for (Command command : commands) {
                System.out.println(times.row(java, version, cache, command));
            }
        }
    }

    private String row(Path java, String version, Path cache, Command command) throws Exception {
        List<Double> viaLauncher = new ArrayList<>();
        List<Double> viaJar = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        String[] args = command.args().toArray(String[]::new);
        for (int i = 0; i < command.pairs(); i++) {
            Timed fast = timed(java, true, cache, args);
            Timed plain = timed(java, false, null, args);
            if (fast.exit() != plain.exit()) {
                throw new IllegalStateException(command.name() + ": the launcher exited with " + fast.exit()
                        + ", java -jar with " + plain.exit());
            }
            viaLauncher.add(fast.seconds());
            viaJar.add(plain.seconds());
            ratios.add(plain.seconds() / fast.seconds());
        }
        Collections.sort(viaLauncher);
        Collections.sort(viaJar);
        Collections.sort(ratios);
        double launcherMedian = Summary.median(viaLauncher);
        double jarMedian = Summary.median(viaJar);
        return String.format(US, "| %s | %s, %d pairs | %.2f s | %.2f s | %.2fx | %.2fx (%.2fx-%.2fx) | %s |",
                version, command.name(), command.pairs(), launcherMedian, jarMedian, jarMedian / launcherMedian,
                Summary.median(ratios), ratios.get(0), ratios.get(ratios.size() - 1), command.target());
    }

    record Timed(int exit, double seconds) {
    }

    /** One run, output discarded: through the launcher (with its cache folder) or {@code java -jar}. */
    private Timed timed(Path java, boolean viaLauncher, Path cache, String... args) throws Exception {
        List<String> command = new ArrayList<>(viaLauncher ? List.of(launcher.toString())
                : List.of(java.resolve("bin").resolve("java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        env.remove("ADVISOR_DEBUG");
        env.put("JAVA_HOME", java.toString());
        if (cache != null) {
            env.put("ADVISOR_CACHE_DIR", cache.toString());
        }
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        return new Timed(exit, (System.nanoTime() - start) / 1e9);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
