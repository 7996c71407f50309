package dev.paydesk.application.archfixture;

import org.jdbi.v3.core.Jdbi;

/** Breaks "the application depends on domain and java.. only" and "only persistence sees JDBI". Test sources only. */
public class ApplicationUsingJdbi {
    public Jdbi jdbi;
}
