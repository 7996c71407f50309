package dev.paydesk.domain.settlement;

import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.BasisPoints;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one settlement of one merchant, currency and business date works from.
 *
 * @param sales       the completed sales before the cutoff not swept yet; fees are charged on these amounts
 * @param vatRate     the VAT rate of the merchant's country, charged on fees
 * @param mainBalance the merchant's {@code main} balance before the settlement; negative is a debt repaid first
 * @param shopBalance what is actually in {@code shop} for these sales: their total less the refunds and
 *                    disputes already taken from {@code shop}; this, not the sales total, is what is swept.
 *                    It is between zero and the sales total.
 */
public record SettlementInput(
        MerchantId merchantId,
        Currency currency,
        LocalDate businessDate,
        List<SweptSale> sales,
        Tariff tariff,
        BasisPoints vatRate,
        Money mainBalance,
        Money shopBalance) {

    public SettlementInput {
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(tariff, "tariff");
        Objects.requireNonNull(vatRate, "vatRate");
        Tariff.requireRate("vat_bps", vatRate.value());
        sales = List.copyOf(sales);
        if (sales.isEmpty()) {
            throw DomainException.invalidState("a settlement sweeps at least one sale");
        }
        Set<String> transactionIds = new HashSet<>();
        Money salesTotal = Money.zero(currency);
        for (SweptSale sale : sales) {
            if (!sale.gross().currency().equals(currency)) {
                throw DomainException.validation("sales", "currency_mismatch",
                        "sale " + sale.transactionId() + " is in " + sale.gross().currencyCode() + ", the settlement in " + currency);
            }
            if (!transactionIds.add(sale.transactionId())) {
                throw DomainException.validation("sales", "duplicate_transaction", "sale " + sale.transactionId() + " is listed twice");
            }
            salesTotal = salesTotal.plus(sale.gross());
        }
        requireCurrency("main_balance", mainBalance, currency);
        requireCurrency("shop_balance", shopBalance, currency);
        if (shopBalance.isNegative() || shopBalance.compareTo(salesTotal) > 0) {
            throw DomainException.invalidState("shop holds " + shopBalance + " for sales of " + salesTotal
                    + ": it must be between zero and the sales total");
        }
    }

    /** Input for sales nothing was taken from yet: {@code shop} holds exactly their total. */
    public static SettlementInput untouchedShop(MerchantId merchantId, Currency currency, LocalDate businessDate,
            List<SweptSale> sales, Tariff tariff, BasisPoints vatRate, Money mainBalance) {
        // summed as plain minor units so that a sale in another currency is refused by the constructor, naming the field
        long total = sales.stream().mapToLong(sale -> sale.gross().minorUnits()).reduce(0, Math::addExact);
        return new SettlementInput(merchantId, currency, businessDate, sales, tariff, vatRate, mainBalance, new Money(total, currency));
    }

    private static void requireCurrency(String field, Money amount, Currency currency) {
        Objects.requireNonNull(amount, field);
        if (!amount.currency().equals(currency)) {
            throw DomainException.validation(field, "currency_mismatch", field + " is in " + amount.currencyCode() + ", the settlement in " + currency);
        }
    }
}
