package io.github.stepadvisor.bench;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.format.CatalogueReader;
import io.github.stepadvisor.format.ProfileJson;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Program;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Turns one run of bench/run.sh into the table of docs/performance.md: reads the JMH results,
 * times the command line from cold JVMs and measures the heap each compile path keeps.
 *
 * <p>Arguments: the results folder, the advisor.jar, a profile for it, the number of cold runs, and
 * optionally the parts to report ({@code advice,programs}, the default). The program part expects
 * {@code fictional-10k.csv} and {@code all-specialties.json} in the results folder (run.sh writes them).
 */
public final class Summary {

    private static final Locale US = Locale.US;

    private Summary() {
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args[0]);
        Path jar = Path.of(args[1]);
        Path profile = Path.of(args[2]);
        int runs = Integer.parseInt(args[3]);
        List<String> parts = List.of((args.length > 4 ? args[4] : "advice,programs").split(","));

        Map<String, JsonNode> scores = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String file : List.of("ready.json", "advise-1.json", "advise-2.json", "latency.json", "programs.json")) {
            Path path = results.resolve(file);
            if (!Files.exists(path)) {
                continue;
            }
            for (JsonNode result : json.readTree(path.toFile())) {
                String name = result.get("benchmark").asText().replaceAll(".*\\.", "");
                JsonNode params = result.get("params");
                if (params != null && params.has("profile")) {
                    name += ":" + params.get("profile").asText();
                }
                scores.put(file.replace(".json", "") + ":" + name, result);
            }
        }

        List<String[]> rows = new ArrayList<>();
        if (parts.contains("advice")) {
            adviceRows(rows, scores, results, jar, profile, runs);
        }
        if (parts.contains("programs")) {
            programRows(rows, scores, results, jar, runs);
        }

        System.out.println();
        System.out.println("| measure | result | note |");
        System.out.println("|---|---|---|");
        for (String[] r : rows) {
            System.out.println("| " + r[0] + " | " + r[1] + " | " + r[2] + " |");
        }
    }

    private static void adviceRows(List<String[]> rows, Map<String, JsonNode> scores, Path results, Path jar,
            Path profile, int runs) throws Exception {
        double precompiled = median(scores.get("ready:precompiled"));
        double drl = median(scores.get("ready:runtimeDrl"));
        rows.add(row("Knowledge base ready, precompiled (fresh JVM, median of forks)", ms(precompiled), ""));
        rows.add(row("Knowledge base ready, runtime DRL (fresh JVM, median of forks)", ms(drl),
                ratio(drl / precompiled) + " slower than precompiled"));
        double firstPre = median(scores.get("ready:precompiledFirstAdvice"));
        double firstDrl = median(scores.get("ready:runtimeDrlFirstAdvice"));
        rows.add(row("Ready + first advice, precompiled", ms(firstPre), ""));
        rows.add(row("Ready + first advice, runtime DRL", ms(firstDrl), ratio(firstDrl / firstPre) + " slower"));

        double one = score(scores.get("advise-1:advise"));
        double two = score(scores.get("advise-2:advise"));
        double floorOne = score(scores.get("advise-1:engineFloor"));
        double floorTwo = score(scores.get("advise-2:engineFloor"));
        double drlOne = score(scores.get("advise-1:adviseRuntimeDrl"));
        rows.add(row("advise throughput, 1 thread (precompiled)", perSecond(one), micros(1e6 / one) + " per advice"));
        rows.add(row("advise throughput, 2 threads (precompiled)", perSecond(two), ratio(two / one) + " of 1 thread"));
        rows.add(row("advise throughput, 1 thread (runtime DRL)", perSecond(drlOne), ratio(drlOne / one) + " of precompiled"));
        rows.add(row("Engine floor, 1 thread (same call, no rules)", perSecond(floorOne), micros(1e6 / floorOne) + " per call"));
        rows.add(row("Engine floor, 2 threads", perSecond(floorTwo), ratio(floorTwo / floorOne) + " of 1 thread"));
        rows.add(row("advise cost / engine floor (1 thread)", ratio(floorOne / one), "target <= 3x"));
        double conditions = score(scores.get("advise-1:ruleConditionsAlone"));
        rows.add(row("Rule conditions alone, 1 thread (built-in rules, consequences emptied, those that wait for "
                        + "another's recommendation left out)", perSecond(conditions),
                micros(1e6 / conditions) + " per advice, " + ratio(floorOne / conditions)
                        + " the engine floor: less than the matching every advice of these rules pays"));
        Path scaling = results.resolve("scaling.properties");
        if (Files.exists(scaling)) {
            Properties pairs = Scaling.read(scaling);
            for (String which : List.of("advise", "floor")) {
                rows.add(row("Two threads / one, " + (which.equals("advise") ? "advise" : "engine floor")
                                + ", in one JVM (median of " + Scaling.MEASURED_ROUNDS + " pairs of 1 s rounds)",
                        ratio(Double.parseDouble(pairs.getProperty(which + ".ratio"))),
                        String.format(US, "%s vs %s; pairs from %sx to %sx%s",
                                perSecond(Double.parseDouble(pairs.getProperty(which + ".two"))),
                                perSecond(Double.parseDouble(pairs.getProperty(which + ".one"))),
                                twoDecimals(pairs.getProperty(which + ".ratio.min")),
                                twoDecimals(pairs.getProperty(which + ".ratio.max")),
                                which.equals("advise") ? "; target >= 1.7x" : "")));
            }
        }
        JsonNode latency = scores.get("latency:advise");
        if (latency != null) {
            JsonNode p = latency.get("primaryMetric").get("scorePercentiles");
            rows.add(row("advise latency, 1 thread, p50 / p99 / p99.9",
                    String.format(US, "%s / %s / %s", micros(p.get("50.0").asDouble()), micros(p.get("99.0").asDouble()),
                            micros(p.get("99.9").asDouble())), latency.get("primaryMetric").get("scoreUnit").asText()));
        }
        rows.add(row("Allocation per advice (-prof gc)", bytes(secondary(scores.get("advise-1:advise"), "gc.alloc.rate.norm")), ""));
        rows.add(row("Allocation per engine-floor call", bytes(secondary(scores.get("advise-1:engineFloor"), "gc.alloc.rate.norm")), ""));

        long none = heap("none");
        long heapPre = heap("precompiled") - none;
        long heapDrl = heap("runtime-drl") - none;
        rows.add(row("Heap kept by the loaded rule set, precompiled", mb(heapPre), "both knowledge bases, after GC"));
        rows.add(row("Heap kept by the loaded rule set, runtime DRL", mb(heapDrl),
                String.format(US, "%.0f%% more than precompiled", 100.0 * (heapDrl - heapPre) / heapPre)));

        if (Files.exists(jar)) {
            List<Double> walls = cold(jar, runs, profile.toString());
            rows.add(row("java -jar advisor.jar <profile>, cold JVM, median of " + runs,
                    String.format(US, "%.2f s", median(walls)),
                    String.format(US, "min %.2f s, max %.2f s; target <= 1.0 s", walls.get(0), walls.get(walls.size() - 1))));
            batchRow(rows, results, jar);
        } else {
            rows.add(row("java -jar advisor.jar <profile>", "not measured", jar + " is not built"));
        }
    }

    /** Profiles in the batch file: the issue's cohort size. */
    static final int BATCH_LINES = 100_000;
    /** Each batch run takes seconds; three give a median. */
    private static final int BATCH_RUNS = 3;

    /** {@code --batch} over 100,000 lines cycling through the mixed profiles, JVM start included. */
    private static void batchRow(List<String[]> rows, Path results, Path jar) throws Exception {
        Path lines = batchFile(results);
        List<Double> walls = cold(jar, BATCH_RUNS, "--batch", lines.toString());
        rows.add(row("java -jar advisor.jar --batch, 100,000 profiles, median of " + BATCH_RUNS,
                String.format(US, "%.1f s", median(walls)),
                String.format(US, "%,.0f profiles/s; min %.1f s, max %.1f s; target <= 10 s",
                        BATCH_LINES / median(walls), walls.get(0), walls.get(walls.size() - 1))));
    }

    /** Writes {@code batch-100k.jsonl} in the results folder: 100,000 lines cycling through the mixed profiles. */
    static Path batchFile(Path results) throws IOException {
        Path lines = results.resolve("batch-100k.jsonl");
        List<Applicant> mixed = BenchProfiles.mixed();
        try (var out = Files.newBufferedWriter(lines)) {
            for (int i = 0; i < BATCH_LINES; i++) {
                out.write(ProfileJson.writeLine(mixed.get(i % mixed.size())));
                out.write('\n');
            }
        }
        return lines;
    }

    /** The program list over the fictional 10,000-program catalogue: warm per applicant, and cold. */
    private static void programRows(List<String[]> rows, Map<String, JsonNode> scores, Path results, Path jar, int runs)
            throws Exception {
        Path catalogue = results.resolve("fictional-10k.csv");
        List<Program> programs = CatalogueReader.read(catalogue);
        for (String name : ProgramProfiles.NAMES) {
            JsonNode result = scores.get("programs:programs:" + name);
            if (result == null) {
                continue;
            }
            Applicant applicant = ProgramProfiles.named(name);
            int listed = StepAdvisor.builtIn().programs(applicant, programs,
                    applicant.asOf().orElse(LocalDate.parse(BenchProfiles.AS_OF))).summary().listed();
            JsonNode p = result.get("primaryMetric").get("scorePercentiles");
            rows.add(row("programs, warm, " + String.format(US, "%,d", programs.size()) + "-program catalogue, "
                            + name + ": p50",
                    String.format(US, "%.1f ms", p.get("50.0").asDouble()),
                    String.format(US, "%,d listed; p99 %.1f ms; target <= 50 ms", listed, p.get("99.0").asDouble())));
        }
        JsonNode read = scores.get("programs:readCatalogue");
        if (read != null) {
            JsonNode p = read.get("primaryMetric").get("scorePercentiles");
            rows.add(row("reading the " + String.format(US, "%,d", programs.size()) + "-row CSV, warm: p50",
                    String.format(US, "%.1f ms", p.get("50.0").asDouble()),
                    String.format(US, "p99 %.1f ms; not part of the 50 ms", p.get("99.0").asDouble())));
        }
        if (!Files.exists(jar)) {
            rows.add(row("java -jar advisor.jar programs ...", "not measured", jar + " is not built"));
            return;
        }
        for (String profile : List.of(results.resolve("all-specialties.json").toString(),
                "advisor-examples/profiles/redeemed-in-season.json")) {
            List<Double> walls = cold(jar, runs, "programs", "--catalogue", catalogue.toString(), profile);
            String name = Path.of(profile).getFileName().toString();
            rows.add(row("java -jar advisor.jar programs --catalogue <10,000 programs> " + name
                            + ", cold JVM, text, median of " + runs,
                    String.format(US, "%.2f s", median(walls)),
                    String.format(US, "min %.2f s, max %.2f s; target <= 2.0 s", walls.get(0), walls.get(walls.size() - 1))));
        }
    }

    private static String[] row(String what, String value, String note) {
        return new String[] {what, value, note};
    }

    private static double score(JsonNode result) {
        return result == null ? Double.NaN : result.get("primaryMetric").get("score").asDouble();
    }

    private static double median(JsonNode result) {
        return result == null ? Double.NaN : result.get("primaryMetric").get("scorePercentiles").get("50.0").asDouble();
    }

    private static double secondary(JsonNode result, String name) {
        if (result == null || result.get("secondaryMetrics").get(name) == null) {
            return Double.NaN;
        }
        return result.get("secondaryMetrics").get(name).get("score").asDouble();
    }

    private static String ms(double value) {
        return String.format(US, "%.0f ms", value);
    }

    private static String micros(double value) {
        return String.format(US, "%.1f µs", value);
    }

    private static String perSecond(double value) {
        return String.format(US, "%,.0f /s", value);
    }

    private static String ratio(double value) {
        return String.format(US, "%.2fx", value);
    }

    private static String twoDecimals(String value) {
        return String.format(US, "%.2f", Double.parseDouble(value));
    }

    private static String bytes(double value) {
        return String.format(US, "%,.0f B", value);
    }

    private static String mb(long value) {
        return String.format(US, "%.1f MB", value / 1e6);
    }

    /** The median of values already sorted. */
    static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static long heap(String which) throws Exception {
        Process process = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                RetainedHeap.class.getName(), which).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes()).strip();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("RetainedHeap " + which + " failed");
        }
        String[] lines = out.split("\\R");
        return Long.parseLong(lines[lines.length - 1]);
    }

    /** Wall time of whole command-line runs ({@code java -jar JAR ARGS...}), each in a new JVM, sorted. */
    private static List<Double> cold(Path jar, int runs, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        List<Double> walls = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int code = process.waitFor();
            walls.add((System.nanoTime() - start) / 1e9);
            if (code != 0) {
                throw new IllegalStateException("advisor.jar exited with " + code);
            }
        }
        Collections.sort(walls);
        return walls;
    }

    private static String java() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
