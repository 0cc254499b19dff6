package io.github.stepadvisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Problem;
import io.github.stepadvisor.model.Program;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Stage;
import io.github.stepadvisor.model.UsState;
import io.github.stepadvisor.rules.Profiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class StepAdvisorTest {

    private static final StepAdvisor ADVISOR = StepAdvisor.builtIn();

    @Test
    void builtInIsBuiltOnceAndShared() {
        assertThat(StepAdvisor.builtIn()).isSameAs(ADVISOR);
    }

    @Test
    void anInvalidApplicantIsRefusedWithEveryProblem() {
        Applicant applicant = Applicant.builder().asOf("2026-11-24").usLetters(-2).buildUnchecked();
        assertThatThrownBy(() -> ADVISOR.advise(applicant))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::toString)
                        .containsExactly("citizenship: is required", "education: is required", "stage: is required",
                                "usLetters: -2 is outside 0-999"));
    }

    @Test
    void anExplicitAsOfOverridesTheApplicants() {
        Applicant applicant = Profiles.clinical().build();
        Advice advice = ADVISOR.advise(applicant, LocalDate.parse("2027-01-02"));
        assertThat(advice.asOf()).isEqualTo(LocalDate.parse("2027-01-02"));
    }

    @Test
    void theSameApplicantTwiceGivesTheSameAdvice() {
        Applicant applicant = Profiles.clinical().build();
        assertThat(ADVISOR.advise(applicant)).isEqualTo(ADVISOR.advise(applicant));
    }

    @Test
    void recommendationsComeInTheCatalogueOrder() {
        Advice advice = ADVISOR.advise(Profiles.clinical().withoutMatchYear().build());
        assertThat(advice.recommendations()).isSorted();
        assertThat(advice.recommendations()).extracting(Recommendation::priority).isSorted();
    }

    @Test
    void explainingNamesTheRuleItsFileAndWhatItMatched() {
        Advice advice = ADVISOR.explain(Profiles.clinical().withoutMatchYear().build());
        Recommendation noMatchYear = advice.find("context.no-match-year").orElseThrow();
        assertThat(noMatchYear.explanation()).hasValueSatisfying(explanation -> {
            assertThat(explanation.rule()).isEqualTo("Timing advice needs the Match you are entering");
            assertThat(explanation.file()).isEqualTo("built-in:advice/context.drl");
        });
        assertThat(ADVISOR.advise(Profiles.clinical().build()).recommendations())
                .allSatisfy(r -> assertThat(r.explanation()).isEmpty());
    }

    @Test
    void anEditedCopyOfTheBuiltInRulesGivesTheSameAdvice(@TempDir Path folder) {
        RuleSet.copyBuiltInTo(folder);
        Applicant applicant = Profiles.clinical().stage(Stage.GRADUATED).withoutMatchYear().build();
        assertThat(StepAdvisor.fromDirectory(folder).advise(applicant)).isEqualTo(ADVISOR.advise(applicant));
    }

    @Test
    void aFolderIsCompiledOnceToShowItsWarningsAndThenAdvise(@TempDir Path folder) {
        RuleSet.copyBuiltInTo(folder);
        StepAdvisor advisor = StepAdvisor.fromDirectory(folder);

        assertThat(advisor.ruleSet().warnings()).isEmpty();
        assertThat(advisor.ruleSet().origin()).isEqualTo(folder.toString());
        Applicant applicant = Profiles.clinical().build();
        assertThat(advisor.advise(applicant)).isEqualTo(ADVISOR.advise(applicant));
        assertThat(advisor.timeLimit()).contains(StepAdvisor.DEFAULT_TIME_LIMIT);
        assertThat(ADVISOR.timeLimit()).isEmpty();
    }

    @Test
    void aRuleSetThatDoesNotCompileIsRefusedNamingFileAndLine(@TempDir Path folder) throws IOException {
        RuleSet.copyBuiltInTo(folder);
        Path context = folder.resolve("advice/context.drl");
        Files.writeString(context, Files.readString(context).replace("$background : Background( uscImg )", "$background : Background( uscImg"));
        Path thresholds = folder.resolve("thresholds.properties");
        Files.writeString(thresholds, Files.readString(thresholds) + "step1SafetyMarginn = 15\n");
        int badLine = Files.readString(thresholds).split("\n").length;

        assertThatThrownBy(() -> StepAdvisor.fromDirectory(folder))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::where)
                        .contains(thresholds + ":" + badLine)
                        .anySatisfy(where -> assertThat(where).startsWith(context + ":")));
    }

    @Test
    void aRuleInTheWrongPackageIsRefused(@TempDir Path folder) throws IOException {
        RuleSet.copyBuiltInTo(folder);
        Path context = folder.resolve("advice/context.drl");
        Files.writeString(context, Files.readString(context).replace("package io.github.stepadvisor.rules.advice;",
                "package advise;"));
        assertThatThrownBy(() -> StepAdvisor.fromDirectory(folder))
                .hasMessageContaining(context + ":2: package advise does not match its folder: it must be"
                        + " 'package io.github.stepadvisor.rules.advice;' (or 'package advice;')");
    }

    @Test
    void aFailedReloadLeavesTheServingAdvisorUntouched(@TempDir Path folder) throws IOException {
        RuleSet.copyBuiltInTo(folder);
        StepAdvisor serving = StepAdvisor.fromDirectory(folder);
        Files.writeString(folder.resolve("advice/context.drl"), "rule \"broken\" when then");
        Applicant applicant = Profiles.clinical().build();
        Advice before = serving.advise(applicant);

        assertThatThrownBy(() -> StepAdvisor.fromDirectory(folder)).isInstanceOf(InvalidInputException.class);
        assertThat(serving.advise(applicant)).isEqualTo(before);
    }

    @Test
    void warningsShowRulesWithoutIdOrSourceAndIdsOutsideTheCatalogue(@TempDir Path folder) throws IOException {
        RuleSet.copyBuiltInTo(folder);
        Files.writeString(folder.resolve("advice/extra.drl"), """
                package advice;
                import io.github.stepadvisor.rules.Background;
                rule "An advisor's new heuristic"
                    @id("timeline.new-heuristic")
                when
                    Background( uscImg )
                then
                end
                """);
        RuleSet rules = RuleSetLoader.fromDirectory(folder);
        assertThat(rules.warnings()).extracting(Problem::toString).containsExactly(
                folder.resolve("advice/extra.drl") + ": rule \"An advisor's new heuristic\" has no @source",
                folder.resolve("advice/extra.drl") + ": rule \"An advisor's new heuristic\": @id timeline.new-heuristic"
                        + " is not in the catalogue (allowed for a new heuristic)");
    }

    @Test
    void anEditedRuleThatGivesAdviceWithoutAnIdIsTheRuleSetsErrorNamingTheRuleAndFile(@TempDir Path folder)
            throws IOException {
        RuleSet.copyBuiltInTo(folder);
        Path timeline = folder.resolve("advice/timeline.drl");
        Files.writeString(timeline, Files.readString(timeline).replace("    @id(\"timeline.clinical\")\n", ""));
        StepAdvisor edited = StepAdvisor.fromDirectory(folder);

        assertThat(edited.ruleSet().warnings()).extracting(Problem::toString).contains(timeline
                + ": rule \"In the clinical years, each clerkship is Step 2 CK preparation\" has no @id; if it gives"
                + " advice, advising stops with an error when it fires");
        assertThatThrownBy(() -> edited.advise(Profiles.clinical().build()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::toString)
                        .containsExactly(timeline + ": rule \"In the clinical years, each clerkship is Step 2 CK"
                                + " preparation\" has no @id, and a rule that gives advice needs one"
                                + " (e.g. @id(\"step1.my-heuristic\"))"));
        assertThat(edited.advise(Profiles.preclinical().build()).recommendations()).isNotEmpty();
    }

    /** With an id, and without one: a rule that gives no advice needs none, and its own failure is what counts. */
    @ParameterizedTest
    @ValueSource(strings = {"@id(\"timeline.broken\") @source(\"nowhere\")", ""})
    void anEditedRuleWhoseConsequenceFailsIsTheRuleSetsErrorWithTheCause(String metadata, @TempDir Path folder)
            throws IOException {
        RuleSet.copyBuiltInTo(folder);
        Path broken = folder.resolve("advice/broken.drl");
        Files.writeString(broken, """
                package advice;
                import io.github.stepadvisor.rules.Application;
                rule "Divides by the USCE months"
                    %s
                when
                    $application : Application( usceMonths == 0 )
                then
                    int perMonth = 10 / $application.getUsceMonths();
                end
                """.formatted(metadata));
        StepAdvisor edited = StepAdvisor.fromDirectory(folder);

        assertThatThrownBy(() -> edited.advise(Profiles.clinical().usceMonths(0).build()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::toString)
                        .containsExactly(broken + ": rule \"Divides by the USCE months\" failed while firing:"
                                + " / by zero"));
        assertThat(edited.advise(Profiles.clinical().usceMonths(1).build()).recommendations()).isNotEmpty();
    }

    @Test
    void aRuleThatLoopsIsStoppedAndNamed(@TempDir Path folder) throws IOException {
        RuleSet.copyBuiltInTo(folder);
        Path loop = countingLoop(folder.resolve("advice/loop.drl"), "advice", "Background", "Background( uscImg )",
                "Count forever", "timeline.count-forever");
        StepAdvisor looping = StepAdvisor.fromDirectory(folder);
        assertThatThrownBy(() -> looping.advise(Profiles.clinical().build()))
                .isInstanceOf(RunawayRuleException.class)
                .hasMessageStartingWith(loop + ": rule \"Count forever\" (@id timeline.count-forever) fired");
    }

    @Test
    void aProgramRuleThatLoopsOverTheProgramsIsStoppedAndNamed(@TempDir Path folder) throws IOException {
        RuleSet.copyBuiltInTo(folder);
        Path loop = folder.resolve("programs/loop.drl");
        Files.writeString(loop, """
                package programs;
                import io.github.stepadvisor.rules.Candidate;
                rule "Every program makes another object, and every object another"
                    @id("programs.test-loop") @source("nowhere")
                when
                    Object( )
                then
                    insert( new Object() );
                end
                """);
        StepAdvisor looping = StepAdvisor.fromDirectory(folder);

        assertThatThrownBy(() -> looping.programs(Profiles.clinical().target(Specialty.INTERNAL_MEDICINE).build(),
                List.of(program("P-1"), program("P-2"))))
                .isInstanceOf(RunawayRuleException.class)
                .hasMessageStartingWith(loop + ": rule \"Every program makes another object, and every object another\""
                        + " (@id programs.test-loop) fired");
    }

    @Test
    void aListRuleThatLoopsIsNamedAlthoughTheProgramRulesFiredBeforeIt(@TempDir Path folder) throws IOException {
        RuleSet.copyBuiltInTo(folder);
        Path loop = countingLoop(folder.resolve("programs/loop.drl"), "programs", "Shortlist", "Shortlist( )",
                "Count forever once the list is summed", "programs.test-count");
        StepAdvisor looping = StepAdvisor.fromDirectory(folder);
        // More programs than the list rules' firing limit, so a level rule fires more often than it.
        List<Program> catalogue = new java.util.ArrayList<>();
        for (int i = 1; i <= 1_500; i++) {
            catalogue.add(program("P-" + i));
        }

        assertThatThrownBy(() -> looping.programs(Profiles.clinical().target(Specialty.INTERNAL_MEDICINE).build(), catalogue))
                .isInstanceOf(RunawayRuleException.class)
                .hasMessageStartingWith(loop + ": rule \"Count forever once the list is summed\" (@id programs.test-count)"
                        + " fired");
    }

    /**
     * Writes a rule file that counts forever once {@code trigger} matches: a rule named
     * {@code name} with {@code id} inserts a new Tick for every Tick, and a second rule the first.
     */
    private static Path countingLoop(Path file, String pkg, String vocabularyType, String trigger, String name, String id)
            throws IOException {
        return Files.writeString(file, """
                package %1$s;
                import io.github.stepadvisor.rules.%2$s;
                declare Tick
                    n : int
                end
                rule "%4$s"
                    @id("%5$s") @source("nowhere")
                when
                    %3$s
                    $t : Tick()
                then
                    insert( new Tick( $t.getN() + 1 ) );
                end
                rule "Start counting"
                    @id("%5$s-start") @source("nowhere")
                when
                    %3$s
                then
                    insert( new Tick( 0 ) );
                end
                """.formatted(pkg, vocabularyType, trigger, name, id));
    }

    private static Program program(String id) {
        return Program.builder().id(id).name("Fictional Program " + id).specialty(Specialty.INTERNAL_MEDICINE)
                .state(UsState.OH).setting(ProgramSetting.COMMUNITY).step2Median(235).imgShare(40).build();
    }
}
