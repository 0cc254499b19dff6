package io.github.stepadvisor;

import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Problem;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the sessions of an edited rule set on a worker thread within a wall-clock limit, so a
 * rule that never ends ({@code while (true) {}}, {@code Thread.sleep}) or recurses without end is
 * the rule set's error naming the rule, not a hang or a crash.
 *
 * <p>Drools cannot stop a busy Java consequence ({@code KieSession.halt()} waits for it), and
 * Java has no safe way to kill a thread: a session past its limit is halted, its worker
 * interrupted (which ends a sleep or a wait) and then abandoned. Each abandoned worker may keep a
 * core busy, so after {@link #MAX_STUCK} of them still running the rule set is refused at once.
 * The built-in rules do not come here: they are tested to end, and run on the caller's thread.
 */
final class SessionTimer {

    /** Abandoned sessions still running at which an advisor stops starting new ones. */
    static final int MAX_STUCK = 2;

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "advisor-rules");
        // An abandoned worker must not keep the process alive.
        thread.setDaemon(true);
        return thread;
    });

    private final Duration limit;
    private final Set<Future<?>> stuck = ConcurrentHashMap.newKeySet();
    private volatile Problem firstStuck;

    SessionTimer(Duration limit) {
        this.limit = limit;
    }

    Duration limit() {
        return limit;
    }

    /** A session past its limit: left to its worker, so the caller must not dispose of it. */
    static final class AbandonedSessionException extends InvalidInputException {
        private static final long serialVersionUID = 1L;

        AbandonedSessionException(List<Problem> problems) {
            super("Invalid rule set", problems);
        }
    }

    /**
     * {@code work} on {@code session}, run by a worker within the limit.
     *
     * @throws AbandonedSessionException when the limit passed; the session is still in use then
     * @throws InvalidInputException     when a rule recursed without end, or too many sessions are stuck
     */
    <T> T run(RuleSet rules, KieSession session, Callable<T> work) {
        stuck.removeIf(Future::isDone);
        if (stuck.size() >= MAX_STUCK && firstStuck != null) {
            throw new InvalidInputException("Invalid rule set", List.of(new Problem(firstStuck.where(),
                    firstStuck.message() + "; " + stuck.size() + " sessions are still running it, so this rule set "
                            + "advises no more")));
        }
        CurrentRule current = new CurrentRule();
        session.addEventListener(current);
        Future<T> future = WORKERS.submit(work);
        try {
            return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            session.halt();
            future.cancel(true);
            stuck.add(future);
            Problem problem = problem(rules, current.rule, "did not finish within " + seconds(limit)
                    + " and was stopped: it may loop for ever or wait (an advice takes milliseconds)");
            if (firstStuck == null) {
                firstStuck = problem;
            }
            throw new AbandonedSessionException(List.of(problem));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof StackOverflowError) {
                throw new InvalidInputException("Invalid rule set", List.of(problem(rules, current.rule,
                        "recursed without end (the stack overflowed)")));
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while advising", e);
        } finally {
            session.removeEventListener(current);
        }
    }

    private static Problem problem(RuleSet rules, Rule rule, String what) {
        if (rule == null) {
            // Between firings: the conditions, which are the rule set's too.
            return new Problem(rules.origin(), "a rule's conditions " + what);
        }
        return new Problem(rules.fileOf(rule), "rule \"" + rule.getName() + "\" " + what);
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** The rule whose consequence is running, if one is. */
    private static final class CurrentRule extends DefaultAgendaEventListener {
        volatile Rule rule;

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            rule = event.getMatch().getRule();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            rule = null;
        }
    }
}
