package dev.paydesk.domain.settlement;

import dev.paydesk.domain.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The arithmetic of one settlement (SPEC §8), every line rounded half-up to the minor unit:
 * <ul>
 *   <li>per sale, a FEE line {@code rate_bps × amount} (rounded) {@code + fixed};</li>
 *   <li>per fee line, a VAT line {@code VAT rate × fee} (rounded);</li>
 *   <li>one GUARANTEE line per settlement, {@code reserve_bps × swept} (rounded), where swept is what is
 *       in {@code shop} for the sales (sales less refunds and disputes already taken). It is rounded once per
 *       settlement, not per sale: it is one hold, released as one, and per-sale rounding would add a rounding
 *       bias per sale. It is capped at {@code swept − fees − VAT} (never below zero), so holding a guarantee
 *       never pushes {@code main} into debt;</li>
 *   <li>net = swept − fees − VAT − guarantee, to {@code main}: first repaying a negative {@code main}, the
 *       rest available. A negative net (fees and VAT above what is left in {@code shop}, e.g. after refunds)
 *       is charged to {@code main}, which goes more negative: nothing is silently lost.</li>
 * </ul>
 * Totals are sums of the rounded lines.
 */
public final class SettlementCalculation {

    private final SettlementInput input;
    private final List<SettlementLine> lines;
    private final SettlementTotals totals;

    private SettlementCalculation(SettlementInput input, List<SettlementLine> lines, SettlementTotals totals) {
        this.input = input;
        this.lines = List.copyOf(lines);
        this.totals = totals;
    }

    public static SettlementCalculation of(SettlementInput input) {
        Objects.requireNonNull(input, "input");
        Money zero = Money.zero(input.currency());
        List<SettlementLine> lines = new ArrayList<>();
        Money sales = zero;
        Money fees = zero;
        Money vat = zero;
        for (SweptSale sale : input.sales()) {
            lines.add(new SettlementLine.Sale(sale.transactionId(), sale.gross()));
            sales = sales.plus(sale.gross());
        }
        Money shopAdjustments = input.shopBalance().minus(sales);
        if (!shopAdjustments.isZero()) {
            lines.add(new SettlementLine.ShopAdjustment(shopAdjustments));
        }
        Tariff tariff = input.tariff();
        for (SweptSale sale : input.sales()) {
            Money fee = tariff.feeFor(sale.gross());
            Money vatOnFee = fee.times(input.vatRate());
            lines.add(new SettlementLine.Fee(sale.transactionId(), sale.gross(), tariff.rate(), tariff.fixedFee(input.currency()), fee));
            lines.add(new SettlementLine.Vat(sale.transactionId(), fee, input.vatRate(), vatOnFee));
            fees = fees.plus(fee);
            vat = vat.plus(vatOnFee);
        }
        Money swept = input.shopBalance();
        Money computedGuarantee = swept.times(tariff.reserveRate());
        Money leftAfterFeesAndVat = swept.minus(fees).minus(vat).max(zero);
        Money guarantee = computedGuarantee.min(leftAfterFeesAndVat);
        lines.add(new SettlementLine.Guarantee(swept, tariff.reserveRate(), computedGuarantee, guarantee));
        return new SettlementCalculation(input, lines,
                SettlementTotals.of(sales, shopAdjustments, fees, vat, guarantee, input.mainBalance()));
    }

    public SettlementInput input() {
        return input;
    }

    public List<SettlementLine> lines() {
        return lines;
    }

    public SettlementTotals totals() {
        return totals;
    }

    /** The settlement to record, with its lines and totals. */
    public Settlement settlement(String settlementId, Instant createdAt) {
        return new Settlement(settlementId, input.merchantId(), input.currency(), input.businessDate(), totals, lines, createdAt);
    }

    /** The guarantee held by the settlement {@code settlementId}, due back after the tariff's reserve days; empty when none is held. */
    public Optional<ReserveHold> reserveHold(String settlementId) {
        if (!totals.guarantee().isPositive()) {
            return Optional.empty();
        }
        return Optional.of(new ReserveHold(settlementId, input.merchantId(), totals.guarantee(), input.businessDate(),
                input.tariff().reserveReleaseDate(input.businessDate())));
    }
}
