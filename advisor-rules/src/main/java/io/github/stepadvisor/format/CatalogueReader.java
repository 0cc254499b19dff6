package io.github.stepadvisor.format;

import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Problem;
import io.github.stepadvisor.model.Program;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.ProgramValidator;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Step1FailPolicy;
import io.github.stepadvisor.model.UsState;
import io.github.stepadvisor.model.VisaSponsorship;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a program catalogue ({@code program-list.md}): a CSV file with a header row, or a JSON
 * array of objects with the same keys; the extension decides. An empty cell, a missing key or a
 * JSON {@code null} is unknown. Every problem is collected and the catalogue is refused as a whole,
 * CSV problems as {@code FILE:LINE: column: message} (the header is line 1; a row's line is the one
 * it starts on), JSON problems as {@code FILE: [INDEX].key: message}. The JSON form's schema is
 * {@code io/github/stepadvisor/format/schemas/catalogue.schema.json}.
 *
 * <p>Why this file is long: the two forms share one validation of a program's fields, every rule
 * of {@code program-list.md} in the contract's order, and the CSV form needs its RFC 4180 scanner
 * (jackson-dataformat-csv cannot run without data binding). Split by form, the validation would be
 * written twice; split by field, a reader would chase one row through many files.
 */
public final class CatalogueReader {

    /** The columns, in the order of the contract; the first five are required. */
    public static final List<String> COLUMNS = List.of("id", "name", "specialty", "state", "setting", "positions",
            "imgShare", "step2Median", "step2Minimum", "step1FailAccepted", "maxYearsSinceGraduation",
            "usceRequiredMonths", "visaSponsorship", "source");
    private static final Set<String> REQUIRED = Set.of("id", "name", "specialty", "state", "setting");
    // The index of each column in COLUMNS: a record's raw values are an array in this order.
    private static final int ID = 0;
    private static final int NAME = 1;
    private static final int SPECIALTY = 2;
    private static final int STATE = 3;
    private static final int SETTING = 4;
    private static final int POSITIONS = 5;
    private static final int IMG_SHARE = 6;
    private static final int STEP2_MEDIAN = 7;
    private static final int STEP2_MINIMUM = 8;
    private static final int STEP1_FAIL_ACCEPTED = 9;
    private static final int MAX_YEARS_SINCE_GRADUATION = 10;
    private static final int USCE_REQUIRED_MONTHS = 11;
    private static final int VISA_SPONSORSHIP = 12;
    private static final int SOURCE = 13;
    private static final Set<String> NUMBERS = Set.of("positions", "imgShare", "step2Median", "step2Minimum",
            "maxYearsSinceGraduation", "usceRequiredMonths");

    static final String INVALID = "Invalid catalogue";
    /** A catalogue of thousands of programs is a few megabytes; anything far larger is a mistake. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;
    /**
     * A whole Match is about 10,000 programs; the cap keeps the memory of a catalogue of tiny rows
     * (which the byte cap alone allows by the hundred thousand) within a small default heap.
     */
    public static final int MAX_PROGRAMS = 50_000;
    /** Digits an int always holds; no catalogue number needs more. */
    private static final int MAX_DIGITS = 9;
    private static final int MAX_QUOTED = 40;

    /**
     * Jackson's default limits, not a profile's: a catalogue is larger ({@link #MAX_BYTES}), and
     * its values are checked column by column afterwards.
     */
    private static final class JsonHolder {
        static final JsonFactory FACTORY = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    private CatalogueReader() {
    }

    /**
     * The programs of {@code file}, in file order.
     *
     * @throws InvalidInputException listing every problem, including an unreadable file or an
     *                               extension other than {@code .csv} or {@code .json}
     */
    public static List<Program> read(Path file) {
        String name = file.toString();
        kind(name);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Bounded by what is read, not the size a file claims: a FIFO or /dev/zero has none.
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw refuse(new Problem(name, Json.cannotRead(e)));
        }
        return read(name, bytes);
    }

    /**
     * The programs of a catalogue given as its content, in file order: for a catalogue that is not
     * a file (an upload). {@code name} decides the form by its extension ({@code .csv} or
     * {@code .json}) and names the catalogue in problems.
     *
     * @throws InvalidInputException listing every problem, including content larger than
     *                               {@link #MAX_BYTES} or an extension other than {@code .csv} or
     *                               {@code .json}
     */
    public static List<Program> read(String name, byte[] bytes) {
        boolean csv = kind(name);
        if (bytes.length > MAX_BYTES) {
            throw refuse(new Problem(name, "is larger than " + MAX_BYTES / 1024 / 1024 + " MB"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw refuse(new Problem(name, "is not UTF-8 text"));
        }
        return csv ? readCsv(name, text) : readJson(name, text);
    }

    /** Whether {@code name} is a CSV catalogue (else JSON); refuses another extension. */
    private static boolean kind(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean csv = lower.endsWith(".csv");
        if (!csv && !lower.endsWith(".json")) {
            throw refuse(new Problem(name, "a catalogue is a .csv or a .json file"));
        }
        return csv;
    }

    // ---- CSV ---------------------------------------------------------------------------------

    /** The programs of CSV {@code text}; {@code file} names it in problems. */
    public static List<Program> readCsv(String file, String text) {
        String csv = stripBom(text);
        Records records = Records.scan(csv);
        if (records.unclosedQuoteLine() > 0) {
            throw refuse(new Problem(file + ":" + records.unclosedQuoteLine(),
                    "a quoted cell opens here and is never closed"));
        }
        // The scanner finds where each record starts (a line break inside a quoted cell is not a
        // new record), then its cells are read one record at a time.
        if (records.records().size() > MAX_PROGRAMS + 1) {
            throw refuse(tooMany(file, records.records().size() - 1));
        }
        List<String[]> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (Records.Record record : records.records()) {
            if (record.start() == record.end()) {
                continue;
            }
            if (hasQuote(csv, record.start(), record.end())) {
                int stray = Records.unquote(csv, record.start(), record.end(), new ArrayList<>());
                if (stray >= 0) {
                    throw refuse(new Problem(file + ":" + record.line(), "not readable as CSV: "
                            + quote(csv.substring(stray, Math.min(stray + 1, record.end())))
                            + " follows the closing quote of a cell; expected a comma or the end of the line"));
                }
                List<String> cells = new ArrayList<>();
                Records.unquote(csv, record.start(), record.end(), cells);
                rows.add(cells.toArray(String[]::new));
            } else {
                rows.add(split(csv, record.start(), record.end()));
            }
            lines.add(record.line());
        }
        Problems problems = new Problems();
        if (rows.isEmpty()) {
            problems.add(-1, 0, new Problem(file + ":1", "the header row is missing; it names the columns "
                    + String.join(",", COLUMNS.subList(0, REQUIRED.size())) + ",..."));
            throw refuse(problems.sorted());
        }
        String[] header = rows.get(0);
        String headerAt = file + ":" + lines.get(0);
        if (Arrays.stream(header).noneMatch(COLUMNS::contains)) {
            // A file of data rows only would otherwise get one error per cell of its first row.
            throw refuse(new Problem(headerAt, "no header row; the first line names the columns, e.g. "
                    + String.join(",", COLUMNS.subList(0, REQUIRED.size())) + ",..."));
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.length; c++) {
            String column = header[c];
            if (column.isEmpty()) {
                problems.add(-1, c, new Problem(headerAt, "column " + (c + 1) + " has no name"));
            } else if (!COLUMNS.contains(column)) {
                problems.add(-1, c, new Problem(headerAt, clean(column) + ": unknown column; the columns are "
                        + String.join(", ", COLUMNS)));
            } else if (columns.putIfAbsent(column, c) != null) {
                problems.add(-1, c, new Problem(headerAt, column + ": column given twice"));
            }
        }
        for (String required : COLUMNS) {
            if (REQUIRED.contains(required) && !columns.containsKey(required)) {
                problems.add(-1, header.length + COLUMNS.indexOf(required),
                        new Problem(headerAt, required + ": required column is missing"));
            }
        }
        // Where each known column is in the file, by its index in COLUMNS; -1 when absent.
        int[] positions = new int[COLUMNS.size()];
        Arrays.fill(positions, -1);
        columns.forEach((column, c) -> positions[COLUMNS.indexOf(column)] = c);
        List<String[]> values = new ArrayList<>(rows.size());
        for (int r = 1; r < rows.size(); r++) {
            String[] row = rows.get(r);
            int index = r - 1;
            if (row.length != header.length) {
                problems.add(index, -1, new Problem(file + ":" + lines.get(r), "has " + count(row.length, "cell")
                        + "; the header has " + header.length));
            }
            String[] record = new String[COLUMNS.size()];
            for (int column = 0; column < record.length; column++) {
                int c = positions[column];
                record[column] = c >= 0 && c < row.length ? row[c] : null;
            }
            values.add(record);
        }
        List<Integer> recordLines = lines.subList(1, lines.size());
        return programs(values, problems, new ProgramValidator.Locator() {
            @Override
            public Problem problem(int index, String field, String message) {
                return new Problem(file + ":" + recordLines.get(index), field + ": " + message);
            }

            @Override
            public String name(int index) {
                return "on line " + recordLines.get(index);
            }
        });
    }

    /**
     * The cells of a record without quotes ({@code [start, end)} of {@code text}): its text between
     * commas (no trimming, no comments, no escapes).
     */
    private static String[] split(String text, int start, int end) {
        String[] cells = new String[COLUMNS.size()];
        int count = 0;
        int from = start;
        while (true) {
            int comma = text.indexOf(',', from);
            boolean last = comma < 0 || comma >= end;
            if (count == cells.length) {
                cells = Arrays.copyOf(cells, count * 2);
            }
            cells[count++] = text.substring(from, last ? end : comma);
            if (last) {
                return count == cells.length ? cells : Arrays.copyOf(cells, count);
            }
            from = comma + 1;
        }
    }

    private static boolean hasQuote(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '"') {
                return true;
            }
        }
        return false;
    }

    /**
     * Where each CSV record is and the line it starts on (RFC 4180: a line break inside a quoted cell belongs to the
     * cell; a quote opens quoting only at the start of a cell, and {@code ""} inside is a quote).
     */
    record Records(List<Record> records, int unclosedQuoteLine) {

        /** A record's text is {@code [start, end)} of the file, without its line break. */
        record Record(int line, int start, int end) {
        }

        /**
         * Adds the cells of the record {@code [start, end)} of {@code text}, whose quoted cells
         * {@link #scan} found closed, to {@code cells}: a quoted cell without its quotes and with
         * {@code ""} as one quote. The index of a character that follows a closing quote other
         * than a comma (which RFC 4180 does not allow), or -1.
         */
        static int unquote(String text, int start, int end, List<String> cells) {
            StringBuilder cell = new StringBuilder();
            int i = start;
            while (true) {
                if (i < end && text.charAt(i) == '"') {
                    i++;
                    while (i < end && !(text.charAt(i) == '"' && (i + 1 >= end || text.charAt(i + 1) != '"'))) {
                        cell.append(text.charAt(i));
                        i += text.charAt(i) == '"' ? 2 : 1;
                    }
                    i++;
                    if (i < end && text.charAt(i) != ',') {
                        return i;
                    }
                } else {
                    int comma = text.indexOf(',', i);
                    int cellEnd = comma < 0 || comma >= end ? end : comma;
                    cell.append(text, i, cellEnd);
                    i = cellEnd;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                if (i >= end) {
                    return -1;
                }
                i++;
            }
        }

        static Records scan(String text) {
            List<Record> records = new ArrayList<>();
            if (text.indexOf('"') < 0 && text.indexOf('\r') < 0) {
                // No quotes and only \n line breaks: each line is a record (what the loop below finds, faster).
                int line = 1;
                int start = 0;
                for (int lineBreak = text.indexOf('\n'); lineBreak >= 0; lineBreak = text.indexOf('\n', start)) {
                    records.add(new Record(line++, start, lineBreak));
                    start = lineBreak + 1;
                }
                if (start < text.length()) {
                    records.add(new Record(line, start, text.length()));
                }
                return new Records(records, 0);
            }
            int line = 1;
            int recordLine = 1;
            int recordStart = 0;
            int quoteLine = 0;
            boolean quoted = false;
            boolean cellStart = true;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                int next = i + 1;
                if (c == '\r' && next < text.length() && text.charAt(next) == '\n') {
                    next++;
                }
                boolean lineBreak = c == '\n' || c == '\r';
                if (quoted) {
                    if (c == '"' && next < text.length() && text.charAt(next) == '"') {
                        next++;
                    } else if (c == '"') {
                        quoted = false;
                    }
                } else if (c == '"' && cellStart) {
                    quoted = true;
                    quoteLine = line;
                } else if (lineBreak) {
                    records.add(new Record(recordLine, recordStart, i));
                    recordStart = next;
                    recordLine = line + 1;
                }
                cellStart = !quoted && (c == ',' || lineBreak);
                if (lineBreak) {
                    line++;
                }
                i = next;
            }
            if (recordStart < text.length()) {
                records.add(new Record(recordLine, recordStart, text.length()));
            }
            return new Records(records, quoted ? quoteLine : 0);
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    // ---- JSON --------------------------------------------------------------------------------

    /** The programs of JSON {@code text} (an array of objects); {@code file} names it in problems. */
    public static List<Program> readJson(String file, String text) {
        JsonValue root;
        try (JsonParser parser = JsonHolder.FACTORY.createParser(stripBom(text))) {
            JsonToken first = parser.nextToken();
            // One item past the limit is read, so the count check below names the catalogue's limit.
            root = first == null ? JsonValue.MISSING : Json.tree(parser, first, MAX_PROGRAMS + 1);
            // A second array or garbage after the first must not be dropped unread.
            if (first != null && parser.nextToken() != null) {
                throw refuse(new Problem(file + ":" + line(parser.currentLocation()),
                        "unexpected content after the end of the catalogue's array; a catalogue is one JSON array"));
            }
        } catch (JsonProcessingException e) {
            throw refuse(new Problem(file + ":" + line(e.getLocation()), "not readable as JSON: " + brief(e)));
        } catch (IOException e) {
            // Parsing a String in memory: only the parser's own exceptions above can happen.
            throw refuse(new Problem(file, "not readable as JSON: " + Json.oneLine(e.getMessage())));
        }
        if (!(root instanceof JsonValue.JsonArray array)) {
            throw refuse(new Problem(file, "a catalogue is a JSON array of objects, one per program"));
        }
        if (array.elements().size() > MAX_PROGRAMS) {
            throw refuse(tooMany(file, array.elements().size()));
        }
        Problems problems = new Problems();
        List<String[]> records = new ArrayList<>();
        ProgramValidator.Locator locator = new ProgramValidator.Locator() {
            @Override
            public Problem problem(int index, String field, String message) {
                return new Problem(file, "[" + index + "]." + field + ": " + message);
            }

            @Override
            public String name(int index) {
                return "at [" + index + "]";
            }
        };
        List<JsonValue> items = array.elements();
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            String[] record = new String[COLUMNS.size()];
            records.add(record);
            if (!(items.get(i) instanceof JsonValue.JsonObject item)) {
                problems.add(i, -1, new Problem(file, "[" + i + "]: each program is a JSON object"));
                COLUMNS.forEach(column -> problems.failed(index, column));
                continue;
            }
            int unknown = COLUMNS.size();
            for (Map.Entry<String, JsonValue> field : item.fields().entrySet()) {
                String key = field.getKey();
                JsonValue value = field.getValue();
                if (!COLUMNS.contains(key)) {
                    problems.add(i, unknown++, locator.problem(i, clean(key), "unknown key; the keys are "
                            + String.join(", ", COLUMNS)));
                } else if (value.isAbsent()) {
                    record[COLUMNS.indexOf(key)] = null;
                } else if (NUMBERS.contains(key)) {
                    if (value instanceof JsonValue.JsonNumber number && number.integral()) {
                        // Kept as written: the row reader parses it like a CSV cell, limits included.
                        record[COLUMNS.indexOf(key)] = number.value().toString();
                    } else if (value instanceof JsonValue.JsonNumber number) {
                        // Shown as a double, as the catalogue's messages have always shown a fraction.
                        problems.add(i, COLUMNS.indexOf(key), locator.problem(i, key,
                                quote(Double.toString(number.value().doubleValue())) + " is not a whole number"));
                        problems.failed(i, key);
                    } else {
                        problems.add(i, COLUMNS.indexOf(key), locator.problem(i, key, "must be a number, not "
                                + kind(value)));
                        problems.failed(i, key);
                    }
                } else if (value instanceof JsonValue.JsonString string) {
                    record[COLUMNS.indexOf(key)] = string.value();
                } else {
                    problems.add(i, COLUMNS.indexOf(key), locator.problem(i, key, "must be a string, not " + kind(value)));
                    problems.failed(i, key);
                }
            }
        }
        return programs(records, problems, locator);
    }

    private static String kind(JsonValue value) {
        if (value instanceof JsonValue.JsonArray) {
            return "an array";
        }
        if (value instanceof JsonValue.JsonObject) {
            return "an object";
        }
        if (value instanceof JsonValue.JsonBoolean) {
            return "true or false";
        }
        return value instanceof JsonValue.JsonNumber ? "a number" : "a string";
    }

    // ---- Both --------------------------------------------------------------------------------

    /**
     * Turns raw values (null or blank = unknown) into programs, adds the parse problems and the
     * {@link ProgramValidator}'s, and refuses the catalogue if there is any.
     */
    private static List<Program> programs(List<String[]> records, Problems problems,
            ProgramValidator.Locator locator) {
        List<Program> programs = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            Row row = new Row(i, records.get(i), problems, locator);
            programs.add(Program.builder()
                    .id(row.text(ID))
                    .name(row.text(NAME))
                    .specialty(row.oneOf(SPECIALTY, Specialty.class, "a specialty code (see profile-format.md)"))
                    .state(row.oneOf(STATE, UsState.class, "a two-letter US state code"))
                    .setting(row.oneOf(SETTING, ProgramSetting.class, null))
                    .positions(row.number(POSITIONS))
                    .imgShare(row.number(IMG_SHARE))
                    .step2Median(row.number(STEP2_MEDIAN))
                    .step2Minimum(row.number(STEP2_MINIMUM))
                    .step1FailAccepted(row.oneOf(STEP1_FAIL_ACCEPTED, Step1FailPolicy.class, null))
                    .maxYearsSinceGraduation(row.number(MAX_YEARS_SINCE_GRADUATION))
                    .usceRequiredMonths(row.number(USCE_REQUIRED_MONTHS))
                    .visaSponsorship(row.oneOf(VISA_SPONSORSHIP, VisaSponsorship.class, null))
                    .source(row.text(SOURCE))
                    .buildUnchecked());
        }
        // A value that could not be read is reported once, by the reader, not again as "is required".
        ProgramValidator.Locator ordered = new ProgramValidator.Locator() {
            @Override
            public Problem problem(int index, String field, String message) {
                Problem problem = locator.problem(index, field, message);
                if (!problems.isFailed(index, field)) {
                    problems.add(index, COLUMNS.indexOf(field), problem);
                }
                return problem;
            }

            @Override
            public String name(int index) {
                return locator.name(index);
            }
        };
        ProgramValidator.problems(programs, ordered);
        if (!problems.isEmpty()) {
            throw refuse(problems.sorted());
        }
        return List.copyOf(programs);
    }

    /** {@code -?[0-9]+}. */
    private static boolean isWholeNumber(String value) {
        int start = value.startsWith("-") ? 1 : 0;
        if (start == value.length()) {
            return false;
        }
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * One row's raw values (by column, in the order of {@link #COLUMNS}), read field by field; a
     * value that cannot be read is a problem.
     */
    private record Row(int index, String[] values, Problems problems, ProgramValidator.Locator locator) {

        String text(int column) {
            String value = values[column];
            return value == null || value.isBlank() ? null : value.strip();
        }

        Integer number(int column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            if (!isWholeNumber(value)) {
                fail(column, quote(value) + " is not a whole number");
                return null;
            }
            if (value.replace("-", "").length() > MAX_DIGITS) {
                fail(column, quote(value) + " is far too large");
                return null;
            }
            return Integer.valueOf(value);
        }

        <E extends Enum<E>> E oneOf(int column, Class<E> type, String what) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                String expected = what != null ? what : "one of " + Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).collect(Collectors.joining(", "));
                fail(column, quote(value) + " is not " + expected);
                return null;
            }
        }

        private void fail(int column, String message) {
            String field = COLUMNS.get(column);
            problems.add(index, column, locator.problem(index, field, message));
            problems.failed(index, field);
        }
    }

    /** Problems with their row and column, so they are listed in file order whoever found them. */
    private static final class Problems {
        private record Entry(int row, int column, int seq, Problem problem) {
        }

        private final List<Entry> entries = new ArrayList<>();
        private final Set<String> failed = new HashSet<>();

        void add(int row, int column, Problem problem) {
            entries.add(new Entry(row, column, entries.size(), problem));
        }

        void failed(int row, String field) {
            failed.add(row + ":" + field);
        }

        boolean isFailed(int row, String field) {
            return failed.contains(row + ":" + field);
        }

        boolean isEmpty() {
            return entries.isEmpty();
        }

        List<Problem> sorted() {
            return entries.stream()
                    .sorted(Comparator.comparingInt(Entry::row).thenComparingInt(Entry::column).thenComparingInt(Entry::seq))
                    .map(Entry::problem)
                    .toList();
        }
    }

    private static InvalidInputException refuse(Problem problem) {
        return refuse(List.of(problem));
    }

    private static InvalidInputException refuse(List<Problem> problems) {
        return new InvalidInputException(INVALID, problems);
    }

    private static int line(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
    }

    private static String brief(JsonProcessingException e) {
        return Json.plain(e.getOriginalMessage());
    }

    private static Problem tooMany(String file, int programs) {
        return new Problem(file, "holds " + programs + " programs; a catalogue holds at most " + MAX_PROGRAMS);
    }

    private static String count(int n, String singular) {
        return n + " " + (n == 1 ? singular : singular + "s");
    }

    /** {@code text} in single quotes, cut and cleaned so a hostile value stays one short line. */
    static String quote(String text) {
        return "'" + clean(text) + "'";
    }

    /** {@code text} without control characters, cut to a short length. */
    static String clean(String text) {
        StringBuilder clean = new StringBuilder();
        text.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return clean.length() > MAX_QUOTED ? clean.substring(0, MAX_QUOTED - 3) + "..." : clean.toString();
    }
}
