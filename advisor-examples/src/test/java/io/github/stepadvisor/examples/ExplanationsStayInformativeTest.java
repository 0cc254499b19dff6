package io.github.stepadvisor.examples;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.format.Json;
import io.github.stepadvisor.format.JsonValue;
import io.github.stepadvisor.format.ProfileJson;
import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Explanation;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.scenario.Scenario;
import io.github.stepadvisor.scenario.ScenarioFile;
import io.github.stepadvisor.scenario.ScenarioRunner;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.github.stepadvisor.examples.FormatOutputsTest.base;
import static io.github.stepadvisor.examples.FormatOutputsTest.files;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --explain} stays at least as informative as before the rules moved from one
 * {@code Situation} to the topic facts: for every bundled profile and scenario, each
 * recommendation's explanation still names the same rule's file, shows every value it bound
 * then, and shows each {@code Situation} term it read then as the topic-fact property that took
 * its place ({@link #NEW_NAMES}), with the same value where the term was a plain property. The
 * explanations of that time are kept in {@code src/test/outputs/explain-before-topic-facts}.
 */
class ExplanationsStayInformativeTest {

    private static final Path BEFORE = Path.of("src", "test", "outputs", "explain-before-topic-facts");
    private static final StepAdvisor ADVISOR = StepAdvisor.builtIn();

    /**
     * Each Situation term read before, and the property that says the same now. A window that was
     * a call ({@code step1DateWithinWeeks($w)}, true or false) is now a distance compared with the
     * bound threshold: the distance is shown, and is no longer the same value.
     */
    static final Map<String, String> NEW_NAMES = Map.ofEntries(
            Map.entry("attemptsUsedUp", "Attempts.usedUp"),
            Map.entry("noFailedAttempt", "Attempts.noneFailed"),
            Map.entry("lowStepProfile", "StepProfile.low"),
            Map.entry("applicant.schoolUsmleOriented()", "Background.schoolUsmleOriented"),
            Map.entry("hasSetting(ProgramSetting.UNIVERSITY)", "Application.universitySetting"),
            Map.entry("graduationWithinMonths($horizon)", "Background.graduationMonthsOut"),
            Map.entry("step1DateWithinWeeks($w)", "Step1.weeksOut"),
            Map.entry("step1DateBeyondWeeks($w)", "Step1.weeksOut"),
            Map.entry("step2DateWithinDays($days)", "Step2.daysOut"),
            Map.entry("step2DateWithinWeeks($dedicated)", "Step2.weeksOut"),
            Map.entry("step2DateWithinWeeks($late)", "Step2.weeksOut"),
            Map.entry("step2DateBeyondWeeks($dedicated)", "Step2.weeksOut"),
            Map.entry("step2DateBeyondWeeks($late)", "Step2.weeksOut"),
            Map.entry("step2DateWithinMonths($months)", "Step2.monthsOut"));
    /**
     * Terms a rule now reads through one named term: principle.guard-first-attempts reads
     * {@code Attempts( examAhead, $ahead : examsAhead )}, whose binding lists the exams not yet
     * passed (Step 1) or scored (Step 2 CK), where it read {@code !step1Passed || !step2ScoreKnown}.
     */
    static final Map<String, Map<String, String>> FOLDED = Map.of(
            "Guard your first attempts and put Step 2 CK excellence first",
            Map.of("step1Passed", "Attempts.examAhead", "step2ScoreKnown", "Attempts.examAhead"));
    /** A Step 1 date is set exactly when it is ahead: the validator refuses a past one. */
    static final Map<String, String> ALSO = Map.of("step1DateSet", "Step1.dateAhead");

    /** Season's terms kept their names. */
    static final List<String> SEASON = List.of("inApplicationSeason", "inStep2BookingWindow", "matchAhead",
            "matchYearKnown", "pastLatestBooking", "pastLatestReasonable", "step1AfterLatestBooking",
            "step2DateByIdeal", "step2DateByLatestReasonable", "step2DateTooLate", "step2TooLateForSeason");
    /** Background's and Application's terms kept their names. */
    static final List<String> BACKGROUND = List.of("pastPreclinical", "stage", "uscImg", "extendedLeave",
            "yearsSinceGraduationKnown");
    static final List<String> APPLICATION = List.of("programsPlannedGiven", "researchOutputs", "targetOutsideFocus",
            "targetsEmpty", "usLetters", "usceMonths");

    /** The property that now says what {@code term} said, by the table or by the topic's prefix. */
    static String newName(String term) {
        if (NEW_NAMES.containsKey(term)) {
            return NEW_NAMES.get(term);
        }
        if (SEASON.contains(term)) {
            return "Season." + term;
        }
        if (BACKGROUND.contains(term)) {
            return "Background." + term;
        }
        if (APPLICATION.contains(term)) {
            return "Application." + term;
        }
        for (String exam : List.of("step1", "step2")) {
            if (term.startsWith(exam) && term.length() > exam.length()) {
                String rest = term.substring(exam.length());
                return Character.toUpperCase(exam.charAt(0)) + exam.substring(1) + "."
                        + Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
            }
        }
        if (term.startsWith("daily") || term.startsWith("dedicated")) {
            return "Step1." + term;
        }
        return term;
    }

    @TestFactory
    Stream<DynamicTest> everyExplanationShowsWhatItShowedBefore() throws IOException {
        Map<String, Applicant> applicants = new HashMap<>();
        for (Path file : files(Path.of("profiles"))) {
            applicants.put("profiles-" + base(file), ProfileJson.read(Files.readAllBytes(file)));
        }
        for (Scenario scenario : ScenarioFile.readAll(Path.of("scenarios"), new ScenarioRunner(ADVISOR).ids())) {
            applicants.put("scenarios-" + base(scenario.file()), scenario.applicant());
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path before : files(BEFORE)) {
            String name = before.getFileName().toString().replace(".explain.json", "");
            Applicant applicant = applicants.get(name);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                assertThat(applicant).as("the profile or scenario of " + before).isNotNull();
                List<String> missing = missing(Json.parse(Files.readAllBytes(before), before.toString()),
                        ADVISOR.explain(applicant));
                assertThat(missing).as("what the explanation showed before and does not now").isEmpty();
            }));
        }
        assertThat(tests).as("explanations kept from before").hasSizeGreaterThan(60);
        return tests.stream();
    }

    @Test
    void theComparisonFindsATermThatIsNoLongerShown() throws IOException {
        Path before = BEFORE.resolve("profiles-step1-dedicated-below-margin.explain.json");
        Applicant applicant = ProfileJson.read(Files.readAllBytes(Path.of("profiles", "step1-dedicated-below-margin.json")));
        Advice explained = ADVISOR.explain(applicant);
        // The same advice with one recommendation's explanation stripped of what it read.
        List<Recommendation> stripped = new ArrayList<>(explained.recommendations());
        Recommendation first = stripped.get(0);
        Explanation e = first.explanation().orElseThrow();
        stripped.set(0, first.explainedBy(new Explanation(e.rule(), e.file(), List.of())));
        Advice less = new Advice(explained.name(), explained.asOf(), explained.summary().standing(), stripped);

        assertThat(missing(Json.parse(Files.readAllBytes(before), before.toString()), less)).isNotEmpty();
        assertThat(newName("step1WindowSize")).isEqualTo("Step1.windowSize");
        assertThat(newName("step2ScoreKnown")).isEqualTo("Step2.scoreKnown");
    }

    /** What {@code before} (advice JSON, explained) showed that {@code now} does not, one line each. */
    private static List<String> missing(JsonValue before, Advice now) {
        List<JsonValue> old = elements(field(before, "recommendations"));
        List<String> missing = new ArrayList<>();
        assertThat(now.recommendations()).as("the advice itself is unchanged").hasSize(old.size());
        for (int i = 0; i < old.size(); i++) {
            JsonValue was = old.get(i);
            Recommendation is = now.recommendations().get(i);
            String where = is.key() + " (" + is.explanation().map(Explanation::rule).orElse("?") + ")";
            assertThat(is.id()).isEqualTo(text(field(was, "id")));
            Explanation explanation = is.explanation().orElseThrow();
            JsonValue oldExplanation = field(was, "explanation");
            if (!explanation.file().equals(text(field(oldExplanation, "file")))) {
                missing.add(where + ": file " + explanation.file() + ", was " + text(field(oldExplanation, "file")));
            }
            Map<String, String> shown = new HashMap<>();
            explanation.matched().forEach(m -> shown.put(m.name(), m.value()));
            for (JsonValue line : elements(field(oldExplanation, "matched"))) {
                String name = text(field(line, "name"));
                String value = text(field(line, "value"));
                boolean kept;
                if (name.startsWith("$") || name.startsWith("thresholds.")) {
                    kept = shown.containsValue(value);
                } else if (name.contains("(")) {
                    kept = shown.containsKey(newName(name)) || bound(shown, value, newName(name));
                } else if (FOLDED.getOrDefault(explanation.rule(), Map.of()).containsKey(name)) {
                    kept = shown.containsKey(FOLDED.get(explanation.rule()).get(name));
                } else {
                    kept = value.equals(shown.get(newName(name))) || value.equals(shown.get(ALSO.get(name)))
                            || bound(shown, value, newName(name));
                }
                if (!kept) {
                    missing.add(where + ": " + name + " = " + value + " (now " + newName(name) + "; shown: "
                            + explanation.matched().stream().map(Explanation.Matched::line).toList() + ")");
                }
            }
        }
        return missing;
    }

    /**
     * A property the rule now binds ({@code $score : score}) is shown under its binding: with the
     * same value, and for a yes/no value under the property's own name ({@code $universitySetting}).
     */
    private static boolean bound(Map<String, String> shown, String value, String property) {
        String own = "$" + property.substring(property.indexOf('.') + 1);
        boolean yesNo = value.equals("true") || value.equals("false");
        return shown.entrySet().stream().anyMatch(e -> e.getKey().startsWith("$") && e.getValue().equals(value)
                && (!yesNo || e.getKey().equals(own)));
    }

    private static JsonValue field(JsonValue object, String name) {
        return ((JsonValue.JsonObject) object).get(name);
    }

    private static List<JsonValue> elements(JsonValue array) {
        return ((JsonValue.JsonArray) array).elements();
    }

    private static String text(JsonValue string) {
        return ((JsonValue.JsonString) string).value();
    }
}
