package io.github.stepadvisor.web;

import io.javalin.http.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The body of a POST: JSON only, at most {@link #MAX_BYTES}. Read here rather than by Javalin so
 * a chunked body without a length is cut off at the limit too, instead of read whole first.
 */
final class Bodies {

    /** A profile is about 1 KB and a Match-sized catalogue under 1 MB as JSON; more is a mistake. */
    static final int MAX_BYTES = 1024 * 1024;
    /**
     * How much of a refused body is read and discarded so its client, still sending, gets to read
     * the 413: a server that answers and closes mid-upload leaves most clients with a reset
     * connection instead of the answer. Past this the connection is simply closed.
     */
    static final int MAX_DRAINED = 16 * 1024 * 1024;

    private Bodies() {
    }

    /**
     * The body's bytes.
     *
     * @throws ClientError 415 for a content type other than JSON, 413 for a body over the limit
     */
    static byte[] json(Context ctx) {
        String type = ctx.contentType();
        String mediaType = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new ClientError(415, "Content-Type: " + (type == null ? "missing" : "'" + mediaType + "'")
                    + "; send the body as application/json");
        }
        long declared = ctx.req().getContentLengthLong();
        // A client that sent "Expect: 100-continue" has not sent the body yet: refused now, it never does.
        boolean waiting = ctx.header("Expect") != null;
        if (declared > MAX_BYTES && (waiting || declared > MAX_DRAINED)) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            return readAtMost(in).orElseThrow(Bodies::tooLarge);
        } catch (IOException e) {
            throw new UncheckedIOException("The request body could not be read", e);
        }
    }

    /** The body when it is within the limit; else empty, after discarding up to {@link #MAX_DRAINED} of it. */
    private static Optional<byte[]> readAtMost(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] chunk = new byte[16 * 1024];
        for (int read = in.read(chunk); read != -1; read = in.read(chunk)) {
            body.write(chunk, 0, read);
            if (body.size() > MAX_BYTES) {
                long drained = body.size();
                for (int more = in.read(chunk); more != -1 && drained <= MAX_DRAINED; more = in.read(chunk)) {
                    drained += more;
                }
                return Optional.empty();
            }
        }
        return Optional.of(body.toByteArray());
    }

    private static ClientError tooLarge() {
        return new ClientError(413, "the body is larger than " + MAX_BYTES / 1024 / 1024
                + " MB; a profile is about 1 KB and a catalogue of every program in the Match under 1 MB");
    }
}
