package dev.paydesk.domain.money;

final class MoneyFormat {
    private MoneyFormat() {
    }

    static String display(Money money) {
        int digits = money.minorDigits();
        long units = money.minorUnits();
        // Long.MIN_VALUE cannot be negated; its magnitude is formatted through its unsigned string.
        String magnitude = units == Long.MIN_VALUE ? Long.toUnsignedString(units) : Long.toString(Math.abs(units));
        String whole;
        String fraction;
        if (digits == 0) {
            whole = magnitude;
            fraction = "";
        } else {
            String padded = "0".repeat(Math.max(0, digits + 1 - magnitude.length())) + magnitude;
            whole = padded.substring(0, padded.length() - digits);
            fraction = "." + padded.substring(padded.length() - digits);
        }
        return money.currencyCode() + " " + (units < 0 ? "-" : "") + groupThousands(whole) + fraction;
    }

    private static String groupThousands(String digits) {
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3);
        int firstGroup = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        grouped.append(digits, 0, firstGroup);
        for (int i = firstGroup; i < digits.length(); i += 3) {
            grouped.append(',').append(digits, i, i + 3);
        }
        return grouped.toString();
    }
}
