package io.github.stepadvisor.model;

/** Where the applicant went to medical school. */
public enum Education {
    IMG,
    US_MD,
    US_DO
}
