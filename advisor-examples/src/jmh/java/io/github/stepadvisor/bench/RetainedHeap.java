package io.github.stepadvisor.bench;

import io.github.stepadvisor.RuleSet;
import io.github.stepadvisor.StepAdvisor;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints the heap a freshly loaded rule set keeps, in a JVM of its own: {@code precompiled},
 * {@code runtime-drl} (a copy of the built-in rules compiled now) or {@code none} (the baseline).
 */
public final class RetainedHeap {

    private RetainedHeap() {
    }

    public static void main(String[] args) throws Exception {
        String which = args[0];
        Path copy = Files.createTempDirectory("built-in-copy");
        RuleSet.copyBuiltInTo(copy);
        RuleSet loaded = switch (which) {
            case "precompiled" -> StepAdvisor.builtIn().ruleSet();
            case "runtime-drl" -> StepAdvisor.fromDirectory(copy).ruleSet();
            case "none" -> null;
            default -> throw new IllegalArgumentException(which);
        };
        if (loaded != null) {
            // Both knowledge bases (each is made on first use), as an advisor that also lists programs
            // would hold them. They are not public API, and building them through rules() would keep
            // ~0.5 MB more (measured), so the package-private methods are called directly.
            KnowledgeBases.advice(loaded);
            KnowledgeBases.programs(loaded);
        }
        long used = settledHeap();
        java.lang.ref.Reference.reachabilityFence(loaded);
        AdviseBenchmark.delete(copy);
        System.out.println(used);
    }

    private static long settledHeap() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
