package io.github.stepadvisor.cli;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Problem;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The rule set to advise with, an option every advising command shares (as a picocli mixin):
 * the built-in rules, or an advisor's edited copy of them.
 */
final class RuleOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "use the rule set in DIR (DRL files in advice/ and programs/, thresholds.properties, "
                    + "tiers.properties) instead of the built-in one")
    Path folder;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "5",
            description = "stop the rules of --rules after SECONDS for one profile (default ${DEFAULT-VALUE}): "
                    + "a rule that never ends is reported, naming it; the built-in rules are not limited")
    double timeLimitSeconds;

    /**
     * The advisor for these options; the built-in one is compiled once per process.
     *
     * @throws InvalidInputException when the folder's rules do not compile, each problem as
     *                               {@code file:line: message}
     */
    StepAdvisor advisor() {
        if (folder == null) {
            return StepAdvisor.builtIn();
        }
        Duration limit = timeLimit();
        return StepAdvisor.fromDirectory(folder).withTimeLimit(limit);
    }

    /** The limit as given, checked here so a mistake is a usage error naming the option. */
    private Duration timeLimit() {
        if (!(timeLimitSeconds > 0 && timeLimitSeconds <= MAX_TIME_LIMIT_SECONDS)) {
            throw new InvalidInputException("Invalid option", List.of(new Problem("--time-limit",
                    "must be more than 0 and at most " + MAX_TIME_LIMIT_SECONDS + " seconds")));
        }
        return Duration.ofMillis(Math.max(1, Math.round(timeLimitSeconds * 1000)));
    }

    /** An hour: far past any advice, and far below what a Duration holds. */
    private static final int MAX_TIME_LIMIT_SECONDS = 3600;
}
