package io.github.stepadvisor.web;

import static io.github.stepadvisor.web.RunningServer.cli;
import static io.github.stepadvisor.web.RunningServer.get;
import static io.github.stepadvisor.web.RunningServer.post;
import static io.github.stepadvisor.web.RunningServer.postJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stepadvisor.Catalogue;
import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.catalogue.CatalogueReader;
import io.github.stepadvisor.json.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** The JSON API over real HTTP: the command line's bytes, and 4xx with field paths for bad input. */
class WebApiTest {

    private static final Path CSV = Path.of("catalogues", "fictional-sample.csv");
    private static final Path JSON_CATALOGUE = Path.of("catalogues", "fictional-sample.json");
    private static final Path REDEEMED = Path.of("profiles", "redeemed-in-season.json");

    static List<Path> samples() {
        return RunningServer.sampleProfiles();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void adviceIsTheCommandLinesJsonByteForByte(Path profile) throws IOException {
        HttpResponse<String> answer = post("api/advice", "application/json", Files.readAllBytes(profile));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(answer.body()).isEqualTo(cli("--format", "json", profile.toString()));
    }

    @Test
    void explainAddsTheExplanationsAsTheCommandLineDoes() throws IOException {
        HttpResponse<String> answer = post("api/advice?explain=true", "application/json", Files.readAllBytes(REDEEMED));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"explanation\"")
                .isEqualTo(cli("--format", "json", "--explain", REDEEMED.toString()));
    }

    @Test
    void programsFromCsvTextOrAJsonArrayAreTheCommandLinesList() throws IOException {
        String expected = cli("programs", "--format", "json", "--catalogue", CSV.toString(), REDEEMED.toString());
        ObjectNode body = Json.object();
        body.set("profile", Json.parse(Files.readAllBytes(REDEEMED), "test"));
        body.put("catalogue", Files.readString(CSV));
        assertThat(postJson("api/programs", Json.write(body)).body()).isEqualTo(expected);

        body.set("catalogue", Json.parse(Files.readAllBytes(JSON_CATALOGUE), "test"));
        assertThat(postJson("api/programs", Json.write(body)).body()).isEqualTo(
                cli("programs", "--format", "json", "--catalogue", JSON_CATALOGUE.toString(), REDEEMED.toString()));
    }

    @Test
    void programsWithoutACatalogueUseTheServersOrSayThereIsNone() throws IOException {
        String request = "{\"profile\": " + Files.readString(REDEEMED) + "}";
        HttpResponse<String> none = postJson("api/programs", request);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(errors(none)).containsExactly(
                "catalogue: is missing, and this server was started without --catalogue; send the programs");

        try (WebServer withCatalogue = WebServer.start(new WebServer.Options("127.0.0.1", 0, StepAdvisor.builtIn(),
                Optional.empty(), Optional.of(CatalogueReader.read(CSV))))) {
            HttpResponse<String> answer = RunningServer.send(HttpRequest.newBuilder(
                            withCatalogue.address().resolve("api/programs")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(request)).build());
            assertThat(answer.body()).isEqualTo(
                    cli("programs", "--format", "json", "--catalogue", CSV.toString(), REDEEMED.toString()));
            assertThat(Json.parse(RunningServer.send(HttpRequest.newBuilder(withCatalogue.address().resolve("api/health"))
                    .build()).body(), "test").get("catalogue").asBoolean()).isTrue();
        }
    }

    @Test
    void invalidProfilesAre400WithEveryProblemAtItsPathAsTheCommandLineWordsThem() throws IOException {
        String profile = Files.readString(REDEEMED).replace("\"score\": 241", "\"score\": 312")
                .replace("\"matchYear\": 2027", "\"matchYear\": \"soon\"");
        HttpResponse<String> answer = postJson("api/advice", profile);

        assertThat(answer.statusCode()).isEqualTo(400);
        Path file = Files.createTempFile("invalid", ".json");
        Files.writeString(file, profile);
        List<String> cliLines = new ArrayList<>();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        io.github.stepadvisor.cli.AdvisorCommand.run(new String[] {"--format", "json", file.toString()},
                new ByteArrayInputStream(new byte[0]), new java.io.ByteArrayOutputStream(), err);
        err.toString(StandardCharsets.UTF_8).lines()
                .forEach(line -> cliLines.add(line.replace("advisor: " + file + ": ", "")));
        Files.delete(file);
        assertThat(errors(answer)).isEqualTo(cliLines)
                .anySatisfy(line -> assertThat(line).startsWith("exams[2].score: "))
                .anySatisfy(line -> assertThat(line).startsWith("matchYear: "));
    }

    @Test
    void programsRequestProblemsNameTheProfileAndCatalogueFields() {
        HttpResponse<String> answer = postJson("api/programs",
                "{\"profile\": {\"stage\": \"CLINICAL\"}, \"catalogue\": [{\"id\": \"A\"}], \"extra\": 1}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(errors(answer))
                .contains("extra: unknown field; the body has profile and catalogue", "profile.citizenship: is required")
                .anySatisfy(line -> assertThat(line).startsWith("catalogue: [0].name: "));
    }

    @Test
    void hostileRequestsAre4xxWithMessagesAndTheServerKeepsAnswering() {
        assertRefused(postJson("api/advice", "{\"citizenship\": "), 400, "");
        assertRefused(postJson("api/advice", "[".repeat(100_000)), 400, "nested deeper than 64 levels");
        assertRefused(postJson("api/advice", "{\"citizenship\": 7, \"education\": [], \"stage\": {}}"), 400,
                "citizenship: ");
        assertRefused(postJson("api/advice", "{\"citizenship\": \"US_CITIZEN\", \"education\": \"IMG\", "
                + "\"stage\": \"CLINICAL\", \"favouriteColour\": \"blue\"}"), 400, "favouriteColour: unknown field");
        byte[] fiveMegabytes = " ".repeat(5 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        assertRefused(post("api/advice", "application/json", fiveMegabytes), 413, "larger than 1 MB");
        // Without a Content-Length (chunked), the body is cut off at the limit too.
        assertRefused(RunningServer.send(HttpRequest.newBuilder(RunningServer.address("api/advice"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(fiveMegabytes))).build()),
                413, "larger than 1 MB");
        assertRefused(postJson("api/programs", "{\"profile\": {}, \"catalogue\": [" + "{},".repeat(99_999) + "{}]}"),
                400, "catalogue: 100000 programs; the service takes at most 20000 in one request");
        assertRefused(post("api/advice", "text/plain", "{}".getBytes(StandardCharsets.UTF_8)), 415, "application/json");
        assertRefused(RunningServer.send(HttpRequest.newBuilder(RunningServer.address("api/advice"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build()), 415, "Content-Type: missing");
        assertRefused(postJson("api/advice?explain=perhaps", "{}"), 400, "explain: expected true or false");
        assertRefused(get("api/examples/..%2F..%2Fetc%2Fpasswd"), 404, "no sample profile");
        assertRefused(get("api/nothing-here"), 404, "no such address: GET /api/nothing-here");

        assertThat(get("api/health").statusCode()).isEqualTo(200);
    }

    @Test
    void theCatalogueListsEveryIdOfTheRulesWithTitleCategoryAndSource() {
        JsonNode answer = Json.parse(get("api/catalogue").body(), "test");
        List<JsonNode> ids = StreamSupport.stream(answer.get("advice").spliterator(), false).toList();

        List<String> ruleIds = StepAdvisor.builtIn().ruleSet().rules().stream()
                .flatMap(rule -> rule.id().stream()).distinct().toList();
        assertThat(ids).extracting(id -> id.get("id").asText()).containsExactlyInAnyOrderElementsOf(ruleIds);
        List<String> catalogueOrder = new ArrayList<>(Catalogue.ids());
        assertThat(ids).extracting(id -> catalogueOrder.indexOf(id.get("id").asText())).isSorted();
        JsonNode delay = ids.stream().filter(id -> id.get("id").asText().equals("step1.readiness.delay")).findFirst().orElseThrow();
        assertThat(delay.get("category").asText()).isEqualTo("STEP1_READINESS");
        assertThat(delay.get("title").asText()).isNotBlank();
        assertThat(delay.get("source").asText()).startsWith("Designing a Step 1 Strategy");
    }

    @Test
    void healthVocabularyAndExamplesDescribeTheServer() {
        JsonNode health = Json.parse(get("api/health").body(), "test");
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("catalogue").asBoolean()).isFalse();

        JsonNode vocabulary = Json.parse(get("api/vocabulary").body(), "test");
        assertThat(vocabulary.get("stage")).extracting(JsonNode::asText).containsExactly("PRECLINICAL", "CLINICAL", "GRADUATED");

        JsonNode examples = Json.parse(get("api/examples").body(), "test");
        assertThat(examples.get("examples")).extracting(JsonNode::asText).contains("redeemed-in-season");
        assertThat(get("api/examples/redeemed-in-season").body().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(readAll(REDEEMED));
    }

    @Test
    void thePageAndItsFilesAreServedFromTheJar() {
        assertThat(get("").body()).contains("<title>Step Advisor</title>");
        assertThat(get("app.js").statusCode()).isEqualTo(200);
        assertThat(get("catalogues/fictional-sample.json").body()).isEqualTo(new String(readAll(JSON_CATALOGUE),
                StandardCharsets.UTF_8));
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertRefused(HttpResponse<String> answer, int status, String fragment) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(errors(answer)).isNotEmpty().anySatisfy(line -> assertThat(line).contains(fragment));
    }

    static List<String> errors(HttpResponse<String> answer) {
        ArrayNode errors = (ArrayNode) Json.parse(answer.body(), "test").get("errors");
        return StreamSupport.stream(errors.spliterator(), false).map(JsonNode::asText).toList();
    }
}
