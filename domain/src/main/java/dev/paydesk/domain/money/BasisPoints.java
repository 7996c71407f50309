package dev.paydesk.domain.money;

/** A rate in basis points: 1 bp = 0.01 %, 10,000 bp = 100 %. */
public record BasisPoints(int value) {

    public static final int ONE_HUNDRED_PERCENT = 10_000;

    public BasisPoints {
        if (value < 0) {
            throw new IllegalArgumentException("basis points must not be negative: " + value);
        }
    }

    public static BasisPoints of(int value) {
        return new BasisPoints(value);
    }

    /**
     * amount × rate / 10,000, rounded half-up (a half goes away from zero). The amount is split into
     * whole ten-thousands and a remainder so that the product never overflows silently: a result
     * that does not fit in a long throws {@link ArithmeticException}.
     */
    long applyTo(long minorUnits) {
        long magnitude = Math.absExact(minorUnits);
        long wholePart = Math.multiplyExact(magnitude / ONE_HUNDRED_PERCENT, (long) value);
        long remainderProduct = (magnitude % ONE_HUNDRED_PERCENT) * value; // < 10^4 × 2^31, fits
        long roundedRemainder = (remainderProduct + ONE_HUNDRED_PERCENT / 2) / ONE_HUNDRED_PERCENT;
        long result = Math.addExact(wholePart, roundedRemainder);
        return minorUnits < 0 ? -result : result;
    }

    @Override
    public String toString() {
        return value + " bp";
    }
}
