package io.github.stepadvisor.rules;

import io.github.stepadvisor.model.ExamAttempt;
import io.github.stepadvisor.model.Tier;

import java.util.ArrayList;
import java.util.List;

/**
 * The applicant's Step 2 CK numbers as the reasons of the {@code step2-*.drl} rules write them:
 * each method returns a fragment of a sentence ("2027-07-01 (taken, result pending)", "47 days"),
 * and the rule writes the sentence around it.
 */
public final class Step2Phrases {

    private Step2Phrases() {
    }

    /** The date: "2027-07-01", or "2027-07-01 (taken, result pending)" for an attempt taken. */
    public static String date(Step2 step2) {
        return step2.isDatePending() ? step2.getDate() + " (taken, result pending)" : String.valueOf(step2.getDate());
    }

    /** Days from today to the date: "47 days", "1 day". */
    public static String days(Step2 step2) {
        return Say.count(Math.toIntExact(step2.getDaysOut()), "day", "days");
    }

    /** "once", "2 times": how often Step 2 CK was failed. */
    public static String failedTimes(Step2 step2) {
        return step2.getFailCount() == 1 ? "once" : step2.getFailCount() + " times";
    }

    /** The failed attempts, oldest first: "221 on 2026-05-01 and 225 on 2026-09-01". */
    public static String fails(Step2 step2) {
        List<String> fails = new ArrayList<>();
        for (ExamAttempt fail : step2.getFails()) {
            fails.add(fail.score().getAsInt() + " on " + fail.date());
        }
        return Say.join(fails);
    }

    /**
     * T and which tier it comes from: "240, the guide's practice target for moderately competitive
     * fields (Neurology)", or "215, the guide's practice target for primary care, since you name
     * no target specialty".
     */
    public static String practiceTarget(Step2 step2) {
        Tier from = step2.getPracticeTargetTier();
        if (from == Tier.UNRATED) {
            return step2.getPracticeTarget() + ", the guide's practice target for primary care, since "
                    + (step2.targets().isEmpty() ? "you name no target specialty"
                            : "the guide rates none of your target specialties");
        }
        List<String> named = new ArrayList<>();
        for (Target target : step2.targets()) {
            if (target.tier() == from) {
                named.add(target.specialty().label());
            }
        }
        return step2.getPracticeTarget() + ", the guide's practice target for " + Say.tierName(from) + " fields ("
                + Say.join(named) + ")";
    }
}
