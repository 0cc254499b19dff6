package io.github.stepadvisor.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stepadvisor.Catalogue;
import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Citizenship;
import io.github.stepadvisor.model.Education;
import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.PracticeForm;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.Rotation;
import io.github.stepadvisor.model.Stage;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.Specialty;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What holds for every valid applicant, whatever the mix of facts. */
class AdvicePropertiesTest {

    private static final StepAdvisor ADVISOR = StepAdvisor.builtIn();

    @Provide
    Arbitrary<Applicant> applicants() {
        return Applicants.valid();
    }

    @Property(tries = 300)
    void everyRecommendationIsComplete(@ForAll("applicants") Applicant applicant) {
        Advice advice = ADVISOR.advise(applicant);
        assertThat(advice.recommendations()).allSatisfy(r -> {
            assertThat(Catalogue.contains(r.id())).as("catalogue id %s", r.id()).isTrue();
            assertThat(r.priority()).isNotNull();
            assertThat(r.title()).isNotBlank();
            assertThat(r.reasons()).as("reasons of %s", r.id()).isNotEmpty().allSatisfy(s -> assertThat(s).isNotBlank());
            assertThat(r.source()).as("source of %s", r.id()).isNotBlank();
        });
        assertThat(advice.recommendations()).isSorted();
    }

    @Property(tries = 200)
    void adviceIsDeterministic(@ForAll("applicants") Applicant applicant) {
        assertThat(ADVISOR.advise(applicant)).isEqualTo(ADVISOR.advise(applicant));
    }

    @Property(tries = 300)
    void theGuidesExclusionsHold(@ForAll("applicants") Applicant applicant) {
        Set<String> ids = Set.copyOf(ADVISOR.advise(applicant).ids());
        if (ids.contains("step1.readiness.go")) {
            assertThat(ids).as("beside go").doesNotContain("step1.readiness.delay", "step1.readiness.protect-attempt");
        }
        for (String wait : List.of("step2.timing.delay-cycle", "step2.readiness.push-back")) {
            if (ids.contains(wait)) {
                assertThat(ids).as("date advice beside " + wait).doesNotContain("step2.timing.on-time",
                        "step2.timing.latest-reasonable", "step2.timing.too-late", "application.apply-with-step2");
            }
        }
        boolean uscImg = applicant.education() == Education.IMG
                && applicant.citizenship() != Citizenship.FOREIGN_NATIONAL;
        assertThat(ids.contains("context.outside-scope")).isEqualTo(!uscImg);
        assertThat(ids.contains("context.us-citizen-img")).isEqualTo(uscImg);
    }

    /**
     * One Step 2 CK verdict per target specialty: a step2.target id, or for a highly competitive
     * specialty with a score under its band specialty.ultra-competitive, which names the tier the
     * score reaches (revision 3); none at all once an exam's attempts are used up.
     */
    @Property(tries = 300)
    void eachTargetSpecialtyGetsExactlyOneStep2CkVerdict(@ForAll("applicants") Applicant applicant) {
        Advice advice = ADVISOR.advise(applicant);
        List<Recommendation> verdicts = advice.recommendations().stream()
                .filter(r -> r.id().startsWith("step2.target."))
                .toList();
        if (advice.ids().contains("principle.attempts-exhausted")) {
            assertThat(verdicts).isEmpty();
            return;
        }
        Set<Specialty> ultraBelow = advice.recommendations().stream()
                .filter(r -> r.id().equals("specialty.ultra-competitive") && r.reasons().stream().anyMatch(s -> s.startsWith("Missing: your Step 2 CK")))
                .map(r -> r.subject().orElseThrow()).collect(Collectors.toSet());
        Set<Specialty> subjects = verdicts.stream().map(r -> r.subject().orElseThrow()).collect(Collectors.toSet());
        assertThat(subjects).noneMatch(ultraBelow::contains);
        assertThat(java.util.stream.Stream.concat(subjects.stream(), ultraBelow.stream()).toList())
                .containsExactlyInAnyOrderElementsOf(applicant.targetSpecialties());
        assertThat(verdicts).hasSize(applicant.targetSpecialties().size() - ultraBelow.size());
    }

    /**
     * The constants an applicant must never read as written in Java ("US_MD", "FREE_120",
     * "CLINICAL"): those of every enum that has words of its own ({@code label()}), where the two differ.
     */
    private static final Pattern RAW_ENUM_NAMES = Pattern.compile(Stream.of(Education.values(), Stage.values(),
                    PracticeForm.values(), Exam.values(), Specialty.values(), Rotation.values(), ProgramSetting.values())
            .flatMap(Arrays::stream)
            .filter(constant -> !constant.name().equals(label(constant)))
            .map(constant -> Pattern.quote(constant.name()))
            .collect(Collectors.joining("|", "\\b(", ")\\b")));

    private static String label(Enum<?> constant) {
        try {
            return (String) constant.getClass().getMethod("label").invoke(constant);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(constant.getClass() + " has no label()", e);
        }
    }

    @Property(tries = 400)
    void adviceTextUsesHumanWordsForEveryEnum(@ForAll("applicants") Applicant applicant) {
        for (Recommendation r : ADVISOR.advise(applicant).recommendations()) {
            Stream.concat(Stream.of(r.title()), r.reasons().stream()).forEach(text ->
                    assertThat(RAW_ENUM_NAMES.matcher(text).find()).as("%s: %s", r.id(), text).isFalse());
        }
    }
}
