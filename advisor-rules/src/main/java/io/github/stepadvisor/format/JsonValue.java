package io.github.stepadvisor.format;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed JSON value, immutable: what {@link Json#parse(byte[], String)} gives, so that a
 * document embedding one of the formats (a test scenario embeds a profile) is parsed once and its
 * profile read with {@link ProfileJson#read(JsonValue, java.time.LocalDate)}. Objects keep their
 * fields in the order written. Looking up a field never gives {@code null}: a field that is not
 * there is {@link #MISSING}.
 */
public sealed interface JsonValue {

    /** JSON {@code null}. */
    JsonValue NULL = new JsonNull();
    /** What {@link #get(String)} gives for a field that is not there, or on a value that is not an object. */
    JsonValue MISSING = new Missing();

    /** The value of field {@code name} of an object; {@link #MISSING} when there is none. */
    default JsonValue get(String name) {
        return MISSING;
    }

    /** Missing or JSON {@code null}: a value a reader treats as not given. */
    default boolean isAbsent() {
        return this instanceof JsonNull || this instanceof Missing;
    }

    /** An object: its fields in the order written. */
    record JsonObject(Map<String, JsonValue> fields) implements JsonValue {
        public JsonObject {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        @Override
        public JsonValue get(String name) {
            return fields.getOrDefault(name, MISSING);
        }

        /** A copy with field {@code name} set to {@code value}: replaced where it is, or added last. */
        public JsonObject with(String name, JsonValue value) {
            Map<String, JsonValue> copy = new LinkedHashMap<>(fields);
            copy.put(name, Objects.requireNonNull(value, "value"));
            return new JsonObject(copy);
        }
    }

    /** An array. */
    record JsonArray(List<JsonValue> elements) implements JsonValue {
        public JsonArray {
            elements = List.copyOf(elements);
        }

        /** An array of these strings, in order. */
        public static JsonArray ofStrings(List<String> texts) {
            return new JsonArray(texts.stream().<JsonValue>map(JsonString::new).toList());
        }
    }

    /** A string. */
    record JsonString(String value) implements JsonValue {
        public JsonString {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A number as written: {@code integral} when written without a fraction or exponent
     * ({@code 3}, not {@code 3.0} or {@code 3e0}), which is what the formats call a whole number.
     */
    record JsonNumber(BigDecimal value, boolean integral) implements JsonValue {
        public JsonNumber {
            Objects.requireNonNull(value, "value");
        }

        /** A whole number. */
        public static JsonNumber of(long value) {
            return new JsonNumber(BigDecimal.valueOf(value), true);
        }
    }

    /** {@code true} or {@code false}. */
    record JsonBoolean(boolean value) implements JsonValue {
    }

    /** JSON {@code null}; the one instance is {@link #NULL}. */
    record JsonNull() implements JsonValue {
    }

    /** Not in the document; the one instance is {@link #MISSING}. */
    record Missing() implements JsonValue {
    }
}
