package io.github.stepadvisor.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Problem;
import io.github.stepadvisor.model.Program;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Step1FailPolicy;
import io.github.stepadvisor.model.UsState;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

class CatalogueReaderTest {

    static final Path SAMPLE_CSV = Path.of("..", "advisor-examples", "catalogues", "fictional-sample.csv");
    static final Path SAMPLE_JSON = Path.of("..", "advisor-examples", "catalogues", "fictional-sample.json");

    private static final String HEADER = String.join(",", CatalogueReader.COLUMNS);

    private static List<String> problems(ThrowingCallable read) {
        List<String> found = new ArrayList<>();
        assertThatThrownBy(read).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.getMessage()).startsWith("Invalid catalogue");
            e.problems().stream().map(Problem::toString).forEach(found::add);
        });
        return found;
    }

    private static String csv(String... rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    // ---- The sample ----------------------------------------------------------------------

    @Test
    void theSampleCatalogueIsPlainlyFictionalAndVaried() {
        List<Program> programs = CatalogueReader.read(SAMPLE_CSV);
        assertThat(programs).hasSizeGreaterThanOrEqualTo(40);
        assertThat(programs.stream().map(Program::specialty).distinct()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(programs.stream().map(Program::state).distinct()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(programs).allSatisfy(p -> {
            assertThat(p.id()).startsWith("FICT-");
            assertThat(p.source()).contains("fictional sample");
        });
    }

    @Test
    void theSampleReadsTheSameAsCsvAndAsJson() {
        assertThat(CatalogueReader.read(SAMPLE_JSON)).isEqualTo(CatalogueReader.read(SAMPLE_CSV));
    }

    @Test
    void aRowBecomesAProgramWithBlankCellsUnknown() {
        List<Program> programs = CatalogueReader.readCsv("c.csv",
                csv("FICT-1, Lakeshore Community Hospital ,INTERNAL_MEDICINE,OH,COMMUNITY,,42,232,,CASE_BY_CASE,,,,"));
        assertThat(programs).containsExactly(Program.builder().id("FICT-1").name("Lakeshore Community Hospital")
                .specialty(Specialty.INTERNAL_MEDICINE).state(UsState.OH).setting(ProgramSetting.COMMUNITY)
                .imgShare(42).step2Median(232).step1FailAccepted(Step1FailPolicy.CASE_BY_CASE).build());
    }

    @Test
    void aBlankRequirementIsUnknownAndAZeroIsNoRequirement() {
        // The unknown-graduation and unknown-USCE caps rest on telling these apart.
        String text = "id,name,specialty,state,setting,maxYearsSinceGraduation,usceRequiredMonths\n"
                + "FICT-1,Blank,INTERNAL_MEDICINE,OH,COMMUNITY, ,\n"
                + "FICT-2,Zero,INTERNAL_MEDICINE,OH,COMMUNITY,0,0\n";
        String json = "[{\"id\": \"FICT-1\", \"name\": \"Blank\", \"specialty\": \"INTERNAL_MEDICINE\", "
                + "\"state\": \"OH\", \"setting\": \"COMMUNITY\", \"maxYearsSinceGraduation\": null},\n"
                + "{\"id\": \"FICT-2\", \"name\": \"Zero\", \"specialty\": \"INTERNAL_MEDICINE\", "
                + "\"state\": \"OH\", \"setting\": \"COMMUNITY\", \"maxYearsSinceGraduation\": 0, "
                + "\"usceRequiredMonths\": 0}]";
        for (List<Program> programs : List.of(CatalogueReader.readCsv("c.csv", text),
                CatalogueReader.readJson("c.json", json))) {
            assertThat(programs.get(0).maxYearsSinceGraduation()).isEmpty();
            assertThat(programs.get(0).usceRequiredMonths()).isEmpty();
            assertThat(programs.get(1).maxYearsSinceGraduation()).hasValue(0);
            assertThat(programs.get(1).usceRequiredMonths()).hasValue(0);
        }
    }

    @Test
    void columnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() {
        List<Program> programs = CatalogueReader.readCsv("c.csv",
                "setting,state,specialty,name,id\nCOMMUNITY,OH,PSYCHIATRY,Lakeshore,FICT-1\n");
        assertThat(programs).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("FICT-1");
            assertThat(p.imgShare()).isEmpty();
        });
    }

    @Test
    void quotedCellsMaySpanLinesAndRowsKeepTheirOwnLineNumbers() {
        String text = HEADER + "\r\n"
                + "FICT-1,\"Lakeshore, \"\"North\"\"\nCampus\",INTERNAL_MEDICINE,OH,COMMUNITY,,40,,,,,,,\r\n"
                + "\n"
                + "FICT-2,Prairie,INTERNAL_MEDICINE,OH,COMMUNITY,,140,,,,,,,\n";
        assertThat(problems(() -> CatalogueReader.readCsv("c.csv", text)))
                .containsExactly("c.csv:5: imgShare: 140 is outside 0-100");
        String valid = text.replace(",140,", ",40,");
        assertThat(CatalogueReader.readCsv("c.csv", valid).get(0).name()).isEqualTo("Lakeshore, \"North\"\nCampus");
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsIgnored() {
        assertThat(CatalogueReader.readCsv("c.csv", "\uFEFF" + csv("FICT-1,L,INTERNAL_MEDICINE,OH,COMMUNITY,,,,,,,,,")))
                .hasSize(1);
    }

    @Test
    void aHeaderAloneIsAnEmptyCatalogue() {
        assertThat(CatalogueReader.readCsv("c.csv", HEADER + "\n")).isEmpty();
    }

    // ---- Refused CSV ---------------------------------------------------------------------

    @Test
    void anImgShareOf140OnLine12IsNamedWithItsLineAndColumn() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLE_CSV, StandardCharsets.UTF_8));
        lines.set(11, lines.get(11).replaceFirst(",UNIVERSITY,36,25,", ",UNIVERSITY,36,140,"));
        String text = String.join("\n", lines) + "\n";
        assertThat(problems(() -> CatalogueReader.readCsv("catalogue.csv", text)))
                .containsExactly("catalogue.csv:12: imgShare: 140 is outside 0-100");
    }

    @Test
    void everyProblemOfEveryRowIsReportedInFileOrder() {
        String text = csv(
                "FICT-1,Lakeshore,INTERNAL_MEDICINE,OH,COMMUNITY,0,101,,301,MAYBE,51,61,J2,",
                "FICT-2,,CARDIOLOGY,ZZ,,,4x,9999999999,,,,,,",
                "FICT-1,Lakeshore again,INTERNAL_MEDICINE,OH,COMMUNITY,,,,,,,,,",
                "bad id!,Prairie,INTERNAL_MEDICINE,OH,COMMUNITY,,,,,,,,,",
                "FICT-5,Short row,INTERNAL_MEDICINE,OH");
        assertThat(problems(() -> CatalogueReader.readCsv("c.csv", text))).containsExactly(
                "c.csv:2: positions: 0 is outside 1-500",
                "c.csv:2: imgShare: 101 is outside 0-100",
                "c.csv:2: step2Minimum: 301 is outside 1-300",
                "c.csv:2: step1FailAccepted: 'MAYBE' is not one of YES, NO, CASE_BY_CASE",
                "c.csv:2: maxYearsSinceGraduation: 51 is outside 0-50",
                "c.csv:2: usceRequiredMonths: 61 is outside 0-60",
                "c.csv:2: visaSponsorship: 'J2' is not one of NONE, J1, H1B, J1_H1B",
                "c.csv:3: name: is required",
                "c.csv:3: specialty: 'CARDIOLOGY' is not a specialty code (see profile-format.md)",
                "c.csv:3: state: 'ZZ' is not a two-letter US state code",
                "c.csv:3: setting: is required",
                "c.csv:3: imgShare: '4x' is not a whole number",
                "c.csv:3: step2Median: '9999999999' is far too large",
                "c.csv:4: id: FICT-1 is already used on line 2",
                "c.csv:5: id: 'bad id!' is not 1-40 letters, digits, '.', '_' or '-'",
                "c.csv:6: has 4 cells; the header has 14",
                "c.csv:6: setting: is required");
    }

    @Test
    void anUnknownColumnAndAMissingRequiredColumnAreHeaderProblems() {
        String text = "id,name,specialty,state,imgshare\nFICT-1,L,INTERNAL_MEDICINE,OH,40\n";
        assertThat(problems(() -> CatalogueReader.readCsv("c.csv", text))).containsExactly(
                "c.csv:1: imgshare: unknown column; the columns are " + String.join(", ", CatalogueReader.COLUMNS),
                "c.csv:1: setting: required column is missing",
                "c.csv:2: setting: is required");
    }

    @Test
    void aColumnGivenTwiceIsRefused() {
        String text = "id,name,specialty,state,setting,id\nFICT-1,L,INTERNAL_MEDICINE,OH,COMMUNITY,FICT-2\n";
        assertThat(problems(() -> CatalogueReader.readCsv("c.csv", text)))
                .containsExactly("c.csv:1: id: column given twice");
    }

    @Test
    void anUnclosedQuoteIsNamedByTheLineItOpensOn() {
        String text = csv("FICT-1,L,INTERNAL_MEDICINE,OH,COMMUNITY,,,,,,,,,", "FICT-2,\"Open,INTERNAL_MEDICINE,OH,COMMUNITY");
        assertThat(problems(() -> CatalogueReader.readCsv("c.csv", text)))
                .containsExactly("c.csv:3: a quoted cell opens here and is never closed");
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThat(problems(() -> CatalogueReader.readCsv("c.csv", ""))).singleElement().asString()
                .startsWith("c.csv:1: the header row is missing");
    }

    // ---- JSON ----------------------------------------------------------------------------

    @Test
    void jsonProblemsNameTheIndexAndKey() {
        String text = """
                [
                  {"id": "FICT-1", "name": "Lakeshore", "specialty": "INTERNAL_MEDICINE", "state": "OH",
                   "setting": "COMMUNITY", "imgShare": 140, "step2Median": 232.5, "positions": "12",
                   "step2Minimum": 12345678901},
                  {"id": "FICT-1", "specialty": "INTERNAL_MEDICINE", "state": "OH", "setting": "community",
                   "imgshare": 40, "source": 7},
                  {"id": "FICT-3", "name": "Prairie", "specialty": "PSYCHIATRY", "state": "TX", "setting": "COMMUNITY",
                   "step1FailAccepted": null, "visaSponsorship": ""},
                  "FICT-4"
                ]
                """;
        assertThat(problems(() -> CatalogueReader.readJson("c.json", text))).containsExactly(
                "c.json: [0].positions: must be a number, not a string",
                "c.json: [0].imgShare: 140 is outside 0-100",
                "c.json: [0].step2Median: '232.5' is not a whole number",
                "c.json: [0].step2Minimum: '12345678901' is far too large",
                "c.json: [1].id: FICT-1 is already used at [0]",
                "c.json: [1].name: is required",
                "c.json: [1].setting: 'community' is not one of COMMUNITY, UNIVERSITY_AFFILIATED, UNIVERSITY",
                "c.json: [1].source: must be a string, not a number",
                "c.json: [1].imgshare: unknown key; the keys are " + String.join(", ", CatalogueReader.COLUMNS),
                "c.json: [3]: each program is a JSON object");
    }

    @Test
    void aJsonCatalogueOfAWholeMatchIsReadAndOnePastTheProgramLimitIsRefusedByThatLimit() {
        // A profile's arrays stop at Json.MAX_ARRAY_ITEMS; a catalogue's at its own, larger limit.
        assertThat(CatalogueReader.readJson("c.json", programs(Json.MAX_ARRAY_ITEMS + 1))).hasSize(Json.MAX_ARRAY_ITEMS + 1);
        assertThat(problems(() -> CatalogueReader.readJson("c.json", programs(CatalogueReader.MAX_PROGRAMS + 1))))
                .singleElement().asString().contains("holds " + (CatalogueReader.MAX_PROGRAMS + 1) + " programs")
                .contains("at most " + CatalogueReader.MAX_PROGRAMS);
    }

    private static String programs(int count) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\": \"FICT-").append(i)
                    .append("\", \"name\": \"P\", \"specialty\": \"INTERNAL_MEDICINE\", \"state\": \"OH\", \"setting\": \"COMMUNITY\"}");
        }
        return json.append("]").toString();
    }

    @Test
    void jsonThatIsNoArrayIsRefused() {
        assertThat(problems(() -> CatalogueReader.readJson("c.json", "{\"id\": \"FICT-1\"}")))
                .containsExactly("c.json: a catalogue is a JSON array of objects, one per program");
        assertThat(problems(() -> CatalogueReader.readJson("c.json", "[\n{\"id\": }\n]"))).singleElement().asString()
                .startsWith("c.json:2: not readable as JSON");
    }

    // ---- Files ---------------------------------------------------------------------------

    @Test
    void theExtensionDecidesTheFormat(@TempDir Path dir) throws IOException {
        Path txt = Files.writeString(dir.resolve("catalogue.txt"), HEADER + "\n");
        assertThat(problems(() -> CatalogueReader.read(txt)))
                .containsExactly(txt + ": a catalogue is a .csv or a .json file");
        Path json = Files.writeString(dir.resolve("CATALOGUE.JSON"), "[]");
        assertThat(CatalogueReader.read(json)).isEmpty();
    }

    @Test
    void aMissingFileIsAProblemNotACrash(@TempDir Path dir) {
        Path missing = dir.resolve("missing.csv");
        assertThat(problems(() -> CatalogueReader.read(missing))).singleElement().asString()
                .isEqualTo(missing + ": no such file");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused(@TempDir Path dir) throws IOException {
        Path latin1 = Files.write(dir.resolve("c.csv"), (HEADER + "\nFICT-1,Caf\u00e9,INTERNAL_MEDICINE,OH,COMMUNITY\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(problems(() -> CatalogueReader.read(latin1))).containsExactly(latin1 + ": is not UTF-8 text");
    }

    static String describe(List<Program> programs) {
        return programs.stream().map(Program::id).collect(Collectors.joining(","));
    }

    @Test
    void textAfterAClosingQuoteIsRefusedWithItsLine() {
        String text = HEADER + "\nFICT-1,\"Lakeshore\"x,INTERNAL_MEDICINE,OH,COMMUNITY,,,,,,,,,\n";

        assertThat(problems(() -> CatalogueReader.readCsv("c.csv", text))).containsExactly(
                "c.csv:2: not readable as CSV: 'x' follows the closing quote of a cell; expected a comma or the end of"
                        + " the line");
    }

    @Test
    void aCatalogueGivenAsBytesIsReadAsItsFileWouldBe() throws Exception {
        byte[] csv = Files.readAllBytes(SAMPLE_CSV);

        assertThat(CatalogueReader.read("upload.csv", csv)).isEqualTo(CatalogueReader.read(SAMPLE_CSV));
        assertThat(CatalogueReader.read("upload.json", Files.readAllBytes(SAMPLE_JSON)))
                .isEqualTo(CatalogueReader.read(SAMPLE_CSV));
        assertThat(problems(() -> CatalogueReader.read("upload.txt", csv)))
                .containsExactly("upload.txt: a catalogue is a .csv or a .json file");
    }
}
