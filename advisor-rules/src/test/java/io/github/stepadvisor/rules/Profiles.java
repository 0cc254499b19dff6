package io.github.stepadvisor.rules;

import io.github.stepadvisor.StepAdvisor;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.PracticeForm;
import io.github.stepadvisor.model.Stage;

/**
 * Starting points for rule tests: "given this applicant, expect this advice". Each returns a
 * builder, so a test adds only the facts its rule is about.
 */
public final class Profiles {

    /** The date every test advises on unless it says otherwise. */
    public static final String AS_OF = "2026-11-24";

    private Profiles() {
    }

    /** A US-citizen IMG in the preclinical years, nothing taken or booked. */
    public static Applicant.Builder preclinical() {
        return Applicant.builder().usCitizenImg().stage(Stage.PRECLINICAL).asOf(AS_OF).schoolUsmleOriented(true);
    }

    /** A US-citizen IMG in clinical rotations entering the 2028 Match, nothing taken or booked. */
    public static Applicant.Builder clinical() {
        return Applicant.builder().usCitizenImg().stage(Stage.CLINICAL).asOf(AS_OF).matchYear(2028)
                .schoolUsmleOriented(true).clinicalStart("2026-01-05");
    }

    /**
     * A preclinical student booked for Step 1 on 2027-01-12 with NBME practice scores taken on
     * 2026-10-27, 2026-11-10 and 2026-11-21, as many as given: the Step 1 readiness window.
     */
    public static Applicant.Builder step1Practice(int... nbmeScores) {
        Applicant.Builder b = preclinical().planned(Exam.STEP_1, "2027-01-12");
        String[] dates = {"2026-10-27", "2026-11-10", "2026-11-21"};
        for (int i = 0; i < nbmeScores.length; i++) {
            b.practice(Exam.STEP_1, PracticeForm.NBME, dates[i], nbmeScores[i]);
        }
        return b;
    }

    /** Advice from the built-in rules. */
    public static Advice advise(Applicant.Builder applicant) {
        return StepAdvisor.builtIn().advise(applicant.build());
    }

    /** The one recommendation with {@code id}: a test fails when it is missing or given twice. */
    public static Recommendation only(Advice advice, String id) {
        assertThat(advice.all(id)).hasSize(1);
        return advice.find(id).orElseThrow();
    }
}
