package io.github.stepadvisor.cli;

import io.github.stepadvisor.format.Json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, defects 1, 10 and 11 against the built {@code advisor.jar}, where the operating system
 * is real: {@code /dev/full}, a pipe its reader closes, and SIGTERM in the middle of a batch.
 */
class OutputFaultsIT {

    private static final Path JAR = Path.of(System.getProperty("advisor.jar", "target/advisor.jar"));
    private static final int LINES = 3_000;

    @TempDir
    Path folder;

    private static ProcessBuilder advisor(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    }

    private Path batchInput() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= LINES; n++) {
            text.append(ProfileLines.line(n)).append('\n');
        }
        return Files.writeString(folder.resolve("batch.jsonl"), text);
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void adviceToAFullDeviceIsExitOneWithTheReason() throws Exception {
        Path err = folder.resolve("err");
        Process process = advisor("profiles/step1-dedicated-below-margin.json")
                .redirectOutput(new File("/dev/full")).redirectError(err.toFile()).start();

        assertThat(process.waitFor()).isEqualTo(AdvisorCommand.INTERNAL_ERROR);
        assertThat(Files.readString(err)).isEqualTo("advisor: cannot write the output: No space left on device\n");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aBatchWhoseReaderLeavesStopsAtOnce() throws Exception {
        Path err = folder.resolve("err");
        Process process = advisor("--batch", batchInput().toString()).redirectError(err.toFile()).start();
        // As "| head -1" does: read one line, then close the pipe.
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).startsWith("{");
        }

        assertThat(process.waitFor()).isEqualTo(AdvisorCommand.INTERNAL_ERROR);
        assertThat(Files.readString(err)).isEqualTo("advisor: cannot write the output: Broken pipe\n");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aBatchStoppedBySigtermLeavesOnlyWholeLines() throws Exception {
        Path out = folder.resolve("out.jsonl");
        Process process = advisor("--batch", batchInput().toString()).redirectOutput(out.toFile())
                .redirectError(folder.resolve("err").toFile()).start();
        while (process.isAlive() && Files.size(out) < 200_000) {
            Thread.sleep(20);
        }
        assertThat(process.isAlive()).as("the batch ended before it could be stopped").isTrue();

        process.destroy(); // SIGTERM
        process.waitFor();

        String written = Files.readString(out);
        assertThat(written).endsWith("\n");
        List<String> lines = written.lines().toList();
        assertThat(lines.size()).isLessThan(LINES);
        lines.forEach(line -> assertThat(Json.parse(line, "line").get("recommendations").isAbsent()).isFalse());
    }
}
