package io.github.stepadvisor.rules;

import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Tier;

/**
 * A target specialty with its tier for this applicant and that tier's Step 2 CK band (0 when
 * UNRATED). One fact per target, so per-specialty rules match once for each.
 */
public record Target(Specialty specialty, Tier tier, int band) {

    public boolean isRated() {
        return tier.isRated();
    }
}
