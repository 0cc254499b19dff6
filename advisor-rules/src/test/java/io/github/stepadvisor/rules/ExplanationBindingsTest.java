package io.github.stepadvisor.rules;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.ExamResult;
import io.github.stepadvisor.model.Explanation;
import io.github.stepadvisor.model.PracticeForm;
import io.github.stepadvisor.model.Specialty;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readiness verdicts explain themselves in numbers: the scores compared, the margin or target
 * they were compared with, as bound in the DRL, so an advisor running --explain sees why.
 */
class ExplanationBindingsTest {

    private static List<String> matched(Applicant.Builder applicant, String id) {
        Advice advice = StepAdvisor.builtIn().explain(applicant.build());
        Explanation explanation = advice.find(id).orElseThrow().explanation().orElseThrow();
        assertThat(explanation.file()).startsWith("built-in:advice/");
        return explanation.matched().stream().map(Explanation.Matched::line).toList();
    }

    @Test
    void goShowsTheWindowItsHeadroomAndTheMarginsItCleared() {
        assertThat(matched(Profiles.step1Practice(209, 208, 211), "step1.readiness.go")).contains(
                "$window = [NBME 209 on 2026-10-27, NBME 208 on 2026-11-10, NBME 211 on 2026-11-21]",
                "$headroom = 12", "$margin = 10", "$comfortable = 15");
    }

    @Test
    void delayShowsTheWindowItsHeadroomAndTheMarginItMissed() {
        assertThat(matched(Profiles.step1Practice(201, 204, 199), "step1.readiness.delay")).contains(
                "$window = [NBME 201 on 2026-10-27, NBME 204 on 2026-11-10, NBME 199 on 2026-11-21]",
                "$headroom = 3", "$margin = 10");
    }

    @Test
    void decliningShowsTheFallingWindow() {
        assertThat(matched(Profiles.step1Practice(225, 218, 212), "step1.readiness.declining"))
                .contains("$window = [NBME 225 on 2026-10-27, NBME 218 on 2026-11-10, NBME 212 on 2026-11-21]");
    }

    private static Applicant.Builder step2Practice(Specialty target, int... scores) {
        Applicant.Builder b = Profiles.clinical().exam(Exam.STEP_1, "2025-12-01", ExamResult.PASS).target(target);
        String[] dates = {"2026-10-20", "2026-11-10"};
        for (int i = 0; i < scores.length; i++) {
            b.practice(Exam.STEP_2_CK, PracticeForm.NBME, dates[i], scores[i]);
        }
        return b;
    }

    @Test
    void step2VerdictsShowTheRecentScoresTheirMeanAndTheTarget() {
        assertThat(matched(step2Practice(Specialty.FAMILY_MEDICINE, 236), "step2.readiness.more-data"))
                .contains("$practice = [NBME 236 on 2026-10-20]", "$target = 235");
        assertThat(matched(step2Practice(Specialty.NEUROLOGY, 241, 244), "step2.readiness.on-track"))
                .contains("$recent = [NBME 241 on 2026-10-20, NBME 244 on 2026-11-10]", "$lowest = 241", "$target = 240");
        assertThat(matched(step2Practice(Specialty.FAMILY_MEDICINE, 220, 231), "step2.readiness.remediate"))
                .contains("$recent = [NBME 220 on 2026-10-20, NBME 231 on 2026-11-10]", "$lowest = 220",
                        "$mean = 225.5", "$target = 235", "$near = 10");
        assertThat(matched(step2Practice(Specialty.NEUROLOGY, 222, 227), "step2.readiness.push-back"))
                .contains("$recent = [NBME 222 on 2026-10-20, NBME 227 on 2026-11-10]", "$mean = 224.5",
                        "$target = 240", "$near = 10");
    }
}
