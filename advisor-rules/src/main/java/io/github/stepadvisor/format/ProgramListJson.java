package io.github.stepadvisor.catalogue;

import io.github.stepadvisor.json.AdviceJson;
import io.github.stepadvisor.json.Json;
import io.github.stepadvisor.model.ApplicantScore;
import io.github.stepadvisor.model.ProgramList;
import io.github.stepadvisor.model.ProgramResult;
import io.github.stepadvisor.model.ProgramSummary;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;


/**
 * A program list as the JSON of {@code program-list.md}: {@code name}, {@code asOf},
 * {@code applicantScore} ({@code {value, basis}} or null), {@code programs}, {@code summary},
 * {@code recommendations}, each object's fields in the contract's order, absent values as
 * {@code null}. 2-space indentation, {@code "\n"} line ends and a trailing newline: the same list
 * always gives the same bytes.
 */
public final class ProgramListJson {

    private ProgramListJson() {
    }

    /** {@code list} as pretty-printed JSON ending with a newline. */
    public static String write(ProgramList list) {
        return Json.write(toTree(list));
    }

    public static ObjectNode toTree(ProgramList list) {
        ObjectNode out = Json.object();
        out.put("name", list.name().orElse(null));
        out.put("asOf", list.asOf().toString());
        if (list.applicantScore().isPresent()) {
            ApplicantScore score = list.applicantScore().get();
            ObjectNode applicantScore = out.putObject("applicantScore");
            applicantScore.put("value", score.value());
            applicantScore.put("basis", score.basis().name());
        } else {
            out.putNull("applicantScore");
        }
        ArrayNode programs = out.putArray("programs");
        for (ProgramResult p : list.programs()) {
            ObjectNode item = programs.addObject();
            item.put("id", p.id());
            item.put("name", p.name());
            item.put("specialty", p.specialty().name());
            item.put("state", p.state().name());
            item.put("setting", p.setting().name());
            item.put("category", p.category().name());
            if (p.margin().isPresent()) {
                item.put("margin", p.margin().getAsInt());
            } else {
                item.putNull("margin");
            }
            item.put("friendliness", p.friendliness().name());
            ArrayNode factors = item.putArray("factors");
            p.factors().forEach(factors::add);
            ArrayNode reasons = item.putArray("reasons");
            p.reasons().forEach(reasons::add);
            item.put("source", p.source().orElse(null));
        }
        ProgramSummary s = list.summary();
        ObjectNode summary = out.putObject("summary");
        summary.put("listed", s.listed());
        summary.put("safety", s.safety());
        summary.put("target", s.target());
        summary.put("reach", s.reach());
        summary.put("excluded", s.excluded());
        summary.put("notTargeted", s.notTargeted());
        AdviceJson.addRecommendations(out.putArray("recommendations"), list.recommendations());
        return out;
    }
}
