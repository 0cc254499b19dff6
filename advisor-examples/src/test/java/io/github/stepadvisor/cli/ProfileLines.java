package io.github.stepadvisor.cli;

import io.github.stepadvisor.format.Json;

import io.github.stepadvisor.format.JsonValue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * JSON Lines made on the fly, never held whole: line {@code n} (from 1) is sample profile
 * {@code (n - 1) % k} of the {@code k} in {@code profiles/} on one line, its {@code asOf} moved on
 * by {@code ((n - 1) / k) % 30} days (every sample stays valid that much later), so a batch of any
 * length can be fed through a stream and each answer traced back to its line.
 *
 * <p>Also writes such a file, for measuring a batch from the command line:
 * {@code java -cp target/test-classes:target/advisor.jar io.github.stepadvisor.cli.ProfileLines 100000 batch.jsonl}
 */
final class ProfileLines extends InputStream {

    static final int DAYS = 30;

    private static final List<JsonValue.JsonObject> SAMPLES;

    static {
        try {
            SAMPLES = samples();
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final long count;
    private final LongFunction<String> override;
    private long started;
    private byte[] current = new byte[0];
    private int position;

    /** {@code count} generated lines ({@link Long#MAX_VALUE} for an endless stream). */
    ProfileLines(long count) {
        this(count, n -> null);
    }

    /** As {@link #ProfileLines(long)}, with line {@code n} replaced by {@code override.apply(n)} where it is not null. */
    ProfileLines(long count, LongFunction<String> override) {
        this.count = count;
        this.override = override;
    }

    /** The samples on one line each, in file-name order. */
    static List<JsonValue.JsonObject> samples() throws IOException {
        List<JsonValue.JsonObject> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("profiles"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                samples.add((JsonValue.JsonObject) Json.parse(Files.readAllBytes(file), "sample"));
            }
        }
        return samples;
    }

    /** Line {@code n} as generated, before any override. */
    static String line(long n) {
        JsonValue.JsonObject profile = SAMPLES.get((int) ((n - 1) % SAMPLES.size()));
        return Json.writeLine(profile.with("asOf", new JsonValue.JsonString(Json.date(asOf(n)))));
    }

    /** The {@code asOf} of generated line {@code n}. */
    static LocalDate asOf(long n) {
        JsonValue sample = SAMPLES.get((int) ((n - 1) % SAMPLES.size()));
        return Json.parseDate(JsonFields.text(sample.get("asOf"))).plusDays(((n - 1) / SAMPLES.size()) % DAYS);
    }

    /** How many lines have been started: a reader has asked for at least one byte of each. */
    long linesStarted() {
        return started;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (position == current.length) {
            if (started == count) {
                return -1;
            }
            started++;
            String text = override.apply(started);
            current = ((text == null ? line(started) : text) + "\n").getBytes(StandardCharsets.UTF_8);
            position = 0;
        }
        int n = Math.min(length, current.length - position);
        System.arraycopy(current, position, buffer, offset, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        return started == count && position == current.length ? 0 : 1;
    }

    public static void main(String[] args) throws IOException {
        long count = Long.parseLong(args[0]);
        try (InputStream in = new ProfileLines(count);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])))) {
            in.transferTo(out);
        }
    }
}
