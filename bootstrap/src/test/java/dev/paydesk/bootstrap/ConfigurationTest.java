package dev.paydesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

    @Test
    void defaultsFollowTheApiContract() {
        Configuration configuration = Configuration.fromEnvironment(Map.of());
        assertThat(configuration.port()).isEqualTo(8080);
        assertThat(configuration.embedded()).isTrue();
        assertThat(configuration.gateway()).isEqualTo(Configuration.Gateway.SIMULATED);
        assertThat(configuration.scheduler()).isTrue();
        assertThat(configuration.dataDirectory().toString()).isEqualTo("data");
    }

    @Test
    void everyBadValueIsReportedAtOnceByName() {
        assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of(
                "PAYDESK_PORT", "eighty",
                "PAYDESK_GATEWAY", "stripe",
                "PAYDESK_SCHEDULER", "maybe",
                "PAYDESK_DB_URL", "mysql://x",
                "PAYDESK_OPERATOR_KEY", "short",
                "PAYDESK_ENCRYPTION_KEY", "not base64!")))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, invalid -> assertThat(invalid.problems())
                        .hasSize(6)
                        .anySatisfy(p -> assertThat(p).startsWith("PAYDESK_PORT"))
                        .anySatisfy(p -> assertThat(p).startsWith("PAYDESK_GATEWAY"))
                        .anySatisfy(p -> assertThat(p).startsWith("PAYDESK_SCHEDULER"))
                        .anySatisfy(p -> assertThat(p).startsWith("PAYDESK_DB_URL"))
                        .anySatisfy(p -> assertThat(p).startsWith("PAYDESK_OPERATOR_KEY"))
                        .anySatisfy(p -> assertThat(p).startsWith("PAYDESK_ENCRYPTION_KEY")));
    }

    @Test
    void theSimulatedGatewaysLatencyAndFailureRateAreBounded() {
        Configuration configuration = Configuration.fromEnvironment(Map.of("PAYDESK_SIMULATED_LATENCY_MS", "250", "PAYDESK_SIMULATED_FAILURE_BPS", "1000"));
        assertThat(configuration.simulatedGateway().latency()).hasMillis(250);
        assertThat(configuration.simulatedGateway().failureBps()).isEqualTo(1000);
        assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of("PAYDESK_SIMULATED_LATENCY_MS", "-1", "PAYDESK_SIMULATED_FAILURE_BPS", "10001")))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, invalid -> assertThat(invalid.problems()).hasSize(2));
    }

    @Test
    void theConnectionPoolSizeIsBounded() {
        assertThat(Configuration.fromEnvironment(Map.of()).dbPoolSize()).isEqualTo(Configuration.DEFAULT_DB_POOL_SIZE);
        assertThat(Configuration.fromEnvironment(Map.of("PAYDESK_DB_POOL_SIZE", "8")).dbPoolSize()).isEqualTo(8);
        assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of("PAYDESK_DB_POOL_SIZE", "0"))).hasMessageContaining("PAYDESK_DB_POOL_SIZE");
        assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of("PAYDESK_DB_POOL_SIZE", "many"))).hasMessageContaining("PAYDESK_DB_POOL_SIZE");
    }

    @Test
    void outOfRangePortIsRefused() {
        assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of("PAYDESK_PORT", "70000"))).hasMessageContaining("PAYDESK_PORT");
    }

    @Test
    void postgresNeedsAnExplicitEncryptionKey() {
        assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of("PAYDESK_DB_URL", "jdbc:postgresql://localhost/paydesk")))
                .hasMessageContaining("PAYDESK_ENCRYPTION_KEY");
    }

    @Test
    void secretsNeverAppearInTheDescription() {
        Configuration configuration = Configuration.fromEnvironment(Map.of(
                "PAYDESK_OPERATOR_KEY", "pdk_op_secretsecretsecretsecret123",
                "PAYDESK_DB_PASSWORD", "hunter2hunter2",
                "PAYDESK_ENCRYPTION_KEY", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));
        assertThat(configuration.toString()).doesNotContain("secretsecret").doesNotContain("hunter2").doesNotContain("AAAA");
    }

    @Test
    void aPasswordInTheDatabaseUrlIsNeitherDescribedNorEchoed() {
        Configuration configuration = Configuration.fromEnvironment(Map.of(
                "PAYDESK_DB_URL", "jdbc:postgresql://app:hunter2hunter2@db.internal:5432/paydesk?password=hunter2hunter2&ssl=true",
                "PAYDESK_ENCRYPTION_KEY", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));
        assertThat(configuration.toString()).contains("jdbc:postgresql://db.internal:5432/paydesk").doesNotContain("hunter2");
        assertThat(Configuration.withoutCredentials("jdbc:postgresql://app:hunter2@hunter2@db/paydesk")).isEqualTo("jdbc:postgresql://db/paydesk");
        assertThat(Configuration.withoutCredentials("jdbc:postgresql://app:hunt?er2@db/paydesk")).isEqualTo("jdbc:postgresql://db/paydesk");
        assertThat(Configuration.withoutCredentials("jdbc:postgresql://app:hunter2@db")).isEqualTo("jdbc:postgresql://db");
        assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of("PAYDESK_DB_URL", "mysql://app:hunter2hunter2@db/paydesk;PASSWORD=hunter2hunter2")))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, invalid -> assertThat(invalid.problems())
                        .singleElement().asString().startsWith("PAYDESK_DB_URL").contains("mysql://db/paydesk").doesNotContain("hunter2"));
    }
}
