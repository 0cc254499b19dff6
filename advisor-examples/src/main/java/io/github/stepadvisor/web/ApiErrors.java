package io.github.stepadvisor.web;

import io.github.stepadvisor.format.Json;
import io.github.stepadvisor.model.Problem;

import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;

/**
 * The one shape of every refusal: {@code {"errors": ["path: message", ...]}}, each problem worded
 * as the command line words it, so a client shows it next to the field the path names.
 */
final class ApiErrors {

    /**
     * Problems listed in one answer. A hostile catalogue can hold a problem in every one of
     * 100,000 rows; the first few hundred already tell a client what is wrong.
     */
    static final int MAX_LISTED = 200;

    private ApiErrors() {
    }

    /** Answers {@code status} with {@code problems}, the first {@link #MAX_LISTED} of them. */
    static void send(Context ctx, int status, List<Problem> problems) {
        List<String> errors = new ArrayList<>();
        problems.stream().limit(MAX_LISTED).forEach(problem -> errors.add(problem.toString()));
        if (problems.size() > MAX_LISTED) {
            errors.add((problems.size() - MAX_LISTED) + " more problems are not listed");
        }
        ctx.status(status).contentType(WebServer.JSON).result(Json.writeErrors(errors));
    }

    /** Answers {@code status} with one problem that belongs to no field. */
    static void send(Context ctx, int status, String message) {
        send(ctx, status, List.of(new Problem("", message)));
    }
}
