package io.github.stepadvisor.json;

import io.github.stepadvisor.model.Problem;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads values out of a parsed JSON tree, collecting a {@link Problem} with its field path for
 * every value of the wrong type or outside its set, instead of stopping at the first. Each getter
 * takes the node as found ({@code null} when the field is missing) and returns {@code null} when
 * it is absent, JSON {@code null}, or wrong (then a problem is recorded): the caller builds what
 * it can and reports all problems at the end.
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

    /** Absent: a missing field or JSON {@code null}. */
    public static boolean absent(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }

    /** Records "is required" when {@code value} is absent; true when it is present. */
    public boolean required(JsonNode value, String path) {
        if (absent(value)) {
            add(path, "is required");
            return false;
        }
        return true;
    }

    /**
     * The object at {@code path}, after recording every field not in {@code fields} as an
     * "unknown field" (a typo must not silently drop a fact). {@code null} when not an object.
     */
    public JsonNode object(JsonNode value, String path, Collection<String> fields) {
        if (value == null || !value.isObject()) {
            add(path, "expected an object, found " + found(value));
            return null;
        }
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                add(at(path, name), "unknown field" + suggestion(name, fields));
            }
        }
        return value;
    }

    /**
     * Items a list of a profile may hold: far more than any applicant has (a few exams, some
     * practice tests, a few states), and few enough that a list of a million is one problem,
     * not a million.
     */
    public static final int MAX_LIST_ITEMS = 100;

    /** The elements of the array at {@code path}; empty when absent, not an array or too long. */
    public List<JsonNode> array(JsonNode value, String path) {
        if (absent(value)) {
            return List.of();
        }
        if (!value.isArray()) {
            add(path, "expected an array, found " + found(value));
            return List.of();
        }
        if (value.size() > MAX_LIST_ITEMS) {
            add(path, value.size() + " items; a profile lists at most " + MAX_LIST_ITEMS);
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }

    public String text(JsonNode value, String path) {
        if (absent(value)) {
            return null;
        }
        if (!value.isTextual()) {
            add(path, "expected text, found " + found(value));
            return null;
        }
        return value.textValue();
    }

    public Boolean bool(JsonNode value, String path) {
        if (absent(value)) {
            return null;
        }
        if (!value.isBoolean()) {
            add(path, "expected true or false, found " + found(value));
            return null;
        }
        return value.booleanValue();
    }

    /**
     * A whole number written as one ({@code 3}, not {@code 3.0} or {@code 3e0}); ranges are the
     * validator's business, but a value beyond {@code int} is refused here.
     */
    public Integer whole(JsonNode value, String path) {
        if (absent(value)) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            // 2e0 and 2.0 reach here as 2: "found 2" would contradict itself.
            boolean wholeValue = value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0
                    && value.decimalValue().abs().compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
            add(path, wholeValue ? "expected a whole number written without a decimal point or exponent (write "
                    + abbreviate(value.decimalValue().toBigInteger().toString()) + ")"
                    : "expected a whole number, found " + found(value));
            return null;
        }
        if (!value.canConvertToInt()) {
            BigInteger big = value.bigIntegerValue();
            add(path, abbreviate(big.toString()) + " is far out of range");
            return null;
        }
        return value.intValue();
    }

    public LocalDate date(JsonNode value, String path) {
        if (absent(value)) {
            return null;
        }
        if (!value.isTextual()) {
            add(path, "expected a date as text \"YYYY-MM-DD\", found " + found(value));
            return null;
        }
        try {
            return Json.parseDate(value.textValue());
        } catch (IllegalArgumentException e) {
            add(path, e.getMessage());
            return null;
        }
    }

    /** One of the constants of {@code type}, written exactly as declared. */
    public <E extends Enum<E>> E oneOf(JsonNode value, String path, Class<E> type) {
        return oneOf(value, path, type, (String) null);
    }

    /**
     * As {@link #oneOf(JsonNode, String, Class)}, with {@code expected} describing the values in
     * a problem where listing them all would not help (e.g. "a US state or territory code");
     * {@code null} lists them.
     */
    public <E extends Enum<E>> E oneOf(JsonNode value, String path, Class<E> type, String expected) {
        if (absent(value)) {
            return null;
        }
        if (!value.isTextual()) {
            add(path, "expected " + expectedOf(type, expected) + ", found " + found(value));
            return null;
        }
        String text = value.textValue();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        expected = expectedOf(type, expected);
        String hint = "";
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.strip())) {
                hint = " (did you mean " + constant.name() + "? values are upper case)";
            }
        }
        add(path, Json.quote(text) + " is not " + expected + hint);
        return null;
    }

    /** {@code expected}, or the list of the values when it is {@code null}; only a problem needs it. */
    private static String expectedOf(Class<? extends Enum<?>> type, String expected) {
        return expected != null ? expected : "one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", "));
    }

    /** How a value that did not fit reads in a problem: {@code 'text'}, {@code 2.5}, {@code an array}. */
    static String found(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            return Json.quote(value.textValue());
        }
        if (value.isNumber() || value.isBoolean()) {
            return abbreviate(value.asText());
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isObject()) {
            return "an object";
        }
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
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
