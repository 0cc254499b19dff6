package io.github.stepadvisor.model;

/** HIGH = a red flag or an act-now step, MEDIUM = plan for it, LOW = reassurance or background. */
public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
