package io.github.stepadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;


import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * {@code /api/openapi.json} describes the server as it is: the same paths and methods as its
 * routes, and for each operation exactly the status codes that requests to it produce.
 */
class OpenApiTest {

    private static final String PROFILE = read(Path.of("profiles", "redeemed-in-season.json"));
    private static final byte[] TOO_LARGE = " ".repeat(Bodies.MAX_BYTES + 1).getBytes(StandardCharsets.US_ASCII);

    /** For each operation, requests that answer each status it can give. */
    private static final Map<String, List<Supplier<HttpResponse<String>>>> REQUESTS = Map.of(
            "POST /api/advice", posts("api/advice", PROFILE),
            "POST /api/timeline", posts("api/timeline", PROFILE),
            "POST /api/programs", posts("api/programs", "{\"profile\": " + PROFILE + ", \"catalogue\": "
                    + read(Path.of("catalogues", "fictional-sample.json")) + "}"),
            "GET /api/catalogue", List.of(() -> RunningServer.get("api/catalogue")),
            "GET /api/health", List.of(() -> RunningServer.get("api/health")),
            "GET /api/vocabulary", List.of(() -> RunningServer.get("api/vocabulary")),
            "GET /api/examples", List.of(() -> RunningServer.get("api/examples")),
            "GET /api/examples/{name}", List.of(() -> RunningServer.get("api/examples/preclinical"),
                    () -> RunningServer.get("api/examples/no-such-sample")),
            "GET /api/openapi.json", List.of(() -> RunningServer.get("api/openapi.json")));

    private static List<Supplier<HttpResponse<String>>> posts(String path, String valid) {
        return List.of(
                () -> RunningServer.postJson(path, valid),
                () -> RunningServer.postJson(path, "{\"stage\": 1}"),
                () -> RunningServer.post(path, "application/json", TOO_LARGE),
                () -> RunningServer.post(path, "text/csv", valid.getBytes(StandardCharsets.UTF_8)));
    }

    private final JsonNode document = TestJson.parse(RunningServer.get("api/openapi.json").body(), "openapi.json");

    @Test
    void theDocumentedOperationsAreTheServersRoutes() {
        Set<String> routes = new TreeSet<>();
        for (WebServer.Route route : RunningServer.server().routes()) {
            routes.add(route.method().name() + " " + route.path());
        }
        assertThat(documented().keySet()).isEqualTo(routes).isEqualTo(new TreeSet<>(REQUESTS.keySet()));
    }

    @Test
    void eachOperationAnswersExactlyItsDocumentedStatusCodes() {
        Map<String, Set<Integer>> documented = documented();
        Map<String, Set<Integer>> observed = new TreeMap<>();
        REQUESTS.forEach((operation, requests) -> {
            Set<Integer> statuses = new TreeSet<>();
            requests.forEach(request -> statuses.add(request.get().statusCode()));
            observed.put(operation, statuses);
        });
        assertThat(observed).isEqualTo(documented);
    }

    /** "METHOD path" of every documented operation, with its status codes. */
    private Map<String, Set<Integer>> documented() {
        Map<String, Set<Integer>> operations = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                Set<Integer> statuses = new TreeSet<>();
                List<String> codes = new ArrayList<>();
                method.getValue().get("responses").fieldNames().forEachRemaining(codes::add);
                codes.forEach(code -> statuses.add(Integer.parseInt(code)));
                operations.put(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), statuses);
            }
        }
        return operations;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
