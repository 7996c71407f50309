package dev.paydesk.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.paydesk.application.Paydesk;
import dev.paydesk.application.PaydeskOptions;
import dev.paydesk.application.PaydeskPorts;
import dev.paydesk.adapters.persistence.document.LocalDiskDocumentStore;
import dev.paydesk.bootstrap.phone.LibPhoneNumberRule;
import dev.paydesk.domain.money.BasisPoints;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.random.RandomGenerator;

/** The use cases, built by the same plain-Java entry point that embedders use. */
public final class ApplicationModule extends AbstractModule {

    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Provides
    @Singleton
    PaydeskOptions options(Configuration configuration) {
        PaydeskOptions options = PaydeskOptions.defaults().withPhoneNumbers(new LibPhoneNumberRule())
                .withDocuments(new LocalDiskDocumentStore(configuration.documentsDirectory()));
        Configuration.SimulatedGateway simulated = configuration.simulatedGateway();
        return configuration.gateway() == Configuration.Gateway.MANUAL
                ? options.withManualGateway()
                : options.withSimulatedGateway(simulated.latency(), BasisPoints.of(simulated.failureBps()), RandomGenerator.getDefault());
    }

    @Provides
    @Singleton
    Paydesk paydesk(PaydeskPorts ports, Clock clock, PaydeskOptions options) {
        return Paydesk.over(ports, clock, options);
    }
}
