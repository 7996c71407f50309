package dev.paydesk.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.zaxxer.hikari.HikariDataSource;
import dev.paydesk.adapters.http.HttpServer;
import dev.paydesk.application.Paydesk;
import java.io.PrintStream;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running Paydesk server: database migrated, first operator ensured, HTTP listening. */
public final class PaydeskServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PaydeskServer.class);

    private final Injector injector;
    private final HttpServer http;
    private final Optional<String> newOperatorKey;
    private final Optional<JobScheduler> scheduler;
    private boolean closed;

    private PaydeskServer(Injector injector, HttpServer http, Optional<String> newOperatorKey, Optional<JobScheduler> scheduler) {
        this.injector = injector;
        this.http = http;
        this.newOperatorKey = newOperatorKey;
        this.scheduler = scheduler;
    }

    public static PaydeskServer start(Configuration configuration) {
        long started = System.nanoTime();
        Injector injector = Guice.createInjector(new ConfigurationModule(configuration), new MetricsModule(),
                new JdbiPersistenceModule(), new ApplicationModule(), new HttpModule());
        Paydesk paydesk = injector.getInstance(Paydesk.class);
        Optional<String> operatorKey = paydesk.bootstrapOperator().ensureOperator(configuration.operatorKey());
        HttpServer http = injector.getInstance(HttpServer.class).start();
        Optional<JobScheduler> scheduler = configuration.scheduler() ? Optional.of(new JobScheduler(paydesk.jobs())) : Optional.empty();
        LOG.info("Paydesk started on port {} in {} ms ({})", http.port(), (System.nanoTime() - started) / 1_000_000, configuration);
        return new PaydeskServer(injector, http, operatorKey, scheduler);
    }

    public int port() {
        return http.port();
    }

    /** The first operator's key if it was created by this start (shown once, never stored in clear). */
    public Optional<String> newOperatorKey() {
        return newOperatorKey;
    }

    public HttpServer http() {
        return http;
    }

    public Injector injector() {
        return injector;
    }

    void printWelcome(PrintStream out) {
        out.println();
        out.println("Paydesk is running at http://localhost:" + port() + "  (health: /health, API: /v1, document: /openapi.json)");
        newOperatorKey.ifPresent(key -> {
            out.println("Operator API key (shown once, keep it safe): " + key);
            out.println("Try: curl -H 'Authorization: Bearer " + key + "' http://localhost:" + port() + "/v1/ledger/check");
        });
        if (newOperatorKey.isEmpty()) {
            out.println("Operator API key: the one set in PAYDESK_OPERATOR_KEY, or the one printed at the first start.");
        }
        out.println();
        out.flush();
    }

    /** Graceful: stop accepting, let in-flight requests finish, then close the pool. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        http.stop();
        scheduler.ifPresent(JobScheduler::close);
        if (injector.getExistingBinding(Key.get(HikariDataSource.class)) != null) {
            injector.getInstance(HikariDataSource.class).close();
        }
        LOG.info("Paydesk stopped");
    }
}
