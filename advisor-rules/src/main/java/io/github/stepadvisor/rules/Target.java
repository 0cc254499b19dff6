package io.github.stepadvisor.rules;

import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Tier;

/**
 * A target specialty with its tier for this applicant and that tier's Step 2 CK band (0 when
 * UNRATED). One fact per target, so per-specialty rules match once for each.
 */
public record Target(Specialty specialty, Tier tier, int band) {

    /** The Step 2 CK band of a tier; 0 for UNRATED. */
    public static int band(Tier tier, Thresholds t) {
        return switch (tier) {
            case ULTRA -> t.step2BandUltra();
            case MODERATE -> t.step2BandModerate();
            case LESS -> t.step2BandLess();
            case UNRATED -> 0;
        };
    }

    public boolean isRated() {
        return tier.isRated();
    }
}
