package io.github.stepadvisor.rules;

import java.util.Optional;

/** A compiled rule as advisors know it: its name, folder, {@code @id} and {@code @source}. */
public record RuleInfo(String name, String folder, Optional<String> id, Optional<String> source) {
}
