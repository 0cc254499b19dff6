package io.github.stepadvisor.web;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.format.AdviceJson;
import io.github.stepadvisor.format.CatalogueReader;
import io.github.stepadvisor.format.Json;
import io.github.stepadvisor.format.JsonValue;
import io.github.stepadvisor.format.ProfileJson;
import io.github.stepadvisor.format.ProgramListJson;
import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Problem;
import io.github.stepadvisor.model.Program;


import io.javalin.http.Context;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The handlers of {@code /api}: each reads its input with the command line's readers and writes
 * with its writers, so a client gets the bytes {@code advisor --format json} prints for the same
 * input. Input problems leave as {@link InvalidInputException} or {@link ClientError}, which
 * {@link WebServer} answers as 4xx.
 */
final class AdvisorApi {

    static final String INVALID_REQUEST = "Invalid request";
    /** A Match-sized catalogue is under 10,000 programs; ten times that is not a program list. */
    static final int MAX_PROGRAMS = 20_000;
    private static final String PROFILE = "profile";
    private static final String CATALOGUE = "catalogue";

    private final StepAdvisor advisor;
    private final Optional<List<Program>> serverCatalogue;
    private final SeasonDates season;
    private final SampleProfiles samples;
    private final Clock clock;
    private final String catalogueJson;

    AdvisorApi(StepAdvisor advisor, Optional<List<Program>> serverCatalogue, SeasonDates season, SampleProfiles samples,
               Clock clock) {
        this.advisor = advisor;
        this.serverCatalogue = serverCatalogue;
        this.season = season;
        this.samples = samples;
        this.clock = clock;
        this.catalogueJson = WebJson.catalogue(AdviceCatalogue.of(advisor.ruleSet()));
    }

    void advice(Context ctx) {
        boolean explain = flag(ctx, "explain");
        Applicant applicant = ProfileJson.read(Bodies.json(ctx), LocalDate.now(clock));
        Advice advice = explain ? advisor.explain(applicant) : advisor.advise(applicant);
        json(ctx, AdviceJson.write(advice));
    }

    void timeline(Context ctx) {
        LocalDate today = LocalDate.now(clock);
        json(ctx, WebJson.timeline(Timeline.of(ProfileJson.read(Bodies.json(ctx), today), today, season)));
    }

    /** {@code {"profile": {...}, "catalogue": [...] or "CSV text"}}; without a catalogue, the server's. */
    void programs(Context ctx) {
        if (!(Json.parse(Bodies.json(ctx), INVALID_REQUEST) instanceof JsonValue.JsonObject body)) {
            throw refuse(new Problem("", "the body is a JSON object {\"profile\": {...}, \"catalogue\": [...]}"));
        }
        List<Problem> problems = new ArrayList<>();
        for (String name : body.fields().keySet()) {
            if (!name.equals(PROFILE) && !name.equals(CATALOGUE)) {
                problems.add(new Problem(name, "unknown field; the body has profile and catalogue"));
            }
        }
        Applicant applicant = null;
        if (!body.fields().containsKey(PROFILE)) {
            problems.add(new Problem(PROFILE, "is missing; it is the applicant profile"));
        } else {
            try {
                applicant = ProfileJson.read(body.get(PROFILE), LocalDate.now(clock));
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(new Problem(
                        p.where().isEmpty() ? PROFILE : PROFILE + "." + p.where(), p.message())));
            }
        }
        List<Program> programs = null;
        try {
            programs = catalogue(body.get(CATALOGUE));
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw refuse(problems);
        }
        json(ctx, ProgramListJson.write(advisor.programs(applicant, programs)));
    }

    private List<Program> catalogue(JsonValue given) {
        if (given.isAbsent()) {
            return serverCatalogue.orElseThrow(() -> refuse(new Problem(CATALOGUE,
                    "is missing, and this server was started without --catalogue; send the programs")));
        }
        if (given instanceof JsonValue.JsonArray array) {
            if (array.elements().size() > MAX_PROGRAMS) {
                throw tooManyPrograms(array.elements().size());
            }
            return CatalogueReader.readJson(CATALOGUE, Json.writeLine(given));
        }
        if (given instanceof JsonValue.JsonString csv) {
            List<Program> programs = CatalogueReader.readCsv(CATALOGUE, csv.value());
            if (programs.size() > MAX_PROGRAMS) {
                throw tooManyPrograms(programs.size());
            }
            return programs;
        }
        throw refuse(new Problem(CATALOGUE, "is a JSON array of programs or a string of CSV text, found "
                + kind(given)));
    }

    private static String kind(JsonValue value) {
        if (value instanceof JsonValue.JsonObject) {
            return "an object";
        }
        if (value instanceof JsonValue.JsonNumber) {
            return "a number";
        }
        return value instanceof JsonValue.JsonBoolean ? "a boolean" : "null";
    }

    private static InvalidInputException tooManyPrograms(int count) {
        return refuse(new Problem(CATALOGUE, count + " programs; the service takes at most " + MAX_PROGRAMS
                + " in one request"));
    }

    void catalogue(Context ctx) {
        json(ctx, catalogueJson);
    }

    void health(Context ctx) {
        json(ctx, WebJson.health(advisor.ruleSet().origin(), serverCatalogue.isPresent()));
    }

    void vocabulary(Context ctx) {
        json(ctx, WebJson.vocabulary());
    }

    void examples(Context ctx) {
        json(ctx, WebJson.names(samples.names()));
    }

    void example(Context ctx) {
        String name = ctx.pathParam("name");
        byte[] profile = samples.read(name).orElseThrow(() -> new ClientError(404,
                "example: no sample profile is named " + shown(name)
                        + "; the samples are " + String.join(", ", samples.names())));
        ctx.contentType(WebServer.JSON).result(profile);
    }

    private static boolean flag(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true") || value.isEmpty()) {
            return true;
        }
        throw new ClientError(400, name + ": expected true or false, found '" + shown(value) + "'");
    }

    /** A client's text as one short line, so a hostile value cannot flood or split an error message. */
    private static String shown(String text) {
        String line = Json.oneLine(text);
        return line.length() > 40 ? line.substring(0, 37) + "..." : line;
    }

    private static InvalidInputException refuse(Problem problem) {
        return refuse(List.of(problem));
    }

    private static InvalidInputException refuse(List<Problem> problems) {
        return new InvalidInputException(INVALID_REQUEST, problems);
    }

    private static void json(Context ctx, String body) {
        ctx.contentType(WebServer.JSON).result(body);
    }
}
