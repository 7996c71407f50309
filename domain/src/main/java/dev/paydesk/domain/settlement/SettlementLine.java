package dev.paydesk.domain.settlement;

import dev.paydesk.domain.money.BasisPoints;
import dev.paydesk.domain.money.Money;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of a settlement, already rounded to the minor unit. Totals are sums of these lines, so
 * reports built from the lines reconcile to the unit.
 */
public sealed interface SettlementLine {

    Money amount();

    Type type();

    enum Type {
        SALE, SHOP_ADJUSTMENT, FEE, VAT, GUARANTEE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A sale swept from {@code shop}. */
    record Sale(String transactionId, Money amount) implements SettlementLine {
        public Sale {
            Objects.requireNonNull(transactionId, "transactionId");
            Objects.requireNonNull(amount, "amount");
        }

        @Override
        public Type type() {
            return Type.SALE;
        }
    }

    /**
     * What refunds and disputes already took out of {@code shop} for the swept sales, as a negative
     * amount (or zero): sales plus this adjustment is what the settlement actually sweeps.
     */
    record ShopAdjustment(Money amount) implements SettlementLine {
        public ShopAdjustment {
            if (amount.isPositive()) {
                throw new IllegalArgumentException("a shop adjustment only reduces what is swept, got " + amount);
            }
        }

        @Override
        public Type type() {
            return Type.SHOP_ADJUSTMENT;
        }
    }

    /** The fee of one sale: {@code rate × sale} rounded half-up, plus the fixed fee. */
    record Fee(String transactionId, Money saleAmount, BasisPoints rate, Money fixed, Money amount) implements SettlementLine {
        public Fee {
            Objects.requireNonNull(transactionId, "transactionId");
            if (amount.isNegative()) {
                throw new IllegalArgumentException("a fee is not negative, got " + amount);
            }
        }

        @Override
        public Type type() {
            return Type.FEE;
        }
    }

    /** VAT on one fee line: {@code VAT rate × fee} rounded half-up. */
    record Vat(String transactionId, Money feeAmount, BasisPoints rate, Money amount) implements SettlementLine {
        public Vat {
            Objects.requireNonNull(transactionId, "transactionId");
            if (amount.isNegative()) {
                throw new IllegalArgumentException("VAT is not negative, got " + amount);
            }
        }

        @Override
        public Type type() {
            return Type.VAT;
        }
    }

    /**
     * The guarantee held in {@code reserve}: one line per settlement, {@code reserve rate × swept gross}
     * rounded half-up, capped at what is left after fees and VAT (so a guarantee never creates a debt).
     *
     * @param computed the uncapped {@code reserve rate × swept gross}
     */
    record Guarantee(Money sweptGross, BasisPoints rate, Money computed, Money amount) implements SettlementLine {
        public Guarantee {
            if (amount.isNegative() || amount.compareTo(computed) > 0) {
                throw new IllegalArgumentException("a guarantee is between zero and " + computed + ", got " + amount);
            }
        }

        public boolean capped() {
            return !amount.equals(computed);
        }

        @Override
        public Type type() {
            return Type.GUARANTEE;
        }
    }
}
