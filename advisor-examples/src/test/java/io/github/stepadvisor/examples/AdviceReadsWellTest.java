package io.github.stepadvisor.examples;

import io.github.stepadvisor.Catalogue;
import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.format.ProfileJson;
import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Priority;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.scenario.Scenario;
import io.github.stepadvisor.scenario.ScenarioFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Advice read as its reader would (catalogue revision 3, "dates in reasons" and "one fact, said
 * once"), for every bundled sample profile and every scenario's applicant: no date before
 * {@code asOf} offered as a plan, no HIGH item that asks for nothing, no sentence said twice.
 */
class AdviceReadsWellTest {

    private static final String DATE_TEXT = "(\\d{4}-\\d{2}-\\d{2})";
    /**
     * A date offered as something to do by or on: "planning starts by DATE", "book it for DATE",
     * "before DATE", "until DATE". A date in a fact ("your NBME on DATE", "the season, DATE to
     * DATE") is no plan, whenever it was.
     */
    private static final Pattern PLAN_DATE = Pattern.compile("\\b(by|before|until|no later than|starts?|book(?!ing window)\\w*|"
            + "plan\\w*|deadline|aim\\w* for|for a date)\\s+(?:\\S+\\s+){0,2}?\\(?" + DATE_TEXT + "\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"(])");
    /** Words that put a date in the past tense: "that was 2026-01-10, 10 months ago", "passed on ...". */
    private static final Pattern PAST = Pattern.compile(
            "\\b(ago|was|were|passed|taken|took|failed|sat|since|ended|had|gone|missed|over|after|result pending)\\b");
    /** What a HIGH title may open with (or open a clause with): it asks the reader to do something. */
    private static final Set<String> ACTS = Set.of("apply", "aim", "ask", "book", "check", "consider", "delay",
            "do", "explain", "focus", "get", "have", "lean", "make", "move", "plan", "protect", "reassess",
            "reschedule", "set", "show", "sit", "stop", "take", "talk", "tell", "weigh", "keep", "choose", "add",
            "push", "build", "contact", "use", "start", "prepare", "expect", "find", "put", "know", "state");

    static Stream<Arguments> applicants() throws IOException {
        List<Arguments> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("profiles"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                all.add(Arguments.of(file.toString(), ProfileJson.read(Files.readAllBytes(file))));
            }
        }
        for (Scenario scenario : ScenarioFile.readAll(Path.of("scenarios"), Catalogue.ids())) {
            all.add(Arguments.of(scenario.file().toString(), scenario.applicant()));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applicants")
    void noDateBeforeAsOfIsOfferedAsAPlan(String where, Applicant applicant) {
        Advice advice = StepAdvisor.builtIn().advise(applicant);

        for (String sentence : sentences(advice)) {
            Matcher date = PLAN_DATE.matcher(sentence);
            while (date.find()) {
                if (LocalDate.parse(date.group(2)).isBefore(advice.asOf())) {
                    assertThat(PAST.matcher(sentence.toLowerCase(Locale.ROOT)).find())
                            .as("%s: a date before asOf %s said as a plan: %s", where, advice.asOf(), sentence)
                            .isTrue();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applicants")
    void everyHighItemAsksForSomething(String where, Applicant applicant) {
        Advice advice = StepAdvisor.builtIn().advise(applicant);

        for (Recommendation r : advice.recommendations()) {
            if (r.priority() == Priority.HIGH) {
                assertThat(asksForSomething(r.title())).as("%s: HIGH %s asks for nothing: %s", where, r.key(), r.title())
                        .isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applicants")
    void noSentenceIsSaidTwice(String where, Applicant applicant) {
        Advice advice = StepAdvisor.builtIn().advise(applicant);

        Map<String, String> seen = new HashMap<>();
        for (String line : advice.summary().standing()) {
            seen.put(line, "summary");
        }
        for (Recommendation r : advice.recommendations()) {
            for (String reason : r.reasons()) {
                for (String sentence : SENTENCE_END.split(reason)) {
                    String earlier = seen.putIfAbsent(sentence, r.key());
                    assertThat(earlier).as("%s: said in %s and again in %s: %s", where, earlier, r.key(), sentence)
                            .isNull();
                }
            }
        }
    }

    @Test
    void theChecksCatchWhatTheyAreFor() {
        assertThat(asksForSomething("Focus on family medicine: your targets are all within that focus")).isTrue();
        assertThat(asksForSomething("Your targets are all within the focus")).isFalse();
        assertThat(asksForSomething("Your next Step 2 CK attempt is your last: sit it only when practice scores are safe"))
                .isTrue();
        assertThat(PLAN_DATE.matcher("serious planning starts by 2026-01-10").find()).isTrue();
        assertThat(PLAN_DATE.matcher("Book Step 2 CK now for a date by 2026-07-31").find()).isTrue();
        assertThat(PLAN_DATE.matcher("Your NBME 190 on 2026-11-20 is below the margin").find()).isFalse();
        assertThat(PLAN_DATE.matcher("Today is in the booking window that opened on 2027-01-31").find()).isFalse();
        assertThat(PAST.matcher("serious planning starts by 2026-01-10").find()).isFalse();
        assertThat(PAST.matcher("that was 2026-01-10, 10 months ago: start now").find()).isTrue();
    }

    /** The title opens with an act, or one of its clauses does ("Your next attempt is your last: sit it only ..."). */
    private static boolean asksForSomething(String title) {
        for (String clause : title.split("[:;,]\\s*")) {
            String first = clause.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (ACTS.contains(first)) {
                return true;
            }
        }
        return false;
    }

    /** Every sentence a reader meets: standing lines, next steps, titles and reasons. */
    private static List<String> sentences(Advice advice) {
        List<String> all = new ArrayList<>(advice.summary().standing());
        for (Recommendation r : advice.recommendations()) {
            all.add(r.title());
            for (String reason : r.reasons()) {
                all.addAll(List.of(SENTENCE_END.split(reason)));
            }
        }
        return all;
    }
}
