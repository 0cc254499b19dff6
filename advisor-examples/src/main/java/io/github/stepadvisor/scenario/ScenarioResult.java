package io.github.stepadvisor.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one scenario went: the expected recommendations the advice lacks ({@code missing}, as the
 * scenario writes them), the forbidden ones it gives ({@code unexpected}, as {@code id@SUBJECT}
 * when they have a subject), the programs that did not get their expected category
 * ({@code programs}, e.g. "FICT-IM-001 is TARGET, expected SAFETY"), or the error that stopped
 * the rules.
 */
public record ScenarioResult(Scenario scenario, List<String> missing, List<String> unexpected, List<String> programs,
        Optional<String> error) {

    public ScenarioResult {
        Objects.requireNonNull(scenario, "scenario");
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
        programs = List.copyOf(programs);
        error = error == null ? Optional.empty() : error;
    }

    public boolean passed() {
        return missing.isEmpty() && unexpected.isEmpty() && programs.isEmpty() && error.isEmpty();
    }

    /** {@code PASS name}, or {@code FAIL name: missing a, b; unexpected c; programs X is REACH, expected TARGET}. */
    public String line() {
        if (passed()) {
            return "PASS " + scenario.name();
        }
        List<String> parts = new ArrayList<>();
        error.ifPresent(parts::add);
        if (!missing.isEmpty()) {
            parts.add("missing " + String.join(", ", missing));
        }
        if (!unexpected.isEmpty()) {
            parts.add("unexpected " + String.join(", ", unexpected));
        }
        if (!programs.isEmpty()) {
            parts.add("programs " + String.join(", ", programs));
        }
        return "FAIL " + scenario.name() + ": " + String.join("; ", parts);
    }
}
