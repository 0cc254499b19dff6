package io.github.stepadvisor.web;

import io.github.stepadvisor.format.Json;
import io.github.stepadvisor.format.JsonValue;
import io.github.stepadvisor.model.Citizenship;
import io.github.stepadvisor.model.Education;
import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.ExamResult;
import io.github.stepadvisor.model.PracticeForm;
import io.github.stepadvisor.model.ProgramCategory;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.Rotation;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Stage;
import io.github.stepadvisor.model.UsState;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service's own documents, those the command line has no writer for (the advice and the
 * program list are written by the command line's writers): the timeline, the catalogue of ids,
 * the values of the profile's closed fields and the health answer. Same printer as the rest.
 */
final class WebJson {

    private WebJson() {
    }

    static String timeline(Timeline timeline) {
        List<JsonValue> events = new ArrayList<>();
        for (Timeline.Event event : timeline.events()) {
            events.add(object("id", text(event.id()), "label", text(event.label()),
                    "date", text(Json.date(event.date())), "approximate", new JsonValue.JsonBoolean(event.approximate())));
        }
        JsonValue matchYear = timeline.matchYear().isPresent()
                ? JsonValue.JsonNumber.of(timeline.matchYear().getAsInt()) : JsonValue.NULL;
        return Json.write(object("asOf", text(Json.date(timeline.asOf())), "matchYear", matchYear,
                "events", new JsonValue.JsonArray(events)));
    }

    static String catalogue(List<AdviceCatalogue.Entry> entries) {
        List<JsonValue> ids = new ArrayList<>();
        for (AdviceCatalogue.Entry entry : entries) {
            ids.add(object("id", text(entry.id()), "title", text(entry.title()),
                    "category", entry.category().<JsonValue>map(c -> text(c.name())).orElse(JsonValue.NULL),
                    "source", entry.source().<JsonValue>map(WebJson::text).orElse(JsonValue.NULL)));
        }
        return Json.write(object("advice", new JsonValue.JsonArray(ids)));
    }

    /** The values each closed field of a profile and a program list takes, for the page's pick lists. */
    static String vocabulary() {
        Map<String, Enum<?>[]> fields = new LinkedHashMap<>();
        fields.put("citizenship", Citizenship.values());
        fields.put("education", Education.values());
        fields.put("stage", Stage.values());
        fields.put("exam", Exam.values());
        fields.put("result", ExamResult.values());
        fields.put("form", PracticeForm.values());
        fields.put("specialty", Specialty.values());
        fields.put("setting", ProgramSetting.values());
        fields.put("rotation", Rotation.values());
        fields.put("state", UsState.values());
        fields.put("programCategory", ProgramCategory.values());
        Map<String, JsonValue> out = new LinkedHashMap<>();
        fields.forEach((field, values) -> out.put(field,
                JsonValue.JsonArray.ofStrings(Arrays.stream(values).map(Enum::name).toList())));
        return Json.write(new JsonValue.JsonObject(out));
    }

    static String health(String rules, boolean catalogue) {
        return Json.write(object("status", text("ok"), "rules", text(rules),
                "catalogue", new JsonValue.JsonBoolean(catalogue)));
    }

    static String names(List<String> names) {
        return Json.write(object("examples", JsonValue.JsonArray.ofStrings(names)));
    }

    private static JsonValue text(String value) {
        return new JsonValue.JsonString(value);
    }

    /** An object of the name-value pairs given, in that order. */
    private static JsonValue object(Object... namesAndValues) {
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], (JsonValue) namesAndValues[i + 1]);
        }
        return new JsonValue.JsonObject(fields);
    }
}
