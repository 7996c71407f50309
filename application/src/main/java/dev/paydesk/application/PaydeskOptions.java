package dev.paydesk.application;

import dev.paydesk.application.dispute.DocumentStore;
import dev.paydesk.application.dispute.InMemoryDocumentStore;
import dev.paydesk.application.settlement.SettlementSettings;
import dev.paydesk.application.refund.gateway.ManualRefundGateway;
import dev.paydesk.application.refund.gateway.RefundGateway;
import dev.paydesk.application.refund.gateway.SimulatedRefundGateway;
import dev.paydesk.domain.dispute.DisputeSettings;
import dev.paydesk.domain.money.BasisPoints;
import dev.paydesk.domain.payoutaccount.PhoneNumberRule;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What an embedding chooses beyond the persistence ports. {@link #defaults()}: a simulated refund
 * gateway that succeeds at once, the default settlement settings (SPEC §8 VAT rates), no
 * phone-number rule (payout account checks then fail, saying to pass one: the server passes one
 * built on libphonenumber), evidence documents kept in memory (the server keeps them on local disk)
 * and the default dispute settings (7 days to respond, the chargeback fees of {@link DisputeSettings#DEFAULT}).
 */
public record PaydeskOptions(RefundGateway refundGateway, PhoneNumberRule phoneNumbers, SettlementSettings settlement,
                             DocumentStore documents, DisputeSettings disputeSettings) {
    private static final PhoneNumberRule NO_PHONE_RULE = Unwired.port(PhoneNumberRule.class,
            "pass a PhoneNumberRule with PaydeskOptions.withPhoneNumbers(...) to check payout accounts");

    public PaydeskOptions {
        Objects.requireNonNull(refundGateway, "refundGateway");
        Objects.requireNonNull(phoneNumbers, "phoneNumbers");
        Objects.requireNonNull(settlement, "settlement");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(disputeSettings, "disputeSettings");
    }

    public static PaydeskOptions defaults() {
        return new PaydeskOptions(SimulatedRefundGateway.alwaysSucceeding(), NO_PHONE_RULE, SettlementSettings.DEFAULTS,
                new InMemoryDocumentStore(), DisputeSettings.DEFAULT);
    }

    public PaydeskOptions withPhoneNumbers(PhoneNumberRule rule) {
        return new PaydeskOptions(refundGateway, rule, settlement, documents, disputeSettings);
    }

    /** Start-up settlement configuration: VAT rates per country, sweep batch sizes. */
    public PaydeskOptions withSettlement(SettlementSettings settings) {
        return new PaydeskOptions(refundGateway, phoneNumbers, settings, documents, disputeSettings);
    }

    /** Where evidence documents are kept: the server passes a store on local disk. */
    public PaydeskOptions withDocuments(DocumentStore store) {
        return new PaydeskOptions(refundGateway, phoneNumbers, settlement, store, disputeSettings);
    }

    /** Days to respond per source and chargeback fees per currency. */
    public PaydeskOptions withDisputeSettings(DisputeSettings settings) {
        return new PaydeskOptions(refundGateway, phoneNumbers, settlement, documents, settings);
    }

    /** {@code PAYDESK_GATEWAY=simulated}: refunds settle by themselves after {@code latency}, failing at {@code failureRate}. */
    public PaydeskOptions withSimulatedGateway(Duration latency, BasisPoints failureRate, RandomGenerator random) {
        return withRefundGateway(new SimulatedRefundGateway(latency, failureRate, random));
    }

    /** {@code PAYDESK_GATEWAY=manual}: outcomes come only through {@code RecordRefundGatewayResult}. */
    public PaydeskOptions withManualGateway() {
        return withRefundGateway(new ManualRefundGateway());
    }

    public PaydeskOptions withRefundGateway(RefundGateway gateway) {
        return new PaydeskOptions(gateway, phoneNumbers, settlement, documents, disputeSettings);
    }
}
