/**
 * The vocabulary of the built-in rules: the facts they match (the topic facts
 * {@link io.github.stepadvisor.rules.Step1}, {@link io.github.stepadvisor.rules.Step2},
 * {@link io.github.stepadvisor.rules.Season}, {@link io.github.stepadvisor.rules.Attempts},
 * {@link io.github.stepadvisor.rules.StepProfile}, {@link io.github.stepadvisor.rules.Background},
 * {@link io.github.stepadvisor.rules.Application}, built together by
 * {@link io.github.stepadvisor.rules.Facts}; {@link io.github.stepadvisor.rules.Target},
 * {@link io.github.stepadvisor.rules.Thresholds},
 * {@link io.github.stepadvisor.rules.Candidate}, {@link io.github.stepadvisor.rules.Standing},
 * {@link io.github.stepadvisor.rules.Shortlist}) and the helpers their consequences call
 * ({@link io.github.stepadvisor.rules.Say}, {@link io.github.stepadvisor.rules.RuleMetadata}),
 * with what those need ({@link io.github.stepadvisor.rules.Tiers}).
 *
 * <p>These types are public only because the rules need them: the DRL files declare the packages
 * {@code io.github.stepadvisor.rules.advice} and {@code io.github.stepadvisor.rules.programs}, and
 * their compiled classes live there, outside this package. This is <b>not API</b>: an application uses {@link io.github.stepadvisor.StepAdvisor}
 * and the model, and this package may change without notice. Rule authors editing a copy of the
 * rules use it as the rules do ({@code docs/authoring.md}). A test holds the package to that role.
 */
package io.github.stepadvisor.rules;
