package jp.madoguchi.scheduling;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** ADR 0001: the domain is plain Java, and use cases do not know their adapters. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.madoguchi.scheduling");

    @Test
    void theDomainIsFreeOfFrameworks() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "org.bson..", "org.apache.kafka..", "tools.jackson..", "com.fasterxml.jackson..",
                        "io.micrometer..")
                .check(CLASSES);
    }

    @Test
    void useCasesDoNotDependOnAdapters() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAPackage("..adapter..")
                .check(CLASSES);
    }

    @Test
    void theDomainDoesNotDependOnUseCasesOrAdapters() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..adapter..", "..platform..")
                .check(CLASSES);
    }
}
