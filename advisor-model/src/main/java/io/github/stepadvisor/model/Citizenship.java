package io.github.stepadvisor.model;

/** Citizenship as NRMP and the guide distinguish it: only a foreign national needs a visa. */
public enum Citizenship {
    US_CITIZEN,
    PERMANENT_RESIDENT,
    FOREIGN_NATIONAL
}
