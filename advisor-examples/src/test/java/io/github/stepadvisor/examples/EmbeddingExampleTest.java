package io.github.stepadvisor.examples;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddingExampleTest {

    @Test
    void theExampleBuildsAValidApplicantAndPrintsItsAdvice() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        EmbeddingExample.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(output).doesNotContain("cannot advise").contains("recommendations as of 2026-11-24")
                .contains("[context.us-citizen-img]");
    }
}
