package io.github.stepadvisor.json;

import io.github.stepadvisor.model.InvalidInputException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTest {

    /** How Json read trees before it built them from the parser: its parse must not differ. */
    private static final ObjectMapper DATA_BINDING = JsonMapper.builder(Json.factory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    @Test
    void writingUsesTwoSpacesNewlinesNullsAndATrailingNewline() {
        ObjectNode tree = Json.object();
        tree.put("b", 1);
        tree.put("a", (String) null);
        tree.putArray("list").add("x");
        tree.putObject("empty");

        assertThat(Json.write(tree)).isEqualTo("{\n  \"b\": 1,\n  \"a\": null,\n  \"list\": [\n    \"x\"\n  ],\n  \"empty\": {}\n}\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"a\": 1, \"b\": -2147483649, \"c\": 123456789012345678901234567890, \"d\": [true, false, null]}",
            "[3.0, 1e308, 10.50, -0, -0.0, 0.0001, 2E-3, 1.5e+2, 2147483647, -2147483648, 9223372036854775808]",
            "{\"name\": \"Ren\\u00e9e \u00e9 \\\"q\\\" \\n\", \"nested\": {\"x\": [[], {}, [{\"y\": {}}]]}}",
            "\"text\"", "42", "null", "[]"})
    void theTreeIsTheOneJacksonsDataBindingReads(String document) throws Exception {
        JsonNode streamed = Json.parse(document, "Invalid test");
        JsonNode bound = DATA_BINDING.readTree(document);

        assertThat(streamed).isEqualTo(bound);
        assertThat(nodeTypes(streamed)).isEqualTo(nodeTypes(bound));
        assertThat(Json.write(streamed)).isEqualTo(Json.write(bound));
    }

    private static String nodeTypes(JsonNode node) {
        StringBuilder types = new StringBuilder(node.getClass().getSimpleName());
        node.forEach(child -> types.append(' ').append(nodeTypes(child)));
        return types.toString();
    }

    @Test
    void aPathInsideArraysAndObjectsIsNamedAsAFieldPath() {
        assertThatThrownBy(() -> Json.parse("{\"programs\": [{}, {\"id\": \"a\", \"id\": \"b\"}]}", "Invalid catalogue"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).where()).isEqualTo("programs[1].id"));
    }

    @Test
    void aTopLevelArrayPathStartsWithItsIndex() {
        assertThatThrownBy(() -> Json.parse("[{\"id\": 1}, {\"id\": tru}]", "Invalid catalogue"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).where()).isEqualTo("[1].id"));
    }

    @Test
    void datesAreExactlyIsoAndRealDays() {
        assertThat(Json.parseDate("2028-02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThatThrownBy(() -> Json.parseDate("2026-02-29")).hasMessage("'2026-02-29' is not a date: February 2026 has 28 days");
        assertThatThrownBy(() -> Json.parseDate("2026-4-01")).hasMessage("'2026-4-01' is not a date in the form YYYY-MM-DD");
        assertThatThrownBy(() -> Json.parseDate("+2026-04-01")).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> Json.parseDate("2026-00-10")).hasMessage("'2026-00-10' is not a date: there is no month 0");
        assertThatThrownBy(() -> Json.parseDate("2026-04-00")).hasMessage("'2026-04-00' is not a date: April 2026 has 30 days");
    }

    @Test
    void quotedValuesAreShortAndFreeOfControlCharacters() {
        assertThat(Json.quote("a\u001b[31mb")).isEqualTo("'a?[31mb'");
        assertThat(Json.quote("x".repeat(100))).hasSize(42).endsWith("...'");
    }
}
