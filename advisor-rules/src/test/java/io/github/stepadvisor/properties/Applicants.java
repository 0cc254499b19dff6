package io.github.stepadvisor.properties;

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
import io.github.stepadvisor.model.UsState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Valid applicants of every shape: attempts in a possible order (fails, then a pass or a pending
 * result), dates around real Match cycles, any mix of targets, ties and counts. Built from one
 * random seed so jqwik shrinks and replays them.
 */
public final class Applicants {

    private static final LocalDate EARLIEST_AS_OF = LocalDate.of(2025, 1, 1);

    private Applicants() {
    }

    public static Arbitrary<Applicant> valid() {
        return Arbitraries.longs().map(Applicants::fromSeed);
    }

    /** The applicant drawn from {@code seed}: the same seed always gives the same applicant. */
    public static Applicant fromSeed(long seed) {
        Random random = new Random(seed);
        LocalDate asOf = EARLIEST_AS_OF.plusDays(random.nextInt(3 * 365));
        Applicant.Builder builder = Applicant.builder()
                .asOf(asOf)
                .citizenship(random.nextInt(10) < 8 ? Citizenship.US_CITIZEN : pick(random, Citizenship.values()))
                .education(random.nextInt(10) < 8 ? Education.IMG : pick(random, Education.values()))
                .stage(pick(random, Stage.values()))
                .schoolUsmleOriented(random.nextBoolean())
                .extendedLeave(random.nextInt(8) == 0);
        if (random.nextBoolean()) {
            builder.clinicalStart(asOf.minusDays(random.nextInt(900) - 200));
        }
        if (random.nextBoolean()) {
            builder.graduation(asOf.plusDays(random.nextInt(900) + 201));
        }
        if (random.nextInt(4) > 0) {
            builder.matchYear(asOf.getYear() + random.nextInt(3));
        }
        for (Exam exam : Exam.values()) {
            attempts(random, builder, exam, asOf);
        }
        int tests = random.nextInt(7);
        for (int i = 0; i < tests; i++) {
            Exam exam = pick(random, Exam.values());
            LocalDate date = asOf.minusDays(random.nextInt(400));
            int score = exam == Exam.STEP_1 ? 170 + random.nextInt(60) : 200 + random.nextInt(70);
            PracticeForm form = pick(random, PracticeForm.values());
            builder.practice(random.nextInt(6) == 0
                    ? new PracticeTest(exam, form, date, score, java.util.OptionalInt.of(190 + random.nextInt(20)))
                    : new PracticeTest(exam, form, date, score));
        }
        if (random.nextBoolean()) {
            builder.dedicatedWeeks(random.nextInt(15));
        }
        if (random.nextBoolean()) {
            builder.dailyQuestions(random.nextInt(120));
        }
        builder.target(subset(random, Specialty.values()).toArray(Specialty[]::new));
        builder.settings(subset(random, ProgramSetting.values()).toArray(ProgramSetting[]::new));
        builder.honors(subset(random, Rotation.values()).toArray(Rotation[]::new));
        builder.ties(subset(random, UsState.values()).stream().limit(4).toArray(UsState[]::new));
        builder.usceMonths(random.nextInt(8)).usLetters(random.nextInt(5)).researchOutputs(random.nextInt(3));
        if (random.nextBoolean()) {
            builder.programsPlanned(random.nextInt(140));
        }
        return builder.build();
    }

    private static void attempts(Random random, Applicant.Builder builder, Exam exam, LocalDate asOf) {
        int fails = random.nextInt(5) == 0 ? 1 + random.nextInt(3) : 0;
        int outcome = random.nextInt(4); // 0: none yet, 1: pass, 2: pending, 3: nothing more
        LocalDate date = asOf.minusDays(200 + random.nextInt(600));
        List<ExamAttempt> attempts = new ArrayList<>();
        for (int i = 0; i < fails; i++) {
            attempts.add(attempt(random, exam, date, ExamResult.FAIL));
            date = date.plusDays(1 + random.nextInt(60));
        }
        if (outcome == 1) {
            attempts.add(attempt(random, exam, date, ExamResult.PASS));
        } else if (outcome == 2) {
            attempts.add(attempt(random, exam, asOf.minusDays(random.nextInt(30)), ExamResult.PENDING));
        }
        attempts.forEach(builder::exam);
        boolean open = outcome != 1 && outcome != 2;
        if (open && random.nextBoolean()) {
            builder.planned(new PlannedExam(exam, asOf.plusDays(random.nextInt(300))));
        }
    }

    private static ExamAttempt attempt(Random random, Exam exam, LocalDate date, ExamResult result) {
        if (exam == Exam.STEP_2_CK && result != ExamResult.PENDING) {
            int score = result == ExamResult.PASS ? 214 + random.nextInt(60) : 180 + random.nextInt(34);
            return new ExamAttempt(exam, date, result, score);
        }
        return new ExamAttempt(exam, date, result);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> List<T> subset(Random random, T[] values) {
        List<T> chosen = new ArrayList<>();
        int chance = random.nextInt(4);
        for (T value : values) {
            if (random.nextInt(10) < chance) {
                chosen.add(value);
            }
        }
        return chosen;
    }
}
