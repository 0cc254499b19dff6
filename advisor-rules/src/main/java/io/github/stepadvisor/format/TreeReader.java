package io.github.stepadvisor.format;

import io.github.stepadvisor.model.Problem;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads values out of a parsed JSON tree, collecting a {@link Problem} with its field path for
 * every value of the wrong type or outside its set, instead of stopping at the first: the caller
 * builds what it can and reports all problems at the end. Each getter takes the value as found
 * ({@link JsonValue#MISSING} when the field is not there) and gives it back when it fits; it
 * gives nothing when the value is absent (missing or JSON {@code null}) or wrong (then a problem
 * is recorded). The profile, advice and catalogue readers use it, and so can a reader of a
 * document that embeds them, with the same messages.
 */
public final class TreeReader {

    private final List<Problem> problems = new ArrayList<>();

    /** The path of {@code field} inside {@code parent} ({@code ""} is the top level). */
    public static String at(String parent, String field) {
        return parent.isEmpty() ? cleanName(field) : parent + "." + cleanName(field);
    }

    /** The path of element {@code index} of the array at {@code parent}. */
    public static String at(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** Every problem recorded, in the order found. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Records a problem found by the caller, at {@code path}. */
    public void add(String path, String message) {
        problems.add(new Problem(path, message));
    }

    /** Whether a problem was recorded at {@code path} or inside it. */
    public boolean reportedAt(String path) {
        return problems.stream().anyMatch(p -> within(p.where(), path));
    }

    /** Whether {@code path} is {@code ancestor} or lies inside it. */
    public static boolean within(String path, String ancestor) {
        return path.equals(ancestor) || path.startsWith(ancestor + ".") || path.startsWith(ancestor + "[");
    }

    /**
     * Checks a document's {@code format} field, which may be left out: when given it must be
     * {@code expected}, so that a document of another format or version is not read as this one.
     */
    void format(JsonValue value, String expected) {
        text(value, "format").filter(format -> !format.equals(expected)).ifPresent(format ->
                add("format", Json.quote(format) + " is not a format this reader reads; expected \"" + expected + "\""));
    }

    /** Records "is required" when {@code value} is absent; true when it is present. */
    public boolean required(JsonValue value, String path) {
        if (value.isAbsent()) {
            add(path, "is required");
            return false;
        }
        return true;
    }

    /**
     * The object at {@code path}, after recording every field not in {@code fields} as an
     * "unknown field" (a typo must not silently drop a fact); nothing when not an object.
     */
    public Optional<JsonValue.JsonObject> object(JsonValue value, String path, Collection<String> fields) {
        if (!(value instanceof JsonValue.JsonObject object)) {
            add(path, "expected an object, found " + found(value));
            return Optional.empty();
        }
        for (String name : object.fields().keySet()) {
            if (!fields.contains(name)) {
                add(at(path, name), "unknown field" + suggestion(name, fields));
            }
        }
        return Optional.of(object);
    }

    /**
     * Items a list of a profile may hold: far more than any applicant has (a few exams, some
     * practice tests, a few states), and few enough that a list of a million is one problem,
     * not a million.
     */
    public static final int MAX_LIST_ITEMS = 100;

    /** The elements of the array at {@code path}; empty when absent, not an array or too long. */
    public List<JsonValue> array(JsonValue value, String path) {
        if (value.isAbsent()) {
            return List.of();
        }
        if (!(value instanceof JsonValue.JsonArray array)) {
            add(path, "expected an array, found " + found(value));
            return List.of();
        }
        if (array.elements().size() > MAX_LIST_ITEMS) {
            add(path, array.elements().size() + " items; a profile lists at most " + MAX_LIST_ITEMS);
            return List.of();
        }
        return array.elements();
    }

    /** A string. */
    public Optional<String> text(JsonValue value, String path) {
        if (value.isAbsent()) {
            return Optional.empty();
        }
        if (!(value instanceof JsonValue.JsonString string)) {
            add(path, "expected text, found " + found(value));
            return Optional.empty();
        }
        return Optional.of(string.value());
    }

    /** {@code true} or {@code false}. */
    public Optional<Boolean> bool(JsonValue value, String path) {
        if (value.isAbsent()) {
            return Optional.empty();
        }
        if (!(value instanceof JsonValue.JsonBoolean bool)) {
            add(path, "expected true or false, found " + found(value));
            return Optional.empty();
        }
        return Optional.of(bool.value());
    }

    /**
     * A whole number written as one ({@code 3}, not {@code 3.0} or {@code 3e0}); ranges are the
     * validator's business, but a value beyond {@code int} is refused here.
     */
    public Optional<Integer> whole(JsonValue value, String path) {
        if (value.isAbsent()) {
            return Optional.empty();
        }
        if (!(value instanceof JsonValue.JsonNumber number) || !number.integral()) {
            // 2e0 and 2.0 within int reach here as 2: "found 2" would contradict itself.
            boolean wholeValue = value instanceof JsonValue.JsonNumber n && n.value().stripTrailingZeros().scale() <= 0
                    && n.value().abs().compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
            add(path, wholeValue ? "expected a whole number written without a decimal point or exponent (write "
                    + abbreviate(((JsonValue.JsonNumber) value).value().toBigInteger().toString()) + ")"
                    : "expected a whole number, found " + found(value));
            return Optional.empty();
        }
        BigInteger big = number.value().toBigIntegerExact();
        if (big.bitLength() > 31) {
            add(path, abbreviate(big.toString()) + " is far out of range");
            return Optional.empty();
        }
        return Optional.of(big.intValue());
    }

    /** A date, as text {@code "YYYY-MM-DD"}. */
    public Optional<LocalDate> date(JsonValue value, String path) {
        if (value.isAbsent()) {
            return Optional.empty();
        }
        if (!(value instanceof JsonValue.JsonString string)) {
            add(path, "expected a date as text \"YYYY-MM-DD\", found " + found(value));
            return Optional.empty();
        }
        try {
            return Optional.of(Json.parseDate(string.value()));
        } catch (IllegalArgumentException e) {
            add(path, e.getMessage());
            return Optional.empty();
        }
    }

    /** One of the constants of {@code type}, written exactly as declared. */
    public <E extends Enum<E>> Optional<E> oneOf(JsonValue value, String path, Class<E> type) {
        return oneOf(value, path, type, null);
    }

    /**
     * As {@link #oneOf(JsonValue, String, Class)}, with {@code expected} describing the values in
     * a problem where listing them all would not help (e.g. "a US state or territory code");
     * {@code null} lists them.
     */
    public <E extends Enum<E>> Optional<E> oneOf(JsonValue value, String path, Class<E> type, String expected) {
        if (value.isAbsent()) {
            return Optional.empty();
        }
        if (!(value instanceof JsonValue.JsonString string)) {
            add(path, "expected " + expectedOf(type, expected) + ", found " + found(value));
            return Optional.empty();
        }
        String text = string.value();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return Optional.of(constant);
            }
        }
        String hint = "";
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.strip())) {
                hint = " (did you mean " + constant.name() + "? values are upper case)";
            }
        }
        add(path, Json.quote(text) + " is not " + expectedOf(type, expected) + hint);
        return Optional.empty();
    }

    /** {@code expected}, or the list of the values when it is {@code null}; only a problem needs it. */
    private static String expectedOf(Class<? extends Enum<?>> type, String expected) {
        return expected != null ? expected : "one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", "));
    }

    /** How a value that did not fit reads in a problem: {@code 'text'}, {@code 2.5}, {@code an array}. */
    public static String found(JsonValue value) {
        if (value instanceof JsonValue.Missing) {
            return "nothing";
        }
        if (value instanceof JsonValue.JsonNull) {
            return "null";
        }
        if (value instanceof JsonValue.JsonString string) {
            return Json.quote(string.value());
        }
        if (value instanceof JsonValue.JsonNumber number) {
            return abbreviate(number.value().toString());
        }
        if (value instanceof JsonValue.JsonBoolean bool) {
            return String.valueOf(bool.value());
        }
        if (value instanceof JsonValue.JsonArray) {
            return "an array";
        }
        return "an object";
    }

    /** A field name fit for a one-line path: no control characters, at most 40 characters. */
    static String cleanName(String name) {
        String quoted = Json.quote(name);
        return quoted.substring(1, quoted.length() - 1);
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    /** " (did you mean 'asOf'?)" for a name one small typo away from a known field or value; "" otherwise. */
    public static String suggestion(String name, Collection<String> fields) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String field : fields) {
            int distance = field.equalsIgnoreCase(name) ? 0 : distance(field.toLowerCase(Locale.ROOT),
                    name.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = field;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= 2 && name.length() > 2 ? " (did you mean '" + best + "'?)" : "";
    }

    /** Levenshtein distance; names are short, so the quadratic table is fine. */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || b.length() > 100) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
