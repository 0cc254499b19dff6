package io.github.stepadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stepadvisor.format.CatalogueReader;
import io.github.stepadvisor.format.ProgramListJson;
import io.github.stepadvisor.format.ProfileJson;
import io.github.stepadvisor.StepAdvisor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramsCommandTest {

    private static final String CATALOGUE = "catalogues/fictional-sample.csv";
    private static final String PROFILE = "profiles/redeemed-in-season.json";

    @Test
    void theSampleCatalogueIsListedAsTextForTheApplicant() {
        CommandRun run = CommandRun.of("programs", "--catalogue", CATALOGUE, PROFILE).hasNoStackTrace();
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("ABOUT THE LIST", "SAFETY (", "TARGET (", "REACH (", "EXCLUDED (",
                "Your Step 2 CK 241 is");
    }

    @Test
    void jsonOutputIsTheProgramListOfTheFacade() throws Exception {
        CommandRun run = CommandRun.of("programs", "--format", "json", "--catalogue", CATALOGUE, PROFILE);
        assertThat(run.exit()).isZero();
        String expected = ProgramListJson.write(StepAdvisor.builtIn().programs(
                ProfileJson.read(Files.readAllBytes(Path.of(PROFILE))), CatalogueReader.read(Path.of(CATALOGUE))));
        assertThat(run.out()).isEqualTo(expected);
    }

    @Test
    void withJsonARefusedCatalogueIsAnErrorsObjectOnStandardOutput(@TempDir Path folder) {
        String missing = folder.resolve("none.csv").toString();
        CommandRun run = CommandRun.of("programs", "--format", "json", "--catalogue", missing, PROFILE).hasNoStackTrace();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("{\n  \"errors\": [\n    \"" + missing + ": no such file\"\n  ]\n}\n");
    }

    @Test
    void aBadRowIsRefusedWithItsLineAndColumn(@TempDir Path folder) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(CATALOGUE)));
        String[] header = lines.get(0).split(",");
        int imgShare = List.of(header).indexOf("imgShare");
        String[] cells = lines.get(11).split(",", -1);
        cells[imgShare] = "140";
        lines.set(11, String.join(",", cells));
        Path bad = folder.resolve("bad.csv");
        Files.write(bad, lines);

        CommandRun run = CommandRun.of("programs", "--catalogue", bad.toString(), PROFILE).hasNoStackTrace();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(bad + ":12: imgShare:");
    }

    @Test
    void anInvalidProfileAndAMissingCatalogueAreBothReported() {
        CommandRun run = CommandRun.withInput("{\"citizenship\": \"MARTIAN\"}".getBytes(),
                "programs", "--catalogue", "no-such.csv", "-").hasNoStackTrace();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("<stdin>: citizenship:", "no-such.csv");
    }

    @Test
    void theCatalogueIsRequired() {
        CommandRun run = CommandRun.of("programs", PROFILE).hasNoStackTrace();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--catalogue");
    }
}
