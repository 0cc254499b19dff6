package io.github.stepadvisor.format;

import io.github.stepadvisor.model.InvalidInputException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTest {

    @Test
    void writingUsesTwoSpacesNewlinesNullsAndATrailingNewline() {
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        fields.put("b", JsonValue.JsonNumber.of(1));
        fields.put("a", JsonValue.NULL);
        fields.put("list", new JsonValue.JsonArray(List.of(new JsonValue.JsonString("x"))));
        fields.put("empty", new JsonValue.JsonObject(Map.of()));

        assertThat(Json.write(new JsonValue.JsonObject(fields)))
                .isEqualTo("{\n  \"b\": 1,\n  \"a\": null,\n  \"list\": [\n    \"x\"\n  ],\n  \"empty\": {}\n}\n");
    }

    /** Numbers keep what was written (a fraction's trailing zero, a big integer) and say whether they are whole. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"a\": 1, \"b\": -2147483649, \"c\": 123456789012345678901234567890} | {\"a\":1,\"b\":-2147483649,\"c\":123456789012345678901234567890}",
            "[3.0, 10.50, -0, 0.0001, 1.5e+2] | [3.0,10.50,0,0.0001,1.5E+2]",
            "{\"name\": \"Ren\\u00e9e \\\"q\\\" \\n\", \"x\": [[], {}, [{\"y\": {}}]]} | {\"name\":\"Ren\u00e9e \\\"q\\\" \\n\",\"x\":[[],{},[{\"y\":{}}]]}",
            "[true, false, null, \"text\"] | [true,false,null,\"text\"]"})
    void aParsedDocumentIsWrittenBackAsRead(String document, String line) {
        assertThat(Json.writeLine(Json.parse(document, "Invalid test"))).isEqualTo(line);
    }

    @Test
    void aWholeNumberIsOneWrittenWithoutAFraction() {
        JsonValue array = Json.parse("[3, 3.0, 3e0]", "Invalid test");

        assertThat(((JsonValue.JsonArray) array).elements()).containsExactly(
                new JsonValue.JsonNumber(BigDecimal.valueOf(3), true),
                new JsonValue.JsonNumber(new BigDecimal("3.0"), false),
                new JsonValue.JsonNumber(new BigDecimal("3e0"), false));
    }

    @Test
    void aFieldThatIsNotThereIsMissingNeverNull() {
        JsonValue object = Json.parse("{\"a\": null}", "Invalid test");

        assertThat(object.get("a")).isEqualTo(JsonValue.NULL);
        assertThat(object.get("b")).isEqualTo(JsonValue.MISSING);
        assertThat(object.get("a").get("c")).isEqualTo(JsonValue.MISSING);
        assertThat(object.get("a").isAbsent()).isTrue();
        assertThat(object.get("b").isAbsent()).isTrue();
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
