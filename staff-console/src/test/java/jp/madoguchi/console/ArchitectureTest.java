package jp.madoguchi.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "jp.madoguchi.console", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..",
                    "tools.jackson..", "jakarta..", "io.micrometer..", "com.nimbusds..");

    @ArchTest
    static final ArchRule applicationDoesNotDependOnAdapters = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAPackage("..adapter..");

    @ArchTest
    static final ArchRule domainDoesNotDependOnOuterLayers = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..adapter..", "..platform..");

    @ArchTest
    static final ArchRule platformDoesNotDependOnFeatures = noClasses().that().resideInAPackage("..console.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("..console.staff..", "..console.audit..");

    @ArchTest
    static final ArchRule auditKnowsNothingOfStaff = noClasses().that().resideInAPackage("..console.audit..")
            .should().dependOnClassesThat().resideInAPackage("..console.staff..");
}
