package io.github.stepadvisor.examples;

import io.github.stepadvisor.format.Json;
import io.github.stepadvisor.format.JsonValue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schemas of the formats, as the library's jar carries them, validate every bundled
 * document (sample profiles, the profile of every scenario, the JSON catalogue) and every
 * generated one (the stored outputs, which {@link FormatOutputsTest} shows are what the writers
 * give), and refuse a broken document of each format.
 */
class SchemaTest {

    private static final String PREFIX = "urn:step-advisor:schema:";
    private static final String FOLDER = "io/github/stepadvisor/format/schemas/";
    private static final Map<String, String> FILES = Map.of("profile@1", "profile.schema.json", "advice@1",
            "advice.schema.json", "catalogue@1", "catalogue.schema.json", "program-list@1", "program-list.schema.json");
    /** Each schema by its {@code $id}, read from the classpath so that a program list's reference to advice resolves. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(id -> id.startsWith(PREFIX) && FILES.containsKey(id.substring(PREFIX.length()))
                    ? resource(FOLDER + FILES.get(id.substring(PREFIX.length()))) : null));
    private static final Schema PROFILE = schema("profile@1");
    private static final Schema ADVICE = schema("advice@1");
    private static final Schema CATALOGUE = schema("catalogue@1");
    private static final Schema PROGRAM_LIST = schema("program-list@1");
    private static final Path OUTPUTS = Path.of("src", "test", "outputs");

    @Test
    void everyBundledProfileAndEveryScenariosProfileIsValid() throws IOException {
        List<Path> profiles = files(Path.of("profiles"), ".json");
        List<Path> scenarios = files(Path.of("scenarios"), ".json");
        assertThat(profiles).hasSizeGreaterThan(3);
        assertThat(scenarios).hasSizeGreaterThan(30);
        for (Path profile : profiles) {
            assertValid(PROFILE, Files.readString(profile), profile);
        }
        for (Path scenario : scenarios) {
            JsonValue profile = Json.parse(Files.readAllBytes(scenario), "scenario").get("profile");
            assertValid(PROFILE, Json.write(profile), scenario);
        }
    }

    @Test
    void theJsonCatalogueIsValid() throws IOException {
        List<Path> catalogues = files(Path.of("catalogues"), ".json");
        assertThat(catalogues).isNotEmpty();
        for (Path catalogue : catalogues) {
            assertValid(CATALOGUE, Files.readString(catalogue), catalogue);
        }
    }

    @Test
    void everyGeneratedAdviceProgramListAndProfileIsValid() throws IOException {
        List<Path> outputs = files(OUTPUTS, "");
        assertThat(outputs).hasSizeGreaterThan(50);
        for (Path output : outputs) {
            String name = output.getFileName().toString();
            String text = Files.readString(output);
            if (name.endsWith(".jsonl")) {
                text.lines().forEach(line -> assertValid(ADVICE, line, output));
            } else if (name.endsWith(".programs.json")) {
                assertValid(PROGRAM_LIST, text, output);
            } else if (name.endsWith(".profile.json")) {
                assertValid(PROFILE, text, output);
            } else {
                assertValid(ADVICE, text, output);
            }
        }
    }

    @Test
    void aBrokenDocumentOfEachFormatFails() throws IOException {
        String profile = Files.readString(Path.of("profiles", "redeemed-in-season.json"));
        assertThat(errors(PROFILE, profile.replace("\"citizenship\"", "\"citizenshp\""))).isNotEmpty();
        assertThat(errors(PROFILE, profile.replaceFirst("\"asOf\": \"[^\"]*\"", "\"asOf\": \"24/11/2026\"")))
                .isNotEmpty();
        assertThat(errors(PROFILE, profile.replaceFirst("\\{", "{\"format\": \"step-advisor/profile@2\", ")))
                .isNotEmpty();

        String explained = Files.readString(OUTPUTS.resolve("profiles/redeemed-in-season.explain.json"));
        // The old shape of a matched value, one "name = value" string.
        String freeText = explained.replaceFirst("(?s)\"matched\": \\[.*?\\]", "\"matched\": [\"uscImg = true\"]");
        assertThat(freeText).isNotEqualTo(explained);
        assertThat(errors(ADVICE, freeText)).isNotEmpty();
        assertThat(errors(ADVICE, explained.replace("\"priority\": \"HIGH\"", "\"priority\": \"URGENT\""))).isNotEmpty();

        String list = Files.readString(OUTPUTS.resolve("catalogues/fictional-sample-csv.redeemed-in-season.programs.json"));
        assertThat(errors(PROGRAM_LIST, list.replace("program-list@1", "program-list@2"))).isNotEmpty();
        assertThat(errors(PROGRAM_LIST, list.replaceFirst("\"category\": \"[A-Z]+\"", "\"category\": \"MAYBE\"")))
                .isNotEmpty();

        String catalogue = Files.readString(Path.of("catalogues", "fictional-sample.json"));
        assertThat(errors(CATALOGUE, catalogue.replaceFirst("\"positions\": [0-9]+", "\"positions\": \"12\"")))
                .isNotEmpty();
    }

    private static void assertValid(Schema schema, String document, Path from) {
        assertThat(errors(schema, document)).as("%s against %s", from, schema.getSchemaLocation()).isEmpty();
    }

    private static List<String> errors(Schema schema, String document) {
        return schema.validate(document, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static Schema schema(String id) {
        return REGISTRY.getSchema(SchemaLocation.of(PREFIX + id));
    }

    private static String resource(String name) {
        try (InputStream in = SchemaTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as("%s in advisor-rules' jar", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted()
                    .collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        }
    }
}
