package io.github.stepadvisor.model;

/**
 * Competitiveness tier of a specialty, after the guide's "How high should your Step 2 CK score
 * be?". UNRATED: the guide gives no band. Declared from most to least competitive.
 */
public enum Tier {
    ULTRA,
    MODERATE,
    LESS,
    UNRATED;

    public boolean isRated() {
        return this != UNRATED;
    }
}
