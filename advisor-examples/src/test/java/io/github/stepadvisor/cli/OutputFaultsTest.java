package io.github.stepadvisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17, defects 1, 10 and 11: output that cannot be written is never a silent success. */
class OutputFaultsTest {

    private static final String SAMPLE = "profiles/step1-dedicated-below-margin.json";

    /** A disk that fills after {@code room} bytes, as {@code /dev/full} or a full file system does. */
    private static final class FullDisk extends OutputStream {
        private final long room;
        private final String reason;
        long bytes;
        /** The length of the first write refused, and whether a later one offered more: a line after it. */
        int refused = -1;
        boolean wroteOnAfterFailure;

        FullDisk(long room, String reason) {
            this.room = room;
            this.reason = reason;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (bytes + len > room) {
                // A retry of the same buffered bytes is not a new line; more bytes are.
                wroteOnAfterFailure |= refused >= 0 && len > refused;
                refused = refused < 0 ? len : refused;
                throw new IOException(reason);
            }
            bytes += len;
        }
    }

    private record Result(int exit, String err) {
    }

    private static Result run(OutputStream out, byte[] stdin, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AdvisorCommand.run(args, new ByteArrayInputStream(stdin), out, err);
        return new Result(exit, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void adviceToAFullDiskIsExitOneWithOneLine() {
        for (String[] args : List.of(new String[] {SAMPLE}, new String[] {"--format", "json", SAMPLE},
                new String[] {"programs", "--catalogue", "catalogues/fictional-sample.csv",
                        "profiles/redeemed-in-season.json"})) {
            Result result = run(new FullDisk(0, "No space left on device"), new byte[0], args);

            assertThat(result.exit()).as(String.join(" ", args)).isEqualTo(AdvisorCommand.INTERNAL_ERROR);
            assertThat(result.err()).isEqualTo("advisor: cannot write the output: No space left on device\n");
        }
    }

    @Test
    void aBatchOnAFullDiskStopsAtOnceWithWholeLinesWritten() {
        FullDisk disk = new FullDisk(20_000, "No space left on device");

        Result result = run(disk, lines(200), "--batch");

        assertThat(result.exit()).isEqualTo(AdvisorCommand.INTERNAL_ERROR);
        assertThat(result.err()).isEqualTo("advisor: cannot write the output: No space left on device\n");
        assertThat(disk.refused).isPositive();
        assertThat(disk.wroteOnAfterFailure).as("a line written after the failed one").isFalse();
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void anEndlessBatchStopsAtOnceWhenItsPipeCloses() {
        FullDisk pipe = new FullDisk(5_000, "Broken pipe");
        ProfileLines endless = new ProfileLines(Long.MAX_VALUE);

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AdvisorCommand.run(new String[] {"--batch"}, endless, pipe, err);

        assertThat(exit).isEqualTo(AdvisorCommand.INTERNAL_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("advisor: cannot write the output: Broken pipe\n");
        assertThat(pipe.wroteOnAfterFailure).as("a line written after the failed one").isFalse();
    }

    @Test
    void everyBatchLineIsFlushedWhole() {
        List<String> flushed = new ArrayList<>();
        ByteArrayOutputStream written = new ByteArrayOutputStream() {
            @Override
            public void flush() {
                flushed.add(toString(StandardCharsets.UTF_8));
            }
        };

        Result result = run(written, lines(40), "--batch");

        assertThat(result.exit()).isZero();
        // Lines are flushed one by one as they are written, never a part of one.
        assertThat(flushed).allSatisfy(text -> assertThat(text).satisfiesAnyOf(String::isEmpty, t -> assertThat(t).endsWith("\n")));
        assertThat(flushed.stream().filter(text -> !text.isEmpty()).distinct().count()).isEqualTo(40);
    }

    private static byte[] lines(int count) {
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= count; n++) {
            text.append(ProfileLines.line(n)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
