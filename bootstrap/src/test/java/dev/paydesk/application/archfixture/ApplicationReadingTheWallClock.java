package dev.paydesk.application.archfixture;

import java.time.Instant;

/** Breaks "no wall-clock reads in the core". Test sources only. */
public class ApplicationReadingTheWallClock {
    public Instant stamp() {
        return Instant.now();
    }
}
