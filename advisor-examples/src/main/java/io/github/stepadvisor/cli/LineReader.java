package io.github.stepadvisor.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a stream as bytes, one at a time, never holding more than one line: a line longer
 * than the cap is skipped to its end and reported as too long, so an endless line cannot exhaust
 * memory. Lines end with {@code \n}; a {@code \r} before it is dropped; a last line without
 * {@code \n} still counts, and a stream ending with {@code \n} has no empty line after it.
 */
final class LineReader {

    /** One line: its number from 1, its bytes without the line end ({@code null} when it was too long). */
    record Line(long number, byte[] bytes) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private int position;
    private int limit;
    private long number;
    private boolean ended;

    /** A line with no end this far past the cap is no line of text: reading stops there. */
    static final int SKIP_FACTOR = 64;

    /** The input has a line that does not end within {@link #SKIP_FACTOR} times the cap ({@code /dev/zero}). */
    static final class EndlessLineException extends IOException {
        private static final long serialVersionUID = 1L;

        EndlessLineException(long line, long bytes) {
            super("line " + line + " has no end within " + bytes / 1024 / 1024 + " MB; the input is not JSON Lines");
        }
    }

    LineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or {@code null} at the end of the stream. */
    Line next() throws IOException {
        current.reset();
        boolean tooLong = false;
        boolean any = false;
        long skipped = 0;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return null;
                }
                return line(tooLong);
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (tooLong) {
                skipped += position - start;
                if (skipped > (long) maxBytes * SKIP_FACTOR) {
                    throw new EndlessLineException(number + 1, (long) maxBytes * SKIP_FACTOR);
                }
            } else {
                current.write(buffer, start, position - start);
                // A \r the cap counts is dropped with the line end, so allow one byte of it.
                if (current.size() > maxBytes + 1) {
                    tooLong = true;
                    current.reset();
                }
            }
            if (position < limit) {
                position++;
                return line(tooLong);
            }
        }
    }

    /**
     * Whether a line can be read without waiting for the producer, as far as the stream can tell:
     * before waiting, a caller writes out what it has, so a program that sends one profile and
     * waits for its advice gets it.
     */
    boolean ready() {
        if (position < limit || ended) {
            return true;
        }
        try {
            return in.available() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private Line line(boolean tooLong) {
        number++;
        if (tooLong) {
            return new Line(number, null);
        }
        byte[] bytes = current.toByteArray();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        if (length > maxBytes) {
            return new Line(number, null);
        }
        return new Line(number, length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length));
    }

    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        int read = in.read(buffer);
        if (read <= 0) {
            // read() returns 0 only for an empty buffer, which ours never is.
            ended = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
