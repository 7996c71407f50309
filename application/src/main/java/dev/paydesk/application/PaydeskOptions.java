package dev.paydesk.application;

import dev.paydesk.application.calendar.BusinessCalendars;
import dev.paydesk.application.calendar.ShippedBusinessCalendars;
import dev.paydesk.application.dispute.DocumentStore;
import dev.paydesk.application.dispute.InMemoryDocumentStore;
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
 * gateway that succeeds at once, the shipped business calendars, and no phone-number rule (payout
 * account checks then fail, saying to pass one: the server passes one built on libphonenumber), evidence
 * documents kept in memory (the server keeps them on local disk) and the default dispute settings
 * (7 days to respond, the chargeback fees of {@link DisputeSettings#DEFAULT}).
 */
public record PaydeskOptions(RefundGateway refundGateway, PhoneNumberRule phoneNumbers, BusinessCalendars calendars,
                             DocumentStore documents, DisputeSettings disputeSettings) {
    private static final PhoneNumberRule NO_PHONE_RULE = Unwired.port(PhoneNumberRule.class,
            "pass a PhoneNumberRule with PaydeskOptions.withPhoneNumbers(...) to check payout accounts");

    public PaydeskOptions {
        Objects.requireNonNull(refundGateway, "refundGateway");
        Objects.requireNonNull(phoneNumbers, "phoneNumbers");
        Objects.requireNonNull(calendars, "calendars");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(disputeSettings, "disputeSettings");
    }

    public static PaydeskOptions defaults() {
        return new PaydeskOptions(SimulatedRefundGateway.alwaysSucceeding(), NO_PHONE_RULE, new ShippedBusinessCalendars(),
                new InMemoryDocumentStore(), DisputeSettings.DEFAULT);
    }

    public PaydeskOptions withPhoneNumbers(PhoneNumberRule rule) {
        return new PaydeskOptions(refundGateway, rule, calendars, documents, disputeSettings);
    }

    public PaydeskOptions withCalendars(BusinessCalendars businessCalendars) {
        return new PaydeskOptions(refundGateway, phoneNumbers, businessCalendars, documents, disputeSettings);
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
        return new PaydeskOptions(gateway, phoneNumbers, calendars, documents, disputeSettings);
    }

    /** Where evidence documents are kept: the server passes a store on local disk. */
    public PaydeskOptions withDocuments(DocumentStore store) {
        return new PaydeskOptions(refundGateway, phoneNumbers, calendars, store, disputeSettings);
    }

    /** Days to respond per source and chargeback fees per currency. */
    public PaydeskOptions withDisputeSettings(DisputeSettings settings) {
        return new PaydeskOptions(refundGateway, phoneNumbers, calendars, documents, settings);
    }
}
