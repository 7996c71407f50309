package dev.paydesk.domain.settlement;

import dev.paydesk.domain.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * The sums of a settlement's rounded lines and where its net goes. Always
 * {@code sales + shopAdjustments = swept = fees + vat + guarantee + net} to the minor unit.
 *
 * @param debtRepaid        the part of a positive net that repays a negative {@code main}
 * @param availableToMain   the part of a positive net that adds to what {@code main} can pay out
 * @param shortfallToMain   when fees and VAT exceed what was swept: the negative net charged to
 *                          {@code main} (which goes more negative, a debt recovered from later settlements)
 */
public record SettlementTotals(
        Money sales,
        Money shopAdjustments,
        Money swept,
        Money fees,
        Money vat,
        Money guarantee,
        Money net,
        Money debtRepaid,
        Money availableToMain,
        Money shortfallToMain) {

    public SettlementTotals {
        for (Money amount : List.of(sales, shopAdjustments, swept, fees, vat, guarantee, net, debtRepaid, availableToMain, shortfallToMain)) {
            Objects.requireNonNull(amount, "amount");
            sales.requireSameCurrency(amount);
        }
        if (!sales.plus(shopAdjustments).equals(swept)) {
            throw new IllegalArgumentException("sales " + sales + " and adjustments " + shopAdjustments + " do not make the swept " + swept);
        }
        if (!fees.plus(vat).plus(guarantee).plus(net).equals(swept)) {
            throw new IllegalArgumentException("fees, VAT, guarantee and net do not sum to the swept " + swept);
        }
        if (debtRepaid.isNegative() || availableToMain.isNegative() || shortfallToMain.isNegative()) {
            throw new IllegalArgumentException("debt repaid, available and shortfall are not negative");
        }
        if (!debtRepaid.plus(availableToMain).minus(shortfallToMain).equals(net)) {
            throw new IllegalArgumentException("debt repaid + available − shortfall must equal the net " + net);
        }
        if (!shortfallToMain.isZero() && !(debtRepaid.isZero() && availableToMain.isZero())) {
            throw new IllegalArgumentException("a settlement with a shortfall repays nothing and makes nothing available");
        }
    }

    /** Splits a net between the debt of a negative {@code main}, what becomes available, and a shortfall. */
    static SettlementTotals of(Money sales, Money shopAdjustments, Money fees, Money vat, Money guarantee, Money mainBefore) {
        Money swept = sales.plus(shopAdjustments);
        Money net = swept.minus(fees).minus(vat).minus(guarantee);
        Money zero = Money.zero(net.currency());
        Money debt = mainBefore.isNegative() ? mainBefore.negate() : zero;
        Money debtRepaid = net.isPositive() ? net.min(debt) : zero;
        Money available = net.isPositive() ? net.minus(debtRepaid) : zero;
        Money shortfall = net.isNegative() ? net.negate() : zero;
        return new SettlementTotals(sales, shopAdjustments, swept, fees, vat, guarantee, net, debtRepaid, available, shortfall);
    }
}
