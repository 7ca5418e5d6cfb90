package jp.madoguchi.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import jp.madoguchi.testsupport.ServiceArchitecture;

/** ADR 0003: the platform serves every service, imports none, and holds no domain. */
@AnalyzeClasses(packages = "jp.madoguchi.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule importsNoService = ServiceArchitecture.platformImportsNoService();

    @ArchTest
    static final ArchRule hasNoDomain = noClasses().should().resideInAnyPackage("..domain..", "..application..",
            "..adapter..").as("the platform holds plumbing only, never a feature's domain, use cases or adapters");

    @ArchTest
    static final ArchRule freeOfCycles = slices().matching("jp.madoguchi.platform.(**)").should().beFreeOfCycles();
}
