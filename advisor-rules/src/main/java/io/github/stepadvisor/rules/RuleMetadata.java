package io.github.stepadvisor.rules;

import org.kie.api.definition.rule.Rule;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Reads a rule's {@code @id} and {@code @source}, whichever way the compiler kept the quotes. */
public final class RuleMetadata {

    /** The cleaned value of each raw value met so far: every firing asks, and values are few. */
    private static final Map<Object, Optional<String>> CLEANED = new ConcurrentHashMap<>();

    private RuleMetadata() {
    }

    public static Optional<String> id(Rule rule) {
        return value(rule, "id");
    }

    public static Optional<String> source(Rule rule) {
        return value(rule, "source");
    }

    private static Optional<String> value(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            return Optional.empty();
        }
        return CLEANED.computeIfAbsent(value, RuleMetadata::clean);
    }

    private static Optional<String> clean(Object value) {
        String text = value.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
