package io.github.stepadvisor;

import io.github.stepadvisor.model.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The advisor-edited data files beside the rules: one {@code name = value} a line, {@code #}
 * comments. Unlike {@link java.util.Properties} it keeps line numbers, so a mistake is reported
 * as {@code file:line: message}, and it refuses a name given twice.
 */
final class KeyValueFile {

    /** A value and the line it is on. */
    record Entry(String value, int line) {
    }

    private final String file;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private KeyValueFile(String file) {
        this.file = file;
    }

    /** Parses {@code text}; {@code file} names it in problems. */
    static KeyValueFile parse(String file, String text) {
        KeyValueFile parsed = new KeyValueFile(file);
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            parsed.read(lines[i].strip(), i + 1);
        }
        return parsed;
    }

    private void read(String line, int number) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        int eq = line.indexOf('=');
        if (eq <= 0) {
            problem(number, "expected 'name = value', found '" + line + "'");
            return;
        }
        String name = line.substring(0, eq).strip();
        String value = line.substring(eq + 1).strip();
        if (value.isEmpty()) {
            problem(number, name + ": has no value");
            return;
        }
        Entry earlier = entries.putIfAbsent(name, new Entry(value, number));
        if (earlier != null) {
            problem(number, name + ": already set on line " + earlier.line());
        }
    }

    Map<String, Entry> entries() {
        return entries;
    }

    List<Problem> problems() {
        return problems;
    }

    String file() {
        return file;
    }

    void problem(int line, String message) {
        problems.add(new Problem(file + ":" + line, message));
    }

    void problem(String message) {
        problems.add(new Problem(file, message));
    }
}
