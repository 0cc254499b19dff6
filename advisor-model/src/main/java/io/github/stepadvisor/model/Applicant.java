package io.github.stepadvisor.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An applicant as {@code profile-format.md} describes one: who they are, what they have taken and
 * booked, and what they plan. Lists are never null; absent optional values are empty.
 *
 * <p>Construction checks only structure; {@link ApplicantValidator} checks meaning (ranges, dates,
 * contradictions) and {@link Builder#build()} runs it, so a built applicant is a valid one.
 */
public record Applicant(
        Optional<String> name,
        Optional<LocalDate> asOf,
        Citizenship citizenship,
        Education education,
        Stage stage,
        boolean schoolUsmleOriented,
        Optional<LocalDate> clinicalStart,
        boolean extendedLeave,
        Optional<LocalDate> graduation,
        OptionalInt matchYear,
        List<ExamAttempt> exams,
        List<PlannedExam> plannedExams,
        List<PracticeTest> practiceTests,
        OptionalInt dedicatedWeeks,
        OptionalInt dailyQuestions,
        List<Specialty> targetSpecialties,
        List<ProgramSetting> programSettings,
        int usceMonths,
        int usLetters,
        int researchOutputs,
        List<Rotation> honors,
        List<UsState> geographicTies,
        OptionalInt programsPlanned) {

    public Applicant {
        name = Absent.orEmpty(name);
        asOf = Absent.orEmpty(asOf);
        clinicalStart = Absent.orEmpty(clinicalStart);
        graduation = Absent.orEmpty(graduation);
        matchYear = Absent.orEmpty(matchYear);
        dedicatedWeeks = Absent.orEmpty(dedicatedWeeks);
        dailyQuestions = Absent.orEmpty(dailyQuestions);
        programsPlanned = Absent.orEmpty(programsPlanned);
        exams = Absent.copy(exams);
        plannedExams = Absent.copy(plannedExams);
        practiceTests = Absent.copy(practiceTests);
        targetSpecialties = Absent.copy(targetSpecialties);
        programSettings = Absent.copy(programSettings);
        honors = Absent.copy(honors);
        geographicTies = Absent.copy(geographicTies);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this applicant's values, to derive a variant. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds an applicant in a few readable lines; {@link #build()} validates. Dates may be given
     * as {@link LocalDate} or ISO text ({@code "2026-06-20"}).
     */
    public static final class Builder {
        private String name;
        private LocalDate asOf;
        private Citizenship citizenship;
        private Education education;
        private Stage stage;
        private boolean schoolUsmleOriented;
        private LocalDate clinicalStart;
        private boolean extendedLeave;
        private LocalDate graduation;
        private Integer matchYear;
        private final List<ExamAttempt> exams = new ArrayList<>();
        private final List<PlannedExam> plannedExams = new ArrayList<>();
        private final List<PracticeTest> practiceTests = new ArrayList<>();
        private Integer dedicatedWeeks;
        private Integer dailyQuestions;
        private final List<Specialty> targetSpecialties = new ArrayList<>();
        private final List<ProgramSetting> programSettings = new ArrayList<>();
        private int usceMonths;
        private int usLetters;
        private int researchOutputs;
        private final List<Rotation> honors = new ArrayList<>();
        private final List<UsState> geographicTies = new ArrayList<>();
        private Integer programsPlanned;

        private Builder() {
        }

        private Builder(Applicant a) {
            name = a.name.orElse(null);
            asOf = a.asOf.orElse(null);
            citizenship = a.citizenship;
            education = a.education;
            stage = a.stage;
            schoolUsmleOriented = a.schoolUsmleOriented;
            clinicalStart = a.clinicalStart.orElse(null);
            extendedLeave = a.extendedLeave;
            graduation = a.graduation.orElse(null);
            matchYear = boxed(a.matchYear);
            exams.addAll(a.exams);
            plannedExams.addAll(a.plannedExams);
            practiceTests.addAll(a.practiceTests);
            dedicatedWeeks = boxed(a.dedicatedWeeks);
            dailyQuestions = boxed(a.dailyQuestions);
            targetSpecialties.addAll(a.targetSpecialties);
            programSettings.addAll(a.programSettings);
            usceMonths = a.usceMonths;
            usLetters = a.usLetters;
            researchOutputs = a.researchOutputs;
            honors.addAll(a.honors);
            geographicTies.addAll(a.geographicTies);
            programsPlanned = boxed(a.programsPlanned);
        }

        /** A US-citizen IMG, the applicant the guide is written for. */
        public Builder usCitizenImg() {
            return citizenship(Citizenship.US_CITIZEN).education(Education.IMG);
        }

        public Builder name(String name) { this.name = name; return this; }
        public Builder asOf(LocalDate asOf) { this.asOf = asOf; return this; }
        public Builder asOf(String asOf) { return asOf(LocalDate.parse(asOf)); }
        public Builder citizenship(Citizenship citizenship) { this.citizenship = citizenship; return this; }
        public Builder education(Education education) { this.education = education; return this; }
        public Builder stage(Stage stage) { this.stage = stage; return this; }
        public Builder schoolUsmleOriented(boolean oriented) { this.schoolUsmleOriented = oriented; return this; }
        public Builder clinicalStart(LocalDate date) { this.clinicalStart = date; return this; }
        public Builder clinicalStart(String date) { return clinicalStart(LocalDate.parse(date)); }
        public Builder extendedLeave(boolean leave) { this.extendedLeave = leave; return this; }
        public Builder graduation(LocalDate date) { this.graduation = date; return this; }
        public Builder graduation(String date) { return graduation(LocalDate.parse(date)); }
        public Builder matchYear(int year) { this.matchYear = year; return this; }
        public Builder withoutMatchYear() { this.matchYear = null; return this; }

        public Builder exam(ExamAttempt attempt) { exams.add(given("exam", attempt)); return this; }
        public Builder exam(Exam exam, String date, ExamResult result) {
            return exam(new ExamAttempt(exam, LocalDate.parse(date), result));
        }
        public Builder exam(Exam exam, String date, ExamResult result, int score) {
            return exam(new ExamAttempt(exam, LocalDate.parse(date), result, score));
        }

        public Builder planned(PlannedExam planned) { plannedExams.add(given("planned", planned)); return this; }
        public Builder planned(Exam exam, LocalDate date) { return planned(new PlannedExam(exam, date)); }
        public Builder planned(Exam exam, String date) { return planned(exam, LocalDate.parse(date)); }

        public Builder practice(PracticeTest test) { practiceTests.add(given("practice", test)); return this; }
        public Builder practice(Exam exam, PracticeForm form, String date, int score) {
            return practice(new PracticeTest(exam, form, LocalDate.parse(date), score));
        }
        public Builder practice(Exam exam, PracticeForm form, LocalDate date, int score) {
            return practice(new PracticeTest(exam, form, date, score));
        }

        public Builder dedicatedWeeks(int weeks) { this.dedicatedWeeks = weeks; return this; }
        public Builder dailyQuestions(int questions) { this.dailyQuestions = questions; return this; }
        public Builder target(Specialty... specialties) { targetSpecialties.addAll(each("target", specialties)); return this; }
        public Builder settings(ProgramSetting... settings) { programSettings.addAll(each("settings", settings)); return this; }
        public Builder usceMonths(int months) { this.usceMonths = months; return this; }
        public Builder usLetters(int letters) { this.usLetters = letters; return this; }
        public Builder researchOutputs(int outputs) { this.researchOutputs = outputs; return this; }
        public Builder honors(Rotation... rotations) { honors.addAll(each("honors", rotations)); return this; }
        public Builder ties(UsState... states) { geographicTies.addAll(each("ties", states)); return this; }
        public Builder programsPlanned(int programs) { this.programsPlanned = programs; return this; }

        /** The applicant as given, without validation: for readers that report problems themselves. */
        public Applicant buildUnchecked() {
            return new Applicant(Optional.ofNullable(name), Optional.ofNullable(asOf), citizenship, education,
                    stage, schoolUsmleOriented, Optional.ofNullable(clinicalStart), extendedLeave,
                    Optional.ofNullable(graduation), optional(matchYear), exams, plannedExams, practiceTests,
                    optional(dedicatedWeeks), optional(dailyQuestions), targetSpecialties, programSettings,
                    usceMonths, usLetters, researchOutputs, honors, geographicTies, optional(programsPlanned));
        }

        /**
         * The applicant, validated as of its {@code asOf} (today when absent).
         *
         * @throws InvalidInputException listing every problem
         */
        public Applicant build() {
            Applicant applicant = buildUnchecked();
            ApplicantValidator.requireValid(applicant, applicant.asOf().orElse(LocalDate.now()));
            return applicant;
        }

        /** {@code value}, or a message naming the builder method that was given null. */
        private static <T> T given(String method, T value) {
            return Objects.requireNonNull(value, () -> method + "(null): give a value; leave the call out for none");
        }

        @SafeVarargs
        private static <T> List<T> each(String method, T... values) {
            given(method, (Object) values);
            for (T value : values) {
                given(method, value);
            }
            return List.of(values);
        }

        private static OptionalInt optional(Integer value) {
            return value == null ? OptionalInt.empty() : OptionalInt.of(value);
        }

        private static Integer boxed(OptionalInt value) {
            return value.isPresent() ? value.getAsInt() : null;
        }
    }
}
