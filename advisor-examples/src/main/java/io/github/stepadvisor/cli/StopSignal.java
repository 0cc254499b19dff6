package io.github.stepadvisor.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets a run that writes line by line finish its current line when the process is asked to stop
 * (SIGTERM, SIGINT): a shutdown hook raises the signal and waits until the run says it has
 * stopped at a line end, or {@link #GRACE_SECONDS} at most. Without it the JVM would exit in the
 * middle of a line and leave it cut.
 */
final class StopSignal implements AutoCloseable {

    /** How long a stop waits for the current line; one advice takes milliseconds. */
    static final int GRACE_SECONDS = 5;

    private volatile boolean requested;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread hook;

    private StopSignal() {
        hook = new Thread(this::stop, "advisor-stop");
    }

    /** A signal listening for the process being stopped until {@link #close()}. */
    static StopSignal install() {
        StopSignal signal = new StopSignal();
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    /** Whether the process is stopping: the run should end at the line end it is at. */
    boolean requested() {
        return requested;
    }

    private void stop() {
        requested = true;
        try {
            stopped.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The run has written its last whole line: the process may end. */
    @Override
    public void close() {
        stopped.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException stopping) {
            // The process is already stopping: the hook has run or is running, and now returns.
        }
    }
}
