package io.github.stepadvisor.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The one place that decides whether an applicant makes sense: ranges, dates relative to
 * {@code asOf}, and facts that contradict each other. Every problem is collected with its field
 * path, so a user fixes a profile in one pass.
 *
 * <p>Contradictions are refused rather than read one way or another: a second attempt after a
 * pass, an attempt after a pending one, a planned date for an exam already passed or pending.
 */
public final class ApplicantValidator {

    /** Step 1 became pass/fail for exams taken on or after this date. */
    public static final LocalDate STEP1_PASS_FAIL_SINCE = LocalDate.of(2022, 1, 26);

    private final List<Problem> problems = new ArrayList<>();
    private final LocalDate asOf;

    private ApplicantValidator(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** Every problem of {@code applicant} advised as of {@code asOf}; empty when it is valid. */
    public static List<Problem> problems(Applicant applicant, LocalDate asOf) {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(asOf, "asOf");
        ApplicantValidator validator = new ApplicantValidator(asOf);
        validator.check(applicant);
        return List.copyOf(validator.problems);
    }

    /** @throws InvalidInputException listing every problem, when there is any */
    public static void requireValid(Applicant applicant, LocalDate asOf) {
        List<Problem> found = problems(applicant, asOf);
        if (!found.isEmpty()) {
            throw new InvalidInputException("Invalid applicant", found);
        }
    }

    private void check(Applicant a) {
        required("citizenship", a.citizenship());
        required("education", a.education());
        required("stage", a.stage());
        a.matchYear().ifPresent(year -> range("matchYear", year, 2000, 2100));
        if (a.clinicalStart().isPresent() && a.graduation().isPresent()
                && a.graduation().get().isBefore(a.clinicalStart().get())) {
            add("graduation", a.graduation().get() + " is before clinicalStart " + a.clinicalStart().get());
        }
        checkExams(a.exams());
        checkPlanned(a.plannedExams(), a.exams());
        checkPracticeTests(a.practiceTests());
        optionalRange("dedicatedWeeks", a.dedicatedWeeks(), 0, 52);
        optionalRange("dailyQuestions", a.dailyQuestions(), 0, 1000);
        range("usceMonths", a.usceMonths(), 0, 60);
        range("usLetters", a.usLetters(), 0, 999);
        range("researchOutputs", a.researchOutputs(), 0, 999);
        optionalRange("programsPlanned", a.programsPlanned(), 0, 999);
        unique("targetSpecialties", a.targetSpecialties());
        unique("programSettings", a.programSettings());
        unique("honors", a.honors());
        unique("geographicTies", a.geographicTies());
    }

    private void checkExams(List<ExamAttempt> exams) {
        Map<Exam, Integer> passedAt = new EnumMap<>(Exam.class);
        Map<Exam, Integer> pendingAt = new EnumMap<>(Exam.class);
        List<Integer> chronological = chronological(exams);
        for (int i = 0; i < exams.size(); i++) {
            checkAttempt("exams[" + i + "]", exams.get(i));
        }
        for (int i : chronological) {
            ExamAttempt attempt = exams.get(i);
            if (attempt.exam() == null || attempt.date() == null || attempt.result() == null) {
                continue;
            }
            String path = "exams[" + i + "]";
            Integer earlierPass = passedAt.get(attempt.exam());
            Integer earlierPending = pendingAt.get(attempt.exam());
            if (earlierPass != null) {
                add(path, "a " + attempt.exam() + " attempt on " + attempt.date() + " after the pass in exams["
                        + earlierPass + "]; an exam passed is not taken again");
            } else if (earlierPending != null) {
                add(path, "a " + attempt.exam() + " attempt on " + attempt.date() + " after the pending attempt in exams["
                        + earlierPending + "]; only the latest attempt can be pending");
            }
            if (attempt.result() == ExamResult.PASS) {
                passedAt.putIfAbsent(attempt.exam(), i);
            } else if (attempt.result() == ExamResult.PENDING) {
                pendingAt.putIfAbsent(attempt.exam(), i);
            }
        }
    }

    /** Indexes of {@code exams} by date; attempts on the same date keep their array order. */
    private static List<Integer> chronological(List<ExamAttempt> exams) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < exams.size(); i++) {
            order.add(i);
        }
        order.sort((x, y) -> {
            LocalDate dx = exams.get(x).date();
            LocalDate dy = exams.get(y).date();
            if (dx == null || dy == null) {
                return 0;
            }
            return dx.compareTo(dy);
        });
        return order;
    }

    private void checkAttempt(String path, ExamAttempt attempt) {
        required(path + ".exam", attempt.exam());
        required(path + ".result", attempt.result());
        notAfterAsOf(path + ".date", attempt.date());
        OptionalInt score = attempt.score();
        score.ifPresent(value -> range(path + ".score", value, 1, 300));
        if (attempt.exam() == null || attempt.result() == null) {
            return;
        }
        if (attempt.result() == ExamResult.PENDING) {
            if (score.isPresent()) {
                add(path + ".score", "not allowed while the result is PENDING");
            }
        } else if (attempt.exam() == Exam.STEP_2_CK && score.isEmpty()) {
            add(path + ".score", "is required for a STEP_2_CK " + attempt.result());
        }
        if (attempt.exam() == Exam.STEP_1 && score.isPresent() && attempt.date() != null
                && !attempt.date().isBefore(STEP1_PASS_FAIL_SINCE)) {
            add(path + ".score", "not allowed on a STEP_1 attempt dated on or after " + STEP1_PASS_FAIL_SINCE
                    + " (Step 1 is pass/fail)");
        }
    }

    private void checkPlanned(List<PlannedExam> planned, List<ExamAttempt> exams) {
        Map<Exam, Integer> first = new EnumMap<>(Exam.class);
        for (int i = 0; i < planned.size(); i++) {
            String path = "plannedExams[" + i + "]";
            PlannedExam plan = planned.get(i);
            required(path + ".exam", plan.exam());
            if (plan.date() == null) {
                add(path + ".date", "is required");
            } else if (plan.date().isBefore(asOf)) {
                add(path + ".date", plan.date() + " is before asOf " + asOf);
            }
            if (plan.exam() == null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(plan.exam(), i);
            if (earlier != null) {
                add(path + ".exam", plan.exam() + " is already planned in plannedExams[" + earlier
                        + "]; at most one date per exam");
            }
            for (ExamAttempt attempt : exams) {
                if (attempt.exam() == plan.exam() && attempt.result() == ExamResult.PASS) {
                    add(path + ".exam", plan.exam() + " is already passed");
                    break;
                }
                if (attempt.exam() == plan.exam() && attempt.result() == ExamResult.PENDING) {
                    add(path + ".exam", plan.exam() + " has a PENDING attempt; its date is the exam date");
                    break;
                }
            }
        }
    }

    private void checkPracticeTests(List<PracticeTest> tests) {
        for (int i = 0; i < tests.size(); i++) {
            String path = "practiceTests[" + i + "]";
            PracticeTest test = tests.get(i);
            required(path + ".exam", test.exam());
            required(path + ".form", test.form());
            notAfterAsOf(path + ".date", test.date());
            range(path + ".score", test.score(), 1, 300);
            optionalRange(path + ".passingScore", test.passingScore(), 1, 300);
        }
    }

    private void notAfterAsOf(String path, LocalDate date) {
        if (date == null) {
            add(path, "is required");
        } else if (date.isAfter(asOf)) {
            add(path, date + " is after asOf " + asOf);
        }
    }

    private <T> void unique(String path, List<T> values) {
        Set<T> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                add(path + "[" + i + "]", values.get(i) + " is listed twice");
            }
        }
    }

    private void required(String path, Object value) {
        if (value == null) {
            add(path, "is required");
        }
    }

    private void optionalRange(String path, OptionalInt value, int min, int max) {
        value.ifPresent(v -> range(path, v, min, max));
    }

    private void range(String path, int value, int min, int max) {
        if (value < min || value > max) {
            add(path, value + " is outside " + min + "-" + max);
        }
    }

    private void add(String path, String message) {
        problems.add(new Problem(path, message));
    }
}
