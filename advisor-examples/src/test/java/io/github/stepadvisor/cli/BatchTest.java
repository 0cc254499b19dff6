package io.github.stepadvisor.cli;

import io.github.stepadvisor.RuleSet;
import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.json.AdviceJson;
import io.github.stepadvisor.json.Json;
import io.github.stepadvisor.json.ProfileJson;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code advisor --batch}: JSON Lines in, one answer per line out, in order, in bounded memory. */
class BatchTest {

    record Result(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Result batch(String input, String... extraArgs) {
        return run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), extraArgs);
    }

    private static Result run(InputStream in, String... extraArgs) {
        String[] args = new String[extraArgs.length + 1];
        args[0] = "--batch";
        System.arraycopy(extraArgs, 0, args, 1, extraArgs.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AdvisorCommand.run(args, in, out, err);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String lines(long from, long to) {
        StringBuilder text = new StringBuilder();
        LongStream.rangeClosed(from, to).forEach(n -> text.append(ProfileLines.line(n)).append('\n'));
        return text.toString();
    }

    /** What the library gives for one line, written as batch mode writes it. */
    private static String expectedAdvice(String line) {
        return AdviceJson.writeLine(StepAdvisor.builtIn().advise(ProfileJson.read(line)));
    }

    private static String errorLine(long number, String... errors) {
        return Batch.errorLine(number, List.of(errors));
    }

    @Test
    void everyLineIsAnsweredByItsAdviceOnOneLineInInputOrder() {
        Result result = batch(lines(1, 200));

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.lines()).hasSize(200);
        for (int n = 1; n <= 200; n++) {
            assertThat(result.lines().get(n - 1)).as("line %d", n).isEqualTo(expectedAdvice(ProfileLines.line(n)));
        }
    }

    @Test
    void anAdviceLineHasTheFieldsOfTheAdviceFormatInTheSameOrder() {
        String line = batch(lines(1, 1)).lines().get(0);

        JsonNode advice = Json.parse(line, "advice");
        assertThat(advice.fieldNames()).toIterable().containsExactly("name", "asOf", "summary", "recommendations");
        assertThat(AdviceJson.read(line)).isEqualTo(StepAdvisor.builtIn().advise(ProfileJson.read(ProfileLines.line(1))));
    }

    @Test
    void aLineThatCannotBeAdvisedGetsItsErrorsInItsPlaceAndTheBatchGoesOn() {
        String input = ProfileLines.line(1) + "\n"
                + "not json\n"
                + ProfileLines.line(2) + "\n"
                + "[]\n"
                + "{\"citizenship\": \"US_CITIZEN\", \"education\": \"IMG\", \"stage\": \"CLINICAL\", \"asOf\": \"2026-02-30\"}\n"
                + ProfileLines.line(3) + "\n";

        Result result = batch(input);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.lines()).hasSize(6);
        assertThat(result.lines().get(0)).isEqualTo(expectedAdvice(ProfileLines.line(1)));
        assertThat(result.lines().get(1)).startsWith("{\"line\":2,\"errors\":[\"not valid JSON: ");
        assertThat(result.lines().get(2)).isEqualTo(expectedAdvice(ProfileLines.line(2)));
        assertThat(result.lines().get(3)).isEqualTo(errorLine(4,
                "a profile is a JSON object {\"citizenship\": ..., ...}, found an array"));
        assertThat(result.lines().get(4)).isEqualTo(errorLine(5,
                "asOf: '2026-02-30' is not a date: February 2026 has 28 days"));
        assertThat(result.lines().get(5)).isEqualTo(expectedAdvice(ProfileLines.line(3)));
        assertThat(result.err()).isEqualTo("advisor: <stdin>: 3 of 6 lines could not be advised (lines 2, 4, 5); "
                + "each has {\"line\": N, \"errors\": [...]} in its place\n");
    }

    @Test
    void everyProblemOfALineIsListedWithItsFieldPath() {
        Result result = batch("{\"citizenship\": \"US_CITIZEN\", \"education\": \"IMG\", \"stage\": \"CLINICAL\", "
                + "\"usLetters\": -1, \"matchYear\": 2027.5}\n");

        assertThat(result.exit()).isEqualTo(2);
        JsonNode error = Json.parse(result.lines().get(0), "error");
        assertThat(error.get("line").asInt()).isEqualTo(1);
        assertThat(error.get("errors")).extracting(JsonNode::asText)
                .anySatisfy(e -> assertThat(e).startsWith("usLetters: "))
                .anySatisfy(e -> assertThat(e).startsWith("matchYear: "));
    }

    @Test
    void aBlankLineIsAnErrorInItsPlaceSoLaterAnswersKeepTheirLineNumbers() {
        Result result = batch(ProfileLines.line(1) + "\n\n   \n" + ProfileLines.line(2) + "\n");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.lines()).containsExactly(
                expectedAdvice(ProfileLines.line(1)),
                errorLine(2, "empty line; expected a profile, one JSON object per line"),
                errorLine(3, "empty line; expected a profile, one JSON object per line"),
                expectedAdvice(ProfileLines.line(2)));
    }

    @Test
    void windowsLineEndsAndAMissingLastLineEndAreAccepted() {
        Result result = batch(ProfileLines.line(1) + "\r\n" + ProfileLines.line(2));

        assertThat(result.exit()).isZero();
        assertThat(result.lines()).containsExactly(expectedAdvice(ProfileLines.line(1)),
                expectedAdvice(ProfileLines.line(2)));
    }

    @Test
    void anEmptyInputGivesAnEmptyOutput() {
        Result result = batch("");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEmpty();
    }

    @Test
    void aLineLongerThanOneMegabyteIsRefusedUnheldAndTheNextLineIsAdvised() {
        String huge = "{\"name\": \"" + "x".repeat(Batch.MAX_LINE_BYTES) + "\"}";

        Result result = batch(huge + "\n" + ProfileLines.line(1) + "\n");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.lines()).containsExactly(
                errorLine(1, "the line is longer than 1 MB; a profile is a few kilobytes"),
                expectedAdvice(ProfileLines.line(1)));
    }

    @Test
    void aLineOfExactlyOneMegabyteIsReadAndJudgedOnItsContent() {
        String padded = " ".repeat(Batch.MAX_LINE_BYTES - ProfileLines.line(1).length()) + ProfileLines.line(1);

        Result result = batch(padded + "\r\n");

        assertThat(result.exit()).isZero();
        assertThat(result.lines()).containsExactly(expectedAdvice(ProfileLines.line(1)));
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void twentyThousandLinesStreamThroughInOrderWithOnlyAFewLinesInMemory() {
        long count = 20_000;
        ProfileLines input = new ProfileLines(count, n -> n % 1000 == 0 ? "[]" : null);
        // Lines begun by the reader but not yet answered: the pipeline, plus one read buffer of short lines.
        int shortest = LongStream.rangeClosed(1, 4).mapToInt(n -> ProfileLines.line(n).length()).min().orElseThrow();
        long bound = Batch.MAX_IN_FLIGHT + 64 * 1024 / shortest + 2;
        long[] written = {0};
        long[] aheadAtMost = {0};
        List<Long> outOfPlace = new ArrayList<>();
        // Checked as written and dropped: the output is never held either.
        OutputStream out = new LineSink(line -> {
            long n = ++written[0];
            aheadAtMost[0] = Math.max(aheadAtMost[0], input.linesStarted() - n);
            boolean inPlace = n % 1000 == 0
                    ? line.equals(errorLine(n, "a profile is a JSON object {\"citizenship\": ..., ...}, found an array"))
                    : line.startsWith("{\"name\":") && asOf(line).equals(Json.date(ProfileLines.asOf(n)));
            if (!inPlace) {
                outOfPlace.add(n);
            }
        });
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = AdvisorCommand.run(new String[] {"--batch", "-"}, input, out, err);

        assertThat(written[0]).isEqualTo(count);
        assertThat(outOfPlace).as("lines whose answer is not theirs").isEmpty();
        assertThat(aheadAtMost[0]).as("lines read ahead of the answers").isLessThanOrEqualTo(bound);
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("advisor: <stdin>: 20 of 20000 lines could not be "
                + "advised (lines 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000, ...); "
                + "each has {\"line\": N, \"errors\": [...]} in its place\n");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aProgramMaySendOneProfileAndWaitForItsAdviceBeforeSendingTheNext() throws Exception {
        PipedOutputStream toAdvisor = new PipedOutputStream();
        PipedInputStream advisorIn = new PipedInputStream(toAdvisor, 64 * 1024);
        PipedInputStream fromAdvisor = new PipedInputStream(64 * 1024);
        PipedOutputStream advisorOut = new PipedOutputStream(fromAdvisor);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
            try (advisorOut) {
                return AdvisorCommand.run(new String[] {"--batch"}, advisorIn, advisorOut, new ByteArrayOutputStream());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        BufferedReader answers = new BufferedReader(new InputStreamReader(fromAdvisor, StandardCharsets.UTF_8));

        for (int n = 1; n <= 3; n++) {
            toAdvisor.write((ProfileLines.line(n) + "\n").getBytes(StandardCharsets.UTF_8));
            toAdvisor.flush();
            assertThat(answers.readLine()).isEqualTo(expectedAdvice(ProfileLines.line(n)));
        }
        toAdvisor.close();

        assertThat(answers.readLine()).isNull();
        assertThat(exit.get(1, TimeUnit.MINUTES)).isZero();
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void anEndlessBatchStopsWhenItsOutputIsClosed() {
        OutputStream closedAfterAWhile = new OutputStream() {
            private long bytes;

            @Override
            public void write(int b) throws IOException {
                if (++bytes > 1_000_000) {
                    throw new IOException("Broken pipe");
                }
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = AdvisorCommand.run(new String[] {"--batch"}, new ProfileLines(Long.MAX_VALUE), closedAfterAWhile, err);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("advisor: <stdin>: standard output is closed; stopped after ");
    }

    @Test
    void aFileIsReadLikeStandardInput(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("profiles.jsonl");
        Files.writeString(file, lines(1, 5));

        Result fromFile = run(InputStream.nullInputStream(), file.toString());
        Result fromStdin = batch(lines(1, 5), "-");

        assertThat(fromFile.exit()).isZero();
        assertThat(fromFile.out()).isEqualTo(fromStdin.out()).isEqualTo(batch(lines(1, 5)).out());
    }

    @Test
    void aMissingFileExitsTwoWithOneLineAndNoOutput(@TempDir Path folder) {
        Result result = run(InputStream.nullInputStream(), folder.resolve("nosuch.jsonl").toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("advisor: " + folder.resolve("nosuch.jsonl") + ": no such file\n");
    }

    @Test
    void jsonIsTheBatchFormatAndTextIsRefused() {
        Result json = batch(lines(1, 1), "--format", "json");
        Result text = batch(lines(1, 1), "--format", "text");

        assertThat(json.exit()).isZero();
        assertThat(json.out()).isEqualTo(batch(lines(1, 1)).out());
        assertThat(text.exit()).isEqualTo(2);
        assertThat(text.out()).isEmpty();
        assertThat(text.err()).startsWith("advisor: --batch writes JSON Lines, one advice per line: "
                + "--format text cannot be used with it\n");
    }

    @Test
    void aLoopingRuleSetFailsEachLineWithTheRuleNamedAndExitsTwo(@TempDir Path folder) throws IOException {
        Path rules = folder.resolve("rules");
        RuleSet.copyBuiltInTo(rules);
        Files.writeString(rules.resolve("advice/loop.drl"), """
                package advice;

                rule "Every object makes another"
                    @id("context.test-loop")
                when
                    Object( )
                then
                    insert( new Object() );
                end
                """);

        Result result = batch(lines(1, 2), "--rules", rules.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.lines()).hasSize(2).allSatisfy(line -> assertThat(line)
                .contains("loop.drl: rule \\\"Every object makes another\\\" (@id context.test-loop)").contains("it loops"));
        assertThat(result.err()).doesNotContain("internal error");
    }

    /** The asOf of an advice line, found without parsing the line: 20,000 parses would dominate the test. */
    private static String asOf(String adviceLine) {
        int start = adviceLine.indexOf("\"asOf\":\"") + "\"asOf\":\"".length();
        return adviceLine.substring(start, Math.min(adviceLine.length(), start + "YYYY-MM-DD".length()));
    }

    /** Hands each complete line written to it to a consumer, keeping nothing else. */
    private static final class LineSink extends OutputStream {
        private final Consumer<String> consumer;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineSink(Consumer<String> consumer) {
            this.consumer = consumer;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                consumer.accept(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                write(bytes[i]);
            }
        }
    }
}
