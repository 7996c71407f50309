package dev.paydesk.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.paydesk.adapters.http.archfixture.HttpAdapterCallingPersistence;
import dev.paydesk.adapters.persistence.archfixture.PersistenceCallingAUseCase;
import dev.paydesk.application.archfixture.ApplicationReadingTheWallClock;
import dev.paydesk.application.archfixture.ApplicationUsingJdbi;
import dev.paydesk.domain.archfixture.DomainUsingGuice;
import dev.paydesk.domain.archfixture.DomainUsingJavalin;
import dev.paydesk.domain.archfixture.DomainUsingJackson;
import dev.paydesk.domain.archfixture.cycle.a.SideA;
import dev.paydesk.domain.archfixture.cycle.b.SideB;
import org.junit.jupiter.api.Test;

/** Each rule reports a fixture (test sources only) written to break it, so no rule passes vacuously. */
class ArchitectureRulesBiteTest {

    private static EvaluationResult evaluate(ArchRule rule, Class<?>... fixtures) {
        JavaClasses classes = new ClassFileImporter().importClasses(fixtures);
        return rule.evaluate(classes);
    }

    private static void assertViolated(ArchRule rule, String expectedInReport, Class<?>... fixtures) {
        EvaluationResult result = evaluate(rule, fixtures);
        assertThat(result.hasViolation()).as("rule '%s' must report %s", rule.getDescription(), fixtures[0].getSimpleName()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(expectedInReport);
    }

    @Test
    void domainImportingJavalinIsReported() {
        assertViolated(ArchitectureRules.DOMAIN_DEPENDS_ON_JAVA_ONLY, "io.javalin", DomainUsingJavalin.class);
    }

    @Test
    void applicationUsingJdbiIsReported() {
        assertViolated(ArchitectureRules.APPLICATION_DEPENDS_ON_DOMAIN_AND_JAVA_ONLY, "org.jdbi", ApplicationUsingJdbi.class);
    }

    @Test
    void oneAdapterCallingAnotherIsReported() {
        assertViolated(ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER, "PersistenceCallingAUseCase",
                HttpAdapterCallingPersistence.class, PersistenceCallingAUseCase.class);
    }

    @Test
    void persistenceCallingAUseCaseIsReported() {
        assertViolated(ArchitectureRules.PERSISTENCE_SEES_ONLY_PORTS, "CheckLedger", PersistenceCallingAUseCase.class);
    }

    @Test
    void guiceOutsideBootstrapIsReported() {
        assertViolated(ArchitectureRules.ONLY_BOOTSTRAP_SEES_GUICE, "com.google.inject", DomainUsingGuice.class);
    }

    @Test
    void jdbiOutsidePersistenceIsReported() {
        assertViolated(ArchitectureRules.ONLY_PERSISTENCE_SEES_SQL, "org.jdbi", ApplicationUsingJdbi.class);
    }

    @Test
    void jacksonOutsideHttpIsReported() {
        assertViolated(ArchitectureRules.ONLY_HTTP_SEES_JAVALIN_AND_JACKSON, "com.fasterxml.jackson", DomainUsingJackson.class);
    }

    @Test
    void readingTheWallClockInTheCoreIsReported() {
        assertViolated(ArchitectureRules.NO_WALL_CLOCK_IN_THE_CORE, "Instant.now()", ApplicationReadingTheWallClock.class);
    }

    @Test
    void aCycleBetweenDomainPackagesIsReported() {
        assertViolated(ArchitectureRules.DOMAIN_FEATURES_ARE_FREE_OF_CYCLES, "Cycle", SideA.class, SideB.class);
    }
}
