package dev.paydesk.application.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.paydesk.adapters.persistence.jdbi.JdbiPersistence;
import dev.paydesk.adapters.persistence.testing.TestDatabases;
import dev.paydesk.application.PaydeskPorts;
import dev.paydesk.application.shared.MutableClock;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A command guarded by an Idempotency-Key runs once, even when a retry takes over a claim that ran too long. */
class RunIdempotentlyTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final String HASH = "a".repeat(64);

    private final HikariDataSource dataSource = TestDatabases.h2();
    private final PaydeskPorts ports = JdbiPersistence.migrate(dataSource);
    private final MutableClock clock = new MutableClock(T0);
    private final RunIdempotently runIdempotently = new RunIdempotently(ports.unitOfWork(), ports.idempotency(), clock);

    @AfterEach
    void close() {
        dataSource.close();
    }

    /** The guarded change: a row named after the request. */
    private RunIdempotently.Response probe(String id) {
        ports.writeProbes().insert(id, "opr_1", clock.instant());
        return RunIdempotently.Response.of(201, "{\"id\":\"" + id + "\"}");
    }

    private List<String> probes() {
        return Jdbi.create(dataSource).withHandle(h -> h.createQuery("SELECT id FROM write_probe ORDER BY id").mapTo(String.class).list());
    }

    @Test
    void aRequestWhoseClaimWasTakenOverWhileItRanChangesNothing() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch takenOver = new CountDownLatch(1);
        CompletableFuture<RunIdempotently.Response> first = CompletableFuture.supplyAsync(() -> runIdempotently.run("usr_1", "k", HASH, () -> {
            running.countDown();
            await(takenOver);
            return probe("first");
        }));
        await(running);

        clock.advance(RunIdempotently.ABANDONED_AFTER.plus(Duration.ofSeconds(1)));
        RunIdempotently.Response retry = runIdempotently.run("usr_1", "k", HASH, () -> probe("retry"));
        takenOver.countDown();

        assertThat(retry).isEqualTo(RunIdempotently.Response.of(201, "{\"id\":\"retry\"}"));
        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class).cause()
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.code()).isEqualTo(ErrorCode.IDEMPOTENCY_CONFLICT));
        assertThat(probes()).containsExactly("retry");
        assertThat(runIdempotently.run("usr_1", "k", HASH, () -> probe("third"))).isEqualTo(new RunIdempotently.Response(201, "{\"id\":\"retry\"}", true));
        assertThat(probes()).containsExactly("retry");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
