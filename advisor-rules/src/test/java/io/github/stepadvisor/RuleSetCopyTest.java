package io.github.stepadvisor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Problem;

class RuleSetCopyTest {

    @Test
    void aCopyOfTheBuiltInRulesHoldsTheRuleFilesAndNotTheClassesBesideThem(@TempDir Path folder) throws IOException {
        List<String> copied = RuleSet.copyBuiltInTo(folder);

        List<String> onDisk;
        try (Stream<Path> files = Files.walk(folder)) {
            onDisk = files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        assertThat(copied).isEqualTo(onDisk).isSorted()
                .contains(RuleSet.THRESHOLDS_FILE, RuleSet.TIERS_FILE, "advice/step1.drl", "advice/context.drl")
                .allMatch(f -> f.endsWith(".drl") || f.endsWith(".properties"))
                .noneMatch(f -> f.endsWith(".class"));
        for (String file : copied) {
            try (InputStream original = RuleSet.class.getResourceAsStream("/io/github/stepadvisor/rules/" + file)) {
                assertThat(Files.readAllBytes(folder.resolve(file))).as(file).isEqualTo(original.readAllBytes());
            }
        }
    }

    @Test
    void anAdvisorsEditedFolderIsNotOverwrittenUnlessAskedTo(@TempDir Path folder) throws IOException {
        Path thresholds = folder.resolve(RuleSet.THRESHOLDS_FILE);
        Files.writeString(thresholds, "my edits\n");

        assertThatThrownBy(() -> RuleSet.copyBuiltInTo(folder))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::toString)
                        .containsExactly(folder + ": is not empty; choose a new folder, or replace the built-in files"
                                + " in it on purpose"));
        assertThat(Files.readString(thresholds)).isEqualTo("my edits\n");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(thresholds);
        }
    }

    @Test
    void replacingOverwritesTheBuiltInFilesAndKeepsTheOthers(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(RuleSet.THRESHOLDS_FILE), "my edits\n");
        Files.writeString(folder.resolve("NOTES.md"), "why we changed the margin\n");

        List<String> copied = RuleSet.copyBuiltInTo(folder, RuleSet.CopyMode.REPLACE_BUILT_IN_FILES);

        assertThat(copied).contains(RuleSet.THRESHOLDS_FILE).doesNotContain("NOTES.md");
        try (InputStream original = RuleSet.class.getResourceAsStream("/io/github/stepadvisor/rules/"
                + RuleSet.THRESHOLDS_FILE)) {
            assertThat(Files.readAllBytes(folder.resolve(RuleSet.THRESHOLDS_FILE))).isEqualTo(original.readAllBytes());
        }
        assertThat(Files.readString(folder.resolve("NOTES.md"))).isEqualTo("why we changed the margin\n");
    }

    @Test
    void aFileIsRefusedAsTarget(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("rules"), "not a folder\n");
        for (RuleSet.CopyMode mode : RuleSet.CopyMode.values()) {
            assertThatThrownBy(() -> RuleSet.copyBuiltInTo(file, mode)).as(mode.name())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(file + ": is a file, not a folder");
        }
        assertThat(Files.readString(file)).isEqualTo("not a folder\n");
    }
}
