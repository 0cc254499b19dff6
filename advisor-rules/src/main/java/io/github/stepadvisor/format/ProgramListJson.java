package io.github.stepadvisor.format;

import io.github.stepadvisor.model.ApplicantScore;
import io.github.stepadvisor.model.ProgramList;
import io.github.stepadvisor.model.ProgramResult;
import io.github.stepadvisor.model.ProgramSummary;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/**
 * A program list as the JSON of {@code program-list.md}: {@code format} ({@value #FORMAT}),
 * {@code name}, {@code asOf}, {@code applicantScore} ({@code {value, basis}} or null),
 * {@code programs}, {@code summary}, {@code recommendations}, each object's fields in the
 * contract's order, absent values as {@code null}. 2-space indentation, {@code "\n"} line ends and
 * a trailing newline: the same list always gives the same bytes. The schema is
 * {@code io/github/stepadvisor/format/schemas/program-list.schema.json}.
 */
public final class ProgramListJson {

    /** The format and version a program list names in its {@code format} field. */
    public static final String FORMAT = "step-advisor/program-list@1";

    private ProgramListJson() {
    }

    /** {@code list} as pretty-printed JSON ending with a newline. */
    public static String write(ProgramList list) {
        return Json.pretty(out -> write(out, list));
    }

    private static void write(JsonGenerator out, ProgramList list) throws IOException {
        out.writeStartObject();
        out.writeStringField("format", FORMAT);
        Json.stringOrNull(out, "name", list.name().orElse(null));
        out.writeStringField("asOf", Json.date(list.asOf()));
        if (list.applicantScore().isPresent()) {
            ApplicantScore score = list.applicantScore().get();
            out.writeObjectFieldStart("applicantScore");
            out.writeNumberField("value", score.value());
            out.writeStringField("basis", score.basis().name());
            out.writeEndObject();
        } else {
            out.writeNullField("applicantScore");
        }
        out.writeArrayFieldStart("programs");
        for (ProgramResult p : list.programs()) {
            out.writeStartObject();
            out.writeStringField("id", p.id());
            out.writeStringField("name", p.name());
            out.writeStringField("specialty", p.specialty().name());
            out.writeStringField("state", p.state().name());
            out.writeStringField("setting", p.setting().name());
            out.writeStringField("category", p.category().name());
            if (p.margin().isPresent()) {
                out.writeNumberField("margin", p.margin().getAsInt());
            } else {
                out.writeNullField("margin");
            }
            out.writeStringField("friendliness", p.friendliness().name());
            AdviceJson.strings(out, "factors", p.factors());
            AdviceJson.strings(out, "reasons", p.reasons());
            Json.stringOrNull(out, "source", p.source().orElse(null));
            out.writeEndObject();
        }
        out.writeEndArray();
        ProgramSummary s = list.summary();
        out.writeObjectFieldStart("summary");
        out.writeNumberField("listed", s.listed());
        out.writeNumberField("safety", s.safety());
        out.writeNumberField("target", s.target());
        out.writeNumberField("reach", s.reach());
        out.writeNumberField("excluded", s.excluded());
        out.writeNumberField("notTargeted", s.notTargeted());
        out.writeEndObject();
        AdviceJson.recommendations(out, list.recommendations());
        out.writeEndObject();
    }
}
