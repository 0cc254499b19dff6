package io.github.stepadvisor.cli;

import io.github.stepadvisor.format.Json;
import io.github.stepadvisor.format.ProfileJson;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * The profile a command was given: a file, or standard input for {@code -}. Every way it can fail
 * (missing file, a folder, bad JSON, an invalid applicant) comes out as one
 * {@link InvalidInputException} whose problems start with the input's name.
 */
final class ProfileSource {

    private ProfileSource() {
    }

    /** The name an input is reported under. */
    static String label(String profile) {
        return "-".equals(profile) ? "<stdin>" : profile;
    }

    static Applicant read(String profile, InputStream stdin) {
        String label = label(profile);
        byte[] content;
        try {
            content = "-".equals(profile) ? Json.readLimited(stdin, "Invalid profile") : readFile(profile);
        } catch (IOException | InvalidPathException e) {
            throw new InvalidInputException("Invalid profile", List.of(new Problem(label, AdvisorCommand.cannotRead(e))));
        } catch (InvalidInputException e) {
            throw labelled(label, e);
        }
        try {
            return ProfileJson.read(content);
        } catch (InvalidInputException e) {
            throw labelled(label, e);
        }
    }

    private static InvalidInputException labelled(String label, InvalidInputException e) {
        return new InvalidInputException("Invalid profile", e.problems().stream()
                .map(p -> new Problem(p.where().isEmpty() ? label : label + ": " + p.where(), p.message()))
                .toList());
    }

    private static byte[] readFile(String name) throws IOException {
        Path file = Path.of(name);
        if (Files.isDirectory(file)) {
            throw new AdvisorCommand.NotAFileException();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Json.readLimited(in, "Invalid profile");
        }
    }
}
