package io.github.stepadvisor.json;

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An applicant profile as JSON ({@code profile-format.md}). Reading refuses a profile as a whole,
 * with every problem named by its field path: JSON syntax and limits ({@link Json#parse}), types
 * and value sets (here), then meaning ({@link ApplicantValidator}), so a user fixes a file in one
 * pass. Writing gives the same fields back, in the order of the format's example.
 */
public final class ProfileJson {

    static final String INVALID = "Invalid profile";

    static final List<String> FIELDS = List.of("name", "asOf", "citizenship", "education", "stage",
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
    public static Applicant read(JsonNode root, LocalDate today) {
        if (!root.isObject()) {
            throw new InvalidInputException(INVALID, List.of(new Problem("",
                    "a profile is a JSON object {\"citizenship\": ..., ...}, found " + TreeReader.found(root))));
        }
        return new Reading().applicant(root, today);
    }

    /** One read: the problems found and the lists whose indexes no longer match the JSON's. */
    private static final class Reading {
        private final TreeReader in = new TreeReader();
        /** Lists with an element left out: the validator's indexes into them would mislead. */
        private final Set<String> skewed = new HashSet<>();

        Applicant applicant(JsonNode root, LocalDate today) {
            in.object(root, "", FIELDS);
            Applicant.Builder b = Applicant.builder();
            b.name(in.text(root.get("name"), "name"));
            LocalDate asOf = in.date(root.get("asOf"), "asOf");
            if (asOf != null) {
                b.asOf(asOf);
            }
            b.citizenship(in.oneOf(root.get("citizenship"), "citizenship", Citizenship.class));
            b.education(in.oneOf(root.get("education"), "education", Education.class));
            b.stage(in.oneOf(root.get("stage"), "stage", Stage.class));
            ifPresent(in.bool(root.get("schoolUsmleOriented"), "schoolUsmleOriented"), b::schoolUsmleOriented);
            ifPresent(in.date(root.get("clinicalStart"), "clinicalStart"), b::clinicalStart);
            ifPresent(in.bool(root.get("extendedLeave"), "extendedLeave"), b::extendedLeave);
            ifPresent(in.date(root.get("graduation"), "graduation"), b::graduation);
            ifPresent(in.whole(root.get("matchYear"), "matchYear"), b::matchYear);
            exams(root.get("exams"), b);
            plannedExams(root.get("plannedExams"), b);
            practiceTests(root.get("practiceTests"), b);
            ifPresent(in.whole(root.get("dedicatedWeeks"), "dedicatedWeeks"), b::dedicatedWeeks);
            ifPresent(in.whole(root.get("dailyQuestions"), "dailyQuestions"), b::dailyQuestions);
            b.target(enums(root.get("targetSpecialties"), "targetSpecialties", Specialty.class, null)
                    .toArray(Specialty[]::new));
            b.settings(enums(root.get("programSettings"), "programSettings", ProgramSetting.class, null)
                    .toArray(ProgramSetting[]::new));
            ifPresent(in.whole(root.get("usceMonths"), "usceMonths"), b::usceMonths);
            ifPresent(in.whole(root.get("usLetters"), "usLetters"), b::usLetters);
            ifPresent(in.whole(root.get("researchOutputs"), "researchOutputs"), b::researchOutputs);
            b.honors(enums(root.get("honors"), "honors", Rotation.class, null).toArray(Rotation[]::new));
            b.ties(enums(root.get("geographicTies"), "geographicTies", UsState.class, STATES).toArray(UsState[]::new));
            ifPresent(in.whole(root.get("programsPlanned"), "programsPlanned"), b::programsPlanned);

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

        private void exams(JsonNode value, Applicant.Builder b) {
            List<JsonNode> elements = in.array(value, "exams");
            for (int i = 0; i < elements.size(); i++) {
                String path = TreeReader.at("exams", i);
                JsonNode item = in.object(elements.get(i), path, EXAM_FIELDS);
                if (item == null) {
                    // A placeholder keeps the later attempts at the indexes the user sees.
                    b.exam(new ExamAttempt(null, null, null, OptionalInt.empty()));
                    continue;
                }
                Integer score = in.whole(item.get("score"), path + ".score");
                b.exam(new ExamAttempt(
                        in.oneOf(item.get("exam"), path + ".exam", Exam.class),
                        in.date(item.get("date"), path + ".date"),
                        in.oneOf(item.get("result"), path + ".result", ExamResult.class),
                        score == null ? OptionalInt.empty() : OptionalInt.of(score)));
            }
        }

        private void plannedExams(JsonNode value, Applicant.Builder b) {
            List<JsonNode> elements = in.array(value, "plannedExams");
            for (int i = 0; i < elements.size(); i++) {
                String path = TreeReader.at("plannedExams", i);
                JsonNode item = in.object(elements.get(i), path, PLANNED_FIELDS);
                if (item == null) {
                    b.planned(new PlannedExam(null, null));
                    continue;
                }
                b.planned(new PlannedExam(
                        in.oneOf(item.get("exam"), path + ".exam", Exam.class),
                        in.date(item.get("date"), path + ".date")));
            }
        }

        private void practiceTests(JsonNode value, Applicant.Builder b) {
            List<JsonNode> elements = in.array(value, "practiceTests");
            for (int i = 0; i < elements.size(); i++) {
                String path = TreeReader.at("practiceTests", i);
                JsonNode item = in.object(elements.get(i), path, PRACTICE_FIELDS);
                if (item == null) {
                    b.practice(new PracticeTest(null, null, null, 0, OptionalInt.empty()));
                    continue;
                }
                // The model's score is a plain int, so the reader, not the validator, must notice it missing.
                Integer score = in.required(item.get("score"), path + ".score")
                        ? in.whole(item.get("score"), path + ".score") : null;
                Integer passing = in.whole(item.get("passingScore"), path + ".passingScore");
                b.practice(new PracticeTest(
                        in.oneOf(item.get("exam"), path + ".exam", Exam.class),
                        in.oneOf(item.get("form"), path + ".form", PracticeForm.class),
                        in.date(item.get("date"), path + ".date"),
                        score == null ? 0 : score,
                        passing == null ? OptionalInt.empty() : OptionalInt.of(passing)));
            }
        }

        /** The values of a list of constants; one that cannot be read is left out and reported. */
        private <E extends Enum<E>> List<E> enums(JsonNode value, String path, Class<E> type, String expected) {
            List<E> values = new ArrayList<>();
            List<JsonNode> elements = in.array(value, path);
            for (int i = 0; i < elements.size(); i++) {
                String elementPath = TreeReader.at(path, i);
                JsonNode element = elements.get(i);
                E constant = in.oneOf(element, elementPath, type, expected);
                if (constant == null) {
                    if (TreeReader.absent(element)) {
                        in.add(elementPath, "expected a value, found null");
                    }
                    skewed.add(path);
                    continue;
                }
                // A state or specialty given twice is the same one: kept once, as a set would.
                if (!values.contains(constant)) {
                    values.add(constant);
                }
            }
            return values;
        }

        private static <T> void ifPresent(T value, Consumer<T> set) {
            if (value != null) {
                set.accept(value);
            }
        }
    }

    /** {@code applicant} as profile JSON; absent optional values are left out, as a person would write it. */
    public static String write(Applicant applicant) {
        return Json.write(toTree(applicant));
    }

    /** {@code applicant} as a profile tree, fields in the format's order. */
    public static ObjectNode toTree(Applicant a) {
        ObjectNode out = Json.object();
        a.name().ifPresent(name -> out.put("name", name));
        a.asOf().ifPresent(date -> out.put("asOf", Json.date(date)));
        putName(out, "citizenship", a.citizenship());
        putName(out, "education", a.education());
        putName(out, "stage", a.stage());
        out.put("schoolUsmleOriented", a.schoolUsmleOriented());
        a.clinicalStart().ifPresent(date -> out.put("clinicalStart", Json.date(date)));
        out.put("extendedLeave", a.extendedLeave());
        a.graduation().ifPresent(date -> out.put("graduation", Json.date(date)));
        a.matchYear().ifPresent(year -> out.put("matchYear", year));
        ArrayNode exams = out.putArray("exams");
        for (ExamAttempt attempt : a.exams()) {
            ObjectNode item = exams.addObject();
            putName(item, "exam", attempt.exam());
            putDate(item, "date", attempt.date());
            putName(item, "result", attempt.result());
            attempt.score().ifPresent(score -> item.put("score", score));
        }
        ArrayNode planned = out.putArray("plannedExams");
        for (PlannedExam plan : a.plannedExams()) {
            ObjectNode item = planned.addObject();
            putName(item, "exam", plan.exam());
            putDate(item, "date", plan.date());
        }
        ArrayNode practice = out.putArray("practiceTests");
        for (PracticeTest test : a.practiceTests()) {
            ObjectNode item = practice.addObject();
            putName(item, "exam", test.exam());
            putName(item, "form", test.form());
            putDate(item, "date", test.date());
            item.put("score", test.score());
            test.passingScore().ifPresent(score -> item.put("passingScore", score));
        }
        a.dedicatedWeeks().ifPresent(weeks -> out.put("dedicatedWeeks", weeks));
        a.dailyQuestions().ifPresent(questions -> out.put("dailyQuestions", questions));
        putNames(out, "targetSpecialties", a.targetSpecialties());
        putNames(out, "programSettings", a.programSettings());
        out.put("usceMonths", a.usceMonths());
        out.put("usLetters", a.usLetters());
        out.put("researchOutputs", a.researchOutputs());
        putNames(out, "honors", a.honors());
        putNames(out, "geographicTies", a.geographicTies());
        a.programsPlanned().ifPresent(programs -> out.put("programsPlanned", programs));
        return out;
    }

    private static void putName(ObjectNode node, String field, Enum<?> value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value.name());
        }
    }

    private static void putDate(ObjectNode node, String field, LocalDate date) {
        if (date == null) {
            node.putNull(field);
        } else {
            node.put(field, Json.date(date));
        }
    }

    private static void putNames(ObjectNode node, String field, List<? extends Enum<?>> values) {
        ArrayNode array = node.putArray(field);
        values.forEach(value -> array.add(value.name()));
    }
}
