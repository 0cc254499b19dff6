package io.github.stepadvisor.examples;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.ExamResult;
import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.PracticeForm;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Stage;

import java.io.PrintStream;

/**
 * How another application embeds the advisor: build an {@link Applicant} from its own data, ask
 * {@link StepAdvisor} once, and present the {@link Recommendation}s however it likes.
 *
 * <p>Run it from the jar: {@code java -cp advisor-examples/target/advisor.jar
 * io.github.stepadvisor.examples.EmbeddingExample}.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    public static void main(String[] args) {
        print(System.out);
    }

    static void print(PrintStream out) {
        Applicant applicant;
        try {
            applicant = Applicant.builder()
                    .name("Embedding example")
                    .usCitizenImg()
                    .stage(Stage.CLINICAL)
                    .asOf("2026-11-24")
                    .matchYear(2028)
                    .clinicalStart("2026-01-05")
                    .schoolUsmleOriented(true)
                    .exam(Exam.STEP_1, "2025-10-14", ExamResult.PASS)
                    .planned(Exam.STEP_2_CK, "2027-06-28")
                    .practice(Exam.STEP_2_CK, PracticeForm.NBME, "2026-11-10", 229)
                    .target(Specialty.INTERNAL_MEDICINE)
                    .settings(ProgramSetting.COMMUNITY)
                    .usceMonths(2)
                    .build();
        } catch (InvalidInputException e) {
            // build() validates: every problem is listed with its field path, e.g. "usceMonths: 99 is outside 0-60".
            e.problems().forEach(problem -> out.println("cannot advise: " + problem));
            return;
        }

        // Compile the rules once and share the advisor: it is immutable and thread-safe.
        StepAdvisor advisor = StepAdvisor.builtIn();
        Advice advice = advisor.advise(applicant);

        out.println(advice.recommendations().size() + " recommendations as of " + advice.asOf());
        for (Recommendation r : advice.recommendations()) {
            out.println(r.priority() + "  " + r.title() + "  [" + r.key() + "]");
            r.reasons().forEach(reason -> out.println("      " + reason));
            out.println("      (guide: " + r.source() + ")");
        }
        // Applications key on ids, which never change meaning once released.
        if (advice.has("step2.readiness.more-data")) {
            out.println("-> suggest scheduling another Step 2 CK practice test");
        }
    }
}
