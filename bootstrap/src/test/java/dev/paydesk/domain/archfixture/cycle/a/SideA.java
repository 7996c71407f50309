package dev.paydesk.domain.archfixture.cycle.a;

import dev.paydesk.domain.archfixture.cycle.b.SideB;

/** With SideB, breaks "no cycles between domain feature packages". Test sources only. */
public class SideA {
    public SideB other;
}
