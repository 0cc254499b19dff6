package io.github.stepadvisor.rules;

import io.github.stepadvisor.model.ExamAttempt;
import io.github.stepadvisor.model.PracticeTest;

import java.util.ArrayList;
import java.util.List;

/**
 * Phrases of the Step 1 rules in the applicant's numbers: fragments such as "56 days (8 weeks)"
 * or "at least 206 (passing 196 + 10) on every one" that a rule's sentence puts its own words
 * around, and the one sentence several Step 1 narratives end with.
 */
public final class Step1Phrases {

    private Step1Phrases() {
    }

    /** "56 days (8 weeks)", "58 days (8 weeks and 2 days)", "5 days": how far off a date is. */
    public static String daysAndWeeks(long days) {
        long weeks = days / 7;
        long rest = days % 7;
        String span = "";
        if (weeks > 0) {
            span = " (" + Say.count((int) weeks, "week", "weeks")
                    + (rest == 0 ? "" : " and " + Say.count((int) rest, "day", "days")) + ")";
        }
        return Say.count((int) days, "day", "days") + span;
    }

    /** "the 8 weeks of dedicated study you plan", or the guide's default when the applicant gave none. */
    public static String dedicatedPeriod(Step1 step1) {
        return "the " + step1.getDedicatedWeeks() + " weeks of dedicated study "
                + (step1.isDedicatedWeeksGiven() ? "you plan" : "the guide suggests (you gave no plan)");
    }

    /**
     * What the guide asks of each of {@code tests}: "at least 206 (passing 196 + 10) on every one"
     * when they share one passing score, else each test's own floor ("its passing score + 10 on
     * every one: at least 206 on the NBME of 2026-10-01 (passing 196 + 10) and ...").
     */
    public static String floors(Step1 step1, List<PracticeTest> tests, int margin) {
        if (step1.onePassingScore(tests)) {
            int passing = step1.passing(tests.get(0));
            return "at least " + (passing + margin) + " (passing " + passing + " + " + margin + ")"
                    + (tests.size() == 1 ? "" : " on every one");
        }
        List<String> parts = new ArrayList<>();
        for (PracticeTest test : tests) {
            int passing = step1.passing(test);
            parts.add((passing + margin) + " on the " + test.form().label() + " of " + test.date()
                    + " (passing " + passing + " + " + margin + ")");
        }
        return "its passing score + " + margin + " on every one: at least " + Say.join(parts);
    }

    /** "201 and 199 fall short", "199 falls short": the scores of {@code tests} below their passing score + margin. */
    public static String fallShort(Step1 step1, List<PracticeTest> tests, int margin) {
        List<String> scores = new ArrayList<>();
        for (PracticeTest test : step1.below(tests, margin)) {
            scores.add(String.valueOf(test.score()));
        }
        return Say.join(scores) + (scores.size() == 1 ? " falls short" : " fall short");
    }

    /** "2026-03-02 and 2026-06-15": the dates of {@code attempts}. */
    public static String dates(List<ExamAttempt> attempts) {
        List<String> dates = new ArrayList<>();
        for (ExamAttempt attempt : attempts) {
            dates.add(attempt.date().toString());
        }
        return Say.join(dates);
    }

    /**
     * Whether Step 2 CK carries a Step 1 message, against a strong score of {@code strong}: "You
     * have no Step 2 CK score yet: ...", "Your Step 2 CK of 252 reaches the strong 250: ..." or
     * "... is below a strong 250, ...". Said by the adjustment, school-timing and leave narratives.
     */
    public static String carriedByStep2(Step2 step2, int strong) {
        if (!step2.isScoreKnown()) {
            return "You have no Step 2 CK score yet: a strong one, at least " + strong + ", and your clinical record show the rest.";
        }
        if (step2.getScore() >= strong) {
            return "Your Step 2 CK of " + step2.getScore() + " reaches the strong " + strong + ": with your clinical record, it shows the rest.";
        }
        return "Your Step 2 CK of " + step2.getScore() + " is below a strong " + strong
                + ", so clinical evaluations and letters must show more of the rest.";
    }
}
