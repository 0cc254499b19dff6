package io.github.stepadvisor.format;

import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Problem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's JSON conventions in one place, so every reader and writer (profiles, advice,
 * program lists) behaves alike: a hardened parser that turns any malformed input into a
 * one-line {@link Problem} naming where it is, and a writer that gives the same bytes for the
 * same tree (2-space indentation, {@code "\n"} line ends, {@code "key": value}, nulls written as
 * {@code null}, a trailing newline).
 *
 * <p>Readers parse into a tree ({@link JsonValue}) and walk it with {@link TreeReader} rather than
 * binding to records: binding stops at the first type error, a tree lets every problem be
 * reported with its path in one pass. Everything here is Jackson's streaming parser and
 * generator ({@code jackson-core}): no data binding, which would cost a cold JVM about 0.3 s to
 * start and a library's users a dependency.
 *
 * <p>Why this file is long: the parser's guards (depth, size, duplicate keys, numbers, one-line
 * problems with their path) and the writer's byte-for-byte layout are the one JSON convention of
 * every format; kept together, a change to the convention is made in one place.
 */
public final class Json {

    /**
     * Larger inputs are refused before parsing (a profile or catalogue is a few kilobytes); the
     * bound leaves room for {@link #MAX_STRING_LENGTH} to name the field of an oversized value.
     */
    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
    /** Our formats nest 3 levels; the limit stops hostile nesting long before the stack would. */
    public static final int MAX_NESTING_DEPTH = 64;
    public static final int MAX_STRING_LENGTH = 100_000;
    public static final int MAX_NUMBER_LENGTH = 100;
    public static final int MAX_NAME_LENGTH = 1_000;
    /** Items an array may hold: our formats' lists are short, and each item costs a node in memory. */
    public static final int MAX_ARRAY_ITEMS = 10_000;

    /** A problem's path is cut to this many segments, so a deeply nested error stays one short line. */
    private static final int MAX_PATH_SEGMENTS = 4;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .maxDocumentLength(MAX_DOCUMENT_BYTES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Error messages must not echo input back (it may be megabytes, or someone's private profile).
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** What a writer does with the generator: the fields of one document, in the format's order. */
    @FunctionalInterface
    interface Content {
        void writeTo(JsonGenerator out) throws IOException;
    }

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private Json() {
    }

    /**
     * The project's pretty printer: 2 spaces, {@code "\n"}, {@code "key": value}, {@code []} and
     * {@code {}} for empty containers, whatever the platform. A new one per document: it counts
     * the nesting as it writes.
     */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /**
     * {@code {"errors": ["where: message", ...]}}, pretty-printed: the one shape in which the
     * command line and the HTTP service refuse input.
     */
    public static String writeErrors(List<String> errors) {
        return write(new JsonValue.JsonObject(Map.of("errors", JsonValue.JsonArray.ofStrings(errors))));
    }

    /** {@code value} as pretty-printed JSON text ending with a newline. */
    public static String write(JsonValue value) {
        return pretty(out -> write(out, value));
    }

    /** {@code value} as compact JSON on one line, without a line end: one record of JSON Lines. */
    public static String writeLine(JsonValue value) {
        return line(out -> write(out, value));
    }

    /** {@code content} as pretty-printed JSON text ending with a newline. */
    static String pretty(Content content) {
        return generate(content, true) + "\n";
    }

    /** {@code content} as compact JSON on one line, without a line end. */
    static String line(Content content) {
        return generate(content, false);
    }

    private static String generate(Content content, boolean pretty) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            if (pretty) {
                out.setPrettyPrinter(prettyPrinter());
            }
            content.writeTo(out);
        } catch (IOException e) {
            // A StringWriter does not fail; the generator only throws for a malformed sequence of calls.
            throw new UncheckedIOException("A JSON document could not be written", e);
        }
        return text.toString();
    }

    private static void write(JsonGenerator out, JsonValue value) throws IOException {
        if (value instanceof JsonValue.JsonObject object) {
            out.writeStartObject();
            for (var field : object.fields().entrySet()) {
                out.writeFieldName(field.getKey());
                write(out, field.getValue());
            }
            out.writeEndObject();
        } else if (value instanceof JsonValue.JsonArray array) {
            out.writeStartArray();
            for (JsonValue element : array.elements()) {
                write(out, element);
            }
            out.writeEndArray();
        } else if (value instanceof JsonValue.JsonString string) {
            out.writeString(string.value());
        } else if (value instanceof JsonValue.JsonNumber number) {
            if (number.integral()) {
                out.writeNumber(number.value().toBigInteger());
            } else {
                out.writeNumber(number.value());
            }
        } else if (value instanceof JsonValue.JsonBoolean bool) {
            out.writeBoolean(bool.value());
        } else {
            // JSON null; a missing value has no text of its own, and stands for null where one is written.
            out.writeNull();
        }
    }

    /** Writes {@code value} as a string, or JSON {@code null} when it is {@code null}. */
    static void stringOrNull(JsonGenerator out, String field, String value) throws IOException {
        out.writeFieldName(field);
        if (value == null) {
            out.writeNull();
        } else {
            out.writeString(value);
        }
    }

    /**
     * Parses one JSON value.
     *
     * @param what names the input in the exception, e.g. {@code "Invalid profile"}
     * @throws InvalidInputException with one problem saying what is wrong and where: empty input,
     *                               malformed JSON, invalid UTF-8, duplicate keys, content after
     *                               the value, or a size or nesting limit
     */
    public static JsonValue parse(byte[] content, String what) {
        if (content.length > MAX_DOCUMENT_BYTES) {
            throw refuse(what, "", tooLarge());
        }
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(content);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw refuse(what, "", "the input is empty; expected a JSON value");
            }
            JsonValue tree = tree(parser, first);
            if (parser.nextToken() != null) {
                throw refuse(what, "", "unexpected content after the end of the JSON value" + at(parser.currentTokenLocation()));
            }
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation() != null || parser == null ? e.getLocation() : parser.currentLocation();
            // While a field name is read, the context still names the field before it: no path then.
            boolean inName = e instanceof StreamConstraintsException && e.getOriginalMessage().startsWith("Name length");
            if (isTrailingComma(e)) {
                // The parser's context names the field before the comma or the element after it: neither is at fault.
                throw refuse(what, "", "a comma before the closing bracket; remove the trailing comma" + at(location));
            }
            String path = parser == null || inName ? "" : path(parser.getParsingContext());
            throw refuse(what, path, describe(e) + at(location));
        } catch (IOException e) {
            // Jackson reports some encoding faults as CharConversionException, a plain IOException.
            throw refuse(what, "", "not readable as JSON text: " + oneLine(e.getMessage()));
        } finally {
            closeQuietly(parser);
        }
    }

    /**
     * The value starting at {@code token}, read with the streaming parser; numbers are kept as
     * written (a big decimal), duplicate fields are the parser's to refuse.
     */
    static JsonValue tree(JsonParser parser, JsonToken token) throws IOException {
        return tree(parser, token, MAX_ARRAY_ITEMS);
    }

    /**
     * As {@link #tree(JsonParser, JsonToken)}, with arrays of at most {@code maxItems}: a
     * catalogue holds more programs than a profile holds anything.
     */
    static JsonValue tree(JsonParser parser, JsonToken token, int maxItems) throws IOException {
        switch (token) {
            case START_OBJECT: {
                LinkedHashMap<String, JsonValue> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    fields.put(name, tree(parser, parser.nextToken(), maxItems));
                }
                return new JsonValue.JsonObject(fields);
            }
            case START_ARRAY: {
                List<JsonValue> elements = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    if (elements.size() == maxItems) {
                        throw new ArrayTooLongException(parser, maxItems);
                    }
                    elements.add(tree(parser, next, maxItems));
                }
                return new JsonValue.JsonArray(elements);
            }
            case VALUE_STRING:
                return new JsonValue.JsonString(parser.getText());
            case VALUE_NUMBER_INT:
                return new JsonValue.JsonNumber(new BigDecimal(parser.getBigIntegerValue()), true);
            case VALUE_NUMBER_FLOAT:
                return new JsonValue.JsonNumber(parser.getDecimalValue(), false);
            case VALUE_TRUE:
                return new JsonValue.JsonBoolean(true);
            case VALUE_FALSE:
                return new JsonValue.JsonBoolean(false);
            case VALUE_NULL:
                return JsonValue.NULL;
            default:
                throw new JsonParseException(parser, "unexpected " + token);
        }
    }

    /** {@link #parse(byte[], String)} of UTF-8 text. */
    public static JsonValue parse(String content, String what) {
        return parse(content.getBytes(StandardCharsets.UTF_8), what);
    }

    /**
     * Reads a whole stream, refusing one longer than {@link #MAX_DOCUMENT_BYTES} without reading
     * on (standard input may never end).
     *
     * @throws InvalidInputException when the stream is too long
     */
    public static byte[] readLimited(InputStream in, String what) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int read;
        while ((read = in.read(chunk)) != -1) {
            buffer.write(chunk, 0, read);
            if (buffer.size() > MAX_DOCUMENT_BYTES) {
                throw refuse(what, "", tooLarge());
            }
        }
        return buffer.toByteArray();
    }

    /** A date as the formats write it: ISO {@code YYYY-MM-DD}. */
    public static String date(LocalDate date) {
        return date.toString();
    }

    /**
     * An ISO date, exactly {@code YYYY-MM-DD} and a real day of the calendar.
     *
     * @throws IllegalArgumentException with a message fit for a user, quoting {@code text}
     */
    public static LocalDate parseDate(String text) {
        Matcher matcher = ISO_DATE.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(quote(text) + " is not a date in the form YYYY-MM-DD");
        }
        int year = Integer.parseInt(matcher.group(1));
        int month = Integer.parseInt(matcher.group(2));
        int day = Integer.parseInt(matcher.group(3));
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException(quote(text) + " is not a date: there is no month " + month);
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            throw new IllegalArgumentException(quote(text) + " is not a date: "
                    + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
                    + yearMonth.lengthOfMonth() + " days");
        }
        return LocalDate.of(year, month, day);
    }

    /** {@code text} in single quotes, cut and cleaned so a hostile value stays one short line. */
    static String quote(String text) {
        String clean = text.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return "'" + (clean.length() > 40 ? clean.substring(0, 37) + "..." : clean) + "'";
    }

    private static InvalidInputException refuse(String what, String path, String message) {
        return new InvalidInputException(what, List.of(new Problem(path, message)));
    }

    private static String tooLarge() {
        return "the input is larger than " + (MAX_DOCUMENT_BYTES / 1024 / 1024) + " MB; expected a small JSON document";
    }

    /** Jackson's limit messages name its configuration classes; a user needs the limit itself. */
    private static String describe(JsonProcessingException e) {
        String message = oneLine(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            if (message.startsWith("Document nesting depth")) {
                return "nested deeper than " + MAX_NESTING_DEPTH + " levels";
            }
            if (message.startsWith("String value length")) {
                return "a text value longer than " + MAX_STRING_LENGTH + " characters";
            }
            if (message.startsWith("Number value length")) {
                return "a number longer than " + MAX_NUMBER_LENGTH + " digits";
            }
            if (message.startsWith("Name length")) {
                return "a field name longer than " + MAX_NAME_LENGTH + " characters";
            }
            if (message.startsWith("Document length")) {
                return tooLarge();
            }
            return message;
        }
        if (e instanceof ArrayTooLongException) {
            return message;
        }
        if (message.startsWith("Duplicate field") || message.startsWith("Duplicate Object property")) {
            return "given twice; each field may appear once";
        }
        return "not valid JSON: " + plain(message);
    }

    /** An array past its limit ({@link #MAX_ARRAY_ITEMS} unless told), refused before its rest is held. */
    private static final class ArrayTooLongException extends JsonParseException {
        private static final long serialVersionUID = 1L;

        ArrayTooLongException(JsonParser parser, int maxItems) {
            super(parser, "an array of more than " + maxItems + " items");
        }
    }

    /** {@code {"a": 1,}} or {@code [1,]}: a closing bracket where a field name or value must follow a comma. */
    private static boolean isTrailingComma(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        return message.startsWith("Unexpected character ('}'") && message.contains("double-quote to start field name")
                || message.startsWith("Unexpected character (']'") && message.contains("expected a value");
    }

    /** Jackson's advice to enable one of its features ({@code enable `JsonReadFeature.X` to allow}). */
    private static final Pattern FEATURE_HINT = Pattern.compile(
            "\\s*[:;]?\\s*\\(?[^:;()`]*`[\\w.]*(?:Feature|Exception)[\\w.]*`[^:;()`]*\\)?");
    /** Where Jackson found a problem, which the problem's own location already says. */
    private static final Pattern SOURCE = Pattern.compile("\\s*\\[Source: .*$", Pattern.DOTALL);

    /**
     * A parser's message in a user's words: on one line, without the parser's features to enable
     * and without its "[Source: ...]" location, which only a programmer of the parser can use.
     */
    public static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "the text is not valid here";
        }
        String plain = FEATURE_HINT.matcher(SOURCE.matcher(oneLine(message)).replaceAll("")).replaceAll("").strip();
        return plain.isEmpty() ? "the text is not valid here" : plain;
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** Where the parser is, as a field path: {@code exams[1].score}. */
    static String path(JsonStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.addFirst("[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                segments.addFirst(c.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        int count = 0;
        for (String segment : segments) {
            if (count++ == MAX_PATH_SEGMENTS) {
                path.append("...");
                break;
            }
            if (!segment.startsWith("[") && path.length() > 0) {
                path.append('.');
            }
            path.append(segment.startsWith("[") ? segment : TreeReader.cleanName(segment));
        }
        return path.toString();
    }

    /** Why a file could not be read, in a user's words: "no such file", "permission denied"... */
    public static String cannotRead(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.InvalidPathException) {
            return "not a valid file name";
        }
        return "cannot be read: " + oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** {@code text} on one line: line breaks and runs of blanks become one space. */
    public static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // Parsing from memory: nothing to release.
            }
        }
    }
}
