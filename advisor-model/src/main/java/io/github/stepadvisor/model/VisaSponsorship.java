package io.github.stepadvisor.model;

/** The visas a program sponsors; only a foreign national needs one. */
public enum VisaSponsorship {
    NONE,
    J1,
    H1B,
    J1_H1B
}
