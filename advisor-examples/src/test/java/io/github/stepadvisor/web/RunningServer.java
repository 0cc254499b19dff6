package io.github.stepadvisor.web;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.cli.AdvisorCommand;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One server with the built-in rules for every test of this package, started on a free port on
 * first use and stopped when the test JVM ends: the API and browser tests talk to it over real
 * HTTP, in-process so they cost no JVM start and share the rules already compiled.
 */
final class RunningServer {

    private static final class Holder {
        static final WebServer SERVER = start();
    }

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private RunningServer() {
    }

    private static WebServer start() {
        WebServer server = WebServer.start(new WebServer.Options("127.0.0.1", 0, StepAdvisor.builtIn(),
                Optional.empty(), Optional.empty()));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return server;
    }

    static WebServer server() {
        return Holder.SERVER;
    }

    static URI address(String path) {
        return server().address().resolve(path);
    }

    static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(address(path)).GET().build());
    }

    static HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(address(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    static HttpResponse<String> postJson(String path, String body) {
        return post(path, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            // A hung answer fails the test instead of hanging the build.
            HttpRequest bounded = HttpRequest.newBuilder(request, (name, value) -> true).timeout(Duration.ofSeconds(60)).build();
            return CLIENT.send(bounded, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What {@code advisor ARGS} prints on standard output, run in-process; fails unless it exits 0. */
    static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AdvisorCommand.run(args, new ByteArrayInputStream(new byte[0]), out, err);
        if (exit != 0) {
            throw new AssertionError("advisor " + String.join(" ", args) + " exited " + exit + ": "
                    + err.toString(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The sample profiles the jar carries, as files of this module. */
    static List<Path> sampleProfiles() {
        return SampleProfiles.onClassPath().names().stream().map(name -> Path.of("profiles", name + ".json")).toList();
    }
}
