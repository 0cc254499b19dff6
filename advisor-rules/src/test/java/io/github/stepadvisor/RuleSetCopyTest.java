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
}
