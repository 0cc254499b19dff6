package io.github.stepadvisor.rules;

import java.util.List;

import io.github.stepadvisor.model.Rotation;

/**
 * Phrases about the applicant's background that several rules say, in the applicant's terms: a
 * fragment a rule finishes with its own words.
 */
public final class BackgroundPhrases {

    private BackgroundPhrases() {
    }

    /**
     * "You have no honors recorded in surgery and pediatrics, of the five key rotations (internal
     * medicine, surgery, pediatrics, psychiatry and family medicine)", or that every one or none
     * of the five has honors.
     */
    public static String keyRotationHonors(Background background) {
        List<Rotation> missing = background.getKeyRotationsWithoutHonors();
        String keyRotations = Say.rotations(Background.KEY_ROTATIONS);
        if (missing.isEmpty()) {
            return "You have honors in all five key rotations (" + keyRotations + ")";
        }
        if (missing.size() == Background.KEY_ROTATIONS.size()) {
            return "You have no honors recorded in any of the five key rotations (" + keyRotations + ")";
        }
        return "You have no honors recorded in " + Say.rotations(missing) + ", of the five key rotations (" + keyRotations + ")";
    }
}
