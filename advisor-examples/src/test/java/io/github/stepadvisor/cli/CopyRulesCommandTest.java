package io.github.stepadvisor.cli;

import io.github.stepadvisor.RuleSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CopyRulesCommandTest {

    @TempDir
    Path temp;

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void copyRulesWritesTheBuiltInRuleFilesIntoANewFolderAndListsThem() throws IOException {
        Path target = temp.resolve("my-rules");

        Cli.Result result = Cli.run("copy-rules", target.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        List<String> files = filesIn(target);
        assertThat(files).contains("thresholds.properties", "tiers.properties", "advice/step1.drl")
                .allMatch(f -> f.endsWith(".drl") || f.endsWith(".properties"));
        for (String file : files) {
            assertThat(result.outLines()).contains("  " + file);
            try (InputStream original = RuleSet.class.getResourceAsStream("/io/github/stepadvisor/rules/" + file)) {
                assertThat(Files.readAllBytes(target.resolve(file))).as(file).isEqualTo(original.readAllBytes());
            }
        }
        assertThat(result.outLines()).first().isEqualTo("Copied the built-in rules to " + target + ":");
        assertThat(result.outLines()).last().asString().contains("validate " + target).contains("--rules " + target);
    }

    @Test
    void aFolderThatHoldsFilesIsLeftAloneWithoutForce() throws IOException {
        Path target = Files.createDirectories(temp.resolve("edited"));
        Files.writeString(target.resolve("thresholds.properties"), "my edits\n");

        Cli.Result result = Cli.run("copy-rules", target.toString());

        assertThat(result.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("advisor copy-rules: " + target
                + ": is not empty; choose a new folder, or replace the built-in files in it on purpose\n"
                + "Add --force to overwrite the built-in files in " + target + " and keep the others.\n");
        assertThat(Files.readString(target.resolve("thresholds.properties"))).isEqualTo("my edits\n");
    }

    @Test
    void forceOverwritesTheBuiltInFilesAndKeepsTheOthers() throws IOException {
        Path target = Files.createDirectories(temp.resolve("edited"));
        Files.writeString(target.resolve("thresholds.properties"), "my edits\n");
        Files.writeString(target.resolve("NOTES.md"), "why we changed the margin\n");

        Cli.Result result = Cli.run("copy-rules", "--force", target.toString());

        assertThat(result.exit()).isZero();
        assertThat(Files.readString(target.resolve("thresholds.properties"))).contains("step1SafetyMargin = 10");
        assertThat(Files.readString(target.resolve("NOTES.md"))).isEqualTo("why we changed the margin\n");
    }

    @Test
    void aFileIsNoFolderToCopyInto() throws IOException {
        Path file = Files.writeString(temp.resolve("rules.txt"), "x");

        Cli.Result result = Cli.run("copy-rules", file.toString());

        assertThat(result.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(result.err()).isEqualTo("advisor copy-rules: " + file + ": is a file, not a folder\n");
    }

    @Test
    void withoutAFolderItIsAUsageError() {
        Cli.Result result = Cli.run("copy-rules");

        assertThat(result.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(result.err()).contains("advisor copy-rules: Missing required parameter: 'DIR'");
    }
}
