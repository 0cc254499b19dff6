package io.github.stepadvisor;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A main source file stays short enough to read in one sitting: over {@value #MAX_LINES} lines it
 * must say why, in a comment holding "{@value #WHY}", so a newcomer knows it is long on purpose.
 */
class SourceFileSizeTest {

    static final int MAX_LINES = 400;
    static final String WHY = "Why this file is long:";

    @Test
    void everyLongMainSourceFileSaysWhy() throws IOException {
        Path root = Path.of("..");
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(root)) {
            sources = walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().replace('\\', '/').contains("/src/main/java/"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .toList();
        }
        assertThat(sources).as("main sources of every module").hasSizeGreaterThan(50);
        List<String> unexplained = sources.stream().filter(SourceFileSizeTest::isLongWithoutWhy)
                .map(p -> root.relativize(p) + " (" + lines(p).size() + " lines)").sorted().toList();
        assertThat(unexplained).as("main source files over " + MAX_LINES + " lines without a comment \"" + WHY
                + " ...\": split them, or say why they are one file").isEmpty();
    }

    private static boolean isLongWithoutWhy(Path file) {
        List<String> lines = lines(file);
        return lines.size() > MAX_LINES && lines.stream().noneMatch(line -> line.contains(WHY));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
