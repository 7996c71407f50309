package dev.paydesk.application.settlement;

import dev.paydesk.application.merchant.MerchantRepository;
import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.settlement.Tariff;
import dev.paydesk.domain.shared.DomainException;

/** Use case: the tariff that applies to a merchant (the default until an operator sets one). */
public final class GetTariff {
    private final UnitOfWork unitOfWork;
    private final MerchantRepository merchants;
    private final TariffRepository tariffs;

    public GetTariff(UnitOfWork unitOfWork, MerchantRepository merchants, TariffRepository tariffs) {
        this.unitOfWork = unitOfWork;
        this.merchants = merchants;
        this.tariffs = tariffs;
    }

    public Tariff get(CommandContext context, MerchantId merchantId) {
        if (!Access.sees(context, merchantId)) {
            throw DomainException.notFound("merchant");
        }
        return unitOfWork.inTransaction(() -> {
            merchants.find(merchantId).orElseThrow(() -> DomainException.notFound("merchant"));
            return tariffs.tariffOf(merchantId);
        });
    }
}
