package jp.madoguchi.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * The structure every madoguchi service keeps (ADR 0001, ADR 0003), written once and applied by each service's
 * {@code ArchitectureTest} with its base package:
 * <ul>
 * <li>a feature's {@code domain} depends only on the JDK, the event contract and its own service's domain;
 * <li>use cases ({@code application}) do not know their adapters, and the domain knows neither;
 * <li>no package cycles, at any depth;
 * <li>no service imports another service's packages.
 * </ul>
 */
public final class ServiceArchitecture {

    /** The base packages of the deployables; none may import another. */
    static final List<String> SERVICES = List.of("jp.madoguchi.intake", "jp.madoguchi.scheduling",
            "jp.madoguchi.notification", "jp.madoguchi.analytics", "jp.madoguchi.console");

    private ServiceArchitecture() {
    }

    /** Every rule, for the service whose classes live under {@code basePackage}. */
    public static ArchRule rulesFor(String basePackage) {
        return CompositeArchRule.of(domainIsPlainJava(basePackage))
                .and(useCasesDoNotKnowAdapters())
                .and(domainKnowsNoOuterLayer())
                .and(freeOfCycles(basePackage))
                .and(noOtherService(basePackage));
    }

    static ArchRule domainIsPlainJava(String basePackage) {
        return classes().that().resideInAPackage("..domain..")
                .should().onlyDependOnClassesThat(primitive().or(JavaClass.Predicates.resideInAnyPackage(
                        "java..", "jp.madoguchi.events..", basePackage + "..domain..")))
                .as("a service's domain depends only on the JDK, consultation-events and its own domain")
                .allowEmptyShould(true);
    }

    static ArchRule useCasesDoNotKnowAdapters() {
        return noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAPackage("..adapter..")
                .allowEmptyShould(true);
    }

    static ArchRule domainKnowsNoOuterLayer() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..adapter..")
                .allowEmptyShould(true);
    }

    static ArchRule freeOfCycles(String basePackage) {
        return slices().matching(basePackage + ".(**)").should().beFreeOfCycles();
    }

    static ArchRule noOtherService(String basePackage) {
        String[] others = SERVICES.stream().filter(service -> !service.equals(basePackage))
                .map(service -> service + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(basePackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .as("no service imports another's packages");
    }

    /** For the platform module: it serves every service and imports none of them. */
    public static ArchRule platformImportsNoService() {
        return noClasses().that().resideInAPackage("jp.madoguchi.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        SERVICES.stream().map(service -> service + "..").toArray(String[]::new))
                .as("platform-spring imports no service");
    }

    private static DescribedPredicate<JavaClass> primitive() {
        return DescribedPredicate.describe("primitive or array", type -> type.isPrimitive() || type.isArray());
    }
}
