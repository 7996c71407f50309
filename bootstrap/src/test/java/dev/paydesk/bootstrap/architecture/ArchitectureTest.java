package dev.paydesk.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The boundaries hold for the production classes of every module (tests and test jars excluded). */
class ArchitectureTest {
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
                .importPackages("dev.paydesk");
    }

    static Stream<ArchRule> rules() {
        return Stream.of(
                ArchitectureRules.DOMAIN_DEPENDS_ON_JAVA_ONLY,
                ArchitectureRules.APPLICATION_DEPENDS_ON_DOMAIN_AND_JAVA_ONLY,
                ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER,
                ArchitectureRules.PERSISTENCE_SEES_ONLY_PORTS,
                ArchitectureRules.ONLY_BOOTSTRAP_SEES_GUICE,
                ArchitectureRules.ONLY_PERSISTENCE_SEES_SQL,
                ArchitectureRules.ONLY_HTTP_SEES_JAVALIN_AND_JACKSON,
                ArchitectureRules.NO_WALL_CLOCK_IN_THE_CORE,
                ArchitectureRules.DOMAIN_FEATURES_ARE_FREE_OF_CYCLES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void productionCodeFollows(ArchRule rule) {
        rule.check(production);
    }
}
