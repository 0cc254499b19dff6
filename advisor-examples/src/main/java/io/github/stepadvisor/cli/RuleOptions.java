package io.github.stepadvisor.cli;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.model.InvalidInputException;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The rule set to advise with, an option every advising command shares (as a picocli mixin):
 * the built-in rules, or an advisor's edited copy of them.
 */
final class RuleOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "use the rule set in DIR (DRL files in advice/ and programs/, thresholds.properties, "
                    + "tiers.properties) instead of the built-in one")
    Path folder;

    /**
     * The advisor for these options; the built-in one is compiled once per process.
     *
     * @throws InvalidInputException when the folder's rules do not compile, each problem as
     *                               {@code file:line: message}
     */
    StepAdvisor advisor() {
        return folder == null ? StepAdvisor.builtIn() : StepAdvisor.fromDirectory(folder);
    }
}
