package io.github.stepadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The command run in-process, as a user runs {@code java -jar advisor.jar}: exit status, stdout, stderr. */
record CommandRun(int exit, String out, String err) {

    static CommandRun of(String... args) {
        return withInput(new byte[0], args);
    }

    static CommandRun withInput(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AdvisorCommand.run(args, new ByteArrayInputStream(stdin), out, err);
        return new CommandRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What a user must never see on standard error. */
    CommandRun hasNoStackTrace() {
        assertThat(err).doesNotContain("Exception", "\tat ", "at io.", "at java.", "Caused by");
        return this;
    }
}
