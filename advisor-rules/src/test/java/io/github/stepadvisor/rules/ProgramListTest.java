package io.github.stepadvisor.rules;

import static io.github.stepadvisor.model.ProgramCategory.EXCLUDED;
import static io.github.stepadvisor.model.ProgramCategory.REACH;
import static io.github.stepadvisor.model.ProgramCategory.SAFETY;
import static io.github.stepadvisor.model.ProgramCategory.TARGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.ApplicantScore;
import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.ExamResult;
import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.PracticeForm;
import io.github.stepadvisor.model.Priority;
import io.github.stepadvisor.model.Program;
import io.github.stepadvisor.model.ProgramCategory;
import io.github.stepadvisor.model.ProgramList;
import io.github.stepadvisor.model.ProgramResult;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.ProgramSummary;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.ScoreBasis;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.UsState;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A whole catalogue: the list's order and counts, its advice, and what is refused. */
class ProgramListTest {

    /** Step 1 passed, Step 2 CK 240, aiming at internal medicine, 4 months of US clinical experience. */
    private static Applicant.Builder scoring() {
        return Profiles.clinical().usceMonths(4)
                .exam(Exam.STEP_1, "2025-05-01", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-07-01", ExamResult.PASS, 240)
                .target(Specialty.INTERNAL_MEDICINE);
    }

    /** Step 1 failed once, then passed; Step 2 CK 240: a low Step profile. */
    private static Applicant.Builder lowProfile() {
        return Profiles.clinical().usceMonths(4)
                .exam(Exam.STEP_1, "2025-03-01", ExamResult.FAIL)
                .exam(Exam.STEP_1, "2025-06-01", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-07-01", ExamResult.PASS, 240)
                .target(Specialty.INTERNAL_MEDICINE);
    }

    private static Program.Builder program(String id) {
        return Program.builder().id(id).name("Fictional Program " + id).specialty(Specialty.INTERNAL_MEDICINE)
                .state(UsState.OH).setting(ProgramSetting.COMMUNITY).step1FailAccepted(io.github.stepadvisor.model.Step1FailPolicy.YES);
    }

    /** Programs of one category for a Step 2 CK of 240 (and open to a Step 1 failure). */
    private static List<Program> of(ProgramCategory category, int count, String prefix) {
        List<Program> programs = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Program.Builder p = program(String.format("%s-%03d", prefix, i)).imgShare(40);
            switch (category) {
                case SAFETY -> p.step2Median(235);
                case TARGET -> p.step2Median(240);
                case REACH -> p.step2Median(250);
                case EXCLUDED -> p.step2Median(235).step2Minimum(241);
            }
            programs.add(p.build());
        }
        return programs;
    }

    @SafeVarargs
    private static List<Program> catalogue(List<Program>... parts) {
        List<Program> all = new ArrayList<>();
        for (List<Program> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private static ProgramList list(Applicant.Builder applicant, List<Program> catalogue) {
        return StepAdvisor.builtIn().programs(applicant.build(), catalogue);
    }

    // ---- Order, counts, score ------------------------------------------------------------

    @Test
    void programsComeByCategoryThenHighestMarginWithUnknownLastThenId() {
        List<Program> catalogue = List.of(
                program("R-1").step2Median(250).imgShare(40).build(),
                program("T-unknown").specialty(Specialty.PATHOLOGY).imgShare(40).build(),
                program("T-b").step2Median(240).imgShare(40).build(),
                program("T-a").step2Median(240).imgShare(40).build(),
                program("T-near").step2Median(238).imgShare(40).build(),
                program("X-1").step2Minimum(250).build(),
                program("S-1").step2Median(230).imgShare(40).build());
        ProgramList list = list(scoring().target(Specialty.PATHOLOGY), catalogue);
        assertThat(list.programs()).extracting(ProgramResult::id)
                .containsExactly("S-1", "T-near", "T-a", "T-b", "T-unknown", "R-1", "X-1");
    }

    @Test
    void theSummaryCountsListedProgramsByCategoryAndOnlyCountsTheOthers() {
        List<Program> catalogue = catalogue(of(SAFETY, 2, "S"), of(TARGET, 3, "T"), of(REACH, 1, "R"),
                of(EXCLUDED, 1, "X"),
                List.of(program("PSY-1").specialty(Specialty.PSYCHIATRY).build(),
                        program("PSY-2").specialty(Specialty.PSYCHIATRY).build()));
        ProgramList list = list(scoring(), catalogue);
        assertThat(list.summary()).isEqualTo(new ProgramSummary(7, 2, 3, 1, 1, 2));
        assertThat(list.programs()).hasSize(7).noneMatch(p -> p.specialty() == Specialty.PSYCHIATRY);
    }

    @Test
    void withoutTargetSpecialtiesEveryProgramIsListed() {
        List<Program> catalogue = List.of(program("IM-1").imgShare(40).build(),
                program("PSY-1").specialty(Specialty.PSYCHIATRY).imgShare(40).build());
        ProgramList list = list(Profiles.clinical().exam(Exam.STEP_2_CK, "2026-07-01", ExamResult.PASS, 240), catalogue);
        assertThat(list.summary().listed()).isEqualTo(2);
        assertThat(list.summary().notTargeted()).isZero();
    }

    @Test
    void theApplicantScoreSaysWhatItRestsOn() {
        ProgramList scored = list(scoring(), of(TARGET, 1, "T"));
        ProgramList estimated = list(Profiles.clinical().target(Specialty.INTERNAL_MEDICINE)
                .practice(Exam.STEP_2_CK, PracticeForm.NBME, "2026-10-01", 231)
                .practice(Exam.STEP_2_CK, PracticeForm.UWSA2, "2026-11-01", 236), of(TARGET, 1, "T"));
        ProgramList none = list(Profiles.clinical().target(Specialty.INTERNAL_MEDICINE), of(TARGET, 1, "T"));
        assertThat(scored.applicantScore()).contains(new ApplicantScore(240, ScoreBasis.STEP_2_CK));
        assertThat(estimated.applicantScore()).contains(new ApplicantScore(233, ScoreBasis.PRACTICE_ESTIMATE));
        assertThat(none.applicantScore()).isEmpty();
    }

    @Test
    void theListCarriesTheApplicantsNameAndTheDate() {
        ProgramList list = StepAdvisor.builtIn().programs(scoring().name("Sam").build(), of(TARGET, 1, "T"),
                LocalDate.parse("2026-12-01"));
        assertThat(list.name()).contains("Sam");
        assertThat(list.asOf()).isEqualTo(LocalDate.parse("2026-12-01"));
    }

    @Test
    void theSameInputsGiveTheSameList() {
        List<Program> catalogue = catalogue(of(SAFETY, 2, "S"), of(REACH, 3, "R"), of(EXCLUDED, 2, "X"));
        assertThat(list(lowProfile().ties(UsState.OH), catalogue)).isEqualTo(list(lowProfile().ties(UsState.OH), catalogue));
    }

    @Test
    void callsFromManyThreadsAtOnceGiveTheSameList() {
        List<Program> catalogue = catalogue(of(SAFETY, 30, "S"), of(TARGET, 30, "T"), of(REACH, 30, "R"),
                of(EXCLUDED, 30, "X"));
        ProgramList expected = list(lowProfile().ties(UsState.OH), catalogue);
        List<ProgramList> lists = java.util.stream.IntStream.range(0, 32).parallel()
                .mapToObj(i -> list(lowProfile().ties(UsState.OH), catalogue)).toList();
        assertThat(lists).allSatisfy(list -> assertThat(list).isEqualTo(expected));
    }

    // ---- Refused input -------------------------------------------------------------------

    @Test
    void anInvalidCatalogueIsRefusedWithEveryProblem() {
        List<Program> catalogue = List.of(
                program("A-1").imgShare(140).buildUnchecked(),
                program("A-2").buildUnchecked(),
                program("A-1").positions(0).buildUnchecked(),
                program("bad id!").name("x".repeat(201)).state(null).buildUnchecked());
        assertThatThrownBy(() -> list(scoring(), catalogue))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Object::toString)
                        .containsExactly(
                                "catalogue[0].imgShare: 140 is outside 0-100",
                                "catalogue[2].positions: 0 is outside 1-500",
                                "catalogue[2].id: A-1 is already used at catalogue[0]",
                                "catalogue[3].id: 'bad id!' is not 1-40 letters, digits, '.', '_' or '-'",
                                "catalogue[3].name: is 201 characters long; at most 200",
                                "catalogue[3].state: is required"));
    }

    @Test
    void anInvalidApplicantAndCatalogueAreReportedTogether() {
        Applicant applicant = scoring().usceMonths(99).buildUnchecked();
        List<Program> catalogue = List.of(program("A-1").step2Median(301).buildUnchecked());
        assertThatThrownBy(() -> StepAdvisor.builtIn().programs(applicant, catalogue))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Invalid applicant and catalogue (2 problems)")
                .hasMessageContaining("usceMonths: 99 is outside 0-60")
                .hasMessageContaining("catalogue[0].step2Median: 301 is outside 1-300");
    }

    // ---- List advice ---------------------------------------------------------------------

    private static Recommendation advice(ProgramList list, String id) {
        return list.find(id).orElseThrow(() -> new AssertionError(id + " not given; ids: " + list.ids()));
    }

    @Test
    void aCatalogueWithNothingInTheTargetsSaysSo() {
        ProgramList list = list(scoring().target(Specialty.PSYCHIATRY), List.of());
        Recommendation empty = advice(list(scoring(), List.of(program("FM-1").specialty(Specialty.FAMILY_MEDICINE).build())),
                "programs.empty");
        assertThat(list.ids()).contains("programs.empty");
        assertThat(empty.priority()).isEqualTo(Priority.HIGH);
        assertThat(empty.reasons().get(0)).isEqualTo("The catalogue has 1 program, none in Internal Medicine.");
    }

    @Test
    void oneListedProgramIsNotEmpty() {
        assertThat(list(scoring(), of(TARGET, 1, "T")).ids()).doesNotContain("programs.empty");
    }

    @Test
    void withoutAnyScoreTheListRestsOnFriendlinessAlone() {
        ProgramList list = list(Profiles.clinical().target(Specialty.INTERNAL_MEDICINE), of(TARGET, 1, "T"));
        assertThat(advice(list, "programs.no-score").priority()).isEqualTo(Priority.HIGH);
        assertThat(list.ids()).doesNotContain("programs.estimated-score");
    }

    @Test
    void onePracticeTestIsEnoughForAnEstimate() {
        ProgramList list = list(Profiles.clinical().target(Specialty.INTERNAL_MEDICINE)
                .practice(Exam.STEP_2_CK, PracticeForm.NBME, "2026-10-01", 231), of(TARGET, 1, "T"));
        assertThat(list.ids()).doesNotContain("programs.no-score").contains("programs.estimated-score");
    }

    @Test
    void anEstimatedScoreIsNamedWithItsTests() {
        ProgramList list = list(Profiles.clinical().target(Specialty.INTERNAL_MEDICINE)
                .practice(Exam.STEP_2_CK, PracticeForm.NBME, "2026-10-01", 231)
                .practice(Exam.STEP_2_CK, PracticeForm.UWSA2, "2026-11-01", 236), of(TARGET, 1, "T"));
        Recommendation estimated = advice(list, "programs.estimated-score");
        assertThat(estimated.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(estimated.reasons().get(0)).isEqualTo("Your applicant score 233 is the mean of your 2 most recent "
                + "Step 2 CK practice tests (NBME 231 on 2026-10-01 and UWSA2 236 on 2026-11-01), 233.5 rounded down: "
                + "you have no Step 2 CK score yet.");
    }

    @Test
    void aRealScoreIsNoEstimate() {
        assertThat(list(scoring(), of(TARGET, 1, "T")).ids())
                .doesNotContain("programs.estimated-score", "programs.no-score");
    }

    @Test
    void aLowProfileWithFiftyNineSafetyAndTargetProgramsHasTooFew() {
        ProgramList list = list(lowProfile(), catalogue(of(SAFETY, 20, "S"), of(TARGET, 39, "T"), of(REACH, 5, "R")));
        Recommendation tooFew = advice(list, "programs.too-few");
        assertThat(tooFew.priority()).isEqualTo(Priority.HIGH);
        assertThat(tooFew.reasons()).contains("Your list has 20 safety programs and 39 target programs, 59 in all, fewer than 60.");
        assertThat(tooFew.reasons().get(0)).contains("Step 1 failed once").contains("60-100+");
    }

    @Test
    void aLowProfileWithSixtySafetyAndTargetProgramsHasEnough() {
        ProgramList list = list(lowProfile(), catalogue(of(SAFETY, 20, "S"), of(TARGET, 40, "T")));
        assertThat(list.ids()).doesNotContain("programs.too-few");
    }

    @Test
    void aShortListIsNoProblemWithoutALowProfile() {
        assertThat(list(scoring(), of(SAFETY, 3, "S")).ids()).doesNotContain("programs.too-few");
    }

    @Test
    void safetyBelowAQuarterOfTheOpenProgramsIsThin() {
        ProgramList list = list(scoring(), catalogue(of(SAFETY, 1, "S"), of(TARGET, 4, "T")));
        Recommendation thin = advice(list, "programs.thin-safety");
        assertThat(thin.priority()).isEqualTo(Priority.HIGH);
        assertThat(thin.reasons().get(0)).startsWith("Safety programs are 1 of the 5 programs you can apply to (20%)")
                .contains("at least 25%");
    }

    @Test
    void safetyOfExactlyAQuarterIsNotThinAndExcludedProgramsDoNotCount() {
        ProgramList list = list(scoring(), catalogue(of(SAFETY, 1, "S"), of(TARGET, 3, "T"), of(EXCLUDED, 4, "X")));
        assertThat(list.ids()).doesNotContain("programs.thin-safety");
    }

    @Test
    void moreReachThanSafetyAndTargetIsReachHeavy() {
        ProgramList list = list(scoring(), catalogue(of(SAFETY, 1, "S"), of(TARGET, 1, "T"), of(REACH, 3, "R")));
        Recommendation heavy = advice(list, "programs.reach-heavy");
        assertThat(heavy.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(heavy.reasons().get(0)).startsWith("Your list has 3 reach programs and 2 safety and target programs");
    }

    @Test
    void asManyReachAsSafetyAndTargetIsNotReachHeavy() {
        ProgramList list = list(scoring(), catalogue(of(SAFETY, 1, "S"), of(TARGET, 1, "T"), of(REACH, 2, "R")));
        assertThat(list.ids()).doesNotContain("programs.reach-heavy");
    }

    @Test
    void excludedProgramsAreCountedPerExclusion() {
        List<Program> catalogue = catalogue(of(SAFETY, 2, "S"), of(EXCLUDED, 2, "X"),
                List.of(program("U-1").usceRequiredMonths(6).step2Minimum(250).build()));
        Recommendation excluded = advice(list(scoring(), catalogue), "programs.excluded");
        assertThat(excluded.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(excluded.reasons()).containsExactly(
                "3 of your 5 listed programs are closed to you; a program can be closed for more than one reason.",
                "program.excluded.step2-minimum, 3 programs: a published Step 2 CK minimum above your score.",
                "program.excluded.usce, 1 program: more US clinical experience than you have.");
    }

    @Test
    void aListWithNothingExcludedSaysNothingAboutExclusions() {
        assertThat(list(scoring(), of(SAFETY, 2, "S")).ids()).doesNotContain("programs.excluded");
    }

    @Test
    void listAdviceComesByPriorityThenId() {
        ProgramList list = list(lowProfile(), catalogue(of(REACH, 3, "R"), of(EXCLUDED, 1, "X")));
        assertThat(list.ids()).containsExactly("programs.thin-safety", "programs.too-few",
                "programs.excluded", "programs.reach-heavy");
        assertThat(list.recommendations()).isSorted();
    }

    @Test
    void programsTheCatalogueCannotPromiseAreCountedWithWhatIsBlank() {
        // Graduated 2018 for the 2028 Match (10 years), no US clinical experience.
        Applicant.Builder graduate = scoring().usceMonths(0).stage(io.github.stepadvisor.model.Stage.GRADUATED)
                .clinicalStart("2016-01-04").graduation("2018-05-31");
        List<Program> catalogue = catalogue(of(SAFETY, 2, "S"),
                List.of(program("G-1").step2Median(235).imgShare(40).usceRequiredMonths(0).build(),
                        program("U-1").step2Median(235).imgShare(40).maxYearsSinceGraduation(12).build(),
                        program("K-1").step2Median(235).imgShare(40).maxYearsSinceGraduation(12).usceRequiredMonths(0)
                                .build()),
                of(EXCLUDED, 1, "X"));
        ProgramList list = list(graduate, catalogue);
        Recommendation unknown = advice(list, "programs.unknown-requirements");
        assertThat(unknown.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(unknown.title()).isEqualTo("Ask 4 programs whether they accept you: the catalogue does not say");
        assertThat(unknown.reasons()).containsExactly(
                "The catalogue does not say whether 4 of your listed programs accept you, so none of them is more "
                        + "than a target.",
                "For 3 of them it leaves the limit on years since graduation blank; you graduated 10 years before "
                        + "the 2028 Match.",
                "For 3 of them it leaves the US clinical experience requirement blank; you have none.",
                "Ask the programs (website or coordinator), or fill in the catalogue's maxYearsSinceGraduation and "
                        + "usceRequiredMonths columns: a requirement you meet lifts the cap, one you do not closes the "
                        + "program.");
        assertThat(list.in(SAFETY)).extracting(ProgramResult::id).containsExactly("K-1");
    }

    @Test
    void oneProgramWithOneBlankColumnIsNamedInTheSingular() {
        Applicant.Builder noUsce = scoring().usceMonths(0);
        Recommendation unknown = advice(list(noUsce, List.of(program("U-1").step2Median(235).imgShare(40).build())),
                "programs.unknown-requirements");
        assertThat(unknown.title()).isEqualTo("Ask 1 program whether it accepts you: the catalogue does not say");
        assertThat(unknown.reasons()).containsExactly(
                "The catalogue does not say whether 1 of your listed programs accepts you, so it is no more than a "
                        + "target.",
                "For that program it leaves the US clinical experience requirement blank; you have none.",
                "Ask the programs (website or coordinator), or fill in the catalogue's usceRequiredMonths column: a "
                        + "requirement you meet lifts the cap, one you do not closes the program.");
    }

    @Test
    void aCatalogueThatFillsInBothColumnsLeavesNothingUnknown() {
        Applicant.Builder noUsce = scoring().usceMonths(0).stage(io.github.stepadvisor.model.Stage.GRADUATED)
                .clinicalStart("2016-01-04").graduation("2018-05-31");
        ProgramList list = list(noUsce, List.of(program("K-1").step2Median(235).imgShare(40)
                .maxYearsSinceGraduation(12).usceRequiredMonths(0).build()));
        assertThat(list.ids()).doesNotContain("programs.unknown-requirements");
        assertThat(list(scoring(), of(SAFETY, 2, "S")).ids()).doesNotContain("programs.unknown-requirements");
    }
}
