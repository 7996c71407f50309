package dev.paydesk.domain.ledger;

import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Currencies;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * A ledger account: one of a merchant's accounts or one of the platform's, always in one currency.
 * Its {@link #key()} is its stable identity in storage, e.g. {@code merchant:mer_01:shop:NGN}.
 */
public sealed interface LedgerAccount permits LedgerAccount.Merchant, LedgerAccount.Platform {

    Currency currency();

    String key();

    static Merchant merchant(MerchantId merchantId, MerchantAccountType type, Currency currency) {
        return new Merchant(merchantId, type, currency);
    }

    static Platform platform(PlatformAccountType type, Currency currency) {
        return new Platform(type, currency);
    }

    /** Parses a key written by {@link #key()}. */
    static LedgerAccount fromKey(String key) {
        String[] parts = key.split(":");
        if (parts.length == 4 && parts[0].equals("merchant")) {
            return new Merchant(new MerchantId(parts[1]), MerchantAccountType.valueOf(parts[2].toUpperCase(Locale.ROOT)), Currencies.of(parts[3]));
        }
        if (parts.length == 3 && parts[0].equals("platform")) {
            return new Platform(PlatformAccountType.valueOf(parts[1].toUpperCase(Locale.ROOT)), Currencies.of(parts[2]));
        }
        throw new IllegalArgumentException("not a ledger account key: " + key);
    }

    record Merchant(MerchantId merchantId, MerchantAccountType type, Currency currency) implements LedgerAccount {
        public Merchant {
            Objects.requireNonNull(merchantId, "merchantId");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(currency, "currency");
        }

        @Override
        public String key() {
            return "merchant:" + merchantId.value() + ":" + type.code() + ":" + currency.getCurrencyCode();
        }
    }

    record Platform(PlatformAccountType type, Currency currency) implements LedgerAccount {
        /** Every platform account's key starts so; no merchant account's does. */
        public static final String KEY_PREFIX = "platform:";

        public Platform {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(currency, "currency");
        }

        @Override
        public String key() {
            return KEY_PREFIX + type.code() + ":" + currency.getCurrencyCode();
        }
    }
}
