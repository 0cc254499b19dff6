package io.github.stepadvisor.cli;

import io.github.stepadvisor.format.CatalogueReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17, defects 2, 8 and 12: inputs are read within their limits and refused in the user's words. */
class InputFaultsTest {

    private static final String PROFILE = "profiles/redeemed-in-season.json";
    private static final String BASE = "\"citizenship\": \"US_CITIZEN\", \"education\": \"IMG\", "
            + "\"stage\": \"CLINICAL\", \"asOf\": \"2026-11-24\"";

    @TempDir
    Path folder;

    private Cli.Result programs(Path catalogue) {
        return Cli.run("programs", "--catalogue", catalogue.toString(), PROFILE);
    }

    private Cli.Result advise(String profile) throws IOException {
        return Cli.run(Files.writeString(folder.resolve("profile.json"), profile).toString());
    }

    @Test
    void aJsonCatalogueWithASecondArrayIsRefused() throws IOException {
        Path catalogue = Files.writeString(folder.resolve("two.json"), "[]\n[{\"id\": \"x\"}]");

        Cli.Result result = programs(catalogue);

        assertThat(result.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(result.errLines()).containsExactly("advisor programs: " + catalogue
                + ":2: unexpected content after the end of the catalogue's array; a catalogue is one JSON array");
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void aCatalogueWithoutAnEndIsReadOnlyToItsLimit() throws IOException {
        Path endless = Files.createSymbolicLink(folder.resolve("zero.csv"), Path.of("/dev/zero"));

        Cli.Result result = programs(endless);
        // Removed here rather than by @TempDir, which warns about a link that leads outside it.
        Files.delete(endless);

        assertThat(result.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(result.errLines()).containsExactly("advisor programs: " + endless + ": is larger than 32 MB");
    }

    @Test
    void aCatalogueOfMoreProgramsThanAnyMatchIsRefusedBeforeItIsHeld() throws IOException {
        StringBuilder csv = new StringBuilder("id,name,specialty,state,setting\n");
        for (int i = 0; i <= CatalogueReader.MAX_PROGRAMS; i++) {
            csv.append("p").append(i).append(",P,IM,OH,COMMUNITY\n");
        }
        Path catalogue = Files.writeString(folder.resolve("many.csv"), csv);

        Cli.Result result = programs(catalogue);

        assertThat(result.errLines()).containsExactly("advisor programs: " + catalogue + ": holds "
                + (CatalogueReader.MAX_PROGRAMS + 1) + " programs; a catalogue holds at most " + CatalogueReader.MAX_PROGRAMS);
    }

    @Test
    void aCsvWithoutAHeaderIsOneProblem() throws IOException {
        Path catalogue = Files.writeString(folder.resolve("headless.csv"),
                "im-oh-1,Riverside Medical Center,INTERNAL_MEDICINE,OH,COMMUNITY,12,40,235,220,ACCEPTED,5,0,NONE,x\n");

        Cli.Result result = programs(catalogue);

        assertThat(result.errLines()).containsExactly("advisor programs: " + catalogue
                + ":1: no header row; the first line names the columns, e.g. id,name,specialty,state,setting,...");
    }

    @Test
    void parserFeaturesAndSourcesNeverReachTheUser() throws IOException {
        Cli.Result plus = advise("{" + BASE + ", \"usLetters\": +3}");
        Path catalogue = Files.writeString(folder.resolve("nan.json"), "[{\"id\": \"x\", \"positions\": NaN}]");
        Cli.Result nan = programs(catalogue);

        assertThat(plus.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(nan.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(plus.err() + nan.err()).doesNotContain("Feature", "`", "[Source", "Exception");
        assertThat(plus.errLines()).singleElement().asString().contains("usLetters", "plus sign");
    }

    @Test
    void aWholeNumberWrittenWithAnExponentSaysHowToWriteIt() throws IOException {
        Cli.Result result = advise("{" + BASE + ", \"usLetters\": 2e0}");

        assertThat(result.errLines()).containsExactly("advisor: " + folder.resolve("profile.json") + ": usLetters: expected a whole number written without a "
                + "decimal point or exponent (write 2)");
    }

    @Test
    void aTrailingCommaIsBlamedOnTheCommaNotTheNextField() throws IOException {
        Cli.Result object = advise("{" + BASE + ", \"usLetters\": 2,\n}");
        Cli.Result array = advise("{" + BASE + ", \"geographicTies\": [\"OH\",\n], \"usLetters\": 2}");

        assertThat(object.errLines()).containsExactly("advisor: " + folder.resolve("profile.json")
                + ": a comma before the closing bracket; remove the trailing comma (line 2, column 1)");
        assertThat(array.errLines()).containsExactly("advisor: " + folder.resolve("profile.json")
                + ": a comma before the closing bracket; remove the trailing comma (line 2, column 1)");
    }

    private static String repeated(String item, int times) {
        return String.join(", ", java.util.Collections.nCopies(times, item));
    }

    @Test
    void aStateGivenTwiceIsOneTieAndAHugeListIsOneProblem() throws IOException {
        Cli.Result twice = advise("{" + BASE + ", \"geographicTies\": [" + repeated("\"OH\"", 50) + "]}");
        Cli.Result tooMany = advise("{" + BASE + ", \"exams\": [" + repeated("{\"exam\": \"STEP_1\", "
                + "\"date\": \"2025-01-01\", \"result\": \"PASS\"}", 101) + "]}");
        Cli.Result huge = advise("{" + BASE + ", \"geographicTies\": [" + repeated("\"OH\"", 900_000) + "]}");

        assertThat(twice.exit()).isZero();
        assertThat(tooMany.errLines()).containsExactly("advisor: " + folder.resolve("profile.json")
                + ": exams: 101 items; a profile lists at most 100");
        assertThat(huge.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(huge.errLines()).singleElement().asString().contains("geographicTies", ": an array of more than 10000 items (line 1, ");
    }

    @Test
    void aHundredProblemsAreListedAndTheRestCounted() throws IOException {
        Cli.Result result = advise("{" + BASE + ", \"practiceTests\": [" + repeated("{\"exam\": \"NO\", "
                + "\"form\": \"NO\", \"date\": \"no\", \"score\": \"no\"}", 60) + "]}");

        assertThat(result.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(result.errLines()).hasSize(ProblemLines.LISTED + 1);
        assertThat(result.errLines()).last().isEqualTo("advisor: ... and 140 more problems");
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void aBatchOfOneEndlessLineStops() throws IOException {
        Path endless = Files.createSymbolicLink(folder.resolve("zero.jsonl"), Path.of("/dev/zero"));

        Cli.Result result = Cli.run("--batch", endless.toString());
        Files.delete(endless);

        assertThat(result.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(result.errLines()).containsExactly("advisor: " + endless + ": line 1 has no end within 64 MB; "
                + "the input is not JSON Lines; stopped after 0 lines");
    }
}
