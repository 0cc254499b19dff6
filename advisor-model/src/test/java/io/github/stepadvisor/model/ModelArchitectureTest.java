package io.github.stepadvisor.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/** The model is plain Java: applications and tests use it without pulling in the rule engine. */
class ModelArchitectureTest {

    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.stepadvisor.model");

    @Test
    void theModelDependsOnNoRuleEngineAndNoLibrary() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.drools..", "org.kie..", "org.mvel2..", "org.slf4j..", "com.fasterxml..")
                .check(MODEL);
    }
}
