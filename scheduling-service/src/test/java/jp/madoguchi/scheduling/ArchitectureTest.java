package jp.madoguchi.scheduling;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import jp.madoguchi.testsupport.ServiceArchitecture;

/** ADR 0001 and ADR 0003: the structure every service keeps, checked by the rules written once in test-support. */
@AnalyzeClasses(packages = "jp.madoguchi.scheduling", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule serviceStructure = ServiceArchitecture.rulesFor("jp.madoguchi.scheduling");
}
