package io.github.stepadvisor.format;

import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.ExamResult;
import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.PracticeForm;
import io.github.stepadvisor.model.PracticeTest;
import io.github.stepadvisor.model.Problem;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.Rotation;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Stage;
import io.github.stepadvisor.model.UsState;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ProfileJsonTest {

    /** An applicant using every field of the format, each with a non-default value. */
    private static Applicant everyField() {
        return Applicant.builder()
                .name("Every field \"quoted\" - \u00e9")
                .asOf("2026-11-24")
                .usCitizenImg()
                .stage(Stage.CLINICAL)
                .schoolUsmleOriented(true)
                .clinicalStart("2025-01-06")
                .extendedLeave(true)
                .graduation("2027-05-31")
                .matchYear(2027)
                .exam(Exam.STEP_1, "2021-06-01", ExamResult.FAIL, 190)
                .exam(Exam.STEP_1, "2022-03-01", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-11-20", ExamResult.PENDING)
                .practice(Exam.STEP_2_CK, PracticeForm.UWSA2, "2026-11-01", 236)
                .practice(new PracticeTest(Exam.STEP_2_CK, PracticeForm.SHELF, LocalDate.parse("2026-10-01"), 82,
                        OptionalInt.of(60)))
                .dedicatedWeeks(8)
                .dailyQuestions(80)
                .target(Specialty.INTERNAL_MEDICINE, Specialty.FAMILY_MEDICINE)
                .settings(ProgramSetting.COMMUNITY, ProgramSetting.UNIVERSITY_AFFILIATED)
                .usceMonths(4)
                .usLetters(3)
                .researchOutputs(1)
                .honors(Rotation.INTERNAL_MEDICINE, Rotation.PEDIATRICS)
                .ties(UsState.OH, UsState.PR)
                .programsPlanned(45)
                .build();
    }

    @Test
    void aProfileWithEveryFieldReadsBackEqualAfterWriting() {
        Applicant applicant = everyField();

        String written = ProfileJson.write(applicant);

        assertThat(ProfileJson.read(written)).isEqualTo(applicant);
        assertThat(ProfileJson.write(ProfileJson.read(written))).isEqualTo(written);
    }

    @Test
    void aPlannedExamRoundTrips() {
        Applicant applicant = Applicant.builder().usCitizenImg().stage(Stage.PRECLINICAL).asOf("2026-11-24")
                .planned(Exam.STEP_1, "2027-01-12").build();

        assertThat(ProfileJson.read(ProfileJson.write(applicant))).isEqualTo(applicant);
    }

    @Test
    void fieldsAreWrittenInTheFormatsOrderAndAbsentOnesAreLeftOut() {
        JsonValue.JsonObject written = (JsonValue.JsonObject) Json.parse(ProfileJson.write(everyField()), "test");
        List<String> names = new ArrayList<>(written.fields().keySet());

        assertThat(names).isEqualTo(ProfileJson.FIELDS.subList(1, ProfileJson.FIELDS.size()));
        Applicant minimal = Applicant.builder().usCitizenImg().stage(Stage.PRECLINICAL).asOf("2026-11-24").build();
        assertThat(ProfileJson.write(minimal)).doesNotContain("matchYear", "name", "programsPlanned", "null");
    }

    @Test
    void aProfileWithoutAsOfIsCheckedAgainstTheDayGiven() {
        byte[] json = profile().without("asOf")
                .with("exams", "[{\"exam\": \"STEP_1\", \"date\": \"2026-12-01\", \"result\": \"PASS\"}]").bytes();

        assertThat(ProfileJson.read(json, LocalDate.parse("2026-12-01")).asOf()).isEmpty();
        assertThat(problems(() -> ProfileJson.read(json, LocalDate.parse("2026-11-30"))))
                .containsExactly(new Problem("exams[0].date", "2026-12-01 is after asOf 2026-11-30"));
    }

    @Test
    void aProfileMayNameItsFormatButNotAnother() {
        Applicant plain = ProfileJson.read(profile().text());

        assertThat(ProfileJson.read(profile().with("format", "\"step-advisor/profile@1\"").text())).isEqualTo(plain);
        assertThat(problems(() -> ProfileJson.read(profile().with("format", "\"step-advisor/advice@1\"").text())))
                .containsExactly(new Problem("format", "'step-advisor/advice@1' is not a format this reader reads;"
                        + " expected \"step-advisor/profile@1\""));
        assertThat(problems(() -> ProfileJson.read(profile().with("format", "1").text())))
                .containsExactly(new Problem("format", "expected text, found 1"));
    }

    @Test
    void nullForAnOptionalFieldMeansAbsent() {
        Applicant applicant = ProfileJson.read(profile().with("name", "null").with("matchYear", "null")
                .with("exams", "null").with("schoolUsmleOriented", "null").text());

        assertThat(applicant.name()).isEmpty();
        assertThat(applicant.matchYear()).isEmpty();
        assertThat(applicant.exams()).isEmpty();
        assertThat(applicant.schoolUsmleOriented()).isFalse();
    }

    @Test
    void unknownFieldsAreRefusedWithTheirPath() {
        List<Problem> found = problems(() -> ProfileJson.read(profile()
                .with("foo", "1")
                .with("gradaution", "\"2027-05-31\"")
                .with("exams", "[{\"exam\": \"STEP_1\", \"date\": \"2026-01-05\", \"result\": \"PASS\", \"grade\": \"A\"}]")
                .text()));

        assertThat(found).containsExactly(
                new Problem("foo", "unknown field"),
                new Problem("gradaution", "unknown field (did you mean 'graduation'?)"),
                new Problem("exams[0].grade", "unknown field"));
    }

    @Test
    void everyProblemIsReportedInOnePass() {
        List<Problem> found = problems(() -> ProfileJson.read(profile()
                .with("citizenship", "\"MARTIAN\"")
                .with("usLetters", "-1")
                .with("dedicatedWeeks", "2.5")
                .with("exams", "[{\"exam\": \"STEP_2_CK\", \"date\": \"2026-06-20\", \"result\": \"PASS\", \"score\": 312}]")
                .text()));

        assertThat(found).extracting(Problem::where)
                .containsExactlyInAnyOrder("citizenship", "usLetters", "dedicatedWeeks", "exams[0].score");
    }

    @Test
    void aValueTheReaderRefusesIsNotReportedAgainByTheValidator() {
        List<Problem> found = problems(() -> ProfileJson.read(profile()
                .with("practiceTests", "[{\"exam\": \"STEP_1\", \"form\": \"NBME\", \"date\": \"2026-13-01\", \"score\": \"201\"}]")
                .with("exams", "[7, {\"exam\": \"STEP_2_CK\", \"date\": \"2026-06-20\", \"result\": \"PASS\", \"score\": 400}]")
                .text()));

        assertThat(found).containsExactlyInAnyOrder(
                new Problem("practiceTests[0].date", "'2026-13-01' is not a date: there is no month 13"),
                new Problem("practiceTests[0].score", "expected a whole number, found '201'"),
                new Problem("exams[0]", "expected an object, found 7"),
                new Problem("exams[1].score", "400 is outside 1-300"));
    }

    @Test
    void anUnreadableAsOfDoesNotTurnIntoComparisonsWithToday() {
        List<Problem> found = problems(() -> ProfileJson.read(profile().with("asOf", "\"2026-02-30\"")
                .with("exams", "[{\"exam\": \"STEP_1\", \"date\": \"2099-01-01\", \"result\": \"PASS\"}]").text()));

        assertThat(found).containsExactly(new Problem("asOf", "'2026-02-30' is not a date: February 2026 has 28 days"));
    }

    static Stream<Arguments> hostileInputs() {
        String deep = "{\"name\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        String hugeString = "{\"name\": \"" + "a".repeat(5_000_000) + "\"}";
        byte[] invalidUtf8 = concat("{\"citizenship\": \"US_CITIZEN\", \"education\": \"IMG\", \"stage\": \"CLINICAL\", \"name\": \"",
                new byte[] {(byte) 0xC3, (byte) 0x28}, "\"}");
        return Stream.of(
                arguments("not JSON", bytes("hello"), "", "not valid JSON"),
                arguments("empty input", bytes(""), "", "empty"),
                arguments("only blanks", bytes("  \n\t "), "", "empty"),
                arguments("an array at top level", bytes("[{\"citizenship\": \"US_CITIZEN\"}]"), "", "a profile is a JSON object"),
                arguments("a string at top level", bytes("\"profile\""), "", "a profile is a JSON object"),
                arguments("a number for an enum", profile().with("citizenship", "3").bytes(), "citizenship", "expected one of US_CITIZEN"),
                arguments("text for a boolean", profile().with("schoolUsmleOriented", "\"yes\"").bytes(), "schoolUsmleOriented", "expected true or false, found 'yes'"),
                arguments("text for a number", profile().with("matchYear", "\"2027\"").bytes(), "matchYear", "expected a whole number, found '2027'"),
                arguments("an object for a list", profile().with("exams", "{}").bytes(), "exams", "expected an array, found an object"),
                arguments("a number for text", profile().with("name", "42").bytes(), "name", "expected text, found 42"),
                arguments("1e308 for a count", profile().with("usceMonths", "1e308").bytes(), "usceMonths", "expected a whole number, found 1E+308"),
                arguments("a fraction for a count", profile().with("dedicatedWeeks", "2.5").bytes(), "dedicatedWeeks", "expected a whole number, found 2.5"),
                arguments("a whole number written as a fraction", profile().with("usLetters", "3.0").bytes(), "usLetters", "written without a decimal point or exponent (write 3)"),
                arguments("a number beyond int", profile().with("usLetters", "99999999999999999999").bytes(), "usLetters", "far out of range"),
                arguments("a negative count", profile().with("usLetters", "-1").bytes(), "usLetters", "-1 is outside 0-999"),
                arguments("an impossible date", profile().with("asOf", "\"2026-02-30\"").bytes(), "asOf", "'2026-02-30' is not a date: February 2026 has 28 days"),
                arguments("an impossible month", profile().with("graduation", "\"2027-13-01\"").bytes(), "graduation", "there is no month 13"),
                arguments("a date in another form", profile().with("clinicalStart", "\"01/06/2025\"").bytes(), "clinicalStart", "YYYY-MM-DD"),
                arguments("a number for a date", profile().with("graduation", "20270531").bytes(), "graduation", "expected a date"),
                arguments("null for a required field", profile().with("citizenship", "null").bytes(), "citizenship", "is required"),
                arguments("a required field missing", profile().without("stage").bytes(), "stage", "is required"),
                arguments("a duplicate key", bytes("{\"citizenship\": \"US_CITIZEN\", \"citizenship\": \"US_CITIZEN\"}"), "citizenship", "given twice"),
                arguments("a duplicate key inside an exam", profile().with("exams", "[{\"exam\": \"STEP_1\", \"exam\": \"STEP_1\"}]").bytes(), "exams[0].exam", "given twice"),
                arguments("100,000-deep nesting", bytes(deep), "name[0][0][0]...", "nested deeper than 64 levels"),
                arguments("a 5 MB string", bytes(hugeString), "name", "longer than 100000 characters"),
                arguments("a 5,000-digit number", profile().with("usLetters", "1".repeat(5000)).bytes(), "usLetters", "a number longer than 100 digits"),
                arguments("a 5,000-character field name", profile().with("n".repeat(5000), "1").bytes(), "", "a field name longer than 1000 characters"),
                arguments("invalid UTF-8", invalidUtf8, "name", "Invalid UTF-8"),
                arguments("trailing tokens", bytes(profile().text() + " {}"), "", "unexpected content after the end of the JSON value"),
                arguments("a trailing comma", bytes("{\"citizenship\": \"US_CITIZEN\",}"), "", "remove the trailing comma"),
                arguments("a comment", bytes("{\"citizenship\": \"US_CITIZEN\" // who\n}"), "citizenship", "not valid JSON"),
                arguments("NaN", profile().with("usLetters", "NaN").bytes(), "usLetters", "not valid JSON"),
                arguments("a leading zero", profile().with("usLetters", "03").bytes(), "usLetters", "not valid JSON"),
                arguments("a raw control character", bytes("{\"name\": \"a\u0001b\"}"), "name", "not valid JSON"),
                arguments("two planned dates for one exam", profile().with("plannedExams",
                        "[{\"exam\": \"STEP_2_CK\", \"date\": \"2027-06-01\"}, {\"exam\": \"STEP_2_CK\", \"date\": \"2027-07-01\"}]").bytes(),
                        "plannedExams[1].exam", "STEP_2_CK is already planned in plannedExams[0]"),
                arguments("an unknown specialty", profile().with("targetSpecialties", "[\"DERM\"]").bytes(), "targetSpecialties[0]", "'DERM' is not one of DERMATOLOGY, PLASTIC_SURGERY"),
                arguments("an unknown state code", profile().with("geographicTies", "[\"OH\", \"XX\"]").bytes(), "geographicTies[1]", "'XX' is not a US state or territory code"),
                arguments("a lower-case enum", profile().with("education", "\"img\"").bytes(), "education", "did you mean IMG? values are upper case"),
                arguments("null in a list", profile().with("honors", "[null]").bytes(), "honors[0]", "found null"),
                arguments("null for an exam", profile().with("exams", "[null]").bytes(), "exams[0]", "expected an object, found null"),
                arguments("a practice test without a score", profile().with("practiceTests", "[{\"exam\": \"STEP_1\", \"form\": \"NBME\", \"date\": \"2026-11-01\"}]").bytes(), "practiceTests[0].score", "is required"),
                arguments("a score out of range", profile().with("exams", "[{\"exam\": \"STEP_1\", \"date\": \"2021-06-01\", \"result\": \"PASS\", \"score\": 230}, {\"exam\": \"STEP_2_CK\", \"date\": \"2026-06-20\", \"result\": \"PASS\", \"score\": 312}]").bytes(), "exams[1].score", "312 is outside 1-300"),
                arguments("more than 10 MB", bytes(" ".repeat(Json.MAX_DOCUMENT_BYTES + 1)), "", "larger than 10 MB"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileInputs")
    void aHostileInputIsRefusedWithAOneLineMessageNamingTheField(String what, byte[] json, String path, String message) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> ProfileJson.read(json));

        assertThat(refused).as(what).isNotNull();
        assertThat(refused.problems()).as(what)
                .anySatisfy(problem -> {
                    assertThat(problem.where()).isEqualTo(path);
                    assertThat(problem.message()).contains(message);
                })
                .allSatisfy(problem -> assertThat(problem.toString()).doesNotContain("\n", "\r").hasSizeLessThan(600));
    }

    @Test
    void aProfileCanBeReadFromAStream() throws Exception {
        byte[] json = ProfileJson.write(everyField()).getBytes(StandardCharsets.UTF_8);

        assertThat(ProfileJson.read(new java.io.ByteArrayInputStream(json))).isEqualTo(everyField());
    }

    @Test
    void anEndlessStreamIsCutOffAtTheLimit() {
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };

        assertThatThrownBy(() -> ProfileJson.read(endless))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("larger than 10 MB");
    }

    // ---- helpers: a valid profile to break one field of

    private static List<Problem> problems(Runnable read) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, read::run);
        assertThat(refused).as("the profile should be refused").isNotNull();
        return refused.problems();
    }

    private static ProfileText profile() {
        return new ProfileText();
    }

    /** A valid minimal profile as raw JSON members, so a test can put any raw JSON in one field. */
    private static final class ProfileText {
        private final Map<String, String> members = new LinkedHashMap<>();

        ProfileText() {
            members.put("asOf", "\"2026-11-24\"");
            members.put("citizenship", "\"US_CITIZEN\"");
            members.put("education", "\"IMG\"");
            members.put("stage", "\"CLINICAL\"");
            members.put("matchYear", "2028");
        }

        ProfileText with(String field, String rawJson) {
            members.put(field, rawJson);
            return this;
        }

        ProfileText without(String field) {
            members.remove(field);
            return this;
        }

        String text() {
            return members.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                    .collect(Collectors.joining(", ", "{", "}"));
        }

        byte[] bytes() {
            return bytes(text());
        }

        private static byte[] bytes(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        byte[] a = bytes(before);
        byte[] c = bytes(after);
        byte[] all = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(middle, 0, all, a.length, middle.length);
        System.arraycopy(c, 0, all, a.length + middle.length, c.length);
        return all;
    }
}
