package io.github.stepadvisor;

import java.util.Optional;

/**
 * A compiled rule as advisors know it: its name, folder, file, {@code @id} and {@code @source}.
 * {@code file} is the path the rule set was read from ({@code built-in:advice/step1.drl} for the
 * shipped rules).
 */
public record RuleInfo(String name, String folder, String file, Optional<String> id, Optional<String> source) {
}
