package dev.paydesk.domain.archfixture;

import io.javalin.Javalin;

/** Breaks "the domain depends on java.. only". Test sources only. */
public class DomainUsingJavalin {
    public Javalin server() {
        return Javalin.create();
    }
}
