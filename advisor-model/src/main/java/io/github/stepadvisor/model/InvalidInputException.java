package io.github.stepadvisor.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Refuses an input as a whole, listing every problem found in it. Nothing is half-processed.
 */
public class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidInputException(String what, List<Problem> problems) {
        super(describe(what, problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order found. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String what, List<Problem> problems) {
        return problems.stream()
                .map(Problem::toString)
                .collect(Collectors.joining("\n  ", what + " (" + problems.size()
                        + (problems.size() == 1 ? " problem" : " problems") + "):\n  ", ""));
    }
}
