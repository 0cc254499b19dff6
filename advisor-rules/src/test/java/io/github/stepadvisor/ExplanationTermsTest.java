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
 * An explanation shows, after the values the rule bound, the applicant's value of each Situation
 * term the rule's conditions read, in the rule's order: the facts the match turned on, not only
 * the thresholds it compared them with.
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
                "step1Passed = false",
                "attemptsUsedUp = false",
                "step1WindowSize = 3");
    }

    @Test
    void goShowsTheTermsItTestedIncludingThatTheScoresAreNotFalling() {
        assertThat(matched(Profiles.step1Practice(209, 208, 211), "step1.readiness.go")).containsExactly(
                "$comfortable = 15",
                "$headroom = 12",
                "$margin = 10",
                "$window = [NBME 209 on 2026-10-27, NBME 208 on 2026-11-10, NBME 211 on 2026-11-21]",
                "step1Passed = false",
                "attemptsUsedUp = false",
                "step1WindowSize = 3",
                "step1Declining = false");
    }

    @Test
    void meetsShowsTheApplicantsStep2ScoreBesideTheBandItReached() {
        Applicant.Builder applicant = Profiles.clinical().exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 241)
                .target(Specialty.FAMILY_MEDICINE);

        assertThat(matched(applicant, "step2.target.meets")).containsExactly(
                "$band = 230",
                "$t = Target[specialty=FAMILY_MEDICINE, tier=LESS, band=230]",
                "step2ScoreKnown = true",
                "step2Score = 241",
                "attemptsUsedUp = false");
    }

    @Test
    void aRuleShowsOnlyTheTermsItsConditionsRead() {
        Applicant.Builder applicant = Profiles.clinical().exam(Exam.STEP_2_CK, "2026-10-01", ExamResult.PASS, 241)
                .target(Specialty.FAMILY_MEDICINE).usceMonths(1);

        // The rule reads uscImg alone: step2Score, usceMonths and stage are the applicant's, not its.
        assertThat(matched(applicant, "context.us-citizen-img")).containsExactly("uscImg = true");
    }

    @Test
    void aTermCalledWithABoundValueShowsTheCallAndItsResult() {
        assertThat(matched(Profiles.clinical().planned(Exam.STEP_1, "2027-01-19"), "step1.prep.dedicated"))
                .containsExactly("$q = 60", "$w = 8", "step1Passed = false", "attemptsUsedUp = false",
                        "step1DateWithinWeeks($w) = true");
    }

    @Test
    void termsReadThroughTheApplicantOrAnEnumArgumentShowTheirValues() {
        assertThat(matched(Profiles.preclinical().schoolUsmleOriented(false), "step1.timing.non-usmle-curriculum"))
                .containsExactly("step1Attempted = false", "stage = PRECLINICAL", "applicant.schoolUsmleOriented() = false");
        assertThat(matched(Profiles.clinical().target(Specialty.FAMILY_MEDICINE).settings(ProgramSetting.UNIVERSITY),
                "application.research"))
                .contains("researchOutputs = 0", "hasSetting(ProgramSetting.UNIVERSITY) = true");
    }

    @Test
    void aRuleOfAFolderCompiledAtRunTimeShowsTheTermsOfItsOwnText(@TempDir Path folder) throws IOException {
        RuleSet.copyBuiltInTo(folder);
        Path context = folder.resolve("advice/context.drl");
        // The edited rule reads two more terms, one threshold left unbound, and names a third term in a comment.
        Files.writeString(context, Files.readString(context).replace("$s : Situation( uscImg )", """
                $s : Situation( uscImg, matchYearKnown, // lowStepProfile is not read here
                                usLetters < thresholds.usLetters )"""));
        StepAdvisor edited = StepAdvisor.fromDirectory(folder);

        Explanation explanation = explanation(edited, Profiles.clinical().usLetters(1), "context.us-citizen-img");

        assertThat(explanation.file()).isEqualTo(context.toString());
        assertThat(explanation.matched()).extracting(Explanation.Matched::line)
                .containsExactly("uscImg = true", "matchYearKnown = true", "usLetters = 1", "thresholds.usLetters = 3");
    }
}
