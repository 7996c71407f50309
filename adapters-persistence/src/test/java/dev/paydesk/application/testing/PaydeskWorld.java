package dev.paydesk.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.application.Paydesk;
import dev.paydesk.application.PaydeskOptions;
import dev.paydesk.application.PaydeskPorts;
import dev.paydesk.domain.audit.AuditEvent;
import dev.paydesk.application.refund.CreateRefund;
import dev.paydesk.application.refund.gateway.RefundGateway;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.MutableClock;
import dev.paydesk.application.transaction.RecordTransaction;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.ledger.LedgerAccount;
import dev.paydesk.domain.ledger.MerchantAccountType;
import dev.paydesk.domain.ledger.PlatformAccountType;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.merchant.Kyc;
import dev.paydesk.domain.merchant.Merchant;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.transaction.PaymentMethod;
import dev.paydesk.domain.transaction.PaymentMethodType;
import dev.paydesk.domain.transaction.TransactionId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Paydesk over real ports with a clock tests move, a view of the audit log, and the actors of the
 * refund stories: an operator, a merchant's support user (creates), finance user (approves),
 * admin, and a finance user of another merchant.
 */
public final class PaydeskWorld {
    public static final Instant T0 = Instant.parse("2026-11-23T10:15:30Z");
    public static final MerchantId MERCHANT = new MerchantId("mer_01SHOP");
    public static final MerchantId OTHER_MERCHANT = new MerchantId("mer_01OTHER");

    public final MutableClock clock = new MutableClock(T0);
    public final AuditView audit = new AuditView();
    public final PaydeskPorts ports;
    public final Paydesk paydesk;

    public final CommandContext operator = new CommandContext(new Principal.OperatorPrincipal("opr_01OPS"), "req_op");
    public final CommandContext support = user("usr_01SUPPORT", MERCHANT, EnumSet.of(Permission.TRANSACTIONS_READ, Permission.REFUNDS_CREATE), false);
    public final CommandContext finance = user("usr_01FINANCE", MERCHANT, EnumSet.of(Permission.TRANSACTIONS_READ, Permission.REFUNDS_APPROVE), false);
    public final CommandContext admin = user("usr_01ADMIN", MERCHANT, EnumSet.allOf(Permission.class), true);
    public final CommandContext viewer = user("usr_01VIEWER", MERCHANT, EnumSet.of(Permission.TRANSACTIONS_READ), false);
    public final CommandContext otherFinance = user("usr_01OTHERFIN", OTHER_MERCHANT, EnumSet.allOf(Permission.class), true);

    private final AtomicInteger references = new AtomicInteger();

    public final CommandContext disputeManager = user("usr_01DISPUTES", MERCHANT, EnumSet.of(Permission.DISPUTES_MANAGE), false);
    public final CommandContext otherDisputeManager = user("usr_01OTHERDSP", OTHER_MERCHANT, EnumSet.of(Permission.DISPUTES_MANAGE), false);

    public PaydeskWorld(PaydeskPorts ports, RefundGateway gateway) {
        this(ports, PaydeskOptions.defaults().withRefundGateway(gateway));
    }

    public PaydeskWorld(PaydeskPorts ports, PaydeskOptions options) {
        this.ports = ports;
        this.paydesk = Paydesk.over(ports, clock, options);
        addMerchants(ports);
    }

    /** The two merchants of the stories, in the merchant repository (transactions need a known merchant). */
    public static void addMerchants(PaydeskPorts ports) {
        ports.unitOfWork().run(() -> {
            for (MerchantId id : new MerchantId[] {MERCHANT, OTHER_MERCHANT}) {
                if (ports.merchants().find(id).isEmpty()) {
                    ports.merchants().add(new Merchant(id, "Shop " + id.value(), Country.NG, Money.of(0, "NGN").currency(), Kyc.NOT_STARTED, T0));
                }
            }
        });
    }

    public static CommandContext user(String id, MerchantId merchant, Set<Permission> permissions, boolean admin) {
        return new CommandContext(new Principal.MerchantUser(id, merchant, permissions, admin), "req_" + id);
    }

    public TransactionId completedSale(long amount) {
        return completedSale(MERCHANT, amount);
    }

    public TransactionId completedSale(MerchantId merchant, long amount) {
        return completedSale(merchant, amount, new PaymentMethod(PaymentMethodType.CARD, "visa", "4242"));
    }

    public TransactionId completedSale(MerchantId merchant, long amount, PaymentMethod paymentMethod) {
        return paydesk.recordTransaction().record(operator, new RecordTransaction.Command(merchant, "order-" + references.incrementAndGet(),
                Money.of(amount, "NGN"), paymentMethod, true)).transaction().id();
    }

    public Refund requestRefund(TransactionId transaction, long amount) {
        return paydesk.createRefund().create(support, new CreateRefund.Command(transaction, amount, "customer asked"));
    }

    public Money balance(MerchantAccountType type) {
        return ports.unitOfWork().inTransaction(() -> ports.ledger().balance(LedgerAccount.merchant(MERCHANT, type, Money.of(0, "NGN").currency())));
    }

    public Money platform(PlatformAccountType type) {
        return ports.unitOfWork().inTransaction(() -> ports.ledger().balance(LedgerAccount.platform(type, Money.of(0, "NGN").currency())));
    }

    public void assertLedgerBalanced() {
        assertThat(paydesk.checkLedger().check().discrepancies()).isEmpty();
    }

    /** The newest rows of the real audit log behind the ports. */
    public final class AuditView {
        public AuditEvent last() {
            return ports.unitOfWork().inTransaction(() -> ports.auditTrail().list(null, null, 1)).get(0).event();
        }
    }
}
