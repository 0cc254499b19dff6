package io.github.stepadvisor;

import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Citizenship;
import io.github.stepadvisor.model.Education;
import io.github.stepadvisor.model.PracticeForm;
import io.github.stepadvisor.model.PracticeTest;
import io.github.stepadvisor.model.Program;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.Rotation;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Stage;
import io.github.stepadvisor.model.Step1FailPolicy;
import io.github.stepadvisor.model.UsState;
import io.github.stepadvisor.model.VisaSponsorship;
import io.github.stepadvisor.properties.Applicants;
import io.github.stepadvisor.rules.Profiles;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.KieServices;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.definition.rule.Rule;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static io.github.stepadvisor.model.Exam.STEP_1;
import static io.github.stepadvisor.model.Exam.STEP_2_CK;
import static io.github.stepadvisor.model.ExamResult.FAIL;
import static io.github.stepadvisor.model.ExamResult.PASS;
import static io.github.stepadvisor.model.ExamResult.PENDING;
import static io.github.stepadvisor.model.PracticeForm.FREE_120;
import static io.github.stepadvisor.model.PracticeForm.NBME;
import static io.github.stepadvisor.model.PracticeForm.UWSA1;
import static io.github.stepadvisor.model.PracticeForm.UWSA2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in rules run from the model compiled at build time; an advisor's copy is compiled
 * from DRL at run time. Both must give the same advice, or an edited copy would start from
 * different behaviour. To cover a new situation, add a line to {@link #profiles()}.
 */
class PrecompiledRulesTest {

    private static final StepAdvisor PRECOMPILED = StepAdvisor.builtIn();
    private static StepAdvisor compiledFromDrl;

    @BeforeAll
    static void compileACopyOfTheBuiltInRules(@TempDir Path folder) {
        RuleSet.copyBuiltInTo(folder);
        compiledFromDrl = StepAdvisor.fromDirectory(folder);
    }

    /** Named applicants of every stage and kind; a profile is a supplier so an invalid one fails its own case only. */
    static Stream<Arguments> profiles() {
        return Stream.of(
                // Preclinical
                profile("preclinical, nothing yet", () -> Profiles.preclinical()),
                profile("preclinical, school not USMLE-oriented", () -> Profiles.preclinical().schoolUsmleOriented(false)),
                profile("preclinical, early baseline NBME", () -> Profiles.preclinical()
                        .practice(STEP_1, NBME, "2026-11-01", 178)),
                profile("preclinical, Step 1 booked", () -> Profiles.preclinical().matchYear(2029)
                        .planned(STEP_1, "2027-06-20").dedicatedWeeks(8).dailyQuestions(40)),
                profile("preclinical, targets and ties", () -> Profiles.preclinical().matchYear(2029)
                        .target(Specialty.DERMATOLOGY, Specialty.INTERNAL_MEDICINE).ties(UsState.values()[0])),

                // Clinical, Step 1 ahead
                profile("clinical, nothing taken", () -> Profiles.clinical()),
                profile("clinical, no match year", () -> Profiles.clinical().withoutMatchYear()),
                profile("clinical, Step 1 in 3 weeks, practice below margin", () -> Profiles.clinical()
                        .planned(STEP_1, "2026-12-15")
                        .practice(STEP_1, NBME, "2026-10-20", 201).practice(STEP_1, NBME, "2026-11-03", 204)
                        .practice(STEP_1, UWSA1, "2026-11-17", 199)),
                profile("clinical, Step 1 in 3 weeks, practice well above margin", () -> Profiles.clinical()
                        .planned(STEP_1, "2026-12-15")
                        .practice(STEP_1, NBME, "2026-10-20", 215).practice(STEP_1, UWSA2, "2026-11-03", 220)
                        .practice(STEP_1, FREE_120, "2026-11-17", 224)),
                profile("clinical, declining practice scores", () -> Profiles.clinical()
                        .planned(STEP_1, "2027-01-10")
                        .practice(STEP_1, NBME, "2026-10-01", 221).practice(STEP_1, NBME, "2026-10-22", 212)
                        .practice(STEP_1, NBME, "2026-11-12", 203)),
                profile("clinical, one practice test only", () -> Profiles.clinical()
                        .practice(STEP_1, NBME, "2026-11-10", 208).dedicatedWeeks(6)),
                profile("clinical, practice test with its own passing score", () -> Profiles.clinical()
                        .practice(new PracticeTest(STEP_1, PracticeForm.OTHER, LocalDate.parse("2026-11-10"), 205,
                                OptionalInt.of(200)))),
                profile("clinical, Step 1 pending", () -> Profiles.clinical()
                        .exam(STEP_1, "2026-11-10", PENDING)),

                // Clinical, Step 1 passed, Step 2 CK ahead
                profile("clinical, Step 1 passed, Step 2 CK booked in season", () -> Profiles.clinical()
                        .exam(STEP_1, "2026-03-01", PASS).planned(STEP_2_CK, "2027-05-01")
                        .practice(STEP_2_CK, NBME, "2026-11-01", 238).target(Specialty.INTERNAL_MEDICINE)),
                profile("clinical, Step 1 passed, Step 2 CK booked late", () -> Profiles.clinical()
                        .exam(STEP_1, "2026-03-01", PASS).planned(STEP_2_CK, "2027-10-15")
                        .target(Specialty.PEDIATRICS, Specialty.FAMILY_MEDICINE)),
                profile("clinical, Step 2 CK practice low for a competitive target", () -> Profiles.clinical()
                        .exam(STEP_1, "2026-03-01", PASS).planned(STEP_2_CK, "2027-04-01")
                        .practice(STEP_2_CK, NBME, "2026-10-01", 228).practice(STEP_2_CK, UWSA1, "2026-11-01", 232)
                        .target(Specialty.DERMATOLOGY, Specialty.ORTHOPAEDIC_SURGERY)),
                profile("clinical, Step 2 CK practice high", () -> Profiles.clinical()
                        .exam(STEP_1, "2026-03-01", PASS).planned(STEP_2_CK, "2027-02-01")
                        .practice(STEP_2_CK, UWSA2, "2026-11-01", 262).practice(STEP_2_CK, NBME, "2026-11-15", 258)
                        .target(Specialty.EMERGENCY_MEDICINE, Specialty.ANESTHESIOLOGY)),

                // Clinical, both exams done
                profile("clinical, Step 2 CK strong", () -> Profiles.clinical()
                        .exam(STEP_1, "2026-03-01", PASS).exam(STEP_2_CK, "2026-09-01", PASS, 255)
                        .target(Specialty.INTERNAL_MEDICINE, Specialty.NEUROLOGY).settings(ProgramSetting.UNIVERSITY)
                        .usceMonths(4).usLetters(3).honors(Rotation.INTERNAL_MEDICINE)),
                profile("clinical, Step 2 CK weak", () -> Profiles.clinical()
                        .exam(STEP_1, "2026-03-01", PASS).exam(STEP_2_CK, "2026-09-01", PASS, 219)
                        .target(Specialty.GENERAL_SURGERY, Specialty.FAMILY_MEDICINE).settings(ProgramSetting.COMMUNITY)
                        .usceMonths(1).usLetters(1).programsPlanned(40)),
                profile("clinical, Step 2 CK pending", () -> Profiles.clinical()
                        .exam(STEP_1, "2026-03-01", PASS).exam(STEP_2_CK, "2026-11-10", PENDING)
                        .target(Specialty.PSYCHIATRY)),
                profile("clinical, many targets of every tier", () -> Profiles.clinical()
                        .exam(STEP_1, "2026-03-01", PASS).exam(STEP_2_CK, "2026-09-01", PASS, 241)
                        .target(Specialty.values())),

                // Failures
                profile("clinical, Step 1 failed once", () -> Profiles.clinical()
                        .exam(STEP_1, "2026-05-01", FAIL).planned(STEP_1, "2027-01-15")
                        .practice(STEP_1, NBME, "2026-11-01", 200)),
                profile("clinical, Step 1 failed twice", () -> Profiles.clinical()
                        .exam(STEP_1, "2026-02-01", FAIL).exam(STEP_1, "2026-06-01", FAIL)
                        .planned(STEP_1, "2027-02-01").target(Specialty.FAMILY_MEDICINE)),
                profile("clinical, Step 1 failed then passed", () -> Profiles.clinical()
                        .exam(STEP_1, "2026-02-01", FAIL).exam(STEP_1, "2026-06-01", PASS)
                        .planned(STEP_2_CK, "2027-03-01").target(Specialty.INTERNAL_MEDICINE, Specialty.PATHOLOGY)),
                profile("clinical, Step 2 CK failed", () -> Profiles.clinical()
                        .exam(STEP_1, "2025-12-01", PASS).exam(STEP_2_CK, "2026-08-01", FAIL, 205)
                        .planned(STEP_2_CK, "2027-01-20").target(Specialty.INTERNAL_MEDICINE)),
                profile("clinical, both failed once, then passed", () -> Profiles.clinical()
                        .exam(STEP_1, "2025-10-01", FAIL).exam(STEP_1, "2026-01-10", PASS)
                        .exam(STEP_2_CK, "2026-06-01", FAIL, 208).exam(STEP_2_CK, "2026-10-01", PASS, 236)
                        .target(Specialty.FAMILY_MEDICINE, Specialty.PSYCHIATRY).usLetters(2)),

                // Graduated
                profile("graduated, both passed, applying", () -> Profiles.clinical().stage(Stage.GRADUATED)
                        .graduation("2026-06-30")
                        .exam(STEP_1, "2025-03-01", PASS).exam(STEP_2_CK, "2025-10-01", PASS, 246)
                        .target(Specialty.INTERNAL_MEDICINE).usceMonths(6).usLetters(4).researchOutputs(2)),
                profile("graduated, no match year", () -> Profiles.clinical().stage(Stage.GRADUATED)
                        .withoutMatchYear().exam(STEP_1, "2025-03-01", PASS)),
                profile("graduated, Step 2 CK ahead, low USCE", () -> Profiles.clinical().stage(Stage.GRADUATED)
                        .graduation("2026-06-30").exam(STEP_1, "2025-03-01", PASS).planned(STEP_2_CK, "2027-02-10")
                        .practice(STEP_2_CK, NBME, "2026-11-01", 224).target(Specialty.PEDIATRICS)),
                profile("graduated, extended leave", () -> Profiles.clinical().stage(Stage.GRADUATED)
                        .clinicalStart("2023-07-01").graduation("2025-06-30").extendedLeave(true)
                        .exam(STEP_1, "2024-06-01", PASS).exam(STEP_2_CK, "2025-05-01", PASS, 232)
                        .target(Specialty.FAMILY_MEDICINE)),

                // Outside the guide's scope
                profile("foreign national IMG", () -> Profiles.clinical().citizenship(Citizenship.FOREIGN_NATIONAL)
                        .exam(STEP_1, "2026-03-01", PASS).target(Specialty.INTERNAL_MEDICINE)),
                profile("permanent resident IMG", () -> Profiles.clinical().citizenship(Citizenship.PERMANENT_RESIDENT)
                        .exam(STEP_1, "2026-03-01", PASS).planned(STEP_2_CK, "2027-04-01")),
                profile("US MD graduate", () -> Profiles.clinical().education(Education.US_MD)
                        .exam(STEP_1, "2026-03-01", PASS)),
                profile("US DO student, preclinical", () -> Profiles.preclinical().education(Education.US_DO)),

                // Dates at the edges of a season
                profile("clinical, advised in the application season", () -> Profiles.clinical().asOf("2027-09-15")
                        .exam(STEP_1, "2026-03-01", PASS).exam(STEP_2_CK, "2027-07-01", PASS, 244)
                        .target(Specialty.INTERNAL_MEDICINE, Specialty.DIAGNOSTIC_RADIOLOGY)),
                profile("clinical, advised just before the Match", () -> Profiles.clinical().asOf("2028-02-20")
                        .exam(STEP_1, "2026-03-01", PASS).exam(STEP_2_CK, "2027-07-01", PASS, 238)
                        .target(Specialty.NEUROLOGY)));
    }

    private static Arguments profile(String name, Supplier<Applicant.Builder> builder) {
        return Arguments.of(name, builder);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void precompiledAndRuntimeCompiledRulesGiveTheSameAdvice(String name, Supplier<Applicant.Builder> builder) {
        Applicant applicant = builder.get().name(name).build();

        assertThat(PRECOMPILED.advise(applicant)).isEqualTo(compiledFromDrl.advise(applicant));
    }

    @Test
    void everyRuleReadsTheSamePropertiesWhetherPrecompiledOrCompiledNow() {
        // What an explanation shows comes from each compiled constraint: the build-time and the
        // run-time compilers must find the same properties in every built-in rule's conditions.
        RuleSet precompiled = PRECOMPILED.ruleSet();
        RuleSet fromDrl = compiledFromDrl.ruleSet();
        List<String> differ = new java.util.ArrayList<>();
        for (org.kie.api.definition.KiePackage pkg : precompiled.adviceBase().getKiePackages()) {
            for (org.kie.api.definition.rule.Rule rule : pkg.getRules()) {
                org.kie.api.definition.rule.Rule same = fromDrl.adviceBase().getRule(pkg.getName(), rule.getName());
                List<String> built = ConditionTerms.of(precompiled.adviceBase(), rule).stream().map(ConditionTerms.Term::name).toList();
                List<String> now = ConditionTerms.of(fromDrl.adviceBase(), same).stream().map(ConditionTerms.Term::name).toList();
                if (!built.equals(now)) {
                    differ.add(rule.getName() + ": precompiled " + built + ", from DRL " + now);
                }
            }
        }
        assertThat(differ).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void precompiledAndRuntimeCompiledRulesExplainTheSameWay(String name, Supplier<Applicant.Builder> builder) {
        Applicant applicant = builder.get().build();

        assertThat(withRelativeFiles(PRECOMPILED.explain(applicant)))
                .isEqualTo(withRelativeFiles(compiledFromDrl.explain(applicant)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void precompiledAndRuntimeCompiledRulesListTheSamePrograms(String name, Supplier<Applicant.Builder> builder) {
        Applicant applicant = builder.get().build();

        assertThat(PRECOMPILED.programs(applicant, CATALOGUE)).isEqualTo(compiledFromDrl.programs(applicant, CATALOGUE));
    }

    /** Sixty fictional programs mixing every factor program-list.md names, some left unknown. */
    private static final List<Program> CATALOGUE = catalogue();

    private static List<Program> catalogue() {
        Specialty[] specialties = {Specialty.INTERNAL_MEDICINE, Specialty.FAMILY_MEDICINE, Specialty.PEDIATRICS,
            Specialty.PSYCHIATRY, Specialty.NEUROLOGY, Specialty.DERMATOLOGY, Specialty.GENERAL_SURGERY,
            Specialty.EMERGENCY_MEDICINE};
        Integer[] shares = {null, 5, 20, 40, 70};
        Integer[] medians = {null, 224, 232, 240, 246, 252};
        List<Program> programs = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Integer median = medians[i % medians.length];
            programs.add(Program.builder().id(String.format("P-%03d", i)).name("Fictional Program " + i)
                    .specialty(specialties[i % specialties.length])
                    .state(UsState.values()[i % UsState.values().length])
                    .setting(ProgramSetting.values()[i % ProgramSetting.values().length])
                    .imgShare(shares[i % shares.length])
                    .step2Median(median)
                    .step2Minimum(i % 7 == 0 ? Integer.valueOf(220 + i % 20) : null)
                    .step1FailAccepted(Step1FailPolicy.values()[i % Step1FailPolicy.values().length])
                    .maxYearsSinceGraduation(i % 9 == 0 ? Integer.valueOf(1 + i % 5) : null)
                    .usceRequiredMonths(i % 6 == 0 ? Integer.valueOf(i % 4) : null)
                    .visaSponsorship(VisaSponsorship.values()[i % VisaSponsorship.values().length])
                    .build());
        }
        return List.copyOf(programs);
    }

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void generatedApplicantsGetTheSameAdviceFromBothPaths(long seed) {
        Applicant applicant = Applicants.fromSeed(seed);

        assertThat(PRECOMPILED.advise(applicant)).isEqualTo(compiledFromDrl.advise(applicant));
    }

    @Test
    void theBuiltInRulesComeFromTheBuildTimeModel() {
        assertThat(RuleSetLoader.builtIn().precompiled()).isTrue();
        assertThat(getClass().getClassLoader().getResource(PrecompiledRules.MODEL_LIST)).isNotNull();
    }

    @Test
    void bothPathsHoldTheSameRulesNamedWithTheSameFiles(@TempDir Path folder) {
        RuleSet.copyBuiltInTo(folder);
        RuleSet precompiled = RuleSetLoader.builtIn();
        RuleSet fromDrl = RuleSetLoader.fromDirectory(folder);

        assertThat(precompiled.rules()).isNotEmpty();
        assertThat(precompiled.rules()).allSatisfy(rule ->
                assertThat(rule.file()).startsWith("built-in:" + rule.folder() + "/").endsWith(".drl"));
        assertThat(precompiled.rules().stream().map(r -> relative(r.file())).toList())
                .isEqualTo(fromDrl.rules().stream().map(r -> relative(r.file())).toList());
        assertThat(precompiled.rules().stream().map(r -> List.of(r.name(), r.folder(), r.id(), r.source())).toList())
                .isEqualTo(fromDrl.rules().stream().map(r -> List.of(r.name(), r.folder(), r.id(), r.source())).toList());
    }

    @Test
    void theBuildTimeModuleDeclaresTheKnowledgeBasesAndOptionsOfTheRuntimePath() throws IOException {
        // Left out of the jar on purpose, so read from the sources (the tests run in the module's folder).
        KieModuleModel module = org.drools.compiler.kproject.models.KieModuleModelImpl.fromXML(
                Files.readString(Path.of("src/main/resources/META-INF/kmodule.xml")));

        assertThat(module.getConfigurationProperties()).containsExactlyInAnyOrderEntriesOf(RuleSet.BUILD_OPTIONS);
        assertThat(module.getKieBaseModels().keySet()).containsExactlyInAnyOrderElementsOf(RuleSet.FOLDERS);
        for (String folder : RuleSet.FOLDERS) {
            assertThat(module.getKieBaseModels().get(folder).getPackages()).containsExactly(RuleSet.packageOf(folder));
        }
        assertThat(getClass().getClassLoader().getResource("META-INF/kmodule.xml")).isNull();
    }

    @Test
    void thePrecompiledClassesLiveUnderTheProjectsOwnPackages() throws IOException {
        List<String> modelClasses;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PrecompiledRules.MODEL_LIST)) {
            modelClasses = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.contains(":")).toList();
        }
        assertThat(modelClasses).isNotEmpty().allSatisfy(name -> assertThat(name)
                .matches("io\\.github\\.stepadvisor\\.rules\\.(advice|programs)\\.[A-Za-z0-9_$]+"));
        assertThat(getClass().getClassLoader().getResource("advice")).as("top-level package advice").isNull();
        assertThat(getClass().getClassLoader().getResource("programs")).as("top-level package programs").isNull();
    }

    @Test
    void aFolderCopiedWithTheShortPackageNamesStillLoadsWithTheSameRules(@TempDir Path folder) throws IOException {
        List<String> copied = RuleSet.copyBuiltInTo(folder);
        for (String file : copied.stream().filter(f -> f.endsWith(".drl")).toList()) {
            Path drl = folder.resolve(file);
            String folderName = file.substring(0, file.indexOf('/'));
            Files.writeString(drl, Files.readString(drl).replace("package " + RuleSet.packageOf(folderName) + ";",
                    "package " + folderName + ";"));
            assertThat(Files.readString(drl)).contains("package " + folderName + ";");
        }
        RuleSet shortNames = RuleSetLoader.fromDirectory(folder);

        assertThat(shortNames.rules().stream().map(r -> List.of(r.name(), r.folder(), relative(r.file()))).toList())
                .isEqualTo(RuleSetLoader.builtIn().rules().stream().map(r -> List.of(r.name(), r.folder(), relative(r.file())))
                        .toList());
        Applicant applicant = Profiles.clinical().build();
        assertThat(new StepAdvisor(shortNames).advise(applicant)).isEqualTo(StepAdvisor.builtIn().advise(applicant));
    }

    @Test
    void aRuleNamedInNoShippedFileIsNamedByItsFolder() {
        RuleSet builtIn = RuleSetLoader.builtIn();
        Rule stranger = new org.drools.base.definitions.rule.impl.RuleImpl("A rule written nowhere");
        ((org.drools.base.definitions.rule.impl.RuleImpl) stranger).setPackage(RuleSet.packageOf("advice"));

        assertThat(builtIn.fileOf(stranger)).isEqualTo("built-in:advice/");
    }

    @Test
    void anApplicationsOwnKmoduleXmlNeitherChangesNorSeesTheBuiltInRules(@TempDir Path app) throws IOException {
        // An application with its own kmodule.xml, a knowledge base named like ours, and a rule of its own.
        Files.createDirectories(app.resolve("META-INF"));
        Files.writeString(app.resolve("META-INF/kmodule.xml"), """
                <kmodule xmlns="http://www.drools.org/xsd/kmodule">
                  <kbase name="advice" packages="advice"/>
                </kmodule>
                """);
        Files.createDirectories(app.resolve("advice"));
        Files.writeString(app.resolve("advice/app.drl"), """
                package advice;
                rule "The application's own rule"
                when
                    String()
                then
                end
                """);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader appLoader = new URLClassLoader(new URL[] {app.toUri().toURL()}, previous)) {
            Thread.currentThread().setContextClassLoader(appLoader);

            RuleSet builtIn = RuleSetLoader.builtIn();
            List<String> applicationRules = KieServices.Factory.get().getKieClasspathContainer(appLoader)
                    .getKieBase("advice").getKiePackages().stream()
                    .flatMap(p -> p.getRules().stream()).map(Rule::getName).toList();

            assertThat(builtIn.precompiled()).isTrue();
            assertThat(builtIn.rules()).extracting(RuleInfo::name).doesNotContain("The application's own rule")
                    .contains("The guide is calibrated for US-citizen IMGs");
            assertThat(applicationRules).containsExactly("The application's own rule");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** The explanations' files as the same relative path, whichever folder each rule set was read from. */
    private static Advice withRelativeFiles(Advice advice) {
        return new Advice(advice.name(), advice.asOf(), advice.recommendations().stream()
                .map(r -> r.explanation().map(e -> r.explainedBy(
                        new io.github.stepadvisor.model.Explanation(e.rule(), relative(e.file()), e.matched())))
                        .orElse(r))
                .toList());
    }

    private static String relative(String file) {
        String normal = file.replace('\\', '/');
        for (String folder : RuleSet.FOLDERS) {
            int at = normal.lastIndexOf("/" + folder + "/");
            if (at >= 0) {
                return normal.substring(at + 1);
            }
            if (normal.startsWith("built-in:" + folder + "/")) {
                return normal.substring("built-in:".length());
            }
        }
        return normal;
    }
}
