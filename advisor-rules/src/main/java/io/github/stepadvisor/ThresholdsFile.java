package io.github.stepadvisor;

import io.github.stepadvisor.model.Problem;
import io.github.stepadvisor.rules.Range;
import io.github.stepadvisor.rules.Thresholds;

import java.lang.reflect.RecordComponent;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code thresholds.properties} into {@link Thresholds}. The record's components are the
 * list of names, so a threshold is declared once in Java and valued once in the file.
 */
final class ThresholdsFile {

    private ThresholdsFile() {
    }

    /** The thresholds, or empty with the file's problems added to {@code problems}. */
    static Optional<Thresholds> read(String file, String text, List<Problem> problems) {
        KeyValueFile parsed = KeyValueFile.parse(file, text);
        RecordComponent[] components = Thresholds.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Set<String> known = new HashSet<>();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            known.add(component.getName());
            KeyValueFile.Entry entry = parsed.entries().get(component.getName());
            if (entry == null) {
                parsed.problem(component.getName() + ": is missing");
                continue;
            }
            values[i] = value(parsed, component, entry);
        }
        parsed.entries().forEach((name, entry) -> {
            if (!known.contains(name)) {
                parsed.problem(entry.line(), name + ": unknown threshold");
            }
        });
        if (parsed.problems().isEmpty()) {
            checkRanges(parsed, components, values);
        }
        problems.addAll(parsed.problems());
        if (!parsed.problems().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Thresholds.class
                    .getDeclaredConstructor(types(components))
                    .newInstance(values));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Thresholds cannot be built by reflection", e);
        }
    }

    private static Object value(KeyValueFile file, RecordComponent component, KeyValueFile.Entry entry) {
        String name = component.getName();
        if (component.getType() == int.class) {
            try {
                return Integer.parseInt(entry.value());
            } catch (NumberFormatException e) {
                file.problem(entry.line(), name + ": '" + entry.value() + "' is not a whole number");
                return 0;
            }
        }
        if (component.getType() == MonthDay.class) {
            try {
                return MonthDay.parse(entry.value());
            } catch (DateTimeParseException e) {
                file.problem(entry.line(), name + ": '" + entry.value() + "' is not a month and day like --07-31");
                return null;
            }
        }
        throw new IllegalStateException("Unsupported threshold type " + component.getType());
    }

    /**
     * Each value within its component's {@link Range}, and not above the threshold its range names
     * as its upper bound (checked only when both are in range, so one mistake is one problem).
     */
    private static void checkRanges(KeyValueFile file, RecordComponent[] components, Object[] values) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < components.length; i++) {
            index.put(components[i].getName(), i);
        }
        boolean[] inRange = new boolean[components.length];
        for (int i = 0; i < components.length; i++) {
            Range range = components[i].getAnnotation(Range.class);
            inRange[i] = range == null || !(values[i] instanceof Integer value)
                    || value >= range.min() && value <= range.max();
            if (!inRange[i]) {
                String name = components[i].getName();
                file.problem(file.entries().get(name).line(), name + ": " + values[i] + " is out of range; it must be "
                        + range.min() + " to " + range.max() + (range.unit().isEmpty() ? "" : " " + range.unit()));
            }
        }
        for (int i = 0; i < components.length; i++) {
            Range range = components[i].getAnnotation(Range.class);
            if (range == null || range.notAbove().isEmpty()) {
                continue;
            }
            Integer upper = index.get(range.notAbove());
            if (upper == null) {
                throw new IllegalStateException("@Range of " + components[i].getName() + " names no threshold "
                        + range.notAbove());
            }
            if (inRange[i] && inRange[upper] && compare(values[i], values[upper]) > 0) {
                String name = components[i].getName();
                String other = components[upper].getName();
                file.problem(file.entries().get(name).line(), name + ": " + values[i] + " is above " + other + " ("
                        + values[upper] + ", line " + file.entries().get(other).line() + "); it must not be");
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }

    private static Class<?>[] types(RecordComponent[] components) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        return types;
    }

}
