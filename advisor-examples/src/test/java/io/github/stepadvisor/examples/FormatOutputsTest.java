package io.github.stepadvisor.examples;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.format.AdviceJson;
import io.github.stepadvisor.format.CatalogueReader;
import io.github.stepadvisor.format.ProfileJson;
import io.github.stepadvisor.format.ProgramListJson;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.scenario.Scenario;
import io.github.stepadvisor.scenario.ScenarioFile;
import io.github.stepadvisor.scenario.ScenarioRunner;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bytes every writer gives for every bundled profile, scenario and catalogue, against the
 * outputs stored in {@code src/test/outputs}. Those were taken from the command line's writers
 * before the formats moved into the library; the commit after that shows the only deliberate
 * changes since ({@code "format"} first, {@code explanation.matched} as {@code {name, value}}).
 *
 * <p>A change of the rules changes advice, and so these files: rewrite them with
 * {@code mvn -pl advisor-examples -am test -Dtest=FormatOutputsTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dformat.outputs.update=true} and read the diff before committing it.
 */
class FormatOutputsTest {

    private static final Path OUTPUTS = Path.of("src", "test", "outputs");
    private static final boolean UPDATE = Boolean.getBoolean("format.outputs.update");
    private static final StepAdvisor ADVISOR = StepAdvisor.builtIn();

    @TestFactory
    Stream<DynamicTest> everyOutputIsTheStoredOne() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> catalogues = files(Path.of("catalogues"));
        StringBuilder lines = new StringBuilder();
        for (Path file : files(Path.of("profiles"))) {
            String name = base(file);
            Applicant applicant = ProfileJson.read(Files.readAllBytes(file));
            tests.add(compare("profiles/" + name + ".profile.json", () -> ProfileJson.write(applicant)));
            tests.add(compare("profiles/" + name + ".advice.json", () -> AdviceJson.write(ADVISOR.advise(applicant))));
            tests.add(compare("profiles/" + name + ".explain.json", () -> AdviceJson.write(ADVISOR.explain(applicant))));
            lines.append(AdviceJson.writeLine(ADVISOR.advise(applicant))).append('\n');
            for (Path catalogue : catalogues) {
                String stored = "catalogues/" + catalogue.getFileName().toString().replace('.', '-') + "." + name
                        + ".programs.json";
                tests.add(compare(stored, () -> ProgramListJson.write(
                        ADVISOR.programs(applicant, CatalogueReader.read(catalogue)))));
            }
        }
        tests.add(compare("profiles/advice-lines.jsonl", lines::toString));
        for (Scenario scenario : ScenarioFile.readAll(Path.of("scenarios"), new ScenarioRunner(ADVISOR).ids())) {
            String name = base(scenario.file());
            tests.add(compare("scenarios/" + name + ".advice.json",
                    () -> AdviceJson.write(ADVISOR.advise(scenario.applicant()))));
            tests.add(compare("scenarios/" + name + ".explain.json",
                    () -> AdviceJson.write(ADVISOR.explain(scenario.applicant()))));
            if (scenario.hasPrograms()) {
                tests.add(compare("scenarios/" + name + ".programs.json",
                        () -> ProgramListJson.write(ADVISOR.programs(scenario.applicant(), scenario.programs()))));
            }
        }
        assertThat(tests).as("outputs compared").hasSizeGreaterThan(50);
        return tests.stream();
    }

    /** docs/formats.md shows the real advice for one bundled profile, from its marker to the end of the block. */
    @org.junit.jupiter.api.Test
    void theFormatsPageShowsTheRealAdviceOfItsSample() throws IOException {
        Path page = Path.of("..", "docs", "formats.md");
        String text = Files.readString(page, StandardCharsets.UTF_8);
        String marker = "<!-- advice of advisor-examples/profiles/step1-twelve-above.json -->\n```json\n";
        int start = text.indexOf(marker) + marker.length();
        int end = text.indexOf("```", start);
        assertThat(start).as("the example's marker in %s", page).isGreaterThanOrEqualTo(marker.length());
        String advice = AdviceJson.write(ADVISOR.advise(
                ProfileJson.read(Files.readAllBytes(Path.of("profiles", "step1-twelve-above.json")))));
        if (UPDATE) {
            Files.writeString(page, text.substring(0, start) + advice + text.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertThat(text.substring(start, end)).isEqualTo(advice);
    }

    private static DynamicTest compare(String stored, Supplier<String> written) {
        return DynamicTest.dynamicTest(stored, () -> {
            Path file = OUTPUTS.resolve(stored);
            String output = written.get();
            if (UPDATE) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, output, StandardCharsets.UTF_8);
            }
            assertThat(file).as("a stored output for every written one").exists();
            assertThat(output).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        });
    }

    /** The files of {@code folder}, sorted: the bundled profiles, scenarios or catalogues. */
    static List<Path> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON file's name without its extension. */
    static String base(Path file) {
        return file.getFileName().toString().replaceFirst("\\.json$", "");
    }
}
