package io.github.stepadvisor.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import io.github.stepadvisor.cli.AdvisorCommand;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import org.junit.jupiter.api.Test;

import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;

/**
 * The command line, the scenario runner and the embedding example use advisor-rules as any
 * application would: through {@code StepAdvisor}, the types it hands out and the model. The
 * rules' vocabulary ({@code io.github.stepadvisor.rules}) and the rule engine are not API.
 */
class ApiOnlyTest {

    /** This module's classes and tests, not those of the libraries on the class path. */
    private static final JavaClasses EXAMPLES = new ClassFileImporter()
            .importUrls(List.of(locationOf(AdvisorCommand.class), locationOf(ApiOnlyTest.class)));

    /** This module's own classes: what ships in advisor.jar. */
    private static final JavaClasses SHIPPED = new ClassFileImporter().importUrls(List.of(locationOf(AdvisorCommand.class)));

    @Test
    void nothingHereUsesTheRulesVocabularyOrTheRuleEngine() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.github.stepadvisor.rules..", "org.drools..", "org.kie..")
                .because("advisor-rules' API is StepAdvisor, RuleSet, RuleInfo, RunawayRuleException, Catalogue"
                        + " and the model")
                .check(EXAMPLES);
    }

    @Test
    void jsonIsReadAndWrittenOnlyThroughTheLibrarysFormats() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
                .because("profiles, advice, catalogues and program lists are read and written by"
                        + " io.github.stepadvisor.format, once, with the library's messages and limits"
                        + " (tests may look into answers with data binding, which advisor.jar does not carry)")
                .check(SHIPPED);
    }

    private static URL locationOf(Class<?> type) {
        try {
            return type.getProtectionDomain().getCodeSource().getLocation().toURI().toURL();
        } catch (URISyntaxException | MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
