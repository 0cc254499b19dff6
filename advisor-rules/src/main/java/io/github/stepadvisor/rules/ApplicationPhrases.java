package io.github.stepadvisor.rules;

import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Tier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Phrases of the specialty and application rules, in the applicant's numbers: fragments a rule's
 * sentence puts its own words around.
 */
public final class ApplicationPhrases {

    private ApplicationPhrases() {
    }

    /**
     * "highly competitive (250+), moderately competitive (240+) and less competitive (230+)": the
     * rated tiers whose Step 2 CK band {@code score} reaches, with each band, most competitive first.
     */
    public static String bandsReached(int score, Thresholds thresholds) {
        List<String> reached = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            if (tier.isRated() && score >= Target.band(tier, thresholds)) {
                reached.add(Say.tierName(tier) + " (" + Target.band(tier, thresholds) + "+)");
            }
        }
        return Say.join(reached);
    }

    /**
     * Where the guide expects research of this applicant: "you target neurology and internal
     * medicine", "university programs are among your settings", or both joined by "and". The
     * targets of {@code academic} are named in the applicant's order, not working memory's, so
     * the sentence is the same from run to run.
     */
    public static String whereResearchCounts(Application application, Collection<?> academic) {
        List<String> why = new ArrayList<>();
        List<Specialty> named = new ArrayList<>();
        for (Target target : application.getTargets()) {
            if (academic.contains(target)) {
                named.add(target.specialty());
            }
        }
        if (!named.isEmpty()) {
            why.add("you target " + Say.specialties(named));
        }
        if (application.isUniversitySetting()) {
            why.add("university programs are among your settings");
        }
        return Say.join(why);
    }
}
