package io.github.stepadvisor.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sample profiles the jar carries ({@code advisor-examples/profiles/NAME.json}, copied to
 * {@code profiles/} by the build), by name: the page offers them and {@code /?example=NAME}
 * opens one.
 */
final class SampleProfiles {

    private static final String FOLDER = "profiles";
    private static final String SUFFIX = ".json";

    private final List<String> names;

    private SampleProfiles(List<String> names) {
        this.names = names;
    }

    /** The samples on the class path, listed once. */
    static SampleProfiles onClassPath() {
        URL folder = SampleProfiles.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            return new SampleProfiles(List.of());
        }
        try {
            URI uri = folder.toURI();
            if (!uri.getScheme().equals("jar")) {
                return new SampleProfiles(list(Path.of(uri)));
            }
            try {
                return new SampleProfiles(list(FileSystems.getFileSystem(uri).provider().getPath(uri)));
            } catch (FileSystemNotFoundException notOpen) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return new SampleProfiles(list(jar.provider().getPath(uri)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The sample profiles cannot be listed", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The sample profiles have no usable address: " + folder, e);
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(SUFFIX))
                    .map(name -> name.substring(0, name.length() - SUFFIX.length()))
                    .sorted()
                    .toList();
        }
    }

    List<String> names() {
        return names;
    }

    /** The bytes of sample {@code name}, as shipped; empty for a name that is not a sample. */
    Optional<byte[]> read(String name) {
        if (!names.contains(name)) {
            return Optional.empty();
        }
        try (InputStream in = SampleProfiles.class.getClassLoader().getResourceAsStream(FOLDER + "/" + name + SUFFIX)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Sample profile " + name + " cannot be read", e);
        }
    }
}
