package dev.paydesk.application.payoutaccount;

import dev.paydesk.application.shared.MutableClock;
import dev.paydesk.application.PaydeskPorts;
import dev.paydesk.application.agent.AgentUseCases;
import dev.paydesk.application.agent.RegisterAgent;
import dev.paydesk.application.audit.AuditLog;
import dev.paydesk.application.calendar.ShippedBusinessCalendars;
import dev.paydesk.application.event.EventRecorder;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.TimeOrderedIdGenerator;
import dev.paydesk.domain.agent.Agent;
import dev.paydesk.domain.audit.AuditEvent;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.payoutaccount.PayoutAccountId;
import dev.paydesk.domain.payoutaccount.PhoneNumberRule;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** The payout-account and agent use cases over some ports, with a list-backed audit log, a fake phone rule and a clock tests move. */
final class PayoutAccountTestbed {
    /** Monday 23 November 2026, 10:15 UTC. */
    static final Instant START = Instant.parse("2026-11-23T10:15:30Z");
    static final MerchantId MERCHANT = new MerchantId("mer_shop1");
    static final MerchantId OTHER_MERCHANT = new MerchantId("mer_shop2");

    /** Fake: "+", the country's calling code and 8 to 10 more digits. */
    static final PhoneNumberRule PHONES = (country, number) -> {
        String prefix = switch (country) {
            case "NG" -> "+234";
            case "GH" -> "+233";
            case "KE" -> "+254";
            case "SN" -> "+221";
            case "CI" -> "+225";
            case "UG" -> "+256";
            default -> "+";
        };
        return number.startsWith(prefix) && number.substring(prefix.length()).matches("\\d{8,10}");
    };

    final PaydeskPorts ports;
    final MutableClock clock = new MutableClock(START);
    final List<AuditEvent> audit = new CopyOnWriteArrayList<>();
    final AgentUseCases agents;
    final PayoutAccountUseCases accounts;

    PayoutAccountTestbed(PaydeskPorts ports) {
        this.ports = ports;
        AuditLog auditLog = audit::add;
        TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(clock);
        this.agents = new AgentUseCases(ports.unitOfWork(), ports.agents(), auditLog, ids, clock);
        this.accounts = new PayoutAccountUseCases(ports.unitOfWork(), ports.merchants(), ports.payoutAccounts(), ports.agents(),
                new OutboxPayoutAccountEvents(new EventRecorder(ports.events(), ids, clock)), auditLog, PHONES, new ShippedBusinessCalendars(), ids, clock);
        ports.unitOfWork().run(() -> {
            for (MerchantId id : List.of(MERCHANT, OTHER_MERCHANT)) {
                ports.merchants().add(new dev.paydesk.domain.merchant.Merchant(id, "Shop " + id.value(), dev.paydesk.domain.calendar.Country.NG,
                        java.util.Currency.getInstance("NGN"), new dev.paydesk.domain.merchant.Kyc(dev.paydesk.domain.merchant.KycStatus.COMPLETED,
                        dev.paydesk.domain.merchant.KycStatus.COMPLETED, null), START));
            }
        });
    }

    /** Marks the merchant's KYC as not completed, for the submission check. */
    void unverify(MerchantId id) {
        ports.unitOfWork().run(() -> ports.merchants().update(ports.merchants().find(id).orElseThrow()
                .withKyc(dev.paydesk.domain.merchant.Kyc.NOT_STARTED)));
    }

    static CommandContext operator() {
        return new CommandContext(new Principal.OperatorPrincipal("opr_1"), "req_op");
    }

    static CommandContext manager(MerchantId merchant) {
        return new CommandContext(new Principal.MerchantUser("usr_" + merchant.value().substring(4), merchant,
                Set.of(Permission.PAYOUT_ACCOUNTS_MANAGE), false), "req_" + merchant.value());
    }

    static CommandContext manager() {
        return manager(MERCHANT);
    }

    Agent approvedAgent(String country) {
        Agent agent = agents.registerAgent().register(new RegisterAgent.Command(country, "Representative " + country), operator());
        return agents.approveAgent().approve(agent.id(), operator());
    }

    static List<DocumentInput> localDocuments() {
        return List.of(new DocumentInput("bank_letter", "bank_letter.pdf"),
                new DocumentInput("change_of_payment_form", "change-of-payment.pdf"),
                new DocumentInput("triparty_agreement", "triparty_agreement_v2.pdf"));
    }

    /** Valid Nigerian fields naming {@code agent}. */
    static PayoutAccountFields nigeria(Agent agent) {
        return new PayoutAccountFields("NG", "NGN", "First Bank of Nigeria", "011", null, "0000014579",
                "Adaeze Okafor Stores Ltd.", "+2348031234567", "RC1234567", agent.id().value(), localDocuments());
    }

    /** Valid Senegalese fields (IBAN) naming {@code agent}. */
    static PayoutAccountFields senegal(Agent agent) {
        return new PayoutAccountFields("SN", "XOF", "CBAO", "SN010", "01520", "SN08SN0100152000048500003035",
                "Aïssatou N'Diaye-Koné", "+221771234567", "SN-DKR-2019-B-12345", agent.id().value(), localDocuments());
    }

    PayoutAccountView create(PayoutAccountFields fields) {
        return accounts.createPayoutAccount().create(fields, manager());
    }

    PayoutAccountView submitted(PayoutAccountFields fields) {
        return accounts.submitPayoutAccount().submit(create(fields).id(), manager());
    }

    PayoutAccountView review(PayoutAccountId id, String part, String decision, String... reasons) {
        return accounts.reviewPayoutAccount().review(ReviewPayoutAccountCommand.parse(id, part, decision, List.of(reasons)), operator());
    }

    PayoutAccountView active(PayoutAccountFields fields) {
        PayoutAccountId id = submitted(fields).id();
        review(id, "bank_account", "approve");
        return review(id, "local_entity", "approve");
    }

    PayoutAccountView get(PayoutAccountId id) {
        return accounts.getPayoutAccount().get(id, manager());
    }
}
