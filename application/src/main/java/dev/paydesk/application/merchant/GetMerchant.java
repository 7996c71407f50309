package dev.paydesk.application.merchant;

import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.merchant.Merchant;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.shared.DomainException;

/** Use case: one merchant — any for operators, only their own for merchant users (another is "not found"). */
public final class GetMerchant {
    private final UnitOfWork unitOfWork;
    private final MerchantRepository merchants;

    public GetMerchant(UnitOfWork unitOfWork, MerchantRepository merchants) {
        this.unitOfWork = unitOfWork;
        this.merchants = merchants;
    }

    public Merchant get(CommandContext context, MerchantId id) {
        if (!Access.sees(context, id)) {
            throw DomainException.notFound("merchant");
        }
        return unitOfWork.inTransaction(() -> merchants.find(id)).orElseThrow(() -> DomainException.notFound("merchant"));
    }
}
