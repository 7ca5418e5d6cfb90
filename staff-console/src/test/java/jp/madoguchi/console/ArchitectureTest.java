package jp.madoguchi.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import jp.madoguchi.testsupport.ServiceArchitecture;

/** ADR 0001 and ADR 0003: the structure every service keeps, plus the console's own rule. */
@AnalyzeClasses(packages = "jp.madoguchi.console", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule serviceStructure = ServiceArchitecture.rulesFor("jp.madoguchi.console");

    @ArchTest
    static final ArchRule auditKnowsNothingOfStaff = noClasses().that().resideInAPackage("..console.audit..")
            .should().dependOnClassesThat().resideInAPackage("..console.staff..");
}
