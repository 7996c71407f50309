package dev.paydesk.application.shared;

import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;

/** Who may issue a command: the checks every use case makes itself, whatever adapter calls it. */
public final class Access {
    private Access() {
    }

    /** Commands only the provider's staff (and the system) issue: recording transactions, gateway outcomes. */
    public static Principal.OperatorPrincipal operator(CommandContext context) {
        if (context.actor() instanceof Principal.OperatorPrincipal operator) {
            return operator;
        }
        throw new DomainException(ErrorCode.FORBIDDEN, "only an operator may do this");
    }

    /** Commands a merchant user issues with one permission. */
    public static Principal.MerchantUser merchantUser(CommandContext context, Permission permission) {
        Principal.MerchantUser user = merchantUser(context);
        if (!user.can(permission)) {
            throw new DomainException(ErrorCode.FORBIDDEN, permission.code() + " is required");
        }
        return user;
    }

    /** Commands any user of the merchant may issue, the domain deciding further (cancel: creator or admin). */
    public static Principal.MerchantUser merchantUser(CommandContext context) {
        if (context.actor() instanceof Principal.MerchantUser user) {
            return user;
        }
        throw new DomainException(ErrorCode.FORBIDDEN, "only a user of the merchant may do this");
    }

    /** Reads: an operator sees everything, a merchant user needs the permission. */
    public static void reader(CommandContext context, Permission permission) {
        if (context.actor() instanceof Principal.MerchantUser user && !user.can(permission)) {
            throw new DomainException(ErrorCode.FORBIDDEN, permission.code() + " is required");
        }
    }

    /** Whether the actor may see an object of this merchant; when not, the object is "not found". */
    public static boolean sees(CommandContext context, MerchantId merchantId) {
        return !(context.actor() instanceof Principal.MerchantUser user) || user.merchantId().equals(merchantId);
    }

    /**
     * The merchant whose objects a list shows: the user's own, or for an operator the one asked for
     * (required, since operators see every merchant).
     */
    public static MerchantId listedMerchant(CommandContext context, MerchantId requested) {
        if (context.actor() instanceof Principal.MerchantUser user) {
            return user.merchantId();
        }
        if (requested == null) {
            throw DomainException.validation("merchant_id", "required", "an operator lists the objects of one merchant at a time");
        }
        return requested;
    }
}
