package io.github.stepadvisor;

import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.ExamAttempt;
import io.github.stepadvisor.model.ExamResult;
import io.github.stepadvisor.model.Stage;
import io.github.stepadvisor.model.Summary;
import io.github.stepadvisor.model.Tier;
import io.github.stepadvisor.rules.Say;
import io.github.stepadvisor.rules.Facts;
import io.github.stepadvisor.rules.Target;
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
 * numbers, computed from the same topic facts the rules read ({@link Facts}), never from their text.
 * The low Step profile is explained here, once, so recommendations can name it in a few words.
 */
final class AtAGlance {

    private final Facts f;
    private final Thresholds t;

    private AtAGlance(Facts facts) {
        this.f = facts;
        this.t = facts.thresholds();
    }

    /** The standing lines for the applicant's {@code facts}, in the contract's order, only those known. */
    static List<String> standing(Facts facts) {
        return new AtAGlance(facts).lines();
    }

    private List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(step1());
        lines.add(step2());
        if (f.stepProfile().isLow()) {
            lines.add("Low Step profile: " + Say.join(Say.lowStepProfile(f.stepProfile(), t.step1BorderlineScore())) + ".");
        }
        match().ifPresent(lines::add);
        attempts().ifPresent(lines::add);
        return lines.subList(0, Math.min(lines.size(), Summary.MAX_STANDING));
    }

    private String step1() {
        int failed = f.step1().getFailCount();
        if (f.step1().isPassed()) {
            LocalDate passed = passDate(f.step1().getAttempts());
            String line = failed == 0 ? "Step 1: passed on the first attempt (" + passed + ")"
                    : "Step 1: passed on " + passed + " after " + Say.count(failed, "failed attempt", "failed attempts");
            if (f.step1().getScore() > 0) {
                line += ", score " + f.step1().getScore()
                        + (f.step1().isBorderline() ? ", a borderline pass (at or below " + t.step1BorderlineScore() + ")" : "");
            }
            return line + ".";
        }
        String line = failed > 0 ? "Step 1: failed " + Say.times(failed) + ", not yet passed" : "Step 1: not taken";
        if (f.step1().isDateSet()) {
            line += "; booked for " + dated(f.step1().getDate());
        }
        return line + ".";
    }

    private String step2() {
        int failed = f.step2().getFailCount();
        if (f.step2().isScoreKnown()) {
            int score = f.step2().getScore();
            String line = "Step 2 CK: " + score + (failed > 0 ? " (after " + Say.count(failed, "failed attempt",
                    "failed attempts") + ")" : "") + ", " + band(score);
            return line + ".";
        }
        String line = failed > 0 ? "Step 2 CK: failed " + Say.times(failed) + ", not yet passed" : "Step 2 CK: not taken";
        if (f.step2().isDatePending()) {
            line += "; taken on " + f.step2().getDate() + ", result pending";
        } else if (f.step2().isDateSet()) {
            line += "; booked for " + dated(f.step2().getDate());
        }
        if (f.step2().getPracticeCount() > 0) {
            int window = f.step2().getRecent().size();
            line += "; practice " + (window == 1 ? "score " : "mean of the last " + window + " ")
                    + Say.num(f.step2().getRecentMean());
        }
        return line + ".";
    }

    /** The highest band {@code score} reaches, or how far it is below the lowest. */
    private String band(int score) {
        for (Tier tier : List.of(Tier.ULTRA, Tier.MODERATE, Tier.LESS)) {
            int band = Target.band(tier, t);
            if (score >= band) {
                return "reaching the " + Say.tierName(tier) + " band (" + band + "+)";
            }
        }
        return "below the " + t.step2BandLess() + " band of the less competitive specialties";
    }

    private Optional<String> match() {
        if (!f.season().isMatchYearKnown()) {
            return f.background().getStage() == Stage.PRECLINICAL ? Optional.empty() : Optional.of("Match: no match year given.");
        }
        int year = f.season().getMatchYear();
        String line = "Match " + year + ": ";
        LocalDate seasonOpens = LocalDate.of(year - 1, Month.JANUARY, 1);
        if (f.season().isInApplicationSeason()) {
            line += "in the application season (until 31 March " + year + ")";
        } else if (f.season().isMatchAhead()) {
            line += "the application season opens on " + seasonOpens + ", " + Say.count(
                    (int) ChronoUnit.DAYS.between(f.season().getAsOf(), seasonOpens), "day", "days") + " from now";
        } else {
            line += "over (it ended on 31 March " + year + ")";
        }
        if (f.background().isYearsSinceGraduationKnown() && f.background().getYearsSinceGraduation() >= t.graduationGapCaution()) {
            line += "; " + f.background().getYearsSinceGraduation() + " years since graduation";
        }
        return Optional.of(line + ".");
    }

    /** The last attempt ahead, or attempts used up, by the same terms the principle rules read. */
    private Optional<String> attempts() {
        List<String> facts = new ArrayList<>();
        for (Exam exam : f.attempts().getUsedUpExams()) {
            int failed = exam == Exam.STEP_1 ? f.step1().getFailCount() : f.step2().getFailCount();
            facts.add(exam.label() + " failed " + Say.times(failed) + ": the " + t.attemptsPerStep()
                    + " attempts USMLE allows are used up");
        }
        for (Exam exam : f.attempts().getLastAttemptExams()) {
            facts.add("the next " + exam.label() + " attempt is the last of the " + t.attemptsPerStep() + " USMLE allows");
        }
        return facts.isEmpty() ? Optional.empty() : Optional.of("Attempts: " + String.join("; ", facts) + ".");
    }

    /** "2027-01-12, 49 days out", or for a date already gone "2026-11-01, 3 days ago". */
    private String dated(LocalDate date) {
        long days = ChronoUnit.DAYS.between(f.season().getAsOf(), date);
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
