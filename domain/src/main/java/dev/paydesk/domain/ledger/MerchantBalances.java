package dev.paydesk.domain.ledger;

import dev.paydesk.domain.money.Money;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;

/** One merchant's balances in one currency, zero for accounts that never moved. */
public record MerchantBalances(Currency currency, Map<MerchantAccountType, Money> byAccount) {

    public MerchantBalances {
        EnumMap<MerchantAccountType, Money> complete = new EnumMap<>(MerchantAccountType.class);
        for (MerchantAccountType type : MerchantAccountType.values()) {
            Money amount = byAccount.getOrDefault(type, Money.zero(currency));
            if (!amount.currency().equals(currency)) {
                throw new IllegalArgumentException("balance of " + type.code() + " in " + amount.currencyCode() + ", expected " + currency);
            }
            complete.put(type, amount);
        }
        byAccount = Map.copyOf(complete);
    }

    public Money of(MerchantAccountType type) {
        return byAccount.get(type);
    }
}
