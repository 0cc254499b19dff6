package io.github.stepadvisor.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * An output stream that remembers why its first write failed. {@link java.io.PrintWriter} swallows
 * write errors and keeps only a flag ({@code checkError()}); the command needs the reason ("No
 * space left on device", "Broken pipe") to say in one line why the output was lost.
 */
final class WatchedOutput extends FilterOutputStream {

    private volatile IOException failure;

    WatchedOutput(OutputStream out) {
        super(out);
    }

    /** The first write or flush that failed, if any. */
    Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        // FilterOutputStream would write byte by byte.
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    private IOException remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /** Why the output failed, in one line: the system's reason when it gives one. */
    static String reason(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "the output is closed" : message.strip().replaceAll("\\s+", " ");
    }
}
