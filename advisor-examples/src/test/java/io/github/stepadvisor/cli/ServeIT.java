package io.github.stepadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar advisor.jar serve} as a user starts it: it prints its address, answers there,
 * and a SIGTERM (what Ctrl-C and service managers send) stops it, after which nothing listens.
 */
class ServeIT {

    private static final Path JAR = Path.of(System.getProperty("advisor.jar", "target/advisor.jar"));

    @Test
    void servePrintsItsAddressAnswersAndStopsOnSigterm() throws Exception {
        // Standard error goes to a file: a process's pipes are closed once it has exited.
        Path errors = Files.createTempFile("serve-it", ".err");
        Process server = new ProcessBuilder("java", "-jar", JAR.toString(), "serve", "--port", "0")
                .redirectError(errors.toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).matches("Step Advisor is at http://127\\.0\\.0\\.1:\\d+/ \\(Ctrl-C stops it\\)");
            URI address = URI.create(line.replaceAll(".*(http://\\S+).*", "$1"));
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(address.resolve("api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(client.send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.ofString()).body())
                    .contains("<title>Step Advisor</title>");
            // The sample profiles are listed from inside the jar, not from a folder as in the unit tests.
            assertThat(client.send(HttpRequest.newBuilder(address.resolve("api/examples")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).contains("\"redeemed-in-season\"");

            server.destroy(); // SIGTERM
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s of SIGTERM").isTrue();
            assertThat(Files.readString(errors)).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(refused(client, address)).as("nothing listens after the stop").isTrue();
        } finally {
            server.destroyForcibly();
            Files.deleteIfExists(errors);
        }
    }

    private static boolean refused(HttpClient client, URI address) throws InterruptedException {
        try {
            client.send(HttpRequest.newBuilder(address.resolve("api/health")).build(), HttpResponse.BodyHandlers.ofString());
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            return e.getCause() instanceof ConnectException;
        }
    }
}
