package io.github.stepadvisor.format;

import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Category;
import io.github.stepadvisor.model.Explanation;
import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Priority;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Summary;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Advice as the JSON of {@code profile-format.md}: {@code format} ({@value #FORMAT}),
 * {@code name}, {@code asOf}, {@code summary{standing[], nextSteps[{id, title}]}},
 * {@code recommendations[id, category, priority, subject, title, reasons, source]} in that order,
 * {@code name} and {@code subject} written as {@code null} when absent. A recommendation that
 * explains itself ({@link io.github.stepadvisor.StepAdvisor#explain}) adds
 * {@code explanation: {rule, file, matched[{name, value}]}}; otherwise the field does not appear.
 * The same advice always gives the same bytes, so outputs can be compared and stored as test
 * fixtures. The schema is {@code io/github/stepadvisor/format/schemas/advice.schema.json}.
 */
public final class AdviceJson {

    static final String INVALID = "Invalid advice";
    /** The format and version advice names in its {@code format} field. */
    public static final String FORMAT = "step-advisor/advice@1";
    static final List<String> FIELDS = List.of("format", "name", "asOf", "summary", "recommendations");
    static final List<String> SUMMARY_FIELDS = List.of("standing", "nextSteps");
    static final List<String> NEXT_STEP_FIELDS = List.of("id", "title");
    static final List<String> RECOMMENDATION_FIELDS = List.of("id", "category", "priority", "subject", "title",
            "reasons", "source");
    /** Written only for advice that explains itself, so it is read only as an optional extra. */
    static final String EXPLANATION = "explanation";
    static final List<String> EXPLANATION_FIELDS = List.of("rule", "file", "matched");
    static final List<String> MATCHED_FIELDS = List.of("name", "value");

    private AdviceJson() {
    }

    /** {@code advice} as pretty-printed JSON ending with a newline. */
    public static String write(Advice advice) {
        return Json.pretty(out -> write(out, advice));
    }

    /** {@code advice} as compact JSON on one line, without a line end, the fields in the same order. */
    public static String writeLine(Advice advice) {
        return Json.line(out -> write(out, advice));
    }

    private static void write(JsonGenerator out, Advice advice) throws IOException {
        out.writeStartObject();
        out.writeStringField("format", FORMAT);
        Json.stringOrNull(out, "name", advice.name().orElse(null));
        out.writeStringField("asOf", Json.date(advice.asOf()));
        out.writeObjectFieldStart("summary");
        strings(out, "standing", advice.summary().standing());
        out.writeArrayFieldStart("nextSteps");
        for (Summary.NextStep step : advice.summary().nextSteps()) {
            out.writeStartObject();
            out.writeStringField("id", step.id());
            out.writeStringField("title", step.title());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
        recommendations(out, advice.recommendations());
        out.writeEndObject();
    }

    /**
     * Writes field {@code recommendations} in the contract's field order: the one shape of a
     * recommendation, shared by advice and by the program list's advice.
     */
    static void recommendations(JsonGenerator out, List<Recommendation> recommendations) throws IOException {
        out.writeArrayFieldStart("recommendations");
        for (Recommendation r : recommendations) {
            out.writeStartObject();
            out.writeStringField("id", r.id());
            out.writeStringField("category", r.category().name());
            out.writeStringField("priority", r.priority().name());
            Json.stringOrNull(out, "subject", r.subject().map(Enum::name).orElse(null));
            out.writeStringField("title", r.title());
            strings(out, "reasons", r.reasons());
            out.writeStringField("source", r.source());
            if (r.explanation().isPresent()) {
                Explanation explanation = r.explanation().get();
                out.writeObjectFieldStart(EXPLANATION);
                out.writeStringField("rule", explanation.rule());
                out.writeStringField("file", explanation.file());
                out.writeArrayFieldStart("matched");
                for (Explanation.Matched matched : explanation.matched()) {
                    out.writeStartObject();
                    out.writeStringField("name", matched.name());
                    out.writeStringField("value", matched.value());
                    out.writeEndObject();
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    /** Writes field {@code name}: an array of strings. */
    static void strings(JsonGenerator out, String name, List<String> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    /**
     * The advice in {@code json}, as another program or a stored fixture gives it back.
     *
     * @throws InvalidInputException listing every problem with its path
     */
    public static Advice read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #read(String)}, from UTF-8 (or UTF-16/32 with a BOM) bytes. */
    public static Advice read(byte[] json) {
        JsonValue root = Json.parse(json, INVALID);
        TreeReader in = new TreeReader();
        if (in.object(root, "", FIELDS).isEmpty()) {
            throw new InvalidInputException(INVALID, in.problems());
        }
        in.format(root.get("format"), FORMAT);
        String name = in.text(root.get("name"), "name").orElse(null);
        LocalDate asOf = in.required(root.get("asOf"), "asOf") ? in.date(root.get("asOf"), "asOf").orElse(null) : null;
        List<String> standing = standing(in, root.get("summary"));
        List<Recommendation> recommendations = new ArrayList<>();
        if (in.required(root.get("recommendations"), "recommendations")) {
            List<JsonValue> items = in.array(root.get("recommendations"), "recommendations");
            for (int i = 0; i < items.size(); i++) {
                recommendation(in, items.get(i), TreeReader.at("recommendations", i)).ifPresent(recommendations::add);
            }
        }
        if (!in.problems().isEmpty()) {
            throw new InvalidInputException(INVALID, in.problems());
        }
        return new Advice(Optional.ofNullable(name), asOf, standing, recommendations);
    }

    /**
     * The standing lines of {@code value}; its next steps are checked for shape only, since they
     * follow from the recommendations (an advice is rebuilt from those).
     */
    private static List<String> standing(TreeReader in, JsonValue value) {
        if (value.isAbsent()) {
            return new ArrayList<>();
        }
        Optional<JsonValue.JsonObject> read = in.object(value, "summary", SUMMARY_FIELDS);
        if (read.isEmpty()) {
            return new ArrayList<>();
        }
        JsonValue summary = read.get();
        List<String> standing = requiredTexts(in, summary.get("standing"), "summary.standing");
        if (standing.size() > Summary.MAX_STANDING) {
            in.add("summary.standing", "at most " + Summary.MAX_STANDING + " lines, found " + standing.size());
            standing = standing.subList(0, Summary.MAX_STANDING);
        }
        List<JsonValue> steps = in.array(summary.get("nextSteps"), "summary.nextSteps");
        for (int i = 0; i < steps.size(); i++) {
            String path = TreeReader.at("summary.nextSteps", i);
            in.object(steps.get(i), path, NEXT_STEP_FIELDS).ifPresent(step -> {
                requiredText(in, step, path, "id");
                requiredText(in, step, path, "title");
            });
        }
        return standing;
    }

    /** The strings of the array at {@code path}; a null element is "required", another kind a type problem. */
    private static List<String> requiredTexts(TreeReader in, JsonValue value, String path) {
        List<String> texts = new ArrayList<>();
        List<JsonValue> elements = in.array(value, path);
        for (int i = 0; i < elements.size(); i++) {
            String elementPath = TreeReader.at(path, i);
            if (in.required(elements.get(i), elementPath)) {
                in.text(elements.get(i), elementPath).ifPresent(texts::add);
            }
        }
        return texts;
    }

    private static Optional<Recommendation> recommendation(TreeReader in, JsonValue value, String path) {
        List<String> fields = new ArrayList<>(RECOMMENDATION_FIELDS);
        fields.add(EXPLANATION);
        Optional<JsonValue.JsonObject> read = in.object(value, path, fields);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        JsonValue item = read.get();
        String id = requiredText(in, item, path, "id");
        Category category = in.required(item.get("category"), path + ".category")
                ? in.oneOf(item.get("category"), path + ".category", Category.class).orElse(null) : null;
        Priority priority = in.required(item.get("priority"), path + ".priority")
                ? in.oneOf(item.get("priority"), path + ".priority", Priority.class).orElse(null) : null;
        Optional<Specialty> subject = in.oneOf(item.get("subject"), path + ".subject", Specialty.class);
        String title = requiredText(in, item, path, "title");
        List<String> reasons = in.required(item.get("reasons"), path + ".reasons")
                ? requiredTexts(in, item.get("reasons"), path + ".reasons") : new ArrayList<>();
        String source = requiredText(in, item, path, "source");
        Optional<Explanation> explanation = explanation(in, item.get(EXPLANATION), path + "." + EXPLANATION);
        if (id != null && category != null && Category.ofId(id).orElse(null) != category) {
            in.add(path + ".category", category + " does not match the id " + Json.quote(id)
                    + Category.ofId(id).map(c -> " (its prefix means " + c + ")").orElse(""));
        }
        if (id == null || category == null || priority == null || title == null || source == null) {
            return Optional.empty();
        }
        return Optional.of(new Recommendation(id, category, priority, subject, title, reasons, source, explanation));
    }

    private static Optional<Explanation> explanation(TreeReader in, JsonValue value, String path) {
        if (value.isAbsent()) {
            return Optional.empty();
        }
        Optional<JsonValue.JsonObject> read = in.object(value, path, EXPLANATION_FIELDS);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        JsonValue item = read.get();
        String rule = requiredText(in, item, path, "rule");
        String file = requiredText(in, item, path, "file");
        List<Explanation.Matched> matched = new ArrayList<>();
        List<JsonValue> values = in.array(item.get("matched"), path + ".matched");
        for (int i = 0; i < values.size(); i++) {
            String valuePath = TreeReader.at(path + ".matched", i);
            in.object(values.get(i), valuePath, MATCHED_FIELDS).ifPresent(pair -> {
                String name = requiredText(in, pair, valuePath, "name");
                String text = requiredText(in, pair, valuePath, "value");
                if (name != null && text != null) {
                    matched.add(new Explanation.Matched(name, text));
                }
            });
        }
        return rule == null || file == null ? Optional.empty() : Optional.of(new Explanation(rule, file, matched));
    }

    /** The text of {@code field}, recording a problem when it is absent or not text; {@code null} then. */
    private static String requiredText(TreeReader in, JsonValue item, String path, String field) {
        String where = path + "." + field;
        return in.required(item.get(field), where) ? in.text(item.get(field), where).orElse(null) : null;
    }
}
