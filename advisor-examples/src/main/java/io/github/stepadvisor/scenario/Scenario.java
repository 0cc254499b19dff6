package io.github.stepadvisor.scenario;

import io.github.stepadvisor.model.Applicant;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A test of the rules an advisor writes without Java: an applicant, the recommendations the rules
 * must give ({@code expect}) and those they must not ({@code forbid}). A scenario may also name a
 * catalogue (relative to its file) and the category each of its programs must get.
 *
 * @param file           where the scenario was read from, as its problems and results name it
 * @param expectPrograms program id to category ({@code SAFETY}, {@code TARGET}, {@code REACH},
 *                       {@code EXCLUDED}), in the file's order
 */
public record Scenario(Path file, String name, Applicant applicant, List<ScenarioKey> expect,
        List<ScenarioKey> forbid, Optional<Path> catalogue, Map<String, String> expectPrograms) {

    public Scenario {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(applicant, "applicant");
        expect = List.copyOf(expect);
        forbid = List.copyOf(forbid);
        catalogue = catalogue == null ? Optional.empty() : catalogue;
        expectPrograms = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(expectPrograms));
    }

    /** The scenario classifies a catalogue as well as advising. */
    public boolean hasPrograms() {
        return catalogue.isPresent();
    }
}
