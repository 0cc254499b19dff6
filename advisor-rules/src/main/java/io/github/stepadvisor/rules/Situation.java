package io.github.stepadvisor.rules;

import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Citizenship;
import io.github.stepadvisor.model.Education;
import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.ExamAttempt;
import io.github.stepadvisor.model.ExamResult;
import io.github.stepadvisor.model.PlannedExam;
import io.github.stepadvisor.model.PracticeForm;
import io.github.stepadvisor.model.PracticeTest;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.Rotation;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Stage;
import io.github.stepadvisor.model.Tier;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The applicant read through the "Terms used below" of {@code heuristics.md}, on the
 * {@code asOf} date: each term is computed once here, so rules test a named term instead of
 * repeating its definition. Rules compare these values with {@link Thresholds}.
 *
 * <p>Absent values read as {@code false} or {@code 0} and always come with a flag saying whether
 * they are known ({@code step2ScoreKnown}, {@code step1DateSet}...), so constraints stay null-free.
 *
 * <p>Every advice builds one, and the rules' constraints call its getters, many more than once:
 * the construction and those getters use plain loops rather than streams, which cost several
 * times more for lists of a few elements.
 */
public final class Situation {

    /** The rotations whose honors the guide names ("IM, Surgery, Pediatrics, Psych, FM"). */
    public static final List<Rotation> KEY_ROTATIONS = List.of(Rotation.INTERNAL_MEDICINE, Rotation.SURGERY,
            Rotation.PEDIATRICS, Rotation.PSYCHIATRY, Rotation.FAMILY_MEDICINE);

    private final Applicant applicant;
    private final LocalDate asOf;
    private final Thresholds thresholds;

    private final List<ExamAttempt> step1Attempts;
    private final List<ExamAttempt> step2Attempts;
    private final OptionalInt step2Score;
    private final Optional<LocalDate> step1Date;
    private final Optional<LocalDate> step2Date;
    private final boolean step2DatePending;
    private final boolean step1Passed;
    private final boolean step2Passed;
    private final List<PracticeTest> step1Practice;
    private final List<PracticeTest> step2Practice;
    private final List<Target> targets;
    private final Tier step2PracticeTargetTier;

    public Situation(Applicant applicant, LocalDate asOf, Thresholds thresholds, Tiers tiers) {
        this.applicant = applicant;
        this.asOf = asOf;
        this.thresholds = thresholds;
        this.step1Attempts = attempts(applicant, Exam.STEP_1);
        this.step2Attempts = attempts(applicant, Exam.STEP_2_CK);
        this.step2Score = latestPassScore(step2Attempts);
        this.step1Date = planned(applicant, Exam.STEP_1);
        Optional<LocalDate> pending = lastDate(step2Attempts, ExamResult.PENDING);
        this.step2DatePending = pending.isPresent();
        this.step1Passed = lastDate(step1Attempts, ExamResult.PASS).isPresent();
        this.step2Passed = lastDate(step2Attempts, ExamResult.PASS).isPresent();
        this.step2Date = pending.isPresent() ? pending : planned(applicant, Exam.STEP_2_CK);
        this.step1Practice = practice(applicant, Exam.STEP_1, step1Attempts);
        this.step2Practice = practice(applicant, Exam.STEP_2_CK, step2Attempts);
        boolean universityOnly = !applicant.programSettings().isEmpty();
        for (ProgramSetting setting : applicant.programSettings()) {
            universityOnly = universityOnly && setting == ProgramSetting.UNIVERSITY;
        }
        List<Target> found = new ArrayList<>();
        for (Specialty specialty : applicant.targetSpecialties()) {
            Tier tier = tiers.of(specialty, universityOnly);
            found.add(new Target(specialty, tier, band(tier, thresholds)));
        }
        this.targets = List.copyOf(found);
        Tier highest = Tier.UNRATED;
        for (Target target : targets) {
            if (target.tier().isRated() && target.tier().compareTo(highest) < 0) {
                highest = target.tier();
            }
        }
        this.step2PracticeTargetTier = highest;
    }

    /** The Step 2 CK band of a tier; 0 for UNRATED. */
    public static int band(Tier tier, Thresholds t) {
        return switch (tier) {
            case ULTRA -> t.step2BandUltra();
            case MODERATE -> t.step2BandModerate();
            case LESS -> t.step2BandLess();
            case UNRATED -> 0;
        };
    }

    private static List<ExamAttempt> attempts(Applicant applicant, Exam exam) {
        List<ExamAttempt> attempts = new ArrayList<>();
        for (ExamAttempt attempt : applicant.exams()) {
            if (attempt.exam() == exam) {
                attempts.add(attempt);
            }
        }
        // A stable sort keeps array order for attempts on the same date, as the terms ask.
        attempts.sort(Comparator.comparing(ExamAttempt::date));
        return Collections.unmodifiableList(attempts);
    }

    /** The date of the latest of {@code attempts} (oldest first) with {@code result}. */
    private static Optional<LocalDate> lastDate(List<ExamAttempt> attempts, ExamResult result) {
        LocalDate last = null;
        for (ExamAttempt attempt : attempts) {
            if (attempt.result() == result) {
                last = attempt.date();
            }
        }
        return Optional.ofNullable(last);
    }

    private static OptionalInt latestPassScore(List<ExamAttempt> attempts) {
        OptionalInt score = OptionalInt.empty();
        for (ExamAttempt attempt : attempts) {
            if (attempt.result() == ExamResult.PASS && attempt.score().isPresent()) {
                score = attempt.score();
            }
        }
        return score;
    }

    private static Optional<LocalDate> planned(Applicant applicant, Exam exam) {
        for (PlannedExam planned : applicant.plannedExams()) {
            if (planned.exam() == exam) {
                return Optional.of(planned.date());
            }
        }
        return Optional.empty();
    }

    /** Practice tests of an exam: not SHELF, not dated on or before its latest FAIL, by date. */
    private static List<PracticeTest> practice(Applicant applicant, Exam exam, List<ExamAttempt> attempts) {
        LocalDate lastFail = lastDate(attempts, ExamResult.FAIL).orElse(null);
        List<PracticeTest> tests = new ArrayList<>();
        for (PracticeTest test : applicant.practiceTests()) {
            if (test.exam() == exam && test.form() != PracticeForm.SHELF
                    && (lastFail == null || test.date().isAfter(lastFail))) {
                tests.add(test);
            }
        }
        tests.sort(Comparator.comparing(PracticeTest::date));
        return Collections.unmodifiableList(tests);
    }

    // ---- Context -------------------------------------------------------------------------

    public Applicant getApplicant() {
        return applicant;
    }

    /** The thresholds the terms were computed with. */
    public Thresholds getThresholds() {
        return thresholds;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public Stage getStage() {
        return applicant.stage();
    }

    /** An IMG who needs no visa: a US citizen, or a permanent resident treated the same. */
    public boolean isUscImg() {
        return applicant.education() == Education.IMG && applicant.citizenship() != Citizenship.FOREIGN_NATIONAL;
    }

    public boolean isPermanentResident() {
        return applicant.citizenship() == Citizenship.PERMANENT_RESIDENT;
    }

    /** Stage CLINICAL or GRADUATED. */
    public boolean isPastPreclinical() {
        return applicant.stage() != Stage.PRECLINICAL;
    }

    public boolean isMatchYearKnown() {
        return applicant.matchYear().isPresent();
    }

    /** The Match the applicant enters, 0 when unknown. */
    public int getMatchYear() {
        return applicant.matchYear().orElse(0);
    }

    // ---- Step 1 --------------------------------------------------------------------------

    /** The Step 1 attempts in date order (same-date attempts in array order). */
    public List<ExamAttempt> getStep1Attempts() {
        return step1Attempts;
    }

    public boolean isStep1Attempted() {
        return !step1Attempts.isEmpty();
    }

    public boolean isStep1Passed() {
        return step1Passed;
    }

    public int getStep1FailCount() {
        return failures(step1Attempts);
    }

    /** Failed attempts; a loop, as rule constraints call this on every advice. */
    private static int failures(List<ExamAttempt> attempts) {
        int failed = 0;
        for (ExamAttempt attempt : attempts) {
            if (attempt.result() == ExamResult.FAIL) {
                failed++;
            }
        }
        return failed;
    }

    public boolean isStep1Failed() {
        return getStep1FailCount() > 0;
    }

    /** The first Step 1 attempt was a pass. */
    public boolean isStep1PassedFirstTime() {
        return !step1Attempts.isEmpty() && step1Attempts.get(0).result() == ExamResult.PASS;
    }

    /** The first attempt came after clinical rotations began, or a leave delayed it. */
    public boolean isStep1Delayed() {
        return applicant.extendedLeave() || isStep1AfterClinicalStart();
    }

    /** The first Step 1 attempt is dated after clinicalStart (false without either): delayed by its date. */
    public boolean isStep1AfterClinicalStart() {
        return !step1Attempts.isEmpty() && applicant.clinicalStart().isPresent()
                && step1Attempts.get(0).date().isAfter(applicant.clinicalStart().get());
    }

    /** The applicant took an extended leave. */
    public boolean isExtendedLeave() {
        return applicant.extendedLeave();
    }

    /** A legacy numeric Step 1 at or below the borderline score. */
    public boolean isStep1Borderline() {
        return getStep1Score() > 0 && getStep1Score() <= thresholds.step1BorderlineScore();
    }

    /** The latest numeric Step 1 score (legacy, before pass/fail), 0 when there is none. */
    public int getStep1Score() {
        int score = 0;
        for (ExamAttempt attempt : step1Attempts) {
            if (attempt.score().isPresent()) {
                score = attempt.score().getAsInt();
            }
        }
        return score;
    }

    public boolean isStep1FailedOrBorderline() {
        return isStep1Failed() || isStep1Borderline();
    }

    public boolean isStep1DateSet() {
        return step1Date.isPresent();
    }

    /** The booked Step 1 date, or null when none is booked (test {@code step1DateSet} first). */
    public LocalDate getStep1Date() {
        return step1Date.orElse(null);
    }

    /** Days out of the Step 1 date (date - asOf), 0 when none is booked (test {@code step1DateSet} first). */
    public long getStep1DaysOut() {
        return step1Date.map(d -> ChronoUnit.DAYS.between(asOf, d)).orElse(0L);
    }

    /**
     * The Step 1 date's distance in calendar months, for "within N months": the fewest whole
     * months N with date ≤ asOf + N months, so the date is within N months exactly when this is ≤ N.
     * 0 when none is booked (test {@code step1DateSet} first).
     */
    public long getStep1MonthsOut() {
        if (step1Date.isEmpty()) {
            return 0;
        }
        long months = ChronoUnit.MONTHS.between(asOf, step1Date.get());
        return asOf.plusMonths(months).isBefore(step1Date.get()) ? months + 1 : months;
    }

    public boolean step1DateWithinDays(int days) {
        return within(step1Date, asOf.plusDays(days));
    }

    public boolean step1DateWithinWeeks(int weeks) {
        return within(step1Date, asOf.plusWeeks(weeks));
    }

    public boolean step1DateWithinMonths(int months) {
        return within(step1Date, asOf.plusMonths(months));
    }

    /** The Step 1 date is set and more than {@code weeks} weeks out. */
    public boolean step1DateBeyondWeeks(int weeks) {
        return step1Date.isPresent() && step1Date.get().isAfter(asOf.plusWeeks(weeks));
    }

    /** Dedicated weeks of the applicant's plan, or the default when none is given. */
    public int getDedicatedWeeks() {
        return applicant.dedicatedWeeks().orElse(thresholds.step1DedicatedWeeksDefault());
    }

    public boolean isDedicatedWeeksGiven() {
        return applicant.dedicatedWeeks().isPresent();
    }

    public boolean isDailyQuestionsGiven() {
        return applicant.dailyQuestions().isPresent();
    }

    public int getDailyQuestions() {
        return applicant.dailyQuestions().orElse(0);
    }

    /** Step 1 practice tests that describe the coming attempt, oldest first. */
    public List<PracticeTest> getStep1Practice() {
        return step1Practice;
    }

    public int getStep1PracticeCount() {
        return step1Practice.size();
    }

    /** The most recent Step 1 practice tests, oldest first: the readiness window. */
    public List<PracticeTest> getStep1Window() {
        int size = step1Practice.size();
        return step1Practice.subList(Math.max(0, size - thresholds.step1ReadinessWindow()), size);
    }

    public int getStep1WindowSize() {
        return getStep1Window().size();
    }

    /** A test's passing score: its own, or the default Step 1 passing score. */
    public int step1Passing(PracticeTest test) {
        return test.passingScore().orElse(thresholds.step1PassingScore());
    }

    /** The smallest score - passing score in the window: every test clears a margin m when this is ≥ m. */
    public int getStep1WindowHeadroom() {
        List<PracticeTest> window = getStep1Window();
        if (window.isEmpty()) {
            return 0;
        }
        int lowest = Integer.MAX_VALUE;
        for (PracticeTest test : window) {
            lowest = Math.min(lowest, test.score() - step1Passing(test));
        }
        return lowest;
    }

    /** The window is full and each score is lower than the one before. */
    public boolean isStep1Declining() {
        List<PracticeTest> window = getStep1Window();
        if (window.size() < thresholds.step1ReadinessWindow() || window.size() < 2) {
            return false;
        }
        for (int i = 1; i < window.size(); i++) {
            if (window.get(i).score() >= window.get(i - 1).score()) {
                return false;
            }
        }
        return true;
    }

    // ---- Step 2 CK -----------------------------------------------------------------------

    public boolean isStep2Passed() {
        return step2Passed;
    }

    public int getStep2FailCount() {
        return failures(step2Attempts);
    }

    public boolean isStep2Failed() {
        return getStep2FailCount() > 0;
    }

    /** There is a Step 2 CK score: the latest passing attempt's. */
    public boolean isStep2ScoreKnown() {
        return step2Score.isPresent();
    }

    /** The Step 2 CK score, 0 when there is none (test {@code step2ScoreKnown} first). */
    public int getStep2Score() {
        return step2Score.orElse(0);
    }

    public boolean isStep2DateSet() {
        return step2Date.isPresent();
    }

    /** The Step 2 CK date comes from an attempt taken whose result is not out yet. */
    public boolean isStep2DatePending() {
        return step2DatePending;
    }

    /** The Step 2 CK date (pending attempt, else booked), or null when there is none. */
    public LocalDate getStep2Date() {
        return step2Date.orElse(null);
    }

    /** The Step 2 CK date is a booked one (not a pending attempt): it can still be moved. */
    public boolean isStep2DatePlanned() {
        return step2Date.isPresent() && !step2DatePending;
    }

    /**
     * The Step 2 CK dedicated length in weeks: dedicatedWeeks when given and Step 1 is passed
     * (the plan then describes Step 2 CK), else the Step 2 CK dedicated threshold.
     */
    public int getStep2DedicatedWeeks() {
        return applicant.dedicatedWeeks().isPresent() && step1Passed
                ? applicant.dedicatedWeeks().getAsInt() : thresholds.step2DedicatedWeeks();
    }

    /** Days out of the Step 2 CK date (term "Days out"; negative for a pending attempt), 0 without a date. */
    public long getStep2DaysOut() {
        return step2Date.map(d -> ChronoUnit.DAYS.between(asOf, d)).orElse(0L);
    }

    /** The failed Step 2 CK attempts, oldest first. */
    public List<ExamAttempt> getStep2Fails() {
        return step2Attempts.stream().filter(a -> a.result() == ExamResult.FAIL).toList();
    }

    public boolean step2DateWithinDays(int days) {
        return within(step2Date, asOf.plusDays(days));
    }

    public boolean step2DateWithinWeeks(int weeks) {
        return within(step2Date, asOf.plusWeeks(weeks));
    }

    public boolean step2DateWithinMonths(int months) {
        return within(step2Date, asOf.plusMonths(months));
    }

    /** The Step 2 CK date is set and more than {@code weeks} weeks out. */
    public boolean step2DateBeyondWeeks(int weeks) {
        return step2Date.isPresent() && step2Date.get().isAfter(asOf.plusWeeks(weeks));
    }

    /** Step 2 CK practice tests that describe the coming attempt, oldest first. */
    public List<PracticeTest> getStep2Practice() {
        return step2Practice;
    }

    public int getStep2PracticeCount() {
        return step2Practice.size();
    }

    /** S: the most recent Step 2 CK practice tests, oldest first. */
    public List<PracticeTest> getStep2Recent() {
        int size = step2Practice.size();
        return step2Practice.subList(Math.max(0, size - thresholds.step2ReadinessWindow()), size);
    }

    /** The exact mean of S (no rounding); 0 without practice tests. */
    public double getStep2RecentMean() {
        List<PracticeTest> recent = getStep2Recent();
        if (recent.isEmpty()) {
            return 0;
        }
        long sum = 0;
        for (PracticeTest test : recent) {
            sum += test.score();
        }
        return (double) sum / recent.size();
    }

    /** The lowest score in S; 0 without practice tests. */
    public int getStep2RecentLowest() {
        List<PracticeTest> recent = getStep2Recent();
        if (recent.isEmpty()) {
            return 0;
        }
        int lowest = Integer.MAX_VALUE;
        for (PracticeTest test : recent) {
            lowest = Math.min(lowest, test.score());
        }
        return lowest;
    }

    /** T: the practice target of the highest rated tier among the targets, else the LESS target. */
    public int getStep2PracticeTarget() {
        return switch (step2PracticeTargetTier) {
            case ULTRA, MODERATE -> thresholds.step2PracticeTargetCompetitive();
            case LESS, UNRATED -> thresholds.step2PracticeTargetLess();
        };
    }

    /** The tier T comes from; UNRATED when no target specialty is rated (T is then the LESS target). */
    public Tier getStep2PracticeTargetTier() {
        return step2PracticeTargetTier;
    }

    // ---- Match timing --------------------------------------------------------------------

    /** The ideal-by date for Step 2 CK (July of matchYear - 1), or null without matchYear. */
    public LocalDate getIdealBy() {
        return seasonDate(thresholds.step2IdealBy());
    }

    /** The latest reasonable Step 2 CK date (early August of matchYear - 1), or null. */
    public LocalDate getLatestReasonable() {
        return seasonDate(thresholds.step2LatestReasonable());
    }

    /** The latest reasonable date minus the booking lead, or null without matchYear. */
    public LocalDate getLatestBooking() {
        LocalDate latest = getLatestReasonable();
        return latest == null ? null : latest.minusWeeks(thresholds.bookingLeadWeeks());
    }

    private LocalDate seasonDate(MonthDay day) {
        return applicant.matchYear().isPresent() ? day.atYear(applicant.matchYear().getAsInt() - 1) : null;
    }

    /** The Step 2 CK date is set and on or before the ideal-by date (false without matchYear). */
    public boolean isStep2DateByIdeal() {
        return isMatchYearKnown() && step2Date.isPresent() && !step2Date.get().isAfter(getIdealBy());
    }

    /** The Step 2 CK date is set and on or before the latest reasonable date (false without matchYear). */
    public boolean isStep2DateByLatestReasonable() {
        return isMatchYearKnown() && step2Date.isPresent() && !step2Date.get().isAfter(getLatestReasonable());
    }

    /** The Step 2 CK date is set and after the latest reasonable date (false without matchYear). */
    public boolean isStep2DateTooLate() {
        return isMatchYearKnown() && step2Date.isPresent() && step2Date.get().isAfter(getLatestReasonable());
    }

    /** asOf is on or after the latest booking date (false without matchYear). */
    public boolean isPastLatestBooking() {
        return isMatchYearKnown() && !asOf.isBefore(getLatestBooking());
    }

    /** asOf is after the latest reasonable date: no Step 2 CK date can land by it any more (false without matchYear). */
    public boolean isPastLatestReasonable() {
        return isMatchYearKnown() && asOf.isAfter(getLatestReasonable());
    }

    /**
     * Step 1 ends after the latest booking date: its booked date, or asOf without one, is later
     * than that date, so Step 2 CK booked after a Step 1 pass misses the screening (false without matchYear).
     */
    public boolean isStep1AfterLatestBooking() {
        return isMatchYearKnown() && step1Date.orElse(asOf).isAfter(getLatestBooking());
    }

    /** No Step 2 CK date, and too late to book one in time: after latest-reasonable or none past booking. */
    public boolean isStep2TooLateForSeason() {
        return isStep2DateTooLate() || (!isStep2DateSet() && isPastLatestBooking());
    }

    /** From {@code prepHorizonMonths} before the ideal-by date until the day before the latest booking date. */
    public boolean isInStep2BookingWindow() {
        if (!isMatchYearKnown()) {
            return false;
        }
        LocalDate opens = getIdealBy().minusMonths(thresholds.prepHorizonMonths());
        return !asOf.isBefore(opens) && asOf.isBefore(getLatestBooking());
    }

    /** asOf is on or before 31 March of matchYear: this Match is still ahead (false without matchYear). */
    public boolean isMatchAhead() {
        return isMatchYearKnown() && !asOf.isAfter(LocalDate.of(getMatchYear(), Month.MARCH, 31));
    }

    /** From 1 January of matchYear - 1 until 31 March of matchYear (false without matchYear). */
    public boolean isInApplicationSeason() {
        return isMatchYearKnown() && !asOf.isBefore(LocalDate.of(getMatchYear() - 1, Month.JANUARY, 1))
                && isMatchAhead();
    }

    // ---- Step profile --------------------------------------------------------------------

    /** Step 1 failed or borderline, a Step 2 CK below the LESS band, or a failed Step 2 CK. */
    public boolean isLowStepProfile() {
        // The conditions of getLowStepProfileFacts, without writing its phrases: constraints test this often.
        return isStep1Failed() || isStep1Borderline()
                || (isStep2ScoreKnown() && getStep2Score() < thresholds.step2BandLess()) || isStep2Failed();
    }

    /** What makes the profile low, each as a phrase in the applicant's numbers. */
    public List<String> getLowStepProfileFacts() {
        List<String> facts = new ArrayList<>(getStep1FailedOrBorderlineFacts());
        if (isStep2ScoreKnown() && getStep2Score() < thresholds.step2BandLess()) {
            facts.add("a Step 2 CK of " + getStep2Score() + ", below the " + thresholds.step2BandLess()
                    + " band of the less competitive specialties");
        }
        if (isStep2Failed()) {
            facts.add("Step 2 CK failed " + Say.times(getStep2FailCount()));
        }
        return facts;
    }

    /** "Step 1 failed or borderline", each as a phrase in the applicant's numbers: the Step 1 part of the low profile. */
    public List<String> getStep1FailedOrBorderlineFacts() {
        List<String> facts = new ArrayList<>();
        if (isStep1Failed()) {
            facts.add("Step 1 failed " + Say.times(getStep1FailCount()));
        }
        if (isStep1Borderline()) {
            facts.add("a borderline Step 1 of " + getStep1Score() + " (at or below "
                    + thresholds.step1BorderlineScore() + ")");
        }
        return facts;
    }

    /** No attempt of any exam has failed. */
    public boolean isNoFailedAttempt() {
        return !isStep1Failed() && !isStep2Failed();
    }

    /** Exams not passed whose failed attempts leave one attempt under the USMLE limit. */
    public List<Exam> getLastAttemptExams() {
        List<Exam> exams = new ArrayList<>();
        if (isLastAttempt(isStep1Passed(), getStep1FailCount())) {
            exams.add(Exam.STEP_1);
        }
        if (isStep2LastAttempt()) {
            exams.add(Exam.STEP_2_CK);
        }
        return exams;
    }

    /** Step 1 is not passed and its failed attempts reach the USMLE limit: attempts used up. */
    public boolean isStep1AttemptsUsedUp() {
        return !isStep1Passed() && getStep1FailCount() >= thresholds.attemptsPerStep();
    }

    /** Step 2 CK is not passed and its failed attempts reach the USMLE limit: attempts used up. */
    public boolean isStep2AttemptsUsedUp() {
        return !isStep2Passed() && getStep2FailCount() >= thresholds.attemptsPerStep();
    }

    /** The attempts of some exam are used up: without both exams passed there is no Match. */
    public boolean isAttemptsUsedUp() {
        return isStep1AttemptsUsedUp() || isStep2AttemptsUsedUp();
    }

    /** The exams whose attempts are used up, Step 1 first. */
    public List<Exam> getAttemptsUsedUpExams() {
        List<Exam> exams = new ArrayList<>();
        if (isStep1AttemptsUsedUp()) {
            exams.add(Exam.STEP_1);
        }
        if (isStep2AttemptsUsedUp()) {
            exams.add(Exam.STEP_2_CK);
        }
        return exams;
    }

    /** The next Step 2 CK attempt is the last (3 failed, none passed). */
    public boolean isStep2LastAttempt() {
        return isLastAttempt(isStep2Passed(), getStep2FailCount());
    }

    private boolean isLastAttempt(boolean passed, int failed) {
        return !passed && failed == thresholds.attemptsPerStep() - 1;
    }

    /** Of the guide's key rotations, those without honors. */
    public List<Rotation> getKeyRotationsWithoutHonors() {
        return KEY_ROTATIONS.stream().filter(r -> !applicant.honors().contains(r)).toList();
    }

    // ---- Targets and application ---------------------------------------------------------

    /** The target specialties with their tiers, in the applicant's order. */
    public List<Target> getTargets() {
        return targets;
    }

    public boolean isTargetsEmpty() {
        return targets.isEmpty();
    }

    public boolean hasTarget(Specialty specialty) {
        return applicant.targetSpecialties().contains(specialty);
    }

    public boolean hasTargetOfTier(Tier tier) {
        for (Target target : targets) {
            if (target.tier() == tier) {
                return true;
            }
        }
        return false;
    }

    /**
     * The targets outside the focus of a low Step profile: the guide's focus list (family
     * medicine, community internal medicine, psychiatry, pediatrics) is its less competitive tier.
     */
    public List<Target> getTargetsOutsideFocus() {
        List<Target> outside = new ArrayList<>();
        for (Target target : targets) {
            if (target.tier() != Tier.LESS) {
                outside.add(target);
            }
        }
        return outside;
    }

    public boolean isTargetOutsideFocus() {
        return !getTargetsOutsideFocus().isEmpty();
    }

    /** The highest rated tier whose band the Step 2 CK score reaches; UNRATED without a score or below every band. */
    public Tier getStep2HighestTierReached() {
        if (step2Score.isPresent()) {
            for (Tier tier : Tier.values()) {
                if (tier.isRated() && step2Score.getAsInt() >= band(tier, thresholds)) {
                    return tier;
                }
            }
        }
        return Tier.UNRATED;
    }

    public boolean hasSetting(ProgramSetting setting) {
        return applicant.programSettings().contains(setting);
    }

    public boolean isProgramsPlannedGiven() {
        return applicant.programsPlanned().isPresent();
    }

    public int getProgramsPlanned() {
        return applicant.programsPlanned().orElse(0);
    }

    public int getUsceMonths() {
        return applicant.usceMonths();
    }

    public int getUsLetters() {
        return applicant.usLetters();
    }

    public int getResearchOutputs() {
        return applicant.researchOutputs();
    }

    public boolean isGraduationKnown() {
        return applicant.graduation().isPresent();
    }

    /** Years since graduation: matchYear minus the graduation year; known only with both. */
    public boolean isYearsSinceGraduationKnown() {
        return isMatchYearKnown() && isGraduationKnown();
    }

    /** matchYear minus the year of graduation; 0 when {@link #isYearsSinceGraduationKnown()} is false. */
    public int getYearsSinceGraduation() {
        return isYearsSinceGraduationKnown() ? getMatchYear() - applicant.graduation().get().getYear() : 0;
    }

    /** Graduation is set and within {@code months} months of asOf. */
    public boolean graduationWithinMonths(int months) {
        return within(applicant.graduation(), asOf.plusMonths(months));
    }

    private boolean within(Optional<LocalDate> date, LocalDate until) {
        return date.isPresent() && !date.get().isBefore(asOf) && !date.get().isAfter(until);
    }
}
