package io.github.stepadvisor.web;

import io.github.stepadvisor.RunawayRuleException;
import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.format.Json;
import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Program;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The advisor as an HTTP service ({@code advisor serve}): the JSON API under {@code /api} and the
 * page at {@code /}, on Javalin (Jetty). Every answer to a client's mistake is a 4xx with
 * {@code {"errors": [...]}}; a fault of the service is a 500 with one line, never a stack trace.
 */
public final class WebServer implements AutoCloseable {

    static final String JSON = "application/json";
    static final String PAGE = "/io/github/stepadvisor/web/page";
    static final String OPENAPI = "/io/github/stepadvisor/web/openapi.json";

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /**
     * What a server serves.
     *
     * @param advisor     the rules to advise with, loaded by the caller (never over HTTP)
     * @param rulesFolder the folder {@code advisor} was loaded from, for the timeline's dates; empty for the built-in rules
     * @param catalogue   the programs {@code POST /api/programs} uses when a request brings none
     */
    public record Options(String host, int port, StepAdvisor advisor, Optional<Path> rulesFolder,
                          Optional<List<Program>> catalogue) {
    }

    private final Javalin app;
    private final String host;

    private WebServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /** Starts a server; port 0 takes a free one ({@link #address()} tells which). */
    public static WebServer start(Options options) {
        AdvisorApi api = new AdvisorApi(options.advisor(), options.catalogue(), SeasonDates.of(options.rulesFolder()),
                SampleProfiles.onClassPath(), Clock.systemDefaultZone());
        String openApi = Resources.text(OPENAPI);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = Bodies.MAX_BYTES;
            config.http.prefer405over404 = true;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = PAGE;
                files.location = Location.CLASSPATH;
            });
            config.routes.post("/api/advice", api::advice);
            config.routes.post("/api/timeline", api::timeline);
            config.routes.post("/api/programs", api::programs);
            config.routes.get("/api/catalogue", api::catalogue);
            config.routes.get("/api/health", api::health);
            config.routes.get("/api/vocabulary", api::vocabulary);
            config.routes.get("/api/examples", api::examples);
            config.routes.get("/api/examples/{name}", api::example);
            config.routes.get("/api/openapi.json", ctx -> ctx.contentType(JSON).result(openApi));

            config.routes.exception(InvalidInputException.class, (e, ctx) -> ApiErrors.send(ctx, 400, e.problems()));
            config.routes.exception(ClientError.class, (e, ctx) -> ApiErrors.send(ctx, e.status(), e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> ApiErrors.send(ctx, e.getStatus(),
                    describe(e, ctx)));
            config.routes.exception(RunawayRuleException.class, (e, ctx) -> {
                // Rules are the server's, never the client's: a loop is the service's fault.
                LOG.error("advisor serve: {}", Json.oneLine(e.getMessage()));
                ApiErrors.send(ctx, 500, "the server's rules did not finish: " + Json.oneLine(e.getMessage()));
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("advisor serve: internal error on {} {}: {}", ctx.method(), ctx.path(), e.toString());
                ApiErrors.send(ctx, 500, "internal error; the server's log has the details");
            });
        });
        app.start(options.host(), options.port());
        return new WebServer(app, options.host());
    }

    private static String describe(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 404 -> "no such address: " + ctx.method() + " " + Json.oneLine(ctx.path());
            case 405 -> ctx.method() + " is not allowed on " + Json.oneLine(ctx.path());
            case 413 -> "the body is larger than " + Bodies.MAX_BYTES / 1024 / 1024 + " MB";
            default -> Json.oneLine(e.getMessage());
        };
    }

    /** The address the server answers on, ending with {@code /}. */
    public URI address() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + app.port() + "/");
    }

    /** Every route of the API, as method and path: what the OpenAPI document must describe. */
    List<Route> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .map(endpoint -> new Route(endpoint.method, endpoint.path))
                .toList();
    }

    /** One route: an HTTP method and a path pattern as Javalin writes it ({@code {name}} for a parameter). */
    record Route(HandlerType method, String path) {
    }

    /** Stops accepting requests and lets the ones under way finish. */
    @Override
    public void close() {
        app.stop();
    }
}
