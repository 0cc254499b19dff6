package io.github.stepadvisor.format;

import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.ApplicantValidator;
import io.github.stepadvisor.model.Citizenship;
import io.github.stepadvisor.model.Education;
import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.ExamAttempt;
import io.github.stepadvisor.model.ExamResult;
import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.PlannedExam;
import io.github.stepadvisor.model.PracticeForm;
import io.github.stepadvisor.model.PracticeTest;
import io.github.stepadvisor.model.Problem;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.Rotation;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Stage;
import io.github.stepadvisor.model.UsState;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * An applicant profile as JSON ({@code profile-format.md}). Reading refuses a profile as a whole,
 * with every problem named by its field path: JSON syntax and limits ({@link Json#parse}), types
 * and value sets (here), then meaning ({@link ApplicantValidator}), so a user fixes a file in one
 * pass. Writing gives the same fields back, in the order of the format's example.
 *
 * <p>A profile may name its format, {@code "format": "step-advisor/profile@1"} ({@link #FORMAT});
 * another value is refused, so a profile of a later version is not read as if it were this one.
 */
public final class ProfileJson {

    static final String INVALID = "Invalid profile";
    /** The format and version a profile may name in its {@code format} field. */
    public static final String FORMAT = "step-advisor/profile@1";

    static final List<String> FIELDS = List.of("format", "name", "asOf", "citizenship", "education", "stage",
            "schoolUsmleOriented", "clinicalStart", "extendedLeave", "graduation", "matchYear", "exams",
            "plannedExams", "practiceTests", "dedicatedWeeks", "dailyQuestions", "targetSpecialties",
            "programSettings", "usceMonths", "usLetters", "researchOutputs", "honors", "geographicTies",
            "programsPlanned");
    static final List<String> EXAM_FIELDS = List.of("exam", "date", "result", "score");
    static final List<String> PLANNED_FIELDS = List.of("exam", "date");
    static final List<String> PRACTICE_FIELDS = List.of("exam", "form", "date", "score", "passingScore");

    private static final String STATES = "a US state or territory code (the 50 states, DC, PR, GU, VI, AS, MP)";

    private ProfileJson() {
    }

    /** The applicant in {@code json}, validated as of its {@code asOf}, or today when it has none. */
    public static Applicant read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #read(String)}, from UTF-8 (or UTF-16/32 with a BOM) bytes. */
    public static Applicant read(byte[] json) {
        return read(json, LocalDate.now());
    }

    /** As {@link #read(String)}, from a stream read to its end (at most {@link Json#MAX_DOCUMENT_BYTES}). */
    public static Applicant read(InputStream in) throws IOException {
        return read(Json.readLimited(in, INVALID));
    }

    /**
     * The applicant in {@code json}, validated as of its {@code asOf}, or {@code today} when it
     * has none (the advisor then advises as of {@code today} too).
     *
     * @throws InvalidInputException listing every problem, each as {@code path: message}
     */
    public static Applicant read(byte[] json, LocalDate today) {
        return read(Json.parse(json, INVALID), today);
    }

    /**
     * The applicant in an already parsed profile tree (a profile embedded in another document,
     * such as a scenario), read and validated as {@link #read(byte[], LocalDate)} does.
     *
     * @throws InvalidInputException listing every problem, each with its path inside the tree
     */
    public static Applicant read(JsonValue root, LocalDate today) {
        if (!(root instanceof JsonValue.JsonObject object)) {
            throw new InvalidInputException(INVALID, List.of(new Problem("",
                    "a profile is a JSON object {\"citizenship\": ..., ...}, found " + TreeReader.found(root))));
        }
        return new Reading().applicant(object, today);
    }

    /** One read: the problems found and the lists whose indexes no longer match the JSON's. */
    private static final class Reading {
        private final TreeReader in = new TreeReader();
        /** Lists with an element left out: the validator's indexes into them would mislead. */
        private final Set<String> skewed = new HashSet<>();

        Applicant applicant(JsonValue.JsonObject root, LocalDate today) {
            in.object(root, "", FIELDS);
            in.format(root.get("format"), FORMAT);
            Applicant.Builder b = Applicant.builder();
            b.name(in.text(root.get("name"), "name").orElse(null));
            in.date(root.get("asOf"), "asOf").ifPresent(b::asOf);
            b.citizenship(in.oneOf(root.get("citizenship"), "citizenship", Citizenship.class).orElse(null));
            b.education(in.oneOf(root.get("education"), "education", Education.class).orElse(null));
            b.stage(in.oneOf(root.get("stage"), "stage", Stage.class).orElse(null));
            in.bool(root.get("schoolUsmleOriented"), "schoolUsmleOriented").ifPresent(b::schoolUsmleOriented);
            in.date(root.get("clinicalStart"), "clinicalStart").ifPresent(b::clinicalStart);
            in.bool(root.get("extendedLeave"), "extendedLeave").ifPresent(b::extendedLeave);
            in.date(root.get("graduation"), "graduation").ifPresent(b::graduation);
            in.whole(root.get("matchYear"), "matchYear").ifPresent(b::matchYear);
            exams(root.get("exams"), b);
            plannedExams(root.get("plannedExams"), b);
            practiceTests(root.get("practiceTests"), b);
            in.whole(root.get("dedicatedWeeks"), "dedicatedWeeks").ifPresent(b::dedicatedWeeks);
            in.whole(root.get("dailyQuestions"), "dailyQuestions").ifPresent(b::dailyQuestions);
            b.target(enums(root.get("targetSpecialties"), "targetSpecialties", Specialty.class, null)
                    .toArray(Specialty[]::new));
            b.settings(enums(root.get("programSettings"), "programSettings", ProgramSetting.class, null)
                    .toArray(ProgramSetting[]::new));
            in.whole(root.get("usceMonths"), "usceMonths").ifPresent(b::usceMonths);
            in.whole(root.get("usLetters"), "usLetters").ifPresent(b::usLetters);
            in.whole(root.get("researchOutputs"), "researchOutputs").ifPresent(b::researchOutputs);
            b.honors(enums(root.get("honors"), "honors", Rotation.class, null).toArray(Rotation[]::new));
            b.ties(enums(root.get("geographicTies"), "geographicTies", UsState.class, STATES).toArray(UsState[]::new));
            in.whole(root.get("programsPlanned"), "programsPlanned").ifPresent(b::programsPlanned);

            Applicant applicant = b.buildUnchecked();
            List<Problem> problems = new ArrayList<>(in.problems());
            boolean asOfUnreadable = in.reportedAt("asOf");
            for (Problem problem : ApplicantValidator.problems(applicant, applicant.asOf().orElse(today))) {
                if (!alreadyCovered(problem, asOfUnreadable)) {
                    problems.add(problem);
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(INVALID, problems);
            }
            return applicant;
        }

        /**
         * A value the reader refused reaches the validator as missing or as a placeholder; its
         * "is required" or "0 is outside 1-300" would repeat the reader's problem less clearly.
         */
        private boolean alreadyCovered(Problem problem, boolean asOfUnreadable) {
            for (Problem mine : in.problems()) {
                if (!mine.where().isEmpty() && TreeReader.within(problem.where(), mine.where())) {
                    return true;
                }
            }
            for (String list : skewed) {
                if (TreeReader.within(problem.where(), list)) {
                    return true;
                }
            }
            // With asOf unreadable the validator compared dates with today, not with the profile's date.
            return asOfUnreadable && problem.message().contains("asOf");
        }

        private void exams(JsonValue value, Applicant.Builder b) {
            List<JsonValue> elements = in.array(value, "exams");
            for (int i = 0; i < elements.size(); i++) {
                String path = TreeReader.at("exams", i);
                Optional<JsonValue.JsonObject> read = in.object(elements.get(i), path, EXAM_FIELDS);
                if (read.isEmpty()) {
                    // A placeholder keeps the later attempts at the indexes the user sees.
                    b.exam(new ExamAttempt(null, null, null, OptionalInt.empty()));
                    continue;
                }
                JsonValue item = read.get();
                Optional<Integer> score = in.whole(item.get("score"), path + ".score");
                b.exam(new ExamAttempt(
                        in.oneOf(item.get("exam"), path + ".exam", Exam.class).orElse(null),
                        in.date(item.get("date"), path + ".date").orElse(null),
                        in.oneOf(item.get("result"), path + ".result", ExamResult.class).orElse(null),
                        score.map(OptionalInt::of).orElse(OptionalInt.empty())));
            }
        }

        private void plannedExams(JsonValue value, Applicant.Builder b) {
            List<JsonValue> elements = in.array(value, "plannedExams");
            for (int i = 0; i < elements.size(); i++) {
                String path = TreeReader.at("plannedExams", i);
                Optional<JsonValue.JsonObject> read = in.object(elements.get(i), path, PLANNED_FIELDS);
                if (read.isEmpty()) {
                    b.planned(new PlannedExam(null, null));
                    continue;
                }
                JsonValue item = read.get();
                b.planned(new PlannedExam(
                        in.oneOf(item.get("exam"), path + ".exam", Exam.class).orElse(null),
                        in.date(item.get("date"), path + ".date").orElse(null)));
            }
        }

        private void practiceTests(JsonValue value, Applicant.Builder b) {
            List<JsonValue> elements = in.array(value, "practiceTests");
            for (int i = 0; i < elements.size(); i++) {
                String path = TreeReader.at("practiceTests", i);
                Optional<JsonValue.JsonObject> read = in.object(elements.get(i), path, PRACTICE_FIELDS);
                if (read.isEmpty()) {
                    b.practice(new PracticeTest(null, null, null, 0, OptionalInt.empty()));
                    continue;
                }
                JsonValue item = read.get();
                // The model's score is a plain int, so the reader, not the validator, must notice it missing.
                Optional<Integer> score = in.required(item.get("score"), path + ".score")
                        ? in.whole(item.get("score"), path + ".score") : Optional.empty();
                Optional<Integer> passing = in.whole(item.get("passingScore"), path + ".passingScore");
                b.practice(new PracticeTest(
                        in.oneOf(item.get("exam"), path + ".exam", Exam.class).orElse(null),
                        in.oneOf(item.get("form"), path + ".form", PracticeForm.class).orElse(null),
                        in.date(item.get("date"), path + ".date").orElse(null),
                        score.orElse(0),
                        passing.map(OptionalInt::of).orElse(OptionalInt.empty())));
            }
        }

        /** The values of a list of constants; one that cannot be read is left out and reported. */
        private <E extends Enum<E>> List<E> enums(JsonValue value, String path, Class<E> type, String expected) {
            List<E> values = new ArrayList<>();
            List<JsonValue> elements = in.array(value, path);
            for (int i = 0; i < elements.size(); i++) {
                String elementPath = TreeReader.at(path, i);
                JsonValue element = elements.get(i);
                Optional<E> constant = in.oneOf(element, elementPath, type, expected);
                if (constant.isEmpty()) {
                    if (element.isAbsent()) {
                        in.add(elementPath, "expected a value, found null");
                    }
                    skewed.add(path);
                    continue;
                }
                // A state or specialty given twice is the same one: kept once, as a set would.
                if (!values.contains(constant.get())) {
                    values.add(constant.get());
                }
            }
            return values;
        }
    }

    /** {@code applicant} as profile JSON; absent optional values are left out, as a person would write it. */
    public static String write(Applicant applicant) {
        return Json.pretty(out -> write(out, applicant));
    }

    /** As {@link #write(Applicant)}, compact on one line without a line end: one record of JSON Lines. */
    public static String writeLine(Applicant applicant) {
        return Json.line(out -> write(out, applicant));
    }

    /** {@code a} as a profile, fields in the format's order. */
    private static void write(JsonGenerator out, Applicant a) throws IOException {
        out.writeStartObject();
        if (a.name().isPresent()) {
            out.writeStringField("name", a.name().get());
        }
        if (a.asOf().isPresent()) {
            out.writeStringField("asOf", Json.date(a.asOf().get()));
        }
        name(out, "citizenship", a.citizenship());
        name(out, "education", a.education());
        name(out, "stage", a.stage());
        out.writeBooleanField("schoolUsmleOriented", a.schoolUsmleOriented());
        if (a.clinicalStart().isPresent()) {
            out.writeStringField("clinicalStart", Json.date(a.clinicalStart().get()));
        }
        out.writeBooleanField("extendedLeave", a.extendedLeave());
        if (a.graduation().isPresent()) {
            out.writeStringField("graduation", Json.date(a.graduation().get()));
        }
        if (a.matchYear().isPresent()) {
            out.writeNumberField("matchYear", a.matchYear().getAsInt());
        }
        out.writeArrayFieldStart("exams");
        for (ExamAttempt attempt : a.exams()) {
            out.writeStartObject();
            name(out, "exam", attempt.exam());
            date(out, "date", attempt.date());
            name(out, "result", attempt.result());
            if (attempt.score().isPresent()) {
                out.writeNumberField("score", attempt.score().getAsInt());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("plannedExams");
        for (PlannedExam plan : a.plannedExams()) {
            out.writeStartObject();
            name(out, "exam", plan.exam());
            date(out, "date", plan.date());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("practiceTests");
        for (PracticeTest test : a.practiceTests()) {
            out.writeStartObject();
            name(out, "exam", test.exam());
            name(out, "form", test.form());
            date(out, "date", test.date());
            out.writeNumberField("score", test.score());
            if (test.passingScore().isPresent()) {
                out.writeNumberField("passingScore", test.passingScore().getAsInt());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        if (a.dedicatedWeeks().isPresent()) {
            out.writeNumberField("dedicatedWeeks", a.dedicatedWeeks().getAsInt());
        }
        if (a.dailyQuestions().isPresent()) {
            out.writeNumberField("dailyQuestions", a.dailyQuestions().getAsInt());
        }
        names(out, "targetSpecialties", a.targetSpecialties());
        names(out, "programSettings", a.programSettings());
        out.writeNumberField("usceMonths", a.usceMonths());
        out.writeNumberField("usLetters", a.usLetters());
        out.writeNumberField("researchOutputs", a.researchOutputs());
        names(out, "honors", a.honors());
        names(out, "geographicTies", a.geographicTies());
        if (a.programsPlanned().isPresent()) {
            out.writeNumberField("programsPlanned", a.programsPlanned().getAsInt());
        }
        out.writeEndObject();
    }

    private static void name(JsonGenerator out, String field, Enum<?> value) throws IOException {
        Json.stringOrNull(out, field, value == null ? null : value.name());
    }

    private static void date(JsonGenerator out, String field, LocalDate date) throws IOException {
        Json.stringOrNull(out, field, date == null ? null : Json.date(date));
    }

    static void names(JsonGenerator out, String field, List<? extends Enum<?>> values) throws IOException {
        out.writeArrayFieldStart(field);
        for (Enum<?> value : values) {
            out.writeString(value.name());
        }
        out.writeEndArray();
    }
}
