package io.github.stepadvisor.json;

import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Category;
import io.github.stepadvisor.model.Explanation;
import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Priority;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Advice as the JSON of {@code profile-format.md}: {@code name}, {@code asOf},
 * {@code summary{standing[], nextSteps[{id, title}]}}, {@code recommendations[id, category, priority, subject, title, reasons, source]} in that order,
 * {@code name} and {@code subject} written as {@code null} when absent. A recommendation that
 * explains itself (advice asked with {@code --explain}) adds
 * {@code explanation: {rule, file, matched[]}}; without that request the field does not appear.
 * The same advice always gives the same bytes, so outputs can be compared and stored as test
 * fixtures.
 */
public final class AdviceJson {

    static final String INVALID = "Invalid advice";
    static final List<String> FIELDS = List.of("name", "asOf", "summary", "recommendations");
    static final List<String> SUMMARY_FIELDS = List.of("standing", "nextSteps");
    static final List<String> NEXT_STEP_FIELDS = List.of("id", "title");
    static final List<String> RECOMMENDATION_FIELDS = List.of("id", "category", "priority", "subject", "title",
            "reasons", "source");
    /** Written only for advice that explains itself, so it is read only as an optional extra. */
    static final String EXPLANATION = "explanation";
    static final List<String> EXPLANATION_FIELDS = List.of("rule", "file", "matched");

    private AdviceJson() {
    }

    /** {@code advice} as pretty-printed JSON ending with a newline. */
    public static String write(Advice advice) {
        return Json.write(toTree(advice));
    }

    /** {@code advice} as compact JSON on one line, without a line end, the fields in the same order. */
    public static String writeLine(Advice advice) {
        return Json.writeLine(toTree(advice));
    }

    /**
     * Writes recommendations into {@code array} in the contract's field order: the one shape of a
     * recommendation, shared by advice and by the program list's advice.
     */
    public static void addRecommendations(ArrayNode array, List<Recommendation> recommendations) {
        for (Recommendation r : recommendations) {
            ObjectNode item = array.addObject();
            item.put("id", r.id());
            item.put("category", r.category().name());
            item.put("priority", r.priority().name());
            item.put("subject", r.subject().map(Enum::name).orElse(null));
            item.put("title", r.title());
            ArrayNode reasons = item.putArray("reasons");
            r.reasons().forEach(reasons::add);
            item.put("source", r.source());
            r.explanation().ifPresent(explanation -> {
                ObjectNode why = item.putObject(EXPLANATION);
                why.put("rule", explanation.rule());
                why.put("file", explanation.file());
                ArrayNode matched = why.putArray("matched");
                explanation.matched().forEach(matched::add);
            });
        }
    }

    public static ObjectNode toTree(Advice advice) {
        ObjectNode out = Json.object();
        out.put("name", advice.name().orElse(null));
        out.put("asOf", Json.date(advice.asOf()));
        ObjectNode summary = out.putObject("summary");
        ArrayNode standing = summary.putArray("standing");
        advice.summary().standing().forEach(standing::add);
        ArrayNode nextSteps = summary.putArray("nextSteps");
        advice.summary().nextSteps().forEach(step -> nextSteps.addObject().put("id", step.id()).put("title", step.title()));
        addRecommendations(out.putArray("recommendations"), advice.recommendations());
        return out;
    }

    /**
     * The advice in {@code json}, as another program or a stored fixture gives it back.
     *
     * @throws InvalidInputException listing every problem with its path
     */
    public static Advice read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    public static Advice read(byte[] json) {
        JsonNode root = Json.parse(json, INVALID);
        TreeReader in = new TreeReader();
        if (in.object(root, "", FIELDS) == null) {
            throw new InvalidInputException(INVALID, in.problems());
        }
        String name = in.text(root.get("name"), "name");
        LocalDate asOf = in.required(root.get("asOf"), "asOf") ? in.date(root.get("asOf"), "asOf") : null;
        List<String> standing = standing(in, root.get("summary"));
        List<Recommendation> recommendations = new ArrayList<>();
        if (in.required(root.get("recommendations"), "recommendations")) {
            List<JsonNode> items = in.array(root.get("recommendations"), "recommendations");
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
    private static List<String> standing(TreeReader in, JsonNode value) {
        List<String> standing = new ArrayList<>();
        if (TreeReader.absent(value)) {
            return standing;
        }
        JsonNode summary = in.object(value, "summary", SUMMARY_FIELDS);
        if (summary == null) {
            return standing;
        }
        List<JsonNode> lines = in.array(summary.get("standing"), "summary.standing");
        for (int i = 0; i < lines.size(); i++) {
            String path = TreeReader.at("summary.standing", i);
            String line = in.required(lines.get(i), path) ? in.text(lines.get(i), path) : null;
            if (line != null) {
                standing.add(line);
            }
        }
        if (standing.size() > Summary.MAX_STANDING) {
            in.add("summary.standing", "at most " + Summary.MAX_STANDING + " lines, found " + standing.size());
            standing = standing.subList(0, Summary.MAX_STANDING);
        }
        List<JsonNode> steps = in.array(summary.get("nextSteps"), "summary.nextSteps");
        for (int i = 0; i < steps.size(); i++) {
            String path = TreeReader.at("summary.nextSteps", i);
            JsonNode step = in.object(steps.get(i), path, NEXT_STEP_FIELDS);
            if (step != null) {
                requiredText(in, step, path, "id");
                requiredText(in, step, path, "title");
            }
        }
        return standing;
    }

    private static Optional<Recommendation> recommendation(TreeReader in, JsonNode value, String path) {
        List<String> fields = new ArrayList<>(RECOMMENDATION_FIELDS);
        fields.add(EXPLANATION);
        JsonNode item = in.object(value, path, fields);
        if (item == null) {
            return Optional.empty();
        }
        String id = requiredText(in, item, path, "id");
        Category category = in.required(item.get("category"), path + ".category")
                ? in.oneOf(item.get("category"), path + ".category", Category.class) : null;
        Priority priority = in.required(item.get("priority"), path + ".priority")
                ? in.oneOf(item.get("priority"), path + ".priority", Priority.class) : null;
        Specialty subject = in.oneOf(item.get("subject"), path + ".subject", Specialty.class);
        String title = requiredText(in, item, path, "title");
        List<String> reasons = new ArrayList<>();
        if (in.required(item.get("reasons"), path + ".reasons")) {
            List<JsonNode> texts = in.array(item.get("reasons"), path + ".reasons");
            for (int i = 0; i < texts.size(); i++) {
                String reasonPath = TreeReader.at(path + ".reasons", i);
                String reason = in.required(texts.get(i), reasonPath) ? in.text(texts.get(i), reasonPath) : null;
                if (reason != null) {
                    reasons.add(reason);
                }
            }
        }
        String source = requiredText(in, item, path, "source");
        Optional<Explanation> explanation = explanation(in, item.get(EXPLANATION), path + "." + EXPLANATION);
        if (id != null && category != null && Category.ofId(id).orElse(null) != category) {
            in.add(path + ".category", category + " does not match the id " + Json.quote(id)
                    + Category.ofId(id).map(c -> " (its prefix means " + c + ")").orElse(""));
        }
        if (id == null || category == null || priority == null || title == null || source == null) {
            return Optional.empty();
        }
        return Optional.of(new Recommendation(id, category, priority, Optional.ofNullable(subject), title, reasons,
                source, explanation));
    }

    private static Optional<Explanation> explanation(TreeReader in, JsonNode value, String path) {
        if (TreeReader.absent(value)) {
            return Optional.empty();
        }
        JsonNode item = in.object(value, path, EXPLANATION_FIELDS);
        if (item == null) {
            return Optional.empty();
        }
        String rule = requiredText(in, item, path, "rule");
        String file = requiredText(in, item, path, "file");
        List<String> matched = new ArrayList<>();
        List<JsonNode> lines = in.array(item.get("matched"), path + ".matched");
        for (int i = 0; i < lines.size(); i++) {
            String linePath = TreeReader.at(path + ".matched", i);
            String line = in.required(lines.get(i), linePath) ? in.text(lines.get(i), linePath) : null;
            if (line != null) {
                matched.add(line);
            }
        }
        return rule == null || file == null ? Optional.empty() : Optional.of(new Explanation(rule, file, matched));
    }

    private static String requiredText(TreeReader in, JsonNode item, String path, String field) {
        String where = path + "." + field;
        return in.required(item.get(field), where) ? in.text(item.get(field), where) : null;
    }
}
