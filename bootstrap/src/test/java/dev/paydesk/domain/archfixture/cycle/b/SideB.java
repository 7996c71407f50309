package dev.paydesk.domain.archfixture.cycle.b;

import dev.paydesk.domain.archfixture.cycle.a.SideA;

/** With SideA, breaks "no cycles between domain feature packages". Test sources only. */
public class SideB {
    public SideA other;
}
