package io.github.stepadvisor.rules;

import io.github.stepadvisor.model.ApplicantScore;
import io.github.stepadvisor.model.Citizenship;
import io.github.stepadvisor.model.PracticeTest;
import io.github.stepadvisor.model.ScoreBasis;
import io.github.stepadvisor.model.UsState;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The applicant as the program rules compare them with each program ({@code program-list.md},
 * "Terms"): the applicant score and what it rests on, and the facts a program may require. One
 * fact per program list; every program rule joins it with one {@link Candidate}.
 *
 * <p>Absent values read as {@code 0} and come with a flag saying whether they are known.
 */
public final class Standing {

    private final Situation situation;
    private final Optional<ApplicantScore> score;
    private final Set<UsState> ties;
    private final String scorePhrase;

    public Standing(Situation situation) {
        this.situation = situation;
        this.score = applicantScore(situation);
        Set<UsState> found = EnumSet.noneOf(UsState.class);
        found.addAll(situation.getApplicant().geographicTies());
        this.ties = found;
        this.scorePhrase = score.map(a -> (a.isEstimate() ? "Your Step 2 CK practice estimate " : "Your Step 2 CK ")
                + a.value()).orElse("You have no Step 2 CK score");
    }

    /** The Step 2 CK score; else the mean of S rounded down; else none. */
    private static Optional<ApplicantScore> applicantScore(Situation situation) {
        if (situation.isStep2ScoreKnown()) {
            return Optional.of(new ApplicantScore(situation.getStep2Score(), ScoreBasis.STEP_2_CK));
        }
        if (situation.getStep2Recent().isEmpty()) {
            return Optional.empty();
        }
        int estimate = (int) Math.floor(situation.getStep2RecentMean());
        return Optional.of(new ApplicantScore(estimate, ScoreBasis.PRACTICE_ESTIMATE));
    }

    public Situation getSituation() {
        return situation;
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
        List<PracticeTest> recent = situation.getStep2Recent();
        if (recent.size() == 1) {
            return "your only Step 2 CK practice test (" + Say.tests(recent) + ")";
        }
        return "the mean of your " + recent.size() + " most recent Step 2 CK practice tests ("
                + Say.tests(recent) + "), " + Say.num(situation.getStep2RecentMean()) + " rounded down";
    }

    /** Step 1 failed at least once. */
    public boolean isStep1Failed() {
        return situation.isStep1Failed();
    }

    public boolean isForeignNational() {
        return situation.getApplicant().citizenship() == Citizenship.FOREIGN_NATIONAL;
    }

    /** The states of the applicant's geographic ties. */
    public Set<UsState> getTies() {
        return ties;
    }

    /** A failed Step 2 CK attempt, whatever came after it. */
    public boolean isStep2Failed() {
        return situation.isStep2Failed();
    }

    public int getStep2FailCount() {
        return situation.getStep2FailCount();
    }

    /** Both matchYear and graduation are given. */
    public boolean isYearsSinceGraduationKnown() {
        return situation.isYearsSinceGraduationKnown();
    }

    /** matchYear - the year of graduation; 0 when either is missing. */
    public int getYearsSinceGraduation() {
        return situation.getYearsSinceGraduation();
    }

    public int getGraduationYear() {
        return situation.getApplicant().graduation().map(d -> d.getYear()).orElse(0);
    }

    public int getUsceMonths() {
        return situation.getUsceMonths();
    }
}
