package io.github.stepadvisor.web;

import io.github.stepadvisor.json.Json;
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

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
        ObjectNode out = Json.object();
        out.put("asOf", Json.date(timeline.asOf()));
        if (timeline.matchYear().isPresent()) {
            out.put("matchYear", timeline.matchYear().getAsInt());
        } else {
            out.putNull("matchYear");
        }
        ArrayNode events = out.putArray("events");
        for (Timeline.Event event : timeline.events()) {
            ObjectNode item = events.addObject();
            item.put("id", event.id());
            item.put("label", event.label());
            item.put("date", Json.date(event.date()));
            item.put("approximate", event.approximate());
        }
        return Json.write(out);
    }

    static String catalogue(List<AdviceCatalogue.Entry> entries) {
        ObjectNode out = Json.object();
        ArrayNode ids = out.putArray("advice");
        for (AdviceCatalogue.Entry entry : entries) {
            ObjectNode item = ids.addObject();
            item.put("id", entry.id());
            item.put("title", entry.title());
            item.put("category", entry.category().map(Enum::name).orElse(null));
            item.put("source", entry.source().orElse(null));
        }
        return Json.write(out);
    }

    /** The values each closed field of a profile and a program list takes, for the page's pick lists. */
    static String vocabulary() {
        Map<String, Enum<?>[]> fields = new java.util.LinkedHashMap<>();
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
        ObjectNode out = Json.object();
        fields.forEach((field, values) -> {
            ArrayNode names = out.putArray(field);
            for (Enum<?> value : values) {
                names.add(value.name());
            }
        });
        return Json.write(out);
    }

    static String health(String rules, boolean catalogue) {
        ObjectNode out = Json.object();
        out.put("status", "ok");
        out.put("rules", rules);
        out.put("catalogue", catalogue);
        return Json.write(out);
    }

    static String names(List<String> names) {
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("examples");
        names.forEach(list::add);
        return Json.write(out);
    }
}
