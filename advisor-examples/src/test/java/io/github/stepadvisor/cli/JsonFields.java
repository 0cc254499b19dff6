package io.github.stepadvisor.cli;

import io.github.stepadvisor.format.JsonValue;

import java.util.List;

/** Reads what a test expects out of a parsed output, failing with a cast error when it is not there. */
final class JsonFields {

    private JsonFields() {
    }

    static List<String> names(JsonValue object) {
        return List.copyOf(((JsonValue.JsonObject) object).fields().keySet());
    }

    static List<JsonValue> elements(JsonValue array) {
        return ((JsonValue.JsonArray) array).elements();
    }

    static String text(JsonValue string) {
        return ((JsonValue.JsonString) string).value();
    }

    static int whole(JsonValue number) {
        return ((JsonValue.JsonNumber) number).value().intValueExact();
    }
}
