package dev.paydesk.domain.archfixture;

import com.google.inject.Injector;

/** Breaks "only bootstrap sees Guice". Test sources only. */
public class DomainUsingGuice {
    public Injector injector;
}
