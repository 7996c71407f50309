package dev.paydesk.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.paydesk.application.Paydesk;
import dev.paydesk.application.PaydeskPorts;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The use cases, built by the same plain-Java entry point that embedders use. */
public final class ApplicationModule extends AbstractModule {

    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Provides
    @Singleton
    Paydesk paydesk(PaydeskPorts ports, Clock clock) {
        return Paydesk.over(ports, clock);
    }
}
