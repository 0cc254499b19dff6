package io.github.stepadvisor.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Applicant;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** One advisor shared by many threads gives exactly what it gives one thread. */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ADVICES = 100_000;

    @Test
    void eightThreadsOverAHundredThousandAdvicesMatchTheSequentialResults() throws Exception {
        StepAdvisor advisor = StepAdvisor.builtIn();
        List<Applicant> applicants = LongStream.range(0, 250).mapToObj(Applicants::fromSeed).toList();
        List<Advice> expected = applicants.stream().map(advisor::advise).toList();

        AtomicInteger next = new AtomicInteger();
        AtomicInteger mismatches = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < ADVICES; i = next.getAndIncrement()) {
                        int k = i % applicants.size();
                        if (!advisor.advise(applicants.get(k)).equals(expected.get(k))) {
                            mismatches.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(next.get()).isGreaterThanOrEqualTo(ADVICES);
        assertThat(mismatches).hasValue(0);
    }
}
