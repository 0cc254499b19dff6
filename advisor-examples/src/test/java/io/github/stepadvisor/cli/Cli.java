package io.github.stepadvisor.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/** Runs the command line in-process, as {@code java -jar advisor.jar ARGS} would, for the authoring tests. */
final class Cli {

    record Result(int exit, String out, String err) {

        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AdvisorCommand.run(args, new ByteArrayInputStream(new byte[0]), out, err);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Replaces the text of {@code file} by {@code edit} of it, failing when the edit changes nothing. */
    static void edit(Path file, UnaryOperator<String> edit) throws IOException {
        String before = Files.readString(file);
        String after = edit.apply(before);
        if (after.equals(before)) {
            throw new AssertionError("the edit of " + file + " changed nothing");
        }
        Files.writeString(file, after);
    }
}
