package dev.paydesk.adapters.persistence.settlement;

import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.BasisPoints;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.settlement.Settlement;
import dev.paydesk.domain.settlement.SettlementLine;
import dev.paydesk.domain.settlement.SettlementTotals;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a settlement is stored compactly and rebuilt: one header (totals and the rates the lines were made
 * with) and one row per sale holding its sale, fee and VAT amounts. Shared by the JDBI and in-memory adapters.
 */
public final class SettlementRows {
    private SettlementRows() {
    }

    /** The header of a settlement. */
    public record Header(String id, MerchantId merchantId, Currency currency, LocalDate businessDate, SettlementTotals totals,
                         long guaranteeComputed, int rateBps, long fixedAmount, int vatBps, int reserveBps, int saleCount, Instant createdAt) {
    }

    /** One swept sale with its fee and VAT lines. */
    public record SaleRow(String transactionId, long amount, long fee, long vat) {
    }

    public static Header header(Settlement settlement) {
        int rate = 0;
        long fixed = 0;
        int vatBps = 0;
        int reserveBps = 0;
        long computed = 0;
        int sales = 0;
        for (SettlementLine line : settlement.lines()) {
            if (line instanceof SettlementLine.Fee fee) {
                rate = fee.rate().value();
                fixed = fee.fixed().minorUnits();
            } else if (line instanceof SettlementLine.Vat vat) {
                vatBps = vat.rate().value();
            } else if (line instanceof SettlementLine.Guarantee guarantee) {
                reserveBps = guarantee.rate().value();
                computed = guarantee.computed().minorUnits();
            } else if (line instanceof SettlementLine.Sale) {
                sales++;
            }
        }
        return new Header(settlement.id(), settlement.merchantId(), settlement.currency(), settlement.businessDate(), settlement.totals(),
                computed, rate, fixed, vatBps, reserveBps, sales, settlement.createdAt());
    }

    /** The per-sale rows, in line order. */
    public static List<SaleRow> saleRows(Settlement settlement) {
        Map<String, long[]> bySale = new LinkedHashMap<>();
        for (SettlementLine line : settlement.lines()) {
            if (line instanceof SettlementLine.Sale sale) {
                bySale.computeIfAbsent(sale.transactionId(), id -> new long[3])[0] = sale.amount().minorUnits();
            } else if (line instanceof SettlementLine.Fee fee) {
                bySale.computeIfAbsent(fee.transactionId(), id -> new long[3])[1] = fee.amount().minorUnits();
            } else if (line instanceof SettlementLine.Vat vat) {
                bySale.computeIfAbsent(vat.transactionId(), id -> new long[3])[2] = vat.amount().minorUnits();
            }
        }
        List<SaleRow> rows = new ArrayList<>(bySale.size());
        bySale.forEach((id, amounts) -> rows.add(new SaleRow(id, amounts[0], amounts[1], amounts[2])));
        return rows;
    }

    /** Rebuilds the settlement in the domain's line order: sales, the shop adjustment, fee and VAT per sale, the guarantee. */
    public static Settlement settlement(Header header, List<SaleRow> sales) {
        Currency currency = header.currency();
        BasisPoints rate = BasisPoints.of(header.rateBps());
        BasisPoints vatRate = BasisPoints.of(header.vatBps());
        Money fixed = new Money(header.fixedAmount(), currency);
        List<SettlementLine> lines = new ArrayList<>(sales.size() * 3 + 2);
        for (SaleRow sale : sales) {
            lines.add(new SettlementLine.Sale(sale.transactionId(), new Money(sale.amount(), currency)));
        }
        if (!header.totals().shopAdjustments().isZero()) {
            lines.add(new SettlementLine.ShopAdjustment(header.totals().shopAdjustments()));
        }
        for (SaleRow sale : sales) {
            Money fee = new Money(sale.fee(), currency);
            lines.add(new SettlementLine.Fee(sale.transactionId(), new Money(sale.amount(), currency), rate, fixed, fee));
            lines.add(new SettlementLine.Vat(sale.transactionId(), fee, vatRate, new Money(sale.vat(), currency)));
        }
        lines.add(new SettlementLine.Guarantee(header.totals().swept(), BasisPoints.of(header.reserveBps()),
                new Money(header.guaranteeComputed(), currency), header.totals().guarantee()));
        return new Settlement(header.id(), header.merchantId(), currency, header.businessDate(), header.totals(), lines, header.createdAt());
    }
}
