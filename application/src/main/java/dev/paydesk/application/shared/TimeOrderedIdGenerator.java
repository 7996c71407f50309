package dev.paydesk.application.shared;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Ids of 26 Crockford base-32 characters after the prefix: 48 bits of milliseconds then 80
 * random bits (the ULID layout), so ids sort by creation time and never collide in practice
 * across server instances. Within one millisecond ids of one generator keep increasing.
 */
public final class TimeOrderedIdGenerator implements IdGenerator {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private long lastMillis = -1;
    private long lastRandomHigh;
    private long lastRandomLow;

    public TimeOrderedIdGenerator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized String next(String prefix) {
        long millis = clock.millis();
        if (millis <= lastMillis) {
            millis = lastMillis;
            lastRandomLow++;
            if (lastRandomLow >= (1L << 40)) {
                lastRandomLow = 0;
                lastRandomHigh++;
            }
        } else {
            lastMillis = millis;
            lastRandomHigh = random.nextLong() & ((1L << 40) - 1);
            lastRandomLow = random.nextLong() & ((1L << 39) - 1); // headroom for increments
        }
        char[] out = new char[26];
        encode(millis, 10, out, 0);
        encode(lastRandomHigh, 8, out, 10);
        encode(lastRandomLow, 8, out, 18);
        return prefix + new String(out);
    }

    private static void encode(long value, int chars, char[] out, int offset) {
        for (int i = chars - 1; i >= 0; i--) {
            out[offset + i] = ALPHABET[(int) (value & 31)];
            value >>>= 5;
        }
    }
}
