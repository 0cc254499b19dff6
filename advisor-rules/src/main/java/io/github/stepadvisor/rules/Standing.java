package io.github.stepadvisor.rules;

import io.github.stepadvisor.model.ApplicantScore;
import io.github.stepadvisor.model.Citizenship;
import io.github.stepadvisor.model.PracticeTest;
import io.github.stepadvisor.model.ScoreBasis;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.UsState;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The applicant as the program rules compare them with each program ({@code program-list.md},
 * "Terms"): the applicant score and what it rests on, and the facts a program may require, read
 * from the topic facts ({@link Step1}, {@link Step2}, {@link Season}, {@link Background},
 * {@link Application}). One fact per program list; every program rule joins it with one
 * {@link Candidate}.
 *
 * <p>Absent values read as {@code 0} and come with a flag saying whether they are known.
 */
public final class Standing {

    private final Step1 step1;
    private final Step2 step2;
    private final Season season;
    private final Background background;
    private final Application application;
    private final Optional<ApplicantScore> score;
    private final Set<UsState> ties;
    private final String scorePhrase;

    public Standing(Facts facts) {
        this.step1 = facts.step1();
        this.step2 = facts.step2();
        this.season = facts.season();
        this.background = facts.background();
        this.application = facts.application();
        this.score = applicantScore(step2);
        Set<UsState> found = EnumSet.noneOf(UsState.class);
        found.addAll(background.getGeographicTies());
        this.ties = found;
        this.scorePhrase = score.map(a -> (a.isEstimate() ? "Your Step 2 CK practice estimate " : "Your Step 2 CK ")
                + a.value()).orElse("You have no Step 2 CK score");
    }

    /** The Step 2 CK score; else the mean of S rounded down; else none. */
    private static Optional<ApplicantScore> applicantScore(Step2 step2) {
        if (step2.isScoreKnown()) {
            return Optional.of(new ApplicantScore(step2.getScore(), ScoreBasis.STEP_2_CK));
        }
        if (step2.getRecent().isEmpty()) {
            return Optional.empty();
        }
        int estimate = (int) Math.floor(step2.getRecentMean());
        return Optional.of(new ApplicantScore(estimate, ScoreBasis.PRACTICE_ESTIMATE));
    }

    /** Applicant score: the Step 2 CK score, else the practice estimate. */
    public Optional<ApplicantScore> applicantScore() {
        return score;
    }

    public boolean isScoreKnown() {
        return score.isPresent();
    }

    /** The applicant score, 0 when there is none (test {@code scoreKnown} first). */
    public int getScore() {
        return score.map(ApplicantScore::value).orElse(0);
    }

    /** The applicant score is the practice estimate, not a Step 2 CK score. */
    public boolean isEstimate() {
        return score.map(ApplicantScore::isEstimate).orElse(false);
    }

    /** "Your Step 2 CK 241" or "Your Step 2 CK practice estimate 238": how reasons name the score. */
    public String getScorePhrase() {
        return scorePhrase;
    }

    /** "the mean of your 2 most recent Step 2 CK practice tests (236 and 241), rounded down". */
    public String getEstimateBasis() {
        List<PracticeTest> recent = step2.getRecent();
        if (recent.size() == 1) {
            return "your only Step 2 CK practice test (" + Say.tests(recent) + ")";
        }
        return "the mean of your " + recent.size() + " most recent Step 2 CK practice tests ("
                + Say.tests(recent) + "), " + Say.num(step2.getRecentMean()) + " rounded down";
    }

    /** Step 1 failed at least once. */
    public boolean isStep1Failed() {
        return step1.isFailed();
    }

    public boolean isForeignNational() {
        return background.getCitizenship() == Citizenship.FOREIGN_NATIONAL;
    }

    /** The states of the applicant's geographic ties. */
    public Set<UsState> getTies() {
        return ties;
    }

    /** A failed Step 2 CK attempt, whatever came after it. */
    public boolean isStep2Failed() {
        return step2.isFailed();
    }

    public int getStep2FailCount() {
        return step2.getFailCount();
    }

    /** The Match the applicant enters, 0 when unknown. */
    public int getMatchYear() {
        return season.getMatchYear();
    }

    /** Both matchYear and graduation are given. */
    public boolean isYearsSinceGraduationKnown() {
        return background.isYearsSinceGraduationKnown();
    }

    /** matchYear - the year of graduation; 0 when either is missing. */
    public int getYearsSinceGraduation() {
        return background.getYearsSinceGraduation();
    }

    public int getGraduationYear() {
        return background.isGraduationKnown() ? background.getGraduation().getYear() : 0;
    }

    public int getUsceMonths() {
        return application.getUsceMonths();
    }

    /** The applicant's target specialties, in their order. */
    public List<Specialty> getTargetSpecialties() {
        List<Specialty> specialties = new ArrayList<>();
        for (Target target : application.getTargets()) {
            specialties.add(target.specialty());
        }
        return specialties;
    }
}
