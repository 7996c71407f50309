package dev.paydesk.domain.dispute;

import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.ledger.Posting;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class DisputeFixtures {
    static final MerchantId MERCHANT = new MerchantId("mer_01");
    static final Instant OPENED = Instant.parse("2026-11-23T10:00:00Z");
    static final Instant RESPOND_BY = OPENED.plus(Duration.ofDays(7));
    static final byte[] PDF = "%PDF-1.7 evidence".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    private DisputeFixtures() {
    }

    static Money ngn(long minor) {
        return Money.of(minor, "NGN");
    }

    static DisputableAmount nothingRefundedOf(Money transactionAmount) {
        Money zero = Money.zero(transactionAmount.currency());
        return new DisputableAmount(transactionAmount, zero, zero);
    }

    static Dispute open(DisputeSource source, Money amount) {
        return Dispute.open(new DisputeId("dsp_1"), new NewDispute(MERCHANT, "txn_1", amount, DisputeReason.FRAUDULENT, source, null),
                nothingRefundedOf(amount), DisputeSettings.DEFAULT, OPENED);
    }

    static Dispute claim() {
        return open(DisputeSource.CLAIM, ngn(50_000));
    }

    static Evidence someEvidence() {
        return new EvidenceSubmission("A blue kettle", null, "DHL 123", null, null,
                List.of(new DocumentUpload("receipt.pdf", "application/pdf", PDF))).validate();
    }

    /** Net movement per account key. */
    static Map<String, Long> movements(JournalEntry entry) {
        Map<String, Long> byAccount = new HashMap<>();
        for (Posting posting : entry.postings()) {
            byAccount.merge(posting.account().key(), posting.amount().minorUnits(), Long::sum);
        }
        byAccount.values().removeIf(sum -> sum == 0);
        return byAccount;
    }
}
