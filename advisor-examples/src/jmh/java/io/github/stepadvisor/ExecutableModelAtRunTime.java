package io.github.stepadvisor;

import org.drools.model.codegen.ExecutableModelProject;

import java.nio.file.Path;

/**
 * For the benchmark: the rules of a folder built into the Drools executable model now, as
 * kie-maven-plugin builds the built-in rules at build time, so a variant of the built-in rules is
 * measured on the same path as {@link StepAdvisor#builtIn()} (the runtime DRL path of
 * {@link StepAdvisor#fromDirectory} runs the same rules 0.8x-1.2x as fast, which is the size of the
 * effects measured). It sits in this package to reach the package-private
 * {@link RuleSetLoader#fromDirectory(Path, java.util.function.UnaryOperator)}; the code generator it
 * needs is a dependency of the benchmark only.
 */
public final class ExecutableModelAtRunTime {

    private ExecutableModelAtRunTime() {
    }

    /**
     * An advisor with the rule set in {@code folder} compiled from DRL as {@link StepAdvisor#fromDirectory}
     * compiles it, but advising on the caller's thread without a time limit: the engine measured
     * without the worker-thread hand-off that times an edited set (the engine floor, runtime DRL).
     */
    public static StepAdvisor untimedFromDirectory(Path folder) {
        return new StepAdvisor(RuleSetLoader.fromDirectory(folder));
    }

    /** An advisor with the rule set in {@code folder}, built into the executable model. */
    public static StepAdvisor advisor(Path folder) {
        return new StepAdvisor(RuleSetLoader.fromDirectory(folder, builder -> builder.buildAll(ExecutableModelProject.class)));
    }
}
