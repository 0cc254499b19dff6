package io.github.stepadvisor;

import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.ExamAttempt;
import io.github.stepadvisor.model.ExamResult;
import io.github.stepadvisor.model.Stage;
import io.github.stepadvisor.model.Summary;
import io.github.stepadvisor.model.Tier;
import io.github.stepadvisor.rules.Say;
import io.github.stepadvisor.rules.Situation;
import io.github.stepadvisor.rules.Thresholds;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The standing lines of the advice's summary ({@code heuristics.md}, "At a glance"): Step 1,
 * Step 2 CK, the low Step profile, the Match and the attempts, each a fact in the applicant's
 * numbers, computed from the same {@link Situation} terms the rules read, never from their text.
 * The low Step profile is explained here, once, so recommendations can name it in a few words.
 */
final class AtAGlance {

    private final Situation s;
    private final Thresholds t;

    private AtAGlance(Situation situation) {
        this.s = situation;
        this.t = situation.getThresholds();
    }

    /** The standing lines for {@code situation}, in the contract's order, only those known. */
    static List<String> standing(Situation situation) {
        return new AtAGlance(situation).lines();
    }

    private List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(step1());
        lines.add(step2());
        if (s.isLowStepProfile()) {
            lines.add("Low Step profile: " + Say.join(s.getLowStepProfileFacts()) + ".");
        }
        match().ifPresent(lines::add);
        attempts().ifPresent(lines::add);
        return lines.subList(0, Math.min(lines.size(), Summary.MAX_STANDING));
    }

    private String step1() {
        int failed = s.getStep1FailCount();
        if (s.isStep1Passed()) {
            LocalDate passed = passDate(s.getStep1Attempts());
            String line = failed == 0 ? "Step 1: passed on the first attempt (" + passed + ")"
                    : "Step 1: passed on " + passed + " after " + Say.count(failed, "failed attempt", "failed attempts");
            if (s.getStep1Score() > 0) {
                line += ", score " + s.getStep1Score()
                        + (s.isStep1Borderline() ? ", a borderline pass (at or below " + t.step1BorderlineScore() + ")" : "");
            }
            return line + ".";
        }
        String line = failed > 0 ? "Step 1: failed " + Say.times(failed) + ", not yet passed" : "Step 1: not taken";
        if (s.isStep1DateSet()) {
            line += "; booked for " + dated(s.getStep1Date());
        }
        return line + ".";
    }

    private String step2() {
        int failed = s.getStep2FailCount();
        if (s.isStep2ScoreKnown()) {
            int score = s.getStep2Score();
            String line = "Step 2 CK: " + score + (failed > 0 ? " (after " + Say.count(failed, "failed attempt",
                    "failed attempts") + ")" : "") + ", " + band(score);
            return line + ".";
        }
        String line = failed > 0 ? "Step 2 CK: failed " + Say.times(failed) + ", not yet passed" : "Step 2 CK: not taken";
        if (s.isStep2DatePending()) {
            line += "; taken on " + s.getStep2Date() + ", result pending";
        } else if (s.isStep2DateSet()) {
            line += "; booked for " + dated(s.getStep2Date());
        }
        if (s.getStep2PracticeCount() > 0) {
            int window = s.getStep2Recent().size();
            line += "; practice " + (window == 1 ? "score " : "mean of the last " + window + " ")
                    + Say.num(s.getStep2RecentMean());
        }
        return line + ".";
    }

    /** The highest band {@code score} reaches, or how far it is below the lowest. */
    private String band(int score) {
        for (Tier tier : List.of(Tier.ULTRA, Tier.MODERATE, Tier.LESS)) {
            int band = Situation.band(tier, t);
            if (score >= band) {
                return "reaching the " + Say.tierName(tier) + " band (" + band + "+)";
            }
        }
        return "below the " + t.step2BandLess() + " band of the less competitive specialties";
    }

    private Optional<String> match() {
        if (!s.isMatchYearKnown()) {
            return s.getStage() == Stage.PRECLINICAL ? Optional.empty() : Optional.of("Match: no match year given.");
        }
        int year = s.getMatchYear();
        String line = "Match " + year + ": ";
        LocalDate seasonOpens = LocalDate.of(year - 1, Month.JANUARY, 1);
        if (s.isInApplicationSeason()) {
            line += "in the application season (until 31 March " + year + ")";
        } else if (s.isMatchAhead()) {
            line += "the application season opens on " + seasonOpens + ", " + Say.count(
                    (int) ChronoUnit.DAYS.between(s.getAsOf(), seasonOpens), "day", "days") + " from now";
        } else {
            line += "over (it ended on 31 March " + year + ")";
        }
        if (s.isYearsSinceGraduationKnown() && s.getYearsSinceGraduation() >= t.graduationGapCaution()) {
            line += "; " + s.getYearsSinceGraduation() + " years since graduation";
        }
        return Optional.of(line + ".");
    }

    /** The last attempt ahead, or attempts used up, by the same terms the principle rules read. */
    private Optional<String> attempts() {
        List<String> facts = new ArrayList<>();
        for (Exam exam : s.getAttemptsUsedUpExams()) {
            int failed = exam == Exam.STEP_1 ? s.getStep1FailCount() : s.getStep2FailCount();
            facts.add(exam.label() + " failed " + Say.times(failed) + ": the " + t.attemptsPerStep()
                    + " attempts USMLE allows are used up");
        }
        for (Exam exam : s.getLastAttemptExams()) {
            facts.add("the next " + exam.label() + " attempt is the last of the " + t.attemptsPerStep() + " USMLE allows");
        }
        return facts.isEmpty() ? Optional.empty() : Optional.of("Attempts: " + String.join("; ", facts) + ".");
    }

    /** "2027-01-12, 49 days out", or for a date already gone "2026-11-01, 3 days ago". */
    private String dated(LocalDate date) {
        long days = ChronoUnit.DAYS.between(s.getAsOf(), date);
        if (days == 0) {
            return date + ", today";
        }
        return date + ", " + (days > 0 ? Say.count((int) days, "day", "days") + " out"
                : Say.count((int) -days, "day", "days") + " ago");
    }

    private static LocalDate passDate(List<ExamAttempt> attempts) {
        return attempts.stream().filter(a -> a.result() == ExamResult.PASS).map(ExamAttempt::date)
                .reduce((first, later) -> later).orElseThrow();
    }
}
