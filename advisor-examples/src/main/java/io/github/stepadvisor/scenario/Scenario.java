package io.github.stepadvisor.scenario;

import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Program;
import io.github.stepadvisor.model.ProgramCategory;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A test of the rules an advisor writes without Java: an applicant, the recommendations the rules
 * must give ({@code expect}) and those they must not ({@code forbid}). A scenario may also name a
 * catalogue (relative to its file), whose programs are then classified for the applicant: each
 * program in {@code expectPrograms} must get its category, and the list's own advice
 * ({@code programs.*}) counts with the recommendations for expect and forbid.
 *
 * @param file      where the scenario was read from, as its problems and results name it
 * @param programs  the catalogue's programs, empty without a catalogue
 */
public record Scenario(Path file, String name, Applicant applicant, List<ScenarioKey> expect,
        List<ScenarioKey> forbid, Optional<Path> catalogue, List<Program> programs,
        Map<String, ProgramCategory> expectPrograms) {

    public Scenario {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(applicant, "applicant");
        expect = List.copyOf(expect);
        forbid = List.copyOf(forbid);
        catalogue = catalogue == null ? Optional.empty() : catalogue;
        programs = List.copyOf(programs);
        expectPrograms = Collections.unmodifiableMap(new LinkedHashMap<>(expectPrograms));
    }

    /** A scenario that only advises: no catalogue. */
    public Scenario(Path file, String name, Applicant applicant, List<ScenarioKey> expect, List<ScenarioKey> forbid) {
        this(file, name, applicant, expect, forbid, Optional.empty(), List.of(), Map.of());
    }

    /** The scenario classifies a catalogue as well as advising. */
    public boolean hasPrograms() {
        return catalogue.isPresent();
    }
}
