package io.github.stepadvisor.cli;

import io.github.stepadvisor.format.Json;
import io.github.stepadvisor.format.JsonValue;


import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The training run of the {@code advisor} launcher: the commands users run, each once, in one JVM,
 * so that the JVM can record the classes they load (an AppCDS archive on Java 17-24, an AOT cache
 * with method profiles on 25 and later) and later runs start from that record.
 *
 * <p>It advises every bundled profile (text, JSON, explained), lists the bundled fictional
 * catalogue's programs for each, runs a short {@code --batch}, copies the built-in rules and
 * validates a part of them, and tests scenarios made from the bundled profiles. Everything runs through
 * {@link AdvisorCommand#run}, as the command line does; output is discarded. Exit status 0 when
 * every command gave the status expected, 1 otherwise (naming the command on standard error), so
 * the launcher keeps no cache recorded from a broken run.
 *
 * <p>Not a command of the advisor: the launcher runs it as {@code java -cp advisor.jar
 * io.github.stepadvisor.cli.Training}.
 */
public final class Training {

    /**
     * Lines of the training batch: every bundled profile many times over loads the batch path's
     * classes; a longer batch (1,000 lines) cost 2.5 s more CPU for no class more.
     */
    static final int BATCH_LINES = 100;

    private static final String PROFILES = "/profiles";
    private static final String CATALOGUE = "/catalogues/fictional-sample.csv";

    private final Path work;
    private final List<String> failures = new ArrayList<>();

    private Training(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("advisor-training");
        List<String> failures;
        try {
            failures = new Training(work).train();
        } finally {
            deleteRecursively(work);
        }
        failures.forEach(failure -> System.err.println("advisor training: " + failure));
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    /** Runs every training command and returns those that did not end as expected. */
    List<String> train() throws IOException {
        List<Path> profiles = bundledProfiles();
        if (profiles.isEmpty()) {
            failures.add("no bundled profiles under " + PROFILES);
            return failures;
        }
        Path catalogue = work.resolve("catalogue.csv");
        try (InputStream in = Training.class.getResourceAsStream(CATALOGUE)) {
            if (in == null) {
                failures.add("no bundled catalogue at " + CATALOGUE);
                return failures;
            }
            Files.copy(in, catalogue);
        }
        Path scenarios = Files.createDirectory(work.resolve("scenarios"));
        for (Path profile : profiles) {
            String file = profile.toString();
            expect(AdvisorCommand.OK, file);
            expect(AdvisorCommand.OK, "--explain", file);
            String json = expect(AdvisorCommand.OK, "--format", "json", file);
            expect(AdvisorCommand.OK, "programs", "--catalogue", catalogue.toString(), file);
            expect(AdvisorCommand.OK, "programs", "--format", "json", "--catalogue", catalogue.toString(), file);
            if (!json.isEmpty()) {
                writeScenario(scenarios.resolve(profile.getFileName()), profile, json);
            }
        }
        expect(AdvisorCommand.OK, "--batch", batch(profiles).toString());
        Path rules = work.resolve("rules");
        expect(AdvisorCommand.OK, "copy-rules", rules.toString());
        keepOneRuleFilePerFolder(rules);
        expect(AdvisorCommand.OK, "validate", rules.toString());
        expect(AdvisorCommand.OK, "test", scenarios.toString());
        expect(AdvisorCommand.OK, "--version");
        return failures;
    }

    /** Runs one command line; returns its standard output, and notes it when its status differs. */
    private String expect(int status, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AdvisorCommand.run(args, InputStream.nullInputStream(), out, err);
        if (exit != status) {
            failures.add("advisor " + String.join(" ", args) + " exited with " + exit + ", not " + status + ": "
                    + err.toString(StandardCharsets.UTF_8).strip());
            return "";
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The bundled profiles, copied out of the jar (or class folder) into the work folder. */
    private List<Path> bundledProfiles() throws IOException {
        URI uri;
        try {
            uri = Training.class.getResource(PROFILES).toURI();
        } catch (NullPointerException | URISyntaxException e) {
            return List.of();
        }
        Path copies = Files.createDirectory(work.resolve("profiles"));
        if (uri.getScheme().equals("jar")) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return copyJsonFiles(jar.getPath(PROFILES), copies);
            }
        }
        return copyJsonFiles(Path.of(uri), copies);
    }

    private static List<Path> copyJsonFiles(Path from, Path to) throws IOException {
        List<Path> copies = new ArrayList<>();
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                copies.add(Files.copy(file, to.resolve(file.getFileName().toString())));
            }
        }
        return copies;
    }

    /** {@link #BATCH_LINES} lines of JSON Lines, cycling through the profiles. */
    private Path batch(List<Path> profiles) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path profile : profiles) {
            lines.add(Json.writeLine(Json.parse(Files.readAllBytes(profile), profile.toString())));
        }
        Path batch = work.resolve("batch.jsonl");
        try (PrintStream out = new PrintStream(Files.newOutputStream(batch), false, StandardCharsets.UTF_8)) {
            for (int i = 0; i < BATCH_LINES; i++) {
                out.print(lines.get(i % lines.size()));
                out.print('\n');
            }
        }
        return batch;
    }

    /**
     * Leaves the first DRL file of each rule folder: compiling one file loads the DRL compiler's
     * classes as all of them do, in about half the CPU time of the whole built-in set.
     */
    private static void keepOneRuleFilePerFolder(Path rules) throws IOException {
        try (Stream<Path> folders = Files.list(rules)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    List<Path> drl = files.filter(f -> f.getFileName().toString().endsWith(".drl")).sorted().toList();
                    for (Path extra : drl.subList(Math.min(1, drl.size()), drl.size())) {
                        Files.delete(extra);
                    }
                }
            }
        }
    }

    /** A scenario that expects exactly the ids the profile's advice gave. */
    private static void writeScenario(Path file, Path profile, String adviceJson) throws IOException {
        // An id given twice (for two subjects) is expected once.
        Set<JsonValue> ids = new LinkedHashSet<>();
        if (Json.parse(adviceJson, "advice").get("recommendations") instanceof JsonValue.JsonArray recommendations) {
            for (JsonValue recommendation : recommendations.elements()) {
                ids.add(recommendation.get("id"));
            }
        }
        Map<String, JsonValue> scenario = new LinkedHashMap<>();
        scenario.put("name", new JsonValue.JsonString("training " + profile.getFileName()));
        scenario.put("profile", Json.parse(Files.readAllBytes(profile), profile.toString()));
        scenario.put("expect", new JsonValue.JsonArray(List.copyOf(ids)));
        Files.writeString(file, Json.write(new JsonValue.JsonObject(scenario)));
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
