package dev.paydesk.application;

import dev.paydesk.application.settlement.SettlementSettings;
import dev.paydesk.application.refund.gateway.ManualRefundGateway;
import dev.paydesk.application.refund.gateway.RefundGateway;
import dev.paydesk.application.refund.gateway.SimulatedRefundGateway;
import dev.paydesk.domain.money.BasisPoints;
import dev.paydesk.domain.payoutaccount.PhoneNumberRule;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What an embedding chooses beyond the persistence ports. {@link #defaults()}: a simulated refund
 * gateway that succeeds at once, the default settlement settings (SPEC §8 VAT rates), and no
 * phone-number rule (payout account checks then fail, saying to pass one: the server passes one
 * built on libphonenumber).
 */
public record PaydeskOptions(RefundGateway refundGateway, PhoneNumberRule phoneNumbers, SettlementSettings settlement) {
    private static final PhoneNumberRule NO_PHONE_RULE = Unwired.port(PhoneNumberRule.class,
            "pass a PhoneNumberRule with PaydeskOptions.withPhoneNumbers(...) to check payout accounts");

    public PaydeskOptions {
        Objects.requireNonNull(refundGateway, "refundGateway");
        Objects.requireNonNull(phoneNumbers, "phoneNumbers");
        Objects.requireNonNull(settlement, "settlement");
    }

    public static PaydeskOptions defaults() {
        return new PaydeskOptions(SimulatedRefundGateway.alwaysSucceeding(), NO_PHONE_RULE, SettlementSettings.DEFAULTS);
    }

    public PaydeskOptions withPhoneNumbers(PhoneNumberRule rule) {
        return new PaydeskOptions(refundGateway, rule, settlement);
    }

    /** Start-up settlement configuration: VAT rates per country, sweep batch sizes. */
    public PaydeskOptions withSettlement(SettlementSettings settings) {
        return new PaydeskOptions(refundGateway, phoneNumbers, settings);
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
        return new PaydeskOptions(gateway, phoneNumbers, settlement);
    }
}
