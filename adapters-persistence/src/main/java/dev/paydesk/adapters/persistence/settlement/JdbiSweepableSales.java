package dev.paydesk.adapters.persistence.settlement;

import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.application.settlement.MerchantCurrency;
import dev.paydesk.application.settlement.SweepableSales;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Currencies;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.settlement.SweptSale;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Currency;
import java.util.List;

/**
 * Completed sales from the {@code payment_transaction} table (the transactions feature's), less those a
 * settlement already lists in {@code settlement_sale}.
 */
public final class JdbiSweepableSales implements SweepableSales {
    private final JdbiUnitOfWork unitOfWork;

    public JdbiSweepableSales(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public List<MerchantCurrency> pendingBefore(Collection<MerchantId> merchants, Instant cutoff) {
        if (merchants.isEmpty()) {
            return List.of();
        }
        return unitOfWork.transaction().handle().createQuery("""
                        SELECT DISTINCT t.merchant_id, t.currency FROM payment_transaction t
                        WHERE t.merchant_id IN (<merchants>) AND t.status = 'completed' AND t.completed_at < :cutoff
                          AND NOT EXISTS (SELECT 1 FROM settlement_sale s WHERE s.transaction_id = t.id)
                        ORDER BY t.merchant_id, t.currency""")
                .bindList("merchants", merchants.stream().map(MerchantId::value).toList())
                .bind("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .map((rs, ctx) -> new MerchantCurrency(new MerchantId(rs.getString("merchant_id")), Currencies.of(rs.getString("currency"))))
                .list();
    }

    @Override
    public List<SweptSale> unsweptBefore(MerchantId merchantId, Currency currency, Instant cutoff) {
        return unitOfWork.transaction().handle().createQuery("""
                        SELECT t.id, t.amount FROM payment_transaction t
                        WHERE t.merchant_id = :merchantId AND t.currency = :currency AND t.status = 'completed' AND t.completed_at < :cutoff
                          AND NOT EXISTS (SELECT 1 FROM settlement_sale s WHERE s.transaction_id = t.id)
                        ORDER BY t.id""")
                .bind("merchantId", merchantId.value())
                .bind("currency", currency.getCurrencyCode())
                .bind("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .setFetchSize(1_000)
                .map((rs, ctx) -> new SweptSale(rs.getString("id"), new Money(rs.getLong("amount"), currency)))
                .list();
    }
}
