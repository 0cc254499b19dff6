package io.github.stepadvisor;

import io.github.stepadvisor.model.Problem;
import io.github.stepadvisor.rules.Thresholds;

import java.lang.reflect.RecordComponent;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
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

    private static Class<?>[] types(RecordComponent[] components) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        return types;
    }

}
