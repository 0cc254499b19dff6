package io.github.stepadvisor.model;

/** How IMG-friendly a program is, from the share of its residents who graduated abroad. */
public enum Friendliness {
    HIGH,
    MEDIUM,
    LOW,
    /** The catalogue gives no IMG share: never counted as HIGH, and not as LOW either. */
    UNKNOWN
}
