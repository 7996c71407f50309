package dev.paydesk.application.shared;

import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;

/** Scoping rules shared by use cases: whose data an actor may see or change. */
public final class Actors {
    private Actors() {
    }

    /** The merchant user behind a command; operators are refused (the command is a merchant's). */
    public static Principal.MerchantUser merchantUser(CommandContext context) {
        if (context.actor() instanceof Principal.MerchantUser user) {
            return user;
        }
        throw new DomainException(ErrorCode.FORBIDDEN, "This command is made by a merchant user.");
    }

    public static Principal.MerchantUser merchantUser(CommandContext context, Permission permission) {
        Principal.MerchantUser user = merchantUser(context);
        if (!user.can(permission)) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Missing permission " + permission.code() + ".");
        }
        return user;
    }

    public static void requireOperator(CommandContext context) {
        if (!(context.actor() instanceof Principal.OperatorPrincipal)) {
            throw new DomainException(ErrorCode.FORBIDDEN, "This command is for operators.");
        }
    }

    /** True when the actor may see this merchant's objects: operators see all, users their own merchant's. */
    public static boolean maySee(CommandContext context, MerchantId owner) {
        return context.actor() instanceof Principal.OperatorPrincipal
                || context.actor() instanceof Principal.MerchantUser user && user.merchantId().equals(owner);
    }
}
