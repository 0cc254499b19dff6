package io.github.stepadvisor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The numbers of a program list as the reasons of {@code programs/*.drl} write them: a margin
 * with its sign, how many of the capped programs a reason is about, what made a Step profile low.
 * Each returns a fragment or one optional sentence; the rule writes the rest.
 */
public final class ProgramPhrases {

    /** The exclusion ids of the built-in classification.drl, which list.drl names one by one. */
    private static final Set<String> BUILT_IN_EXCLUSIONS = Set.of("program.excluded.step2-minimum",
            "program.excluded.step1-fail", "program.excluded.graduation", "program.excluded.usce",
            "program.excluded.visa");

    private ProgramPhrases() {
    }

    /** A margin as written in reasons: "+9", "-3", "0". */
    public static String signed(int margin) {
        return margin > 0 ? "+" + margin : String.valueOf(margin);
    }

    /** "For 3 of them", "For all of them", "For that program": {@code some} of {@code all} programs. */
    public static String forHowMany(int some, int all) {
        return some < all ? "For " + some + " of them" : all == 1 ? "For that program" : "For all of them";
    }

    /**
     * "program.excluded.visa, 2 programs: no visa sponsorship.": how many listed programs the
     * exclusion {@code id} closed and what closes them; empty when it closed none.
     */
    public static String closedBy(Shortlist list, String id, String requirement) {
        int closed = list.excludedBy(id);
        return closed == 0 ? "" : id + ", " + Say.count(closed, "program", "programs") + ": " + requirement + ".";
    }

    /**
     * The exclusions of an edited rule set that the built-in ones do not name, each as
     * {@link #closedBy} writes it, pointing at the programs' reasons; empty with the built-in rules.
     */
    public static String closedByOthers(Shortlist list) {
        List<String> others = new ArrayList<>();
        for (Map.Entry<String, Integer> closed : list.getExclusions().entrySet()) {
            if (!BUILT_IN_EXCLUSIONS.contains(closed.getKey())) {
                others.add(closedBy(list, closed.getKey(), "see the programs' reasons"));
            }
        }
        return String.join(" ", others);
    }

    /**
     * The catalogue columns left blank: "maxYearsSinceGraduation column", "usceRequiredMonths
     * column" or "maxYearsSinceGraduation and usceRequiredMonths columns".
     */
    public static String blankColumns(int cappedForGraduation, int cappedForUsce) {
        List<String> columns = new ArrayList<>();
        if (cappedForGraduation > 0) {
            columns.add("maxYearsSinceGraduation");
        }
        if (cappedForUsce > 0) {
            columns.add("usceRequiredMonths");
        }
        return Say.join(columns) + (columns.size() == 1 ? " column" : " columns");
    }

}
