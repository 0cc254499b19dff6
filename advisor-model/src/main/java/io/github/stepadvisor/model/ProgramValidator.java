package io.github.stepadvisor.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The one place that decides whether a catalogue makes sense: required fields, ranges, the id
 * pattern and unique ids, as {@code program-list.md} lists them. Every problem is collected; a
 * file reader passes a {@link Locator} so each problem names its file, line or index.
 */
public final class ProgramValidator {

    public static final int MAX_ID_LENGTH = 40;
    public static final int MAX_NAME_LENGTH = 200;

    /** Where a catalogue's programs are, in the terms of whoever read it. */
    public interface Locator {

        /** A problem with {@code field} of the program at {@code index}. */
        Problem problem(int index, String field, String message);

        /** Names the program at {@code index} from another one's message: "on line 5", "at [2]". */
        String name(int index);
    }

    /** Programs of a list in memory: {@code catalogue[3].imgShare}. */
    public static final Locator IN_MEMORY = new Locator() {
        @Override
        public Problem problem(int index, String field, String message) {
            return new Problem("catalogue[" + index + "]." + field, message);
        }

        @Override
        public String name(int index) {
            return "at catalogue[" + index + "]";
        }
    };

    private final Locator locator;
    private final List<Problem> problems = new ArrayList<>();

    private ProgramValidator(Locator locator) {
        this.locator = locator;
    }

    /** Every problem of {@code programs} named as {@link #IN_MEMORY}; empty when it is valid. */
    public static List<Problem> problems(List<Program> programs) {
        return problems(programs, IN_MEMORY);
    }

    /** Every problem of {@code programs}, each placed by {@code locator}; empty when it is valid. */
    public static List<Problem> problems(List<Program> programs, Locator locator) {
        Objects.requireNonNull(programs, "programs");
        Objects.requireNonNull(locator, "locator");
        ProgramValidator validator = new ProgramValidator(locator);
        Map<String, Integer> firstById = new HashMap<>(programs.size() * 4 / 3 + 1);
        for (int i = 0; i < programs.size(); i++) {
            Program program = programs.get(i);
            if (program == null) {
                validator.add(i, "id", "no program");
                continue;
            }
            validator.check(i, program);
            if (program.id() != null) {
                Integer first = firstById.putIfAbsent(program.id(), i);
                if (first != null) {
                    validator.add(i, "id", program.id() + " is already used " + locator.name(first));
                }
            }
        }
        return List.copyOf(validator.problems);
    }

    /** @throws InvalidInputException listing every problem, when there is any */
    public static void requireValid(List<Program> programs) {
        List<Problem> found = problems(programs);
        if (!found.isEmpty()) {
            throw new InvalidInputException("Invalid catalogue", found);
        }
    }

    private void check(int i, Program p) {
        if (p.id() == null || p.id().isEmpty()) {
            add(i, "id", "is required");
        } else if (!isId(p.id())) {
            add(i, "id", "'" + p.id() + "' is not 1-40 letters, digits, '.', '_' or '-'");
        }
        if (p.name() == null || p.name().isBlank()) {
            add(i, "name", "is required");
        } else if (p.name().length() > MAX_NAME_LENGTH) {
            add(i, "name", "is " + p.name().length() + " characters long; at most " + MAX_NAME_LENGTH);
        }
        required(i, "specialty", p.specialty());
        required(i, "state", p.state());
        required(i, "setting", p.setting());
        range(i, "positions", p.positions(), 1, 500);
        range(i, "imgShare", p.imgShare(), 0, 100);
        range(i, "step2Median", p.step2Median(), 1, 300);
        range(i, "step2Minimum", p.step2Minimum(), 1, 300);
        range(i, "maxYearsSinceGraduation", p.maxYearsSinceGraduation(), 0, 50);
        range(i, "usceRequiredMonths", p.usceRequiredMonths(), 0, 60);
    }

    /** 1-40 letters, digits, '.', '_' or '-': an NRMP program code fits. */
    public static boolean isId(String id) {
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private void required(int i, String field, Object value) {
        if (value == null) {
            add(i, field, "is required");
        }
    }

    private void range(int i, String field, OptionalInt value, int min, int max) {
        if (value.isPresent() && (value.getAsInt() < min || value.getAsInt() > max)) {
            add(i, field, value.getAsInt() + " is outside " + min + "-" + max);
        }
    }

    private void add(int i, String field, String message) {
        problems.add(locator.problem(i, field, message));
    }
}
