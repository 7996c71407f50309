package dev.paydesk.application.merchant;

import dev.paydesk.domain.merchant.Merchant;
import dev.paydesk.domain.merchant.MerchantId;
import java.util.List;
import java.util.Optional;

/** Outbound port: merchants. */
public interface MerchantRepository {

    void add(Merchant merchant);

    Optional<Merchant> find(MerchantId id);

    /** Whether the merchant exists. Merchants are never deleted, so an adapter may remember a yes once it is committed. */
    default boolean exists(MerchantId id) {
        return find(id).isPresent();
    }

    /** The merchant, locked until the unit of work ends. */
    Optional<Merchant> findForUpdate(MerchantId id);

    void update(Merchant merchant);

    /** Merchants in id order after {@code afterId} (null for the first page), for jobs that walk all merchants. */
    List<Merchant> page(MerchantId afterId, int limit);
}
