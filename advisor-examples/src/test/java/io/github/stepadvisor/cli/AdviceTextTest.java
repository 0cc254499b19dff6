package io.github.stepadvisor.cli;

import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Category;
import io.github.stepadvisor.model.Priority;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.Specialty;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AdviceTextTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-11-24");

    private static Recommendation recommendation(String id, Priority priority, Specialty subject, String... reasons) {
        return new Recommendation(id, Category.ofId(id).orElseThrow(), priority, Optional.ofNullable(subject),
                "Title of " + id, List.of(reasons), "Section of " + id);
    }

    @Test
    void recommendationsAreGroupedHighThenMediumThenLowWithTitleIdReasonsAndGuide() {
        Advice advice = new Advice(Optional.of("Dana"), AS_OF, List.of(
                recommendation("timeline.clinical", Priority.LOW, null, "Each clerkship is Step 2 CK prep."),
                recommendation("step1.readiness.delay", Priority.HIGH, null, "Your last 3 scores are 201, 204 and 199."),
                recommendation("step2.target.goal", Priority.MEDIUM, Specialty.DERMATOLOGY, "The band is 250.")));

        String text = AdviceText.render(advice);

        assertThat(text).startsWith("Advice for Dana\nAs of 2026-11-24: 3 recommendations\n");
        assertThat(text.indexOf("ACT NOW")).isLessThan(text.indexOf("PLAN FOR IT"));
        assertThat(text.indexOf("PLAN FOR IT")).isLessThan(text.indexOf("GOOD TO KNOW"));
        assertThat(text).contains("""
                1. Title of step1.readiness.delay
                   step1.readiness.delay
                   - Your last 3 scores are 201, 204 and 199.
                   Guide: Section of step1.readiness.delay
                """);
        assertThat(text).contains("2. Title of step2.target.goal\n   step2.target.goal (Dermatology)\n");
        assertThat(text).contains("3. Title of timeline.clinical [timeline.clinical]\n")
                .doesNotContain("Each clerkship is Step 2 CK prep.");
    }

    @Test
    void theSummaryComesFirstThenTheNextStepsThenTheRecommendations() {
        Advice advice = new Advice(Optional.empty(), AS_OF, List.of("Step 1: not taken.", "Step 2 CK: not taken."), List.of(
                recommendation("timeline.clinical", Priority.LOW, null, "Each clerkship is Step 2 CK prep."),
                recommendation("step1.readiness.delay", Priority.HIGH, null, "Your last 3 scores are 201, 204 and 199.")));

        String text = AdviceText.render(advice);

        assertThat(text).contains("""
                At a glance
                -----------
                  Step 1: not taken.
                  Step 2 CK: not taken.

                Next steps
                ----------
                  1. Title of step1.readiness.delay [step1.readiness.delay]

                ACT NOW""");
    }

    @Test
    void allPrintsLowRecommendationsInFullAsAnExplainedAdviceDoes() {
        Advice advice = new Advice(Optional.empty(), AS_OF,
                List.of(recommendation("timeline.clinical", Priority.LOW, null, "Each clerkship is Step 2 CK prep.")));

        assertThat(AdviceText.render(advice, true)).contains("""
                1. Title of timeline.clinical
                   timeline.clinical
                   - Each clerkship is Step 2 CK prep.
                   Guide: Section of timeline.clinical
                """).doesNotContain("--all");
        assertThat(AdviceText.render(advice, false)).contains("1. Title of timeline.clinical [timeline.clinical]")
                .contains("--all prints these").doesNotContain("Each clerkship");
    }

    @Test
    void anEmptyPriorityGroupIsLeftOutAndNoNameMeansNoNameLine() {
        Advice advice = new Advice(Optional.empty(), AS_OF,
                List.of(recommendation("timeline.clinical", Priority.LOW, null, "One.")));

        String text = AdviceText.render(advice);

        assertThat(text).startsWith("As of 2026-11-24: 1 recommendation\n").doesNotContain("ACT NOW", "PLAN FOR IT");
    }

    @Test
    void longReasonsWrapWithinTheWidthUnderTheirBullet() {
        String reason = "Your last 3 Step 1 practice scores are 201, 204 and 199; the guide asks for at least 206 "
                + "(passing 196 + 10) on every one, and a first attempt is the one programs remember most.";
        Advice advice = new Advice(Optional.empty(), AS_OF,
                List.of(recommendation("step1.readiness.delay", Priority.HIGH, null, reason)));

        List<String> lines = AdviceText.render(advice).lines().toList();

        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(AdviceText.WIDTH));
        int bullet = lines.indexOf(lines.stream().filter(l -> l.startsWith("   - Your last 3")).findFirst().orElseThrow());
        assertThat(lines.get(bullet + 1)).startsWith("     ").doesNotStartWith("      ");
        assertThat(String.join(" ", lines.subList(bullet, bullet + 3)).replaceAll("\\s+", " ")).contains(reason);
    }

    @Test
    void aWordLongerThanALineKeepsALineOfItsOwn() {
        StringBuilder out = new StringBuilder();

        AdviceText.wrap(out, "see https://example.org/" + "x".repeat(100) + " then", "- ", "  ", 40);

        assertThat(out.toString()).isEqualTo("- see\n  https://example.org/" + "x".repeat(100) + "\n  then\n");
    }

    @Test
    void outputIsPlainAsciiWhateverTheRulesWrite() {
        Advice advice = new Advice(Optional.of("Jos\u00e9\u001b[2J"), AS_OF, List.of(recommendation("step1.readiness.go",
                Priority.LOW, null, "Scores \u2265 206 \u2013 \u201cgo\u201d\u2026 caf\u00e9 \u4e2d")));

        String text = AdviceText.render(advice, true);

        assertThat(text.chars()).allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7F));
        assertThat(text).contains("Advice for Jose?[2J").contains("Scores >= 206 - \"go\"... cafe ?");
    }
}
