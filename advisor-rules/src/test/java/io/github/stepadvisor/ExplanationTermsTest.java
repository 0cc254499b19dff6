package io.github.stepadvisor;

import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.ExamResult;
import io.github.stepadvisor.model.Explanation;
import io.github.stepadvisor.model.PracticeForm;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.rules.Profiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An explanation shows, after the values the rule bound, the applicant's value of each topic-fact
 * property the rule's conditions read ({@code Step1.passed}), in the rule's order, as Drools
 * compiled the rule: the facts the match turned on, not only the thresholds it compared them with.
 */
class ExplanationTermsTest {

    private static final StepAdvisor BUILT_IN = StepAdvisor.builtIn();

    private static Explanation explanation(StepAdvisor advisor, Applicant.Builder applicant, String id) {
        return advisor.explain(applicant.build()).find(id).orElseThrow().explanation().orElseThrow();
    }

    private static List<String> matched(Applicant.Builder applicant, String id) {
        return explanation(BUILT_IN, applicant, id).matched().stream().map(Explanation.Matched::line).toList();
    }

    @Test
    void delayShowsTheScoresTheirHeadroomTheMarginAndTheTermsItTested() {
        assertThat(matched(Profiles.step1Practice(201, 204, 199), "step1.readiness.delay")).containsExactly(
                "$headroom = 3",
                "$margin = 10",
                "$window = [NBME 201 on 2026-10-27, NBME 204 on 2026-11-10, NBME 199 on 2026-11-21]",
                "Step1.passed = false",
                "Step1.windowSize = 3",
                "Attempts.usedUp = false");
    }

    @Test
    void goShowsTheTermsItTestedIncludingThatTheScoresAreNotFalling() {
        assertThat(matched(Profiles.step1Practice(209, 208, 211), "step1.readiness.go")).containsExactly(
                "$comfortable = 15",
                "$headroom = 12",
                "$margin = 10",
                "$window = [NBME 209 on 2026-10-27, NBME 208 on 2026-11-10, NBME 211 on 2026-11-21]",
                "Step1.passed = false",
                "Step1.windowSize = 3",
                "Step1.declining = false",
                "Attempts.usedUp = false");
    }

    @Test
    void meetsShowsTheApplicantsStep2ScoreBesideTheBandItReached() {
        Applicant.Builder applicant = Profiles.clinical().exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 241)
                .target(Specialty.FAMILY_MEDICINE);

        assertThat(matched(applicant, "step2.target.meets")).contains(
                "$band = 230",
                "$t = Target[specialty=FAMILY_MEDICINE, tier=LESS, band=230]",
                "Step2.scoreKnown = true",
                "Step2.score = 241",
                "Attempts.usedUp = false");
    }

    @Test
    void aRuleShowsOnlyTheTermsItsConditionsRead() {
        Applicant.Builder applicant = Profiles.clinical().exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 241)
                .target(Specialty.FAMILY_MEDICINE).usceMonths(1);

        // The rule reads uscImg alone: step2Score, usceMonths and stage are the applicant's, not its.
        assertThat(matched(applicant, "context.us-citizen-img")).containsExactly("Background.uscImg = true");
    }

    @Test
    void aWindowShowsTheDistanceAndTheThresholdItWasComparedWith() {
        assertThat(matched(Profiles.clinical().planned(Exam.STEP_1, "2027-01-19"), "step1.prep.dedicated"))
                .containsExactly("$q = 60", "$w = 8", "Step1.passed = false", "Step1.dateAhead = true",
                        "Step1.weeksOut = 8", "Attempts.usedUp = false");
    }

    @Test
    void termsOfSeveralTopicsAndOfAPatternUnderNotShowTheirValues() {
        assertThat(matched(Profiles.preclinical().schoolUsmleOriented(false), "step1.timing.non-usmle-curriculum"))
                .containsExactly("Step1.attempted = false", "Background.stage = PRECLINICAL",
                        "Background.schoolUsmleOriented = false");
        // application.delay-graduation for a thin application alone: "not ( StepProfile( low ) and Step2( !scoreKnown ) )".
        Applicant.Builder thin = Profiles.clinical().graduation("2027-06-30").usceMonths(0);
        assertThat(matched(thin, "application.delay-graduation"))
                .contains("Background.graduationMonthsOut = 8", "Application.usceMonths = 0", "StepProfile.low = false");
    }

    @Test
    void aRuleOfAFolderCompiledAtRunTimeShowsTheTermsOfItsOwnConditions(@TempDir Path folder) throws IOException {
        RuleSet.copyBuiltInTo(folder);
        Path context = folder.resolve("advice/context.drl");
        // The edited rule reads two more facts' properties, however they are written, and one threshold unbound.
        Files.writeString(context, Files.readString(context).replace("$background : Background( uscImg )", """
                $background : Background( uscImg ) // StepProfile( low ) is not read here
                Season( !(matchYear < 2000) )
                Application( usLetters < 3 )"""));
        StepAdvisor edited = StepAdvisor.fromDirectory(folder);

        Explanation explanation = explanation(edited, Profiles.clinical().usLetters(1), "context.us-citizen-img");

        assertThat(explanation.file()).isEqualTo(context.toString());
        assertThat(explanation.matched()).extracting(Explanation.Matched::line)
                .containsExactly("Background.uscImg = true", "Season.matchYear = 2028", "Application.usLetters = 1");
    }
}
