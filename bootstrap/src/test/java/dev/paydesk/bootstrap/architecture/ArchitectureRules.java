package dev.paydesk.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** The boundaries of STYLE.md, as ArchUnit rules. Each is proven to bite by a fixture in ArchitectureRulesBiteTest. */
final class ArchitectureRules {
    private ArchitectureRules() {
    }

    static final ArchRule DOMAIN_DEPENDS_ON_JAVA_ONLY = noClasses().that().resideInAPackage("dev.paydesk.domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "dev.paydesk.domain..")
            .as("the domain depends on java.. only");

    static final ArchRule APPLICATION_DEPENDS_ON_DOMAIN_AND_JAVA_ONLY = noClasses().that().resideInAPackage("dev.paydesk.application..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "dev.paydesk.domain..", "dev.paydesk.application..")
            .as("the application depends on the domain and java.. only");

    static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = slices().matching("dev.paydesk.adapters.(*)..")
            .should().notDependOnEachOther()
            .as("adapters do not depend on each other");

    /** Persistence implements outbound ports; it never calls use cases (concrete application classes). */
    static final ArchRule PERSISTENCE_SEES_ONLY_PORTS = noClasses().that().resideInAPackage("dev.paydesk.adapters.persistence..")
            .should().dependOnClassesThat(concreteApplicationClasses())
            .as("the persistence adapter depends on application ports only, not on use cases or services");

    static final ArchRule ONLY_BOOTSTRAP_SEES_GUICE = noClasses().that().resideOutsideOfPackage("dev.paydesk.bootstrap..")
            .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "jakarta.inject..")
            .as("only bootstrap sees Guice and jakarta.inject");

    static final ArchRule ONLY_PERSISTENCE_SEES_SQL = noClasses().that().resideInAPackage("dev.paydesk..")
            .and().resideOutsideOfPackage("dev.paydesk.adapters.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.flywaydb..", "java.sql..")
            .as("only the persistence adapter sees JDBI, Flyway and java.sql");

    static final ArchRule ONLY_HTTP_SEES_JAVALIN_AND_JACKSON = noClasses().that().resideInAPackage("dev.paydesk..")
            .and().resideOutsideOfPackage("dev.paydesk.adapters.http..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "com.fasterxml.jackson..")
            .as("only the HTTP adapter sees Javalin and Jackson");

    static final ArchRule NO_WALL_CLOCK_IN_THE_CORE = noClasses().that().resideInAnyPackage("dev.paydesk.domain..", "dev.paydesk.application..")
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .as("no wall-clock reads in domain or application: time comes from a Clock");

    static final ArchRule DOMAIN_FEATURES_ARE_FREE_OF_CYCLES = slices().matching("dev.paydesk.domain.(**)")
            .should().beFreeOfCycles()
            .as("no cycles between domain feature packages");

    private static DescribedPredicate<JavaClass> concreteApplicationClasses() {
        return DescribedPredicate.describe("concrete application classes (use cases, services)",
                c -> c.getPackageName().startsWith("dev.paydesk.application")
                        && !c.isInterface() && !c.isRecord() && !c.isEnum()
                        && !c.getSimpleName().endsWith("Exception"));
    }
}
