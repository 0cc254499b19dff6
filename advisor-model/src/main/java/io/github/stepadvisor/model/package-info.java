/**
 * The applicant and the advice as immutable records and closed enums, with the validation that
 * refuses a contradictory profile ({@link io.github.stepadvisor.model.ApplicantValidator}) or
 * catalogue ({@link io.github.stepadvisor.model.ProgramValidator}). No dependencies: an
 * application can build and read these types without Drools on its compile path.
 */
package io.github.stepadvisor.model;
