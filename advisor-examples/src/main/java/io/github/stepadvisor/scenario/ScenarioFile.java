package io.github.stepadvisor.scenario;

import io.github.stepadvisor.format.CatalogueReader;
import io.github.stepadvisor.format.Json;
import io.github.stepadvisor.format.JsonValue;
import io.github.stepadvisor.format.ProfileJson;
import io.github.stepadvisor.format.TreeReader;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Category;
import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Problem;
import io.github.stepadvisor.model.Program;
import io.github.stepadvisor.model.ProgramCategory;


import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads scenario files:
 *
 * <pre>{@code
 * {"name": "...", "profile": {...}, "expect": ["id", "id@SUBJECT"], "forbid": [...],
 *  "catalogue": "programs.csv", "expectPrograms": {"FICT-IM-01": "SAFETY"}}
 * }</pre>
 *
 * <p>The profile is exactly a profile file's content ({@code profile-format.md}) and must fix its
 * {@code asOf}, so a scenario gives the same result on every day. A scenario file with any problem
 * is refused, every problem named by the file and the path inside it
 * ({@code scenarios/x.json: profile.exams[0].score: ...}); in a folder, every file is read before
 * anything is refused, so an advisor fixes them all in one pass.
 */
public final class ScenarioFile {

    static final String INVALID = "Invalid scenario";
    static final List<String> FIELDS = List.of("name", "profile", "expect", "forbid", "catalogue", "expectPrograms");
    private static final int MAX_NAME_LENGTH = 200;

    private ScenarioFile() {
    }

    /**
     * Every {@code *.json} file under {@code folder} (recursively, by path), or {@code folder}
     * itself when it is a file.
     *
     * @param ruleIds the {@code @id}s of the rule set the scenarios run against: an expected or
     *                forbidden id that no rule carries is a problem (a typo would otherwise make a
     *                forbid that can never fail)
     * @throws InvalidInputException every problem of every file, and names given to two scenarios
     */
    public static List<Scenario> readAll(Path folder, Set<String> ruleIds) {
        List<Path> files = files(folder);
        List<Problem> problems = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        Map<String, Path> byName = new HashMap<>();
        for (Path file : files) {
            try {
                Scenario scenario = read(file, ruleIds);
                Path first = byName.putIfAbsent(scenario.name(), file);
                if (first != null) {
                    problems.add(new Problem(file + ": name", "'" + scenario.name() + "' is also the name of "
                            + first + "; results are reported by name, so each must be unique"));
                }
                scenarios.add(scenario);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(INVALID, problems);
        }
        return scenarios;
    }

    /** The scenario files under {@code folder}, sorted by path; {@code folder} itself when it is a file. */
    public static List<Path> files(Path folder) {
        if (Files.isRegularFile(folder)) {
            return List.of(folder);
        }
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(INVALID, List.of(new Problem(folder.toString(),
                    Files.exists(folder) ? "is neither a folder nor a file" : "no such folder")));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidInputException(INVALID, List.of(new Problem(folder.toString(),
                    "cannot be read: " + Json.oneLine(e.getMessage()))));
        }
        if (files.isEmpty()) {
            throw new InvalidInputException(INVALID, List.of(new Problem(folder.toString(),
                    "holds no scenario (*.json file)")));
        }
        return files;
    }

    /**
     * The scenario in {@code file}.
     *
     * @param ruleIds the {@code @id}s expect and forbid may name; {@code null} accepts any id
     * @throws InvalidInputException every problem, each as {@code file: path: message}
     */
    public static Scenario read(Path file, Set<String> ruleIds) {
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = Json.readLimited(in, INVALID);
        } catch (InvalidInputException e) {
            throw inFile(file, e.problems());
        } catch (IOException e) {
            throw inFile(file, List.of(new Problem("", cannotRead(e))));
        }
        JsonValue root;
        try {
            root = Json.parse(content, INVALID);
        } catch (InvalidInputException e) {
            throw inFile(file, e.problems());
        }
        return new Reading(file, ruleIds).scenario(root);
    }

    private static InvalidInputException inFile(Path file, List<Problem> problems) {
        List<Problem> named = new ArrayList<>();
        for (Problem problem : problems) {
            named.add(new Problem(problem.where().isEmpty() ? file.toString() : file + ": " + problem.where(),
                    problem.message()));
        }
        return new InvalidInputException(INVALID, named);
    }

    private static String cannotRead(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return "cannot be read: " + Json.oneLine(e.getMessage());
    }

    /** One file's read: its problems, collected with their paths. */
    private static final class Reading {
        private final Path file;
        private final Set<String> ruleIds;
        private final TreeReader in = new TreeReader();
        private final List<Problem> profileProblems = new ArrayList<>();

        Reading(Path file, Set<String> ruleIds) {
            this.file = file;
            this.ruleIds = ruleIds;
        }

        Scenario scenario(JsonValue root) {
            if (in.object(root, "", FIELDS).isEmpty()) {
                throw inFile(file, in.problems());
            }
            String name = name(root.get("name"));
            Applicant applicant = profile(root.get("profile"));
            List<ScenarioKey> expect = keys(root.get("expect"), "expect");
            List<ScenarioKey> forbid = keys(root.get("forbid"), "forbid");
            contradictions(expect, forbid);
            Optional<Path> catalogue = catalogue(root.get("catalogue"));
            List<Program> programs = catalogue.map(this::programs).orElse(List.of());
            Map<String, ProgramCategory> expectPrograms = expectPrograms(root.get("expectPrograms"), catalogue, programs);
            // A catalogue alone is a scenario about the list's advice (programs.* in expect or forbid).
            boolean hasCatalogue = !root.get("catalogue").isAbsent();
            boolean hasExpectPrograms = !root.get("expectPrograms").isAbsent();
            if (hasExpectPrograms && !hasCatalogue) {
                in.add("catalogue", "is required with expectPrograms: the catalogue file (CSV or JSON) those programs are in");
            }
            if (!hasCatalogue) {
                listAdviceNeedsACatalogue(expect, "expect");
                listAdviceNeedsACatalogue(forbid, "forbid");
            }
            if (expect.isEmpty() && forbid.isEmpty() && expectPrograms.isEmpty() && !in.reportedAt("expect")
                    && !in.reportedAt("forbid") && !in.reportedAt("expectPrograms")) {
                in.add("", "expects nothing: give at least one id in expect or forbid (or programs in expectPrograms),"
                        + " or the scenario can never fail");
            }
            List<Problem> problems = new ArrayList<>(in.problems());
            problems.addAll(profileProblems);
            if (!problems.isEmpty()) {
                throw inFile(file, problems);
            }
            return new Scenario(file, name, applicant, expect, forbid, catalogue, programs, expectPrograms);
        }

        private String name(JsonValue value) {
            if (!in.required(value, "name")) {
                return null;
            }
            String name = in.text(value, "name").orElse(null);
            if (name == null) {
                return null;
            }
            if (name.isBlank()) {
                in.add("name", "is empty; name the scenario for what it shows");
            } else if (name.length() > MAX_NAME_LENGTH) {
                in.add("name", "is longer than " + MAX_NAME_LENGTH + " characters");
            } else if (name.codePoints().anyMatch(Character::isISOControl)) {
                in.add("name", "must be one line without control characters: results print it");
            } else {
                return name.strip();
            }
            return null;
        }

        private Applicant profile(JsonValue value) {
            if (!in.required(value, "profile")) {
                return null;
            }
            if (!(value instanceof JsonValue.JsonObject)) {
                in.object(value, "profile", List.of());
                return null;
            }
            if (value.get("asOf").isAbsent()) {
                in.add("profile.asOf", "is required in a scenario, so that it gives the same result on every day");
            }
            try {
                return ProfileJson.read(value, LocalDate.now());
            } catch (InvalidInputException e) {
                for (Problem problem : e.problems()) {
                    profileProblems.add(new Problem(problem.where().isEmpty() ? "profile" : "profile." + problem.where(),
                            problem.message()));
                }
                return null;
            }
        }

        private List<ScenarioKey> keys(JsonValue value, String field) {
            List<ScenarioKey> keys = new ArrayList<>();
            List<JsonValue> items = in.array(value, field);
            Map<ScenarioKey, String> seen = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                String path = TreeReader.at(field, i);
                String text = in.required(items.get(i), path) ? in.text(items.get(i), path).orElse(null) : null;
                if (text == null) {
                    continue;
                }
                ScenarioKey key;
                try {
                    key = ScenarioKey.parse(text);
                } catch (IllegalArgumentException e) {
                    in.add(path, e.getMessage());
                    continue;
                }
                if (ruleIds != null && !ruleIds.contains(key.id())) {
                    in.add(path, key.id().startsWith("program.")
                            ? "'" + key.id() + "' is a factor of a program's category, not a recommendation: "
                                    + "expectPrograms tests categories"
                            : "'" + key.id() + "' is the @id of no advice rule in the rule set"
                                    + TreeReader.suggestion(key.id(), ruleIds));
                    continue;
                }
                String first = seen.putIfAbsent(key, path);
                if (first != null) {
                    in.add(path, "'" + key + "' is already given at " + first);
                    continue;
                }
                keys.add(key);
            }
            return keys;
        }

        private void contradictions(List<ScenarioKey> expect, List<ScenarioKey> forbid) {
            for (int i = 0; i < forbid.size(); i++) {
                for (ScenarioKey expected : expect) {
                    if (forbid.get(i).overlaps(expected) && (forbid.get(i).subject().isEmpty()
                            || forbid.get(i).equals(expected))) {
                        in.add(TreeReader.at("forbid", i), "'" + forbid.get(i) + "' forbids what expect asks for ('"
                                + expected + "')");
                    }
                }
            }
        }

        private Optional<Path> catalogue(JsonValue value) {
            String name = in.text(value, "catalogue").orElse(null);
            if (name == null) {
                return Optional.empty();
            }
            Path catalogue;
            try {
                catalogue = file.resolveSibling(name);
            } catch (java.nio.file.InvalidPathException e) {
                in.add("catalogue", "'" + name + "' is not a valid file name");
                return Optional.empty();
            }
            if (!Files.isRegularFile(catalogue)) {
                in.add("catalogue", "no such file: " + catalogue + " (the path is relative to the scenario file)");
                return Optional.empty();
            }
            return Optional.of(catalogue);
        }

        /** The catalogue's programs; its problems, which name its own file and line, are the scenario's. */
        private List<Program> programs(Path catalogue) {
            try {
                return CatalogueReader.read(catalogue);
            } catch (InvalidInputException e) {
                for (Problem problem : e.problems()) {
                    in.add("catalogue", problem.toString());
                }
                return List.of();
            }
        }

        private Map<String, ProgramCategory> expectPrograms(JsonValue value, Optional<Path> catalogue,
                List<Program> programs) {
            Map<String, ProgramCategory> expected = new LinkedHashMap<>();
            if (value.isAbsent()) {
                return expected;
            }
            if (!(value instanceof JsonValue.JsonObject object)) {
                in.add("expectPrograms", "expected an object {\"PROGRAM-ID\": \"SAFETY\", ...}, found "
                        + (value instanceof JsonValue.JsonArray ? "an array"
                                : value instanceof JsonValue.JsonString ? "text"
                                : value instanceof JsonValue.JsonNumber ? "number" : "boolean"));
                return expected;
            }
            if (object.fields().isEmpty()) {
                in.add("expectPrograms", "is empty; name at least one program and its category");
            }
            boolean catalogueRead = catalogue.isPresent() && !in.reportedAt("catalogue");
            for (Map.Entry<String, JsonValue> field : object.fields().entrySet()) {
                String path = TreeReader.at("expectPrograms", field.getKey());
                ProgramCategory category = in.required(field.getValue(), path)
                        ? in.oneOf(field.getValue(), path, ProgramCategory.class).orElse(null) : null;
                if (catalogueRead && programs.stream().noneMatch(p -> p.id().equals(field.getKey()))) {
                    in.add(path, "no program of " + catalogue.get() + " has this id");
                    continue;
                }
                if (category != null) {
                    expected.put(field.getKey(), category);
                }
            }
            return expected;
        }

        /** The program list's advice ({@code programs.*}) exists only for a scenario with a catalogue. */
        private void listAdviceNeedsACatalogue(List<ScenarioKey> keys, String field) {
            for (int i = 0; i < keys.size(); i++) {
                if (Category.ofId(keys.get(i).id()).orElse(null) == Category.PROGRAMS) {
                    in.add(TreeReader.at(field, i), "'" + keys.get(i) + "' is advice about a program list: it needs"
                            + " a catalogue (\"catalogue\": \"FILE\") to be given");
                }
            }
        }
    }
}
