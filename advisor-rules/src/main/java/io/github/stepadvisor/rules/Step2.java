package io.github.stepadvisor.rules;

import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.ExamAttempt;
import io.github.stepadvisor.model.ExamResult;
import io.github.stepadvisor.model.PracticeTest;
import io.github.stepadvisor.model.Tier;

import org.kie.api.definition.type.PropertyReactive;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * The applicant's Step 2 CK, on asOf: attempts and score, its date (an attempt whose result is
 * pending, else the booked one) and the practice tests that describe the coming attempt, in the
 * terms of {@code heuristics.md}. Rules read it as {@code Step2( scoreKnown, score >= $band )}.
 *
 * <p>Absent values read as {@code false} or {@code 0} beside a flag saying whether they are known
 * ({@code scoreKnown}, {@code dateSet}...). Property reactive only so an explanation can ask
 * Drools which properties a rule's conditions read.
 */
@PropertyReactive
public final class Step2 extends ExamFact {

    private final OptionalInt score;
    private final boolean datePending;
    private final int dedicatedWeeks;
    private final List<PracticeTest> recent;
    private final Tier practiceTargetTier;
    private final Tier highestTierReached;
    private final List<Target> targets;

    Step2(Applicant applicant, LocalDate asOf, Thresholds thresholds, boolean step1Passed, List<Target> targets) {
        this(new ExamRecord(applicant, Exam.STEP_2_CK), applicant, asOf, thresholds, step1Passed, targets);
    }

    private Step2(ExamRecord record, Applicant applicant, LocalDate asOf, Thresholds thresholds, boolean step1Passed,
            List<Target> targets) {
        // The date is that of an attempt whose result is pending, else the booked one.
        super(record, record.lastDate(ExamResult.PENDING).or(() -> record.planned), applicant, asOf, thresholds);
        this.score = record.latestPassScore();
        this.datePending = record.lastDate(ExamResult.PENDING).isPresent();
        // A plan given once Step 1 is passed describes Step 2 CK; before that, Step 1.
        this.dedicatedWeeks = applicant.dedicatedWeeks().isPresent() && step1Passed
                ? applicant.dedicatedWeeks().getAsInt() : thresholds.step2DedicatedWeeks();
        this.recent = ExamRecord.lastOf(record.practice, thresholds.step2ReadinessWindow());
        Tier highest = Tier.UNRATED;
        for (Target target : targets) {
            if (target.tier().isRated() && target.tier().compareTo(highest) < 0) {
                highest = target.tier();
            }
        }
        this.practiceTargetTier = highest;
        Tier reached = Tier.UNRATED;
        if (score.isPresent()) {
            for (Tier tier : Tier.values()) {
                if (tier.isRated() && score.getAsInt() >= Target.band(tier, thresholds)) {
                    reached = tier;
                    break;
                }
            }
        }
        this.highestTierReached = reached;
        this.targets = targets;
    }

    // ---- Attempts and score --------------------------------------------------------------

    /** The score of the latest failed attempt; 0 without one (test {@code failed} first). */
    public int getLastFailScore() {
        List<ExamAttempt> fails = getFails();
        return fails.isEmpty() ? 0 : fails.get(fails.size() - 1).score().getAsInt();
    }

    /** There is a score: the latest passing attempt's. */
    public boolean isScoreKnown() {
        return score.isPresent();
    }

    /** The score, 0 when there is none (test {@code scoreKnown} first). */
    public int getScore() {
        return score.orElse(0);
    }

    /** The highest rated tier whose band the score reaches; UNRATED without a score or below every band. */
    public Tier getHighestTierReached() {
        return highestTierReached;
    }

    // ---- The date ------------------------------------------------------------------------

    /** The date comes from an attempt taken whose result is not out yet. */
    public boolean isDatePending() {
        return datePending;
    }

    /** The date is a booked one (not a pending attempt): it can still be moved. */
    public boolean isDatePlanned() {
        return isDateSet() && !datePending;
    }

    /**
     * The dedicated length in weeks: dedicatedWeeks when given and Step 1 is passed (the plan
     * then describes Step 2 CK), else the Step 2 CK dedicated threshold.
     */
    public int getDedicatedWeeks() {
        return dedicatedWeeks;
    }

    // ---- Practice tests ------------------------------------------------------------------

    /** S: the most recent practice tests, oldest first. */
    public List<PracticeTest> getRecent() {
        return recent;
    }

    /** The exact mean of S (no rounding); 0 without practice tests. */
    public double getRecentMean() {
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
    public int getRecentLowest() {
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
    public int getPracticeTarget() {
        return switch (practiceTargetTier) {
            case ULTRA, MODERATE -> thresholds.step2PracticeTargetCompetitive();
            case LESS, UNRATED -> thresholds.step2PracticeTargetLess();
        };
    }

    /** The tier T comes from; UNRATED when no target specialty is rated (T is then the LESS target). */
    public Tier getPracticeTargetTier() {
        return practiceTargetTier;
    }

    /** The target specialties with their tiers, which T is chosen from. */
    List<Target> targets() {
        return targets;
    }

}
