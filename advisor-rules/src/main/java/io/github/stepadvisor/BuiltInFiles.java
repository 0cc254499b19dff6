package io.github.stepadvisor;

import io.github.stepadvisor.model.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The built-in rule set's files as shipped in the jar (or the classes folder): read for the
 * precompiled set's data files and rule index, and copied out as the start of an edited set.
 */
final class BuiltInFiles {

    /** Where the built-in rule set lives on the class path. */
    static final String BUILT_IN_ROOT = "io/github/stepadvisor/rules/";

    private BuiltInFiles() {
    }

    /** {@link RuleSet#copyBuiltInTo(Path, RuleSet.CopyMode)} once its checks pass: copies and lists the rule files. */
    static List<String> copyTo(Path target) {
        return withBuiltInRoot(root -> {
            List<String> copied = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root)) {
                Files.createDirectories(target);
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String relative = RuleSetLoader.relative(root, file);
                    if (!isRuleFile(relative)) {
                        continue;
                    }
                    Path copy = target.resolve(relative);
                    Files.createDirectories(copy.getParent());
                    Files.write(copy, Files.readAllBytes(file));
                    copied.add(relative);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            copied.sort(null);
            return List.copyOf(copied);
        });
    }


    /** A data file of the built-in set, read as a class path resource (no need to open the jar as a file system). */
    static String text(String file, String name, List<Problem> problems) {
        try (InputStream in = BuiltInFiles.class.getClassLoader().getResourceAsStream(BUILT_IN_ROOT + file)) {
            if (in == null) {
                problems.add(new Problem(name, "is missing"));
                return "";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new Problem(name, RuleSetLoader.cannotRead(e)));
            return "";
        }
    }

    /** The text of each built-in DRL file, by its path relative to the set's root. */
    static Map<String, String> drlTexts() {
        return withBuiltInRoot(root -> {
            Map<String, String> texts = new java.util.LinkedHashMap<>();
            for (Path file : RuleSetLoader.drlFiles(root)) {
                try {
                    texts.put(RuleSetLoader.relative(root, file), Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return texts;
        });
    }

    static boolean holdsAnything(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of a rule set's layout: a data file at the top, or a DRL file in one of {@link RuleSet#FOLDERS}. */
    private static boolean isRuleFile(String relative) {
        if (relative.equals(RuleSet.THRESHOLDS_FILE) || relative.equals(RuleSet.TIERS_FILE)) {
            return true;
        }
        int slash = relative.indexOf('/');
        return slash > 0 && RuleSet.FOLDERS.contains(relative.substring(0, slash)) && relative.endsWith(".drl");
    }

    interface RootAction<T> {
        T apply(Path root);
    }

    static <T> T withBuiltInRoot(RootAction<T> action) {
        URL marker = BuiltInFiles.class.getClassLoader().getResource(BUILT_IN_ROOT + RuleSet.THRESHOLDS_FILE);
        if (marker == null) {
            throw new IllegalStateException("The built-in rules are missing from the class path");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                java.nio.file.FileSystem opened = openZip(uri);
                try {
                    return action.apply(Path.of(uri).getParent());
                } finally {
                    if (opened != null) {
                        opened.close();
                    }
                }
            }
            return action.apply(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("The built-in rules cannot be read", e);
        }
    }

    /** Opens the jar holding the rules as a file system; null when another caller has it open already. */
    private static java.nio.file.FileSystem openZip(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return null;
        }
    }

}
