package io.github.stepadvisor.cli;

import io.github.stepadvisor.format.Json;

import io.github.stepadvisor.format.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input against the built {@code advisor.jar}, each run as a user runs it: a separate
 * {@code java -jar} process with a 64 MB heap (so a limit that holds only with a big heap fails
 * here), a timeout (a hang fails), and its exit status, standard output and standard error
 * checked. Every refusal is exit 2, one line per problem naming the field, nothing on standard
 * output, no stack trace.
 *
 * <p>The processes are started together in {@link #startEveryRun()}, a few at a time: each JVM
 * start costs a second or more, and the runs that advise compile the rules too.
 */
class HardeningIT {

    private static final Path JAR = Path.of(System.getProperty("advisor.jar", "target/advisor.jar"));
    private static final Path SAMPLE = Path.of("profiles/step1-dedicated-below-margin.json");
    private static final long TIMEOUT_SECONDS = 120;
    private static final String BASE = "\"citizenship\": \"US_CITIZEN\", \"education\": \"IMG\", "
            + "\"stage\": \"CLINICAL\", \"asOf\": \"2026-11-24\"";

    record Result(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static final Map<String, CompletableFuture<Result>> RUNS = new ConcurrentHashMap<>();
    private static ExecutorService launcher;
    private static Path folder;

    @BeforeAll
    static void startEveryRun() throws IOException {
        assertThat(JAR).as("the shaded jar, built by mvn package").isRegularFile();
        folder = Files.createTempDirectory("hardening-it");
        launcher = Executors.newFixedThreadPool(3);
        // The slow runs (they compile the rules) first, so the quick ones fill the time beside them.
        start("valid", SAMPLE.toString());
        start("batch", Files.write(folder.resolve("batch.jsonl"), batchInput()), "--batch");
        start("notJson", profile("not-json.json", "this is not json"));
        start("empty", profile("empty.json", ""));
        start("emptyStdin", new byte[0], "-");
        start("array", profile("array.json", "[]"));
        start("wrongTypes", profile("types.json", "{\"citizenship\": 1, \"education\": true, \"stage\": [], "
                + "\"usLetters\": \"three\", \"asOf\": 20261124}"));
        start("hugeNumber", profile("huge.json", "{" + BASE + ", \"usLetters\": 1e308}"));
        start("negativeCounts", profile("negative.json", "{" + BASE + ", \"usceMonths\": -3, \"usLetters\": -1}"));
        start("fractionalScores", profile("fraction.json", "{" + BASE + ", \"exams\": [{\"exam\": \"STEP_2_CK\", "
                + "\"date\": \"2026-06-20\", \"result\": \"PASS\", \"score\": 241.5}]}"));
        start("impossibleDates", profile("dates.json", "{\"citizenship\": \"US_CITIZEN\", \"education\": \"IMG\", "
                + "\"stage\": \"CLINICAL\", \"asOf\": \"2026-02-30\", \"graduation\": \"2027-13-01\"}"));
        start("nullRequired", profile("null.json", "{\"citizenship\": null, \"education\": \"IMG\", \"stage\": \"CLINICAL\"}"));
        start("duplicateKeys", profile("dup.json", "{" + BASE + ", \"stage\": \"PRECLINICAL\"}"));
        start("deepNesting", profile("deep.json", deepNesting()));
        start("fiveMegabyteString", profile("big.json", fiveMegabyteString()));
        start("invalidUtf8", Files.write(folder.resolve("bad-utf8.json"), invalidUtf8()).toString());
        start("missingFile", folder.resolve("nosuch.json").toString());
        start("twoPlannedDates", profile("planned.json", "{" + BASE + ", \"plannedExams\": ["
                + "{\"exam\": \"STEP_2_CK\", \"date\": \"2027-01-10\"}, {\"exam\": \"STEP_2_CK\", \"date\": \"2027-02-10\"}]}"));
        start("unknownCodes", profile("unknown.json", "{" + BASE + ", \"targetSpecialties\": [\"DERM\"], "
                + "\"geographicTies\": [\"ZZ\"]}"));
    }

    @AfterAll
    static void stop() throws IOException {
        launcher.shutdownNow();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
        }
    }

    @Test
    void aValidProfileIsAdvisedWithExitZero() {
        Result result = result("valid");

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("As of 2026-11-24: ");
    }

    @Test
    void textThatIsNotJsonIsRefused() {
        assertRefused(result("notJson"), "not-json.json", "not valid JSON: ");
    }

    @Test
    void anEmptyFileAndAnEmptyStandardInputAreRefused() {
        assertRefused(result("empty"), "empty.json", "the input is empty; expected a JSON value");
        assertRefused(result("emptyStdin"), "<stdin>", "the input is empty; expected a JSON value");
    }

    @Test
    void anArrayIsRefused() {
        assertRefused(result("array"), "array.json", "a profile is a JSON object");
    }

    @Test
    void everyValueOfTheWrongTypeIsNamed() {
        assertRefused(result("wrongTypes"), "types.json", "asOf: ", "citizenship: ", "education: ", "stage: ",
                "usLetters: ");
    }

    @Test
    void aNumberTooLargeForItsFieldIsRefused() {
        assertRefused(result("hugeNumber"), "huge.json", "usLetters: expected a whole number, found 1E+308");
    }

    @Test
    void negativeCountsAreRefused() {
        assertRefused(result("negativeCounts"), "negative.json", "usceMonths: -3 is outside", "usLetters: -1 is outside");
    }

    @Test
    void aFractionalScoreIsRefused() {
        assertRefused(result("fractionalScores"), "fraction.json", "exams[0].score: expected a whole number, found 241.5");
    }

    @Test
    void datesThatAreNotOnTheCalendarAreRefused() {
        assertRefused(result("impossibleDates"), "dates.json", "asOf: '2026-02-30' is not a date",
                "graduation: '2027-13-01' is not a date");
    }

    @Test
    void nullForARequiredFieldIsRefused() {
        assertRefused(result("nullRequired"), "null.json", "citizenship: is required");
    }

    @Test
    void aFieldGivenTwiceIsRefused() {
        assertRefused(result("duplicateKeys"), "dup.json", "stage: given twice");
    }

    @Test
    void nestingAHundredThousandLevelsDeepIsRefusedWithoutOverflowingTheStack() {
        assertRefused(result("deepNesting"), "deep.json", "name[0][0][0]...: nested deeper than 64 levels");
    }

    @Test
    void aFiveMegabyteStringIsRefusedInASmallHeap() {
        assertRefused(result("fiveMegabyteString"), "big.json", "name: a text value longer than");
    }

    @Test
    void invalidUtf8IsRefused() {
        assertRefused(result("invalidUtf8"), "bad-utf8.json", "name: not valid JSON: Invalid UTF-8");
    }

    @Test
    void aMissingFileIsRefused() {
        assertRefused(result("missingFile"), "nosuch.json", "no such file");
    }

    @Test
    void twoPlannedDatesForOneExamAreRefused() {
        assertRefused(result("twoPlannedDates"), "planned.json", "plannedExams[1].exam: STEP_2_CK is already planned");
    }

    @Test
    void anUnknownSpecialtyAndAnUnknownStateCodeAreRefused() {
        assertRefused(result("unknownCodes"), "unknown.json", "targetSpecialties[0]: 'DERM' is not one of",
                "geographicTies[0]: 'ZZ' is not a US state or territory code");
    }

    @Test
    void aBatchOfHostileLinesAnswersEachInPlaceAndGoesOn() {
        Result result = result("batch");

        assertThat(result.exit()).isEqualTo(2);
        assertNoStackTrace(result);
        List<JsonValue> lines = result.out().lines().map(line -> Json.parse(line, "output line")).toList();
        List<String> expected = batchExpectations();
        assertThat(lines).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonValue line = lines.get(i);
            if (expected.get(i) == null) {
                assertThat(line.get("recommendations").isAbsent()).as("line %d advised", i + 1).isFalse();
            } else {
                assertThat(JsonFields.whole(line.get("line"))).isEqualTo(i + 1);
                assertThat(JsonFields.text(JsonFields.elements(line.get("errors")).get(0))).as("line %d", i + 1).startsWith(expected.get(i));
            }
        }
        assertThat(result.errLines()).singleElement().asString().startsWith("advisor: <stdin>: "
                + (expected.stream().filter(e -> e != null).count()) + " of " + expected.size()
                + " lines could not be advised");
    }

    // ---- inputs ---------------------------------------------------------------------------

    private static String profile(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content).toString();
    }

    private static String deepNesting() {
        return "{\"name\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    }

    private static String fiveMegabyteString() {
        return "{" + BASE + ", \"name\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}";
    }

    private static byte[] invalidUtf8() {
        return new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', ' ', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'};
    }

    private static final String[][] BATCH_LINES = {
            {"valid", null},
            {"this is not json", "not valid JSON: "},
            {"", "empty line"},
            {"[]", "a profile is a JSON object"},
            {"{\"citizenship\": 1, \"education\": \"IMG\", \"stage\": \"CLINICAL\"}", "citizenship: "},
            {"{" + BASE + ", \"usLetters\": 1e308}", "usLetters: "},
            {"{" + BASE + ", \"usceMonths\": -3}", "usceMonths: "},
            {"{\"citizenship\": null, \"education\": \"IMG\", \"stage\": \"CLINICAL\"}", "citizenship: is required"},
            {"{" + BASE + ", \"stage\": \"PRECLINICAL\"}", "stage: given twice"},
            {"{\"name\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}", "name[0][0][0]...: nested deeper"},
            {"five megabytes", "the line is longer than 1 MB"},
            {"{" + BASE + ", \"geographicTies\": [\"ZZ\"]}", "geographicTies[0]: "},
            {"valid", null},
    };

    private static byte[] batchInput() throws IOException {
        StringBuilder text = new StringBuilder();
        String valid = Json.writeLine(Json.parse(Files.readAllBytes(SAMPLE), "sample"));
        for (String[] line : BATCH_LINES) {
            text.append(switch (line[0]) {
                case "valid" -> valid;
                case "five megabytes" -> fiveMegabyteString();
                default -> line[0];
            }).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Per line, the start of its first error, or null where it is advised. */
    private static List<String> batchExpectations() {
        List<String> expected = new ArrayList<>();
        Arrays.stream(BATCH_LINES).forEach(line -> expected.add(line[1]));
        return expected;
    }

    // ---- running and checking --------------------------------------------------------------

    private static void start(String name, String... args) {
        start(name, (Path) null, args);
    }

    private static void start(String name, byte[] stdin, String... args) throws IOException {
        start(name, Files.write(folder.resolve(name + ".stdin"), stdin), args);
    }

    private static void start(String name, Path stdin, String... args) {
        RUNS.put(name, CompletableFuture.supplyAsync(() -> runJar(name, stdin, args), launcher));
    }

    private static Result result(String name) {
        return RUNS.get(name).join();
    }

    private static Result runJar(String name, Path stdin, String... args) {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx64m", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = folder.resolve(name + ".out");
        Path err = folder.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.redirectInput(stdin == null ? ProcessBuilder.Redirect.from(nullFile()) : ProcessBuilder.Redirect.from(stdin.toFile()));
        try {
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(name + ": still running after " + TIMEOUT_SECONDS + " s: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new IllegalStateException(name + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + ": interrupted", e);
        }
    }

    private static File nullFile() {
        return new File(File.separatorChar == '\\' ? "NUL" : "/dev/null");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Exit 2, nothing on standard output, and exactly one line on standard error per expected
     * problem, each {@code advisor: LABEL: } followed by the expected start, in any order.
     */
    private static void assertRefused(Result result, String label, String... problems) {
        assertThat(result.exit()).as(result.err()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertNoStackTrace(result);
        String prefix = "advisor: " + (label.startsWith("<") ? label : folder.resolve(label)) + ": ";
        assertThat(result.errLines()).hasSize(problems.length).allSatisfy(line -> assertThat(line).startsWith(prefix));
        for (String problem : problems) {
            assertThat(result.errLines()).anySatisfy(line -> assertThat(line).startsWith(prefix + problem));
        }
    }

    private static void assertNoStackTrace(Result result) {
        assertThat(result.err()).doesNotContain("Exception", "\tat ", "Caused by", "OutOfMemoryError", "StackOverflowError");
    }
}
