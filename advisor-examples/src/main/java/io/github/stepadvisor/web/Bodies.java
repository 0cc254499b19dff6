package io.github.stepadvisor.web;

import io.javalin.http.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The body of a POST: JSON only, at most {@link #MAX_BYTES}. Read here rather than by Javalin so
 * a chunked body without a length is cut off at the limit too, instead of read whole first.
 */
final class Bodies {

    /** A profile is about 1 KB and a Match-sized catalogue under 1 MB as JSON; more is a mistake. */
    static final int MAX_BYTES = 1024 * 1024;

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
        if (declared > MAX_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            return readAtMost(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The request body could not be read", e);
        }
    }

    private static byte[] readAtMost(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] chunk = new byte[16 * 1024];
        for (int read = in.read(chunk); read != -1; read = in.read(chunk)) {
            body.write(chunk, 0, read);
            if (body.size() > MAX_BYTES) {
                throw tooLarge();
            }
        }
        return body.toByteArray();
    }

    private static ClientError tooLarge() {
        return new ClientError(413, "the body is larger than " + MAX_BYTES / 1024 / 1024
                + " MB; a profile is about 1 KB and a catalogue of every program in the Match under 1 MB");
    }
}
