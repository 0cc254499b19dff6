package io.github.stepadvisor.cli;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.format.AdviceJson;
import io.github.stepadvisor.format.ProfileJson;
import io.github.stepadvisor.model.Advice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The command run in-process, as a user runs {@code java -jar advisor.jar}: exit status, stdout, stderr. */
class AdvisorCommandTest {

    private static final String SAMPLE = "profiles/step1-dedicated-below-margin.json";

    record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        return runWithInput(new byte[0], args);
    }

    private static Result runWithInput(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AdvisorCommand.run(args, new ByteArrayInputStream(stdin), out, err);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What a user must never see on standard error. */
    private static void assertNoStackTrace(Result result) {
        assertThat(result.err()).doesNotContain("Exception", "\tat ", "at io.", "at java.", "Caused by");
    }

    @Test
    void onlyABareProfileSkipsPicocli() {
        assertThat(AdvisorCommand.isBareProfile(new String[] {SAMPLE})).isTrue();
        assertThat(AdvisorCommand.isBareProfile(new String[] {"my profile.json"})).isTrue();

        assertThat(AdvisorCommand.isBareProfile(new String[] {})).isFalse();
        assertThat(AdvisorCommand.isBareProfile(new String[] {""})).isFalse();
        assertThat(AdvisorCommand.isBareProfile(new String[] {"-"})).isFalse();
        assertThat(AdvisorCommand.isBareProfile(new String[] {"--help"})).isFalse();
        assertThat(AdvisorCommand.isBareProfile(new String[] {"@arguments.txt"})).isFalse();
        assertThat(AdvisorCommand.isBareProfile(new String[] {"--explain", SAMPLE})).isFalse();
        assertThat(AdvisorCommand.isBareProfile(new String[] {SAMPLE, SAMPLE})).isFalse();
        for (String command : AdvisorCommand.COMMAND_NAMES) {
            assertThat(AdvisorCommand.isBareProfile(new String[] {command})).as(command).isFalse();
        }
    }

    @Test
    void theCommandNamesABareProfileCannotHaveArePicoclisCommands() {
        assertThat(AdvisorCommand.commandLine(System.in, new java.io.PrintWriter(new ByteArrayOutputStream()),
                new java.io.PrintWriter(new ByteArrayOutputStream())).getSubcommands().keySet())
                .containsExactlyInAnyOrderElementsOf(AdvisorCommand.COMMAND_NAMES);
    }

    @Test
    void aBareProfileGivesWhatPicocliGivesForTheSameCommand(@TempDir Path folder) throws IOException {
        Path invalid = Files.writeString(folder.resolve("invalid.json"),
                "{\"citizenship\": \"US_CITIZEN\", \"education\": \"IMG\", \"stage\": \"CLINICAL\","
                        + " \"exams\": [{\"exam\": \"STEP_1\", \"date\": \"2025-01-01\", \"result\": \"PASS\", \"score\": 312}],"
                        + " \"colour\": 1}");
        Path malformed = Files.writeString(folder.resolve("malformed.json"), "{\"stage\": ");
        for (String profile : new String[] {SAMPLE, "profiles/redeemed-in-season.json", invalid.toString(),
                malformed.toString(), folder.resolve("missing.json").toString(), folder.toString()}) {
            Result bare = run(profile);
            // Not a bare profile, so picocli reads it; the same command in every other respect.
            Result throughPicocli = run("--format", "text", profile);

            assertThat(bare).as(profile).isEqualTo(throughPicocli);
        }
        assertThat(run(SAMPLE).exit()).isZero();
        assertThat(run(invalid.toString()).exit()).isEqualTo(2);
    }

    @Test
    void theBuiltInRulesAreLoadedAheadOnlyForCommandsThatApplyThem() {
        assertThat(AdvisorCommand.advisesWithBuiltInRules(new String[] {SAMPLE})).isTrue();
        assertThat(AdvisorCommand.advisesWithBuiltInRules(new String[] {"--batch", "--format", "json", "-"})).isTrue();

        assertThat(AdvisorCommand.advisesWithBuiltInRules(new String[] {"--rules", "my-rules", SAMPLE})).isFalse();
        assertThat(AdvisorCommand.advisesWithBuiltInRules(new String[] {"--rules=my-rules", SAMPLE})).isFalse();
        assertThat(AdvisorCommand.advisesWithBuiltInRules(new String[] {"copy-rules", "my-rules"})).isFalse();
        assertThat(AdvisorCommand.advisesWithBuiltInRules(new String[] {"programs", "--catalogue", "c.csv", SAMPLE})).isFalse();
        assertThat(AdvisorCommand.advisesWithBuiltInRules(new String[] {"--help"})).isFalse();
        assertThat(AdvisorCommand.advisesWithBuiltInRules(new String[] {"--version"})).isFalse();
    }

    @Test
    void aSampleProfileIsAdvisedAsTextWithExitZero() {
        Result result = run(SAMPLE);

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("As of 2026-11-24: ").contains("Guide: ");
    }

    @Test
    void jsonOutputParsesAndIsExactlyWhatTheLibraryGives() throws IOException {
        Result result = run("--format", "json", SAMPLE);

        Advice expected = StepAdvisor.builtIn().advise(ProfileJson.read(Files.readAllBytes(Path.of(SAMPLE))));
        assertThat(result.exit()).isZero();
        assertThat(AdviceJson.read(result.out())).isEqualTo(expected);
        assertThat(result.out()).isEqualTo(AdviceJson.write(expected));
    }

    @Test
    void theSameProfileGivesTheSameBytesEveryRun() {
        assertThat(run("--format", "json", SAMPLE).out()).isEqualTo(run("--format", "json", SAMPLE).out());
        assertThat(run(SAMPLE).out()).isEqualTo(run(SAMPLE).out());
    }

    @Test
    void aDashReadsTheProfileFromStandardInput() throws IOException {
        Result result = runWithInput(Files.readAllBytes(Path.of(SAMPLE)), "--format=json", "-");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo(run("--format", "json", SAMPLE).out());
    }

    @Test
    void withJsonARefusedProfileIsAnErrorsObjectOnStandardOutput(@TempDir Path folder) throws IOException {
        Path profile = folder.resolve("broken.json");
        Files.writeString(profile, """
                {"format": "step-advisor/profile@2", "citizenship": "US_CITIZEN", "education": "IMG",
                 "stage": "CLINICAL", "asOf": "2026-11-24", "usLetters": -1}
                """);

        Result result = run("--format", "json", profile.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("""
                {
                  "errors": [
                    "%1$s: format: 'step-advisor/profile@2' is not a format this reader reads; expected \\"step-advisor/profile@1\\"",
                    "%1$s: usLetters: -1 is outside 0-999"
                  ]
                }
                """.formatted(profile));
        Result missing = run("--format", "json", folder.resolve("none.json").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.out()).startsWith("{\n  \"errors\": [").contains("no such file");
    }

    @Test
    void anInvalidProfileExitsTwoWithEveryProblemOnItsOwnLine(@TempDir Path folder) throws IOException {
        Path profile = folder.resolve("broken.json");
        Files.writeString(profile, """
                {"citizenship": "US_CITIZEN", "education": "IMG", "stage": "CLINICAL", "asOf": "2026-11-24",
                 "exams": [{"exam": "STEP_1", "date": "2025-01-01", "result": "PASS"},
                           {"exam": "STEP_2_CK", "date": "2026-06-20", "result": "PASS", "score": 312}],
                 "targetSpecialties": ["DERM"], "foo": 1}
                """);

        Result result = run(profile.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).containsExactlyInAnyOrder(
                "advisor: " + profile + ": foo: unknown field",
                "advisor: " + profile + ": targetSpecialties[0]: 'DERM' is not one of DERMATOLOGY, PLASTIC_SURGERY, "
                        + "ORTHOPAEDIC_SURGERY, OTOLARYNGOLOGY, RADIATION_ONCOLOGY, EMERGENCY_MEDICINE, ANESTHESIOLOGY, "
                        + "NEUROLOGY, PHYSICAL_MEDICINE_AND_REHABILITATION, DIAGNOSTIC_RADIOLOGY, INTERNAL_MEDICINE, "
                        + "FAMILY_MEDICINE, PSYCHIATRY, PEDIATRICS, GENERAL_SURGERY, OBSTETRICS_AND_GYNECOLOGY, PATHOLOGY, "
                        + "NEUROLOGICAL_SURGERY, OPHTHALMOLOGY, UROLOGY",
                "advisor: " + profile + ": exams[1].score: 312 is outside 1-300");
        assertNoStackTrace(result);
    }

    @Test
    void contradictoryFactsAreRefusedOneLineEach() {
        byte[] profile = """
                {"citizenship": "US_CITIZEN", "education": "IMG", "stage": "CLINICAL", "asOf": "2026-11-24",
                 "exams": [{"exam": "STEP_1", "date": "2025-03-01", "result": "PASS"},
                           {"exam": "STEP_1", "date": "2025-06-01", "result": "PASS"},
                           {"exam": "STEP_2_CK", "date": "2026-06-20", "result": "FAIL"}],
                 "plannedExams": [{"exam": "STEP_1", "date": "2027-01-10"}]}
                """.getBytes(StandardCharsets.UTF_8);

        Result result = runWithInput(profile, "-");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).containsExactlyInAnyOrder(
                "advisor: <stdin>: exams[1]: a STEP_1 attempt on 2025-06-01 after the pass in exams[0]; "
                        + "an exam passed is not taken again",
                "advisor: <stdin>: exams[2].score: is required for a STEP_2_CK FAIL",
                "advisor: <stdin>: plannedExams[0].exam: STEP_1 is already passed");
        assertNoStackTrace(result);
    }

    @Test
    void hostileInputOnStandardInputExitsTwoWithOneLine() {
        byte[] deep = ("{\"name\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}").getBytes(StandardCharsets.UTF_8);

        for (byte[] input : new byte[][] {deep, "".getBytes(), "[]".getBytes(), {(byte) 0xFF, (byte) 0xFE}}) {
            Result result = runWithInput(input, "-");

            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.err().lines()).singleElement().asString().startsWith("advisor: <stdin>: ");
            assertNoStackTrace(result);
        }
    }

    @Test
    void aMissingFileOrAFolderExitsTwoWithOneLine(@TempDir Path folder) {
        Result missing = run(folder.resolve("nosuch.json").toString());
        Result directory = run(folder.toString());

        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("advisor: " + folder.resolve("nosuch.json") + ": no such file\n");
        assertThat(directory.exit()).isEqualTo(2);
        assertThat(directory.err()).isEqualTo("advisor: " + folder + ": is a folder, not a profile file\n");
    }

    @Test
    void usageErrorsExitTwoWithPicocliMessage() {
        Result unknownOption = run("--colour", SAMPLE);
        Result badFormat = run("--format", "xml", SAMPLE);
        Result noProfile = run();

        assertThat(unknownOption.exit()).isEqualTo(2);
        assertThat(unknownOption.err()).contains("Unknown option: '--colour'").contains("advisor --help");
        assertThat(badFormat.exit()).isEqualTo(2);
        assertThat(badFormat.err()).contains("Invalid value for option '--format': expected text or json, found 'xml'");
        assertThat(noProfile.exit()).isEqualTo(2);
        assertThat(noProfile.err()).contains("Missing required parameter: 'PROFILE'");
        Stream.of(unknownOption, badFormat, noProfile).forEach(AdvisorCommandTest::assertNoStackTrace);
    }

    @Test
    void helpAndVersionWorkAsOptionsAndHelpAsASubcommand() {
        Result help = run("--help");
        Result helpCommand = run("help");
        Result version = run("--version");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("Usage: advisor [-hV] ").contains("[PROFILE]").contains("[COMMAND]")
                .contains("--format=FORMAT").contains("--rules=DIR").contains("--batch").contains("--explain")
                .contains("Commands:").contains("help").contains("copy-rules").contains("validate").contains("test")
                .contains("Exit status:");
        assertThat(helpCommand.exit()).isZero();
        assertThat(helpCommand.out()).isEqualTo(help.out());
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("advisor 0.1.0").doesNotContain("${");
    }

    @Test
    void aRuleFolderGivesTheSameAdviceAsTheBuiltInRules(@TempDir Path folder) throws Exception {
        Path rules = copyBuiltInRules(folder.resolve("rules"));

        Result result = run("--format", "json", "--rules", rules.toString(), SAMPLE);

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo(run("--format", "json", SAMPLE).out());
    }

    @Test
    void aRuleFolderThatDoesNotCompileExitsTwoWithFileAndLine(@TempDir Path folder) throws Exception {
        Path rules = copyBuiltInRules(folder.resolve("rules"));
        Files.writeString(rules.resolve("advice/broken.drl"), """
                package advice;

                rule "Broken"
                when
                    $s : NoSuchFact( )
                then
                end
                """);

        Result result = run("--rules", rules.toString(), SAMPLE);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("advisor: "))
                .anySatisfy(line -> assertThat(line).startsWith("advisor: " + rules.resolve("advice/broken.drl") + ":5: "));
        assertNoStackTrace(result);
    }

    @Test
    void aMissingRuleFolderExitsTwo(@TempDir Path folder) {
        Result result = run("--rules", folder.resolve("nowhere").toString(), SAMPLE);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("advisor: " + folder.resolve("nowhere") + ": is not a folder\n");
    }

    @Test
    void aLoopingRuleSetIsTheUsersOwnErrorAndExitsTwoNamingFileRuleAndId(@TempDir Path folder) throws Exception {
        Path rules = copyBuiltInRules(folder.resolve("rules"));
        Files.writeString(rules.resolve("advice/loop.drl"), """
                package advice;

                rule "Every object makes another"
                    @id("context.test-loop")
                when
                    Object( )
                then
                    insert( new Object() );
                end
                """);

        Result result = run("--rules", rules.toString(), SAMPLE);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).singleElement().asString()
                .startsWith("advisor: " + rules.resolve("advice/loop.drl") + ": rule \"Every object makes another\" "
                        + "(@id context.test-loop) fired ")
                .endsWith("it loops");
        assertNoStackTrace(result);
    }

    @Test
    void anEditedRuleThatGivesAdviceWithoutAnIdExitsTwoNamingFileAndRule(@TempDir Path folder) throws Exception {
        Path rules = copyBuiltInRules(folder.resolve("rules"));
        Path context = rules.resolve("advice/context.drl");
        Files.writeString(context, Files.readString(context).replace("    @id(\"context.us-citizen-img\")\n", ""));

        Result result = run("--rules", rules.toString(), "profiles/redeemed-in-season.json");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).containsExactly("advisor: " + context + ": rule \"A US-citizen IMG needs no visa,"
                + " but Step 2 CK is still the central metric\" has no @id, and a rule that gives advice needs one"
                + " (e.g. @id(\"step1.my-heuristic\"))");
        assertNoStackTrace(result);
    }

    /** A copy of the rule set shipped in advisor-rules, as an advisor would start editing it. */
    private static Path copyBuiltInRules(Path target) throws Exception {
        URI marker = StepAdvisor.class.getClassLoader()
                .getResource("io/github/stepadvisor/rules/thresholds.properties").toURI();
        if ("jar".equals(marker.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(marker, Map.of())) {
                copyTree(jar.provider().getPath(marker).getParent(), target);
            }
        } else {
            copyTree(Path.of(marker).getParent(), target);
        }
        return target;
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (file.toString().endsWith(".drl") || file.toString().endsWith(".properties")) {
                    Files.copy(file, copy);
                }
            }
        }
    }
}
