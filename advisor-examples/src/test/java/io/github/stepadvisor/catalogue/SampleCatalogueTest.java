package io.github.stepadvisor.catalogue;

import io.github.stepadvisor.format.CatalogueReader;
import io.github.stepadvisor.format.ProgramListJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Citizenship;
import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.ExamResult;
import io.github.stepadvisor.model.PracticeForm;
import io.github.stepadvisor.model.Program;
import io.github.stepadvisor.model.ProgramCategory;
import io.github.stepadvisor.model.ProgramList;
import io.github.stepadvisor.model.ProgramResult;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Stage;
import io.github.stepadvisor.model.UsState;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The fictional sample catalogue shows every category, factor and list advice for a few applicants. */
class SampleCatalogueTest {

    static final Path SAMPLE_CSV = Path.of("catalogues", "fictional-sample.csv");
    static final Path SAMPLE_JSON = Path.of("catalogues", "fictional-sample.json");

    static final List<Program> CSV = CatalogueReader.read(SAMPLE_CSV);
    static final List<Program> JSON = CatalogueReader.read(SAMPLE_JSON);

    /** Step 1 failed then passed, Step 2 CK 241, in season for internal and family medicine, ties to OH and IL. */
    static Applicant redeemed() {
        return Applicant.builder().name("Step 1 failure redeemed by Step 2 CK").usCitizenImg().asOf("2026-11-24")
                .stage(Stage.CLINICAL).schoolUsmleOriented(true).clinicalStart("2025-01-06").graduation("2027-05-31")
                .matchYear(2027)
                .exam(Exam.STEP_1, "2024-12-01", ExamResult.FAIL)
                .exam(Exam.STEP_1, "2025-03-01", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-06-20", ExamResult.PASS, 241)
                .target(Specialty.INTERNAL_MEDICINE, Specialty.FAMILY_MEDICINE)
                .settings(ProgramSetting.COMMUNITY, ProgramSetting.UNIVERSITY_AFFILIATED)
                .usceMonths(4).usLetters(3).ties(UsState.OH, UsState.IL).build();
    }

    /** Step 2 CK 256, aiming at dermatology, ties to NY and NJ. */
    static Applicant ultraCompetitive() {
        return Applicant.builder().usCitizenImg().asOf("2026-08-15").stage(Stage.CLINICAL)
                .clinicalStart("2025-05-05").graduation("2027-05-31").matchYear(2027)
                .exam(Exam.STEP_1, "2025-04-08", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-06-29", ExamResult.PASS, 256)
                .target(Specialty.DERMATOLOGY).usceMonths(6).ties(UsState.NY, UsState.NJ).build();
    }

    /** Preclinical, nothing taken yet, internal medicine, a tie to FL. */
    static Applicant preclinical() {
        return Applicant.builder().usCitizenImg().asOf("2026-11-24").stage(Stage.PRECLINICAL)
                .clinicalStart("2028-01-10").graduation("2030-05-31").matchYear(2030)
                .target(Specialty.INTERNAL_MEDICINE).ties(UsState.FL).build();
    }

    /** No Step 2 CK yet, two practice tests: the list rests on the practice estimate. */
    static Applicant estimated() {
        return Applicant.builder().usCitizenImg().asOf("2026-11-24").stage(Stage.CLINICAL)
                .clinicalStart("2025-09-01").matchYear(2028)
                .exam(Exam.STEP_1, "2025-06-01", ExamResult.PASS)
                .practice(Exam.STEP_2_CK, PracticeForm.NBME, "2026-10-20", 233)
                .practice(Exam.STEP_2_CK, PracticeForm.UWSA2, "2026-11-10", 238)
                .target(Specialty.PSYCHIATRY, Specialty.PEDIATRICS).usceMonths(3).ties(UsState.TX).build();
    }

    /** A foreign national who graduated in 2019: visa sponsorship and years since graduation matter. */
    static Applicant foreignGraduate() {
        return Applicant.builder().citizenship(Citizenship.FOREIGN_NATIONAL).education(io.github.stepadvisor.model.Education.IMG)
                .asOf("2026-11-24").stage(Stage.GRADUATED).clinicalStart("2017-01-09").graduation("2019-05-31")
                .matchYear(2027)
                .exam(Exam.STEP_1, "2018-03-01", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2020-02-01", ExamResult.PASS, 233)
                .target(Specialty.INTERNAL_MEDICINE, Specialty.PSYCHIATRY, Specialty.NEUROLOGY).build();
    }

    /**
     * The whole person of issue #13: graduated in 2018 for the 2027 Match, no US clinical
     * experience, Step 2 CK failed once and then passed with 238, a tie to OH.
     */
    static Applicant graduate2018() {
        return Applicant.builder().name("2018 graduate, no US clinical experience").usCitizenImg().asOf("2026-11-24")
                .stage(Stage.GRADUATED).schoolUsmleOriented(true).clinicalStart("2016-01-11").graduation("2018-06-30")
                .matchYear(2027)
                .exam(Exam.STEP_1, "2015-11-20", ExamResult.PASS)
                .exam(Exam.STEP_2_CK, "2026-03-10", ExamResult.FAIL, 208)
                .exam(Exam.STEP_2_CK, "2026-08-04", ExamResult.PASS, 238)
                .target(Specialty.INTERNAL_MEDICINE, Specialty.FAMILY_MEDICINE).usceMonths(0).ties(UsState.OH).build();
    }

    /** Aims at urology, which the sample does not hold. */
    static Applicant urology() {
        return Applicant.builder().usCitizenImg().asOf("2026-11-24").stage(Stage.CLINICAL)
                .exam(Exam.STEP_2_CK, "2026-06-20", ExamResult.PASS, 241).target(Specialty.UROLOGY).build();
    }

    static List<ProgramList> lists() {
        return Stream.of(redeemed(), ultraCompetitive(), preclinical(), estimated(), foreignGraduate(), graduate2018(),
                        urology())
                .map(applicant -> StepAdvisor.builtIn().programs(applicant, CSV)).toList();
    }

    @Test
    void theSampleShowsEveryFactorAndEveryListAdvice() {
        Set<String> factors = new TreeSet<>();
        Set<String> advice = new TreeSet<>();
        for (ProgramList list : lists()) {
            list.programs().forEach(p -> factors.addAll(p.factors()));
            advice.addAll(list.ids());
        }
        assertThat(factors).containsExactlyInAnyOrder(
                "program.excluded.step2-minimum", "program.excluded.step1-fail", "program.excluded.graduation",
                "program.excluded.usce", "program.excluded.visa", "program.level.safety", "program.level.target",
                "program.level.reach", "program.adjust.geographic-tie", "program.adjust.step1-fail",
                "program.adjust.step2-fail", "program.cap.unknown-graduation", "program.cap.unknown-usce",
                "program.cap.ultra");
        assertThat(advice).containsExactlyInAnyOrder("programs.empty", "programs.no-score", "programs.estimated-score",
                "programs.too-few", "programs.thin-safety", "programs.reach-heavy", "programs.excluded",
                "programs.unknown-requirements");
    }

    @Test
    void aLongAgoGraduateWithoutUsceGetsNoSafetyWhoseRequirementsTheCatalogueLeavesBlank() {
        ProgramList list = StepAdvisor.builtIn().programs(graduate2018(), CSV);
        // Every listed program leaves at least one of the two columns blank, and the Step 2 CK failure lowers the rest.
        assertThat(list.in(ProgramCategory.SAFETY)).noneMatch(p -> p.program().maxYearsSinceGraduation().isEmpty()
                || p.program().usceRequiredMonths().isEmpty());
        assertThat(list.programs()).filteredOn(p -> p.category() != ProgramCategory.EXCLUDED)
                .allSatisfy(p -> assertThat(p.factors()).contains("program.adjust.step2-fail",
                        "program.cap.unknown-graduation", "program.cap.unknown-usce"));
        assertThat(list.summary().safety()).isZero();
        assertThat(list.has("programs.unknown-requirements")).isTrue();
        // Before revision 3 the blank cells counted as no requirement: programs the applicant would meet.
        assertThat(list.programs()).filteredOn(p -> p.category() == ProgramCategory.EXCLUDED)
                .extracting(ProgramResult::id).contains("FICT-IM-009", "FICT-IM-012", "FICT-IM-008", "FICT-IM-013");
    }

    @Test
    void theLongAgoGraduatesTextSaysWhatEveryProgramSharesOnce() {
        String text = ProgramListText.render(StepAdvisor.builtIn().programs(graduate2018(), CSV));
        assertThat(text).contains("FOR EVERY PROGRAM OPEN TO YOU");
        for (String shared : List.of("You failed Step 2 CK once", "You graduated 9 years before the 2027 Match",
                "You have no US clinical experience, which many programs require")) {
            assertThat(text.split(java.util.regex.Pattern.quote(shared), -1)).as(shared).hasSize(2);
        }
        assertThat(text).contains("- Target: a margin of +10 at an IMG-friendly program would make it a safety, but a\n"
                + "        failed Step 2 CK attempt lowers it one level.");
    }

    @Test
    void oneApplicantAlreadySeesEveryCategory() {
        ProgramList list = StepAdvisor.builtIn().programs(redeemed(), CSV);
        assertThat(list.programs()).extracting(ProgramResult::category).contains(ProgramCategory.values());
        assertThat(list.summary().notTargeted()).isEqualTo(CSV.size() - list.summary().listed());
    }

    @Test
    void theCsvAndJsonSamplesGiveTheSameListAndTheSameBytes() {
        for (Applicant applicant : List.of(redeemed(), estimated(), foreignGraduate())) {
            ProgramList fromCsv = StepAdvisor.builtIn().programs(applicant, CSV);
            ProgramList fromJson = StepAdvisor.builtIn().programs(applicant, JSON);
            assertThat(fromJson).isEqualTo(fromCsv);
            assertThat(ProgramListJson.write(fromJson)).isEqualTo(ProgramListJson.write(fromCsv));
        }
    }

    @Test
    void theSameInputsGiveTheSameBytes() {
        String first = ProgramListJson.write(StepAdvisor.builtIn().programs(redeemed(), CSV));
        String second = ProgramListJson.write(StepAdvisor.builtIn().programs(redeemed(), CatalogueReader.read(SAMPLE_CSV)));
        assertThat(second).isEqualTo(first);
        assertThat(ProgramListText.render(StepAdvisor.builtIn().programs(redeemed(), CSV)))
                .isEqualTo(ProgramListText.render(StepAdvisor.builtIn().programs(redeemed(), CSV)));
    }
}
