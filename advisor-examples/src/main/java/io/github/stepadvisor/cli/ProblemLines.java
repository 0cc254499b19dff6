package io.github.stepadvisor.cli;

import io.github.stepadvisor.model.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems a command shows: the first {@link #LISTED} of them and a line saying how many more
 * there are, so an input with a million mistakes gives a screenful, not a million lines.
 */
final class ProblemLines {

    /** Problems listed before the rest are counted. */
    static final int LISTED = 100;

    private ProblemLines() {
    }

    /** One line per problem, {@code prefix} before each, at most {@link #LISTED} and then "... and N more". */
    static List<String> of(List<Problem> problems, String prefix) {
        List<String> lines = new ArrayList<>(Math.min(problems.size(), LISTED) + 1);
        for (int i = 0; i < problems.size() && i < LISTED; i++) {
            lines.add(prefix + problems.get(i));
        }
        if (problems.size() > LISTED) {
            int more = problems.size() - LISTED;
            lines.add(prefix + "... and " + more + " more " + (more == 1 ? "problem" : "problems"));
        }
        return lines;
    }
}
