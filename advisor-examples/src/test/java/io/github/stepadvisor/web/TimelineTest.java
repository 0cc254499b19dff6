package io.github.stepadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stepadvisor.format.ProfileJson;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The timeline's dates: the rules' Step 2 CK dates and the usual ERAS and NRMP calendar. */
class TimelineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void aMatch2027ApplicantSeesTheSeasonOf2026AndMatchDayOf2027() throws IOException {
        // redeemed-in-season: asOf 2026-11-24, matchYear 2027, Step 1 failed then passed, Step 2 CK passed.
        JsonNode answer = TestJson.parse(RunningServer.post("api/timeline", "application/json",
                Files.readAllBytes(Path.of("profiles", "redeemed-in-season.json"))).body(), "test");

        Map<String, String> dates = new LinkedHashMap<>();
        Map<String, Boolean> approximate = new LinkedHashMap<>();
        answer.get("events").forEach(event -> {
            dates.put(event.get("id").asText(), event.get("date").asText());
            approximate.put(event.get("id").asText(), event.get("approximate").asBoolean());
        });
        assertThat(answer.get("asOf").asText()).isEqualTo("2026-11-24");
        assertThat(answer.get("matchYear").asInt()).isEqualTo(2027);
        assertThat(dates).containsExactly(
                Map.entry("STEP_1.FAIL", "2024-12-01"),
                Map.entry("STEP_1.PASS", "2025-03-01"),
                // 2026-06-03 is the first Wednesday of June 2026; the latest booking date 8 weeks before 10 August.
                Map.entry("erasOpens", "2026-06-03"),
                Map.entry("latestBooking", "2026-06-15"),
                Map.entry("STEP_2_CK.PASS", "2026-06-20"),
                Map.entry("step2IdealBy", "2026-07-31"),
                Map.entry("step2LatestReasonable", "2026-08-10"),
                Map.entry("programsSeeApplications", "2026-09-30"),
                Map.entry("asOf", "2026-11-24"),
                Map.entry("rankOrderDeadline", "2027-03-03"),
                Map.entry("matchDay", "2027-03-19"));
        assertThat(approximate).containsEntry("matchDay", true).containsEntry("erasOpens", true)
                .containsEntry("programsSeeApplications", true).containsEntry("rankOrderDeadline", true)
                .containsEntry("step2IdealBy", false).containsEntry("STEP_1.PASS", false);
    }

    @Test
    void withoutAMatchYearOnlyTheExamsAndAsOfAreDated() {
        var applicant = ProfileJson.read(("{\"citizenship\": \"US_CITIZEN\", \"education\": \"IMG\", \"stage\": \"CLINICAL\","
                + " \"plannedExams\": [{\"exam\": \"STEP_1\", \"date\": \"2027-01-15\"}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8), TODAY);
        Timeline timeline = Timeline.of(applicant, TODAY, new SeasonDates(MonthDay.of(7, 31), MonthDay.of(8, 10), 8));

        assertThat(timeline.events()).extracting(Timeline.Event::id).containsExactly("asOf", "STEP_1.BOOKED");
        assertThat(timeline.events().get(0).date()).isEqualTo(TODAY);
        assertThat(timeline.matchYear()).isEmpty();
    }

    @Test
    void theStep2DatesAreThoseOfTheRulesTheServerWasStartedWith(@TempDir Path rules) throws IOException {
        Files.writeString(rules.resolve("thresholds.properties"),
                "# edited\nstep2IdealBy = --06-30\nstep2LatestReasonable = --08-01\nbookingLeadWeeks = 6\n");

        assertThat(SeasonDates.of(Optional.of(rules))).isEqualTo(new SeasonDates(MonthDay.of(6, 30), MonthDay.of(8, 1), 6));
        assertThat(SeasonDates.of(Optional.empty())).isEqualTo(new SeasonDates(MonthDay.of(7, 31), MonthDay.of(8, 10), 8));
    }

}
