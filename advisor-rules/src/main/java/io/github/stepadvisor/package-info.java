/**
 * The advisor: {@link io.github.stepadvisor.StepAdvisor} gives the guide's advice for an
 * applicant and classifies the programs of a catalogue, with the rule set it applies
 * ({@link io.github.stepadvisor.RuleSet}: the built-in rules or an advisor's edited folder) and
 * the published advice ids ({@link io.github.stepadvisor.Catalogue}).
 *
 * <p>This package and {@code io.github.stepadvisor.model} are the API. An instance of
 * {@code StepAdvisor} is immutable and thread-safe; bad input is refused with an
 * {@link io.github.stepadvisor.model.InvalidInputException} that names every problem by field.
 */
package io.github.stepadvisor;
