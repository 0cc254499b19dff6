package io.github.stepadvisor.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The HTTP service under load: one {@code advisor.jar serve} process and 8 concurrent clients,
 * each sending 2,000 {@code POST /api/advice} requests (the sample profiles in turn, each client
 * starting at another one), every answer compared with the one the server gave the same profile
 * alone before the load. Reports throughput and latency percentiles; exits 1 if any answer
 * differs or fails.
 *
 * <p>Arguments: the jar, the profiles folder, the properties file to write.
 */
public final class WebLoad {

    static final int CLIENTS = 8;
    static final int REQUESTS_PER_CLIENT = 2_000;
    private static final int WARM_UP = 2_000;

    private WebLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        List<byte[]> profiles = profiles(Path.of(args[1]));
        Process server = new ProcessBuilder("java", "-jar", jar.toString(), "serve", "--port", "0")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            URI advice = address(server).resolve("api/advice");
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(CLIENTS)).build();
            List<String> expected = new ArrayList<>();
            for (byte[] profile : profiles) {
                expected.add(post(client, advice, profile));
            }
            for (int i = 0; i < WARM_UP; i++) {
                post(client, advice, profiles.get(i % profiles.size()));
            }
            long[] nanos = new long[CLIENTS * REQUESTS_PER_CLIENT];
            AtomicInteger differing = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> done = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < CLIENTS; c++) {
                int clientIndex = c;
                done.add(clients.submit(() -> {
                    for (int r = 0; r < REQUESTS_PER_CLIENT; r++) {
                        int which = (clientIndex + r) % profiles.size();
                        long sent = System.nanoTime();
                        String answer = post(client, advice, profiles.get(which));
                        nanos[clientIndex * REQUESTS_PER_CLIENT + r] = System.nanoTime() - sent;
                        if (!answer.equals(expected.get(which))) {
                            differing.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            long wall = System.nanoTime() - start;
            clients.shutdown();

            Arrays.sort(nanos);
            Properties results = new Properties();
            results.setProperty("clients", String.valueOf(CLIENTS));
            results.setProperty("requests", String.valueOf(nanos.length));
            results.setProperty("profiles", String.valueOf(profiles.size()));
            results.setProperty("differing", String.valueOf(differing.get()));
            results.setProperty("seconds", format(wall / 1e9));
            results.setProperty("throughput", format(nanos.length / (wall / 1e9)));
            results.setProperty("p50.ms", format(percentile(nanos, 0.50) / 1e6));
            results.setProperty("p99.ms", format(percentile(nanos, 0.99) / 1e6));
            results.setProperty("p999.ms", format(percentile(nanos, 0.999) / 1e6));
            results.setProperty("max.ms", format(nanos[nanos.length - 1] / 1e6));
            try (Writer out = Files.newBufferedWriter(Path.of(args[2]))) {
                results.store(out, "bench WebLoad: " + CLIENTS + " clients x " + REQUESTS_PER_CLIENT
                        + " POST /api/advice against one advisor.jar serve");
            }
            System.out.printf(Locale.ROOT, "%d clients x %d requests over %d profiles: %s requests/s, p50 %s ms, "
                            + "p99 %s ms, p99.9 %s ms, max %s ms, %d answers differing from the sequential ones%n",
                    CLIENTS, REQUESTS_PER_CLIENT, profiles.size(), results.getProperty("throughput"),
                    results.getProperty("p50.ms"), results.getProperty("p99.ms"), results.getProperty("p999.ms"),
                    results.getProperty("max.ms"), differing.get());
            if (differing.get() > 0) {
                System.exit(1);
            }
        } finally {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
        System.exit(0);
    }

    private static List<byte[]> profiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<byte[]> bodies = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                bodies.add(Files.readAllBytes(file));
            }
            return bodies;
        }
    }

    /** The address the server prints when it listens ("Step Advisor is at http://...:PORT/ ..."). */
    private static URI address(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.contains("http://")) {
            throw new IllegalStateException("advisor serve did not print its address: " + line);
        }
        return URI.create(line.replaceAll(".*(http://\\S+).*", "$1"));
    }

    private static String post(HttpClient client, URI advice, byte[] profile) {
        try {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(advice)
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(profile)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("status " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value);
    }
}
