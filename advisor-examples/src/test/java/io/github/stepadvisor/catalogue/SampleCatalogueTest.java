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

    /** Aims at urology, which the sample does not hold. */
    static Applicant urology() {
        return Applicant.builder().usCitizenImg().asOf("2026-11-24").stage(Stage.CLINICAL)
                .exam(Exam.STEP_2_CK, "2026-06-20", ExamResult.PASS, 241).target(Specialty.UROLOGY).build();
    }

    static List<ProgramList> lists() {
        return Stream.of(redeemed(), ultraCompetitive(), preclinical(), estimated(), foreignGraduate(), urology())
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
                "program.level.reach", "program.adjust.geographic-tie", "program.adjust.step1-fail", "program.cap.ultra");
        assertThat(advice).containsExactlyInAnyOrder("programs.empty", "programs.no-score", "programs.estimated-score",
                "programs.too-few", "programs.thin-safety", "programs.reach-heavy", "programs.excluded");
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
