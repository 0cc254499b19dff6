package io.github.stepadvisor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stepadvisor.format.AdviceJson;
import io.github.stepadvisor.format.CatalogueReader;
import io.github.stepadvisor.format.Json;
import io.github.stepadvisor.format.JsonValue;
import io.github.stepadvisor.format.ProfileJson;
import io.github.stepadvisor.format.ProgramListJson;
import io.github.stepadvisor.format.TreeReader;
import io.github.stepadvisor.rules.Candidate;
import io.github.stepadvisor.rules.Range;
import io.github.stepadvisor.rules.RuleMetadata;
import io.github.stepadvisor.rules.Say;
import io.github.stepadvisor.rules.Shortlist;
import io.github.stepadvisor.rules.Application;
import io.github.stepadvisor.rules.ApplicationPhrases;
import io.github.stepadvisor.rules.BackgroundPhrases;
import io.github.stepadvisor.rules.ProgramPhrases;
import io.github.stepadvisor.rules.Step1Phrases;
import io.github.stepadvisor.rules.Step2Phrases;
import io.github.stepadvisor.rules.Attempts;
import io.github.stepadvisor.rules.Background;
import io.github.stepadvisor.rules.ExamFact;
import io.github.stepadvisor.rules.Facts;
import io.github.stepadvisor.rules.Season;
import io.github.stepadvisor.rules.SeasonPhrases;
import io.github.stepadvisor.rules.Step1;
import io.github.stepadvisor.rules.Step2;
import io.github.stepadvisor.rules.StepProfile;
import io.github.stepadvisor.rules.Standing;
import io.github.stepadvisor.rules.Target;
import io.github.stepadvisor.rules.Thresholds;
import io.github.stepadvisor.rules.Tiers;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Only the facade, the formats and the model are API. advisor-rules has three packages of its
 * own: this one, the API ({@link #FACADE}) and the engine behind it (package-private);
 * {@code io.github.stepadvisor.format}, the documented file formats ({@link #FORMATS}, on
 * Jackson's streaming parser, which their signatures never show); and
 * {@code io.github.stepadvisor.rules}, the vocabulary of the built-in rules ({@link #VOCABULARY}),
 * public only because the compiled rules live in other packages
 * ({@code io.github.stepadvisor.rules.advice}, {@code io.github.stepadvisor.rules.programs}).
 * Making another type public, or showing a rule-engine or vocabulary type through the API, is a
 * decision: it fails here until this test says so.
 */
class PublicApiTest {

    /** The types an application uses, with those of {@code io.github.stepadvisor.model}. */
    static final Set<Class<?>> FACADE = Set.of(StepAdvisor.class, RuleSet.class, RuleSet.CopyMode.class, RuleInfo.class,
            RunawayRuleException.class, Catalogue.class);

    /** The formats' readers and writers, and the JSON tree a document embedding a format is read from. */
    static final Set<Class<?>> FORMATS = Set.of(ProfileJson.class, AdviceJson.class, ProgramListJson.class,
            CatalogueReader.class, Json.class, JsonValue.class, TreeReader.class);

    /** What the DRL and its helpers need: facts, consequence helpers, and the types those take. */
    static final Set<Class<?>> VOCABULARY = Set.of(ExamFact.class, Step1.class, Step2.class, Season.class, Attempts.class,
            StepProfile.class, Background.class, Application.class, Target.class, Thresholds.class, Tiers.class,
            Say.class, Step1Phrases.class, Step2Phrases.class, BackgroundPhrases.class, ApplicationPhrases.class,
            ProgramPhrases.class, SeasonPhrases.class, RuleMetadata.class, Candidate.class, Standing.class, Shortlist.class, Facts.class);

    /** Declared beside the vocabulary for its loader, never read by a rule: a threshold's allowed values. */
    static final Set<Class<?>> DECLARATIONS = Set.of(Range.class);

    private static final String FACADE_PACKAGE = "io.github.stepadvisor";
    private static final String VOCABULARY_PACKAGE = "io.github.stepadvisor.rules";
    private static final String FORMAT_PACKAGE = "io.github.stepadvisor.format";
    /** The packages the DRL files declare; kie-maven-plugin compiles them into classes there. */
    private static final List<String> COMPILED_RULES = List.of("io.github.stepadvisor.rules.advice",
            "io.github.stepadvisor.rules.programs");

    /** The classes of advisor-rules itself (its jar or build folder), the compiled rules included. */
    private static final JavaClasses ADVISOR_RULES = new ClassFileImporter().importUrl(locationOf(StepAdvisor.class));
    /** The tests of advisor-rules, which use the library as an application would. */
    private static final JavaClasses ADVISOR_RULES_TESTS = new ClassFileImporter()
            .importUrl(locationOf(PublicApiTest.class));

    @Test
    void everyPublicTypeIsTheFacadeTheFormatsOrTheRulesVocabulary() {
        Set<String> allowed = names(Stream.of(FACADE, FORMATS, VOCABULARY, DECLARATIONS).flatMap(Set::stream));
        Set<String> unexpected = new TreeSet<>();
        for (JavaClass type : ADVISOR_RULES) {
            // A public type nested in an API type (JsonValue's kinds of value) is part of it.
            if (type.getModifiers().contains(JavaModifier.PUBLIC) && !isCompiledRule(type)
                    && !allowed.contains(topLevel(type).getName())) {
                unexpected.add(type.getName());
            }
        }
        assertThat(unexpected).as("public types of advisor-rules that are neither the facade nor the rules'"
                + " vocabulary: make them package-private, or add them to FACADE or VOCABULARY").isEmpty();
        assertThat(FACADE).allSatisfy(type -> assertThat(type.getPackageName()).isEqualTo(FACADE_PACKAGE));
        assertThat(FORMATS).allSatisfy(type -> assertThat(type.getPackageName()).isEqualTo(FORMAT_PACKAGE));
        assertThat(VOCABULARY).allSatisfy(type -> assertThat(type.getPackageName()).isEqualTo(VOCABULARY_PACKAGE));
    }

    @Test
    void theVocabularyIsWhatTheCompiledRulesReach() {
        // From the compiled rules, through the vocabulary types they use, to those these use.
        Set<String> reached = new TreeSet<>();
        Deque<JavaClass> next = new ArrayDeque<>();
        ADVISOR_RULES.stream().filter(PublicApiTest::isCompiledRule).forEach(next::add);
        assertThat(next).as("the rules compiled by kie-maven-plugin (build with Maven)").isNotEmpty();
        Set<JavaClass> seen = new HashSet<>(next);
        while (!next.isEmpty()) {
            next.remove().getDirectDependenciesFromSelf().forEach(dependency -> {
                JavaClass target = topLevel(dependency.getTargetClass());
                if (target.getPackageName().equals(VOCABULARY_PACKAGE) && seen.add(target)) {
                    if (target.getModifiers().contains(JavaModifier.PUBLIC)) {
                        reached.add(target.getName());
                    }
                    // The type and its nested types, read from advisor-rules itself.
                    ADVISOR_RULES.stream().filter(c -> topLevel(c).getName().equals(target.getName()))
                            .forEach(next::add);
                }
            });
        }
        assertThat(reached).as("vocabulary types the built-in rules need, directly or through another")
                .isEqualTo(names(VOCABULARY.stream()));
    }

    @Test
    void theFacadeAndTheFormatsShowOnlyJdkModelAndApiTypes() {
        Set<String> facade = names(Stream.concat(FACADE.stream(), FORMATS.stream()));
        List<String> exposed = new ArrayList<>();
        List<JavaClass> api = ADVISOR_RULES.stream()
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && facade.contains(topLevel(c).getName()))
                .toList();
        assertThat(api).hasSizeGreaterThan(facade.size());
        for (JavaClass facadeType : api) {
            Set<JavaClass> ofType = new HashSet<>();
            facadeType.getRawSuperclass().ifPresent(ofType::add);
            facadeType.getInterfaces().forEach(i -> ofType.addAll(i.getAllInvolvedRawTypes()));
            facadeType.getTypeParameters().forEach(p -> ofType.addAll(p.getAllInvolvedRawTypes()));
            report(exposed, facadeType.getName(), ofType, facade);
            for (JavaMember member : facadeType.getMembers()) {
                if (!member.getModifiers().contains(JavaModifier.PUBLIC)
                        && !member.getModifiers().contains(JavaModifier.PROTECTED)) {
                    continue;
                }
                Set<JavaClass> involved = new HashSet<>();
                if (member instanceof JavaCodeUnit codeUnit) {
                    // Return, parameter and type-parameter types with their type arguments and bounds.
                    involved.addAll(codeUnit.getAllInvolvedRawTypes());
                    involved.addAll(codeUnit.getThrowsClause().getTypes());
                } else if (member instanceof JavaField field) {
                    involved.addAll(field.getAllInvolvedRawTypes());
                }
                report(exposed, member.getFullName(), involved, facade);
            }
        }
        assertThat(exposed).as("public or protected parts of the facade or the formats showing a type that is not"
                + " of the JDK, the model or the API (no Drools/KIE, no Jackson, no rules vocabulary)").isEmpty();
    }

    @Test
    void onlyTheFacadeAndTheCompiledRulesUseTheVocabulary() {
        List<String> allowedUsers = new ArrayList<>(List.of(FACADE_PACKAGE, VOCABULARY_PACKAGE));
        COMPILED_RULES.forEach(p -> allowedUsers.add(p + ".."));
        noClasses().that().resideOutsideOfPackages(allowedUsers.toArray(String[]::new))
                .should().dependOnClassesThat().belongToAnyOf(VOCABULARY.toArray(Class<?>[]::new))
                .because("io.github.stepadvisor.rules is the rules' vocabulary, not API")
                .allowEmptyShould(true)
                .check(ADVISOR_RULES);
        noClasses().that().resideOutsideOfPackages(allowedUsers.toArray(String[]::new))
                .should().dependOnClassesThat().belongToAnyOf(VOCABULARY.toArray(Class<?>[]::new))
                .because("tests outside the facade's package use advisor-rules as an application would")
                .check(ADVISOR_RULES_TESTS);
    }

    private static void report(List<String> exposed, String where, Set<JavaClass> types, Set<String> facade) {
        for (JavaClass type : types) {
            JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
            boolean allowed = base.isPrimitive() || base.getPackageName().startsWith("java.")
                    || base.getPackageName().equals("io.github.stepadvisor.model")
                    || facade.contains(topLevel(base).getName());
            if (!allowed) {
                exposed.add(where + ": " + base.getName());
            }
        }
    }

    private static boolean isCompiledRule(JavaClass type) {
        return COMPILED_RULES.stream().anyMatch(p -> type.getPackageName().equals(p)
                || type.getPackageName().startsWith(p + "."));
    }

    private static JavaClass topLevel(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    private static Set<String> names(Stream<Class<?>> types) {
        return types.map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static URL locationOf(Class<?> type) {
        try {
            return type.getProtectionDomain().getCodeSource().getLocation().toURI().toURL();
        } catch (URISyntaxException | java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
