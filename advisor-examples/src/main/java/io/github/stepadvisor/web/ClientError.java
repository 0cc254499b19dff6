package io.github.stepadvisor.web;

/**
 * A request the service refuses before reading it as a profile: a body too large, of the wrong
 * type, a bad query parameter. Thrown by a handler, answered as {@link ApiErrors} with its status.
 */
final class ClientError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    ClientError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
