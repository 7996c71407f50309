package dev.paydesk.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.adapters.persistence.testing.PortContract;
import dev.paydesk.domain.audit.AuditEvent;
import dev.paydesk.domain.audit.AuditHash;
import dev.paydesk.domain.audit.ChainedAuditEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The contract of {@link dev.paydesk.application.audit.AuditLog} and {@link dev.paydesk.application.audit.AuditTrail}. */
public abstract class AuditLogContract extends PortContract {
    private static final Instant AT = Instant.parse("2026-11-23T10:15:30.123456Z");

    private static AuditEvent event(String id, String merchantId) {
        return new AuditEvent(id, AT, "merchant_user", "usr_1", merchantId, "approve_refund", "refund", "rfd_1", "pending_approval", "processing", "req_1");
    }

    @Test
    void eventsOfOneMerchantFormOneChainLinkedByHashes() {
        txRun(() -> {
            ports.auditLog().record(event("aud_01", "mer_A"));
            ports.auditLog().record(event("aud_02", "mer_A"));
        });
        txRun(() -> ports.auditLog().record(event("aud_03", "mer_B")));

        List<ChainedAuditEvent> rows = new ArrayList<>();
        txRun(() -> ports.auditTrail().forEachInChainOrder(rows::add));

        assertThat(rows).extracting(ChainedAuditEvent::chain).containsExactly("mer_A", "mer_A", "mer_B");
        assertThat(rows.get(0).previousHash()).isEqualTo(AuditHash.GENESIS);
        assertThat(rows.get(1).previousHash()).isEqualTo(rows.get(0).hash());
        assertThat(rows.get(1).index()).isEqualTo(2);
        assertThat(rows).allMatch(ChainedAuditEvent::hashIsIntact);
        assertThat(rows.get(0).event()).isEqualTo(event("aud_01", "mer_A"));
    }

    /** Whatever text the fields hold comes back from storage exactly, so the chain still verifies. */
    @Test
    void fieldsOfAnyTextComeBackExactlyAndKeepTheirHash() {
        AuditEvent first = event("aud_01", null);
        AuditEvent unusual = new AuditEvent("aud_02", AT.plusNanos(1_000), "merchant_user", "usr_Ñoño", null, "approve_refund", "refund",
                "rfd_ü", "pending_ápproval", "processing", "req_\\x1f 'quoted' é€😀");
        txRun(() -> ports.auditLog().record(first));
        txRun(() -> ports.auditLog().record(unusual));

        List<ChainedAuditEvent> rows = new ArrayList<>();
        txRun(() -> ports.auditTrail().forEachInChainOrder(rows::add));

        assertThat(rows).extracting(row -> row.chain() + ":" + row.index() + ":" + row.event().id()).containsExactly("platform:1:aud_01", "platform:2:aud_02");
        assertThat(rows.get(1).event()).isEqualTo(unusual);
        assertThat(rows.get(1).previousHash()).isEqualTo(rows.get(0).hash());
        assertThat(rows).allMatch(ChainedAuditEvent::hashIsIntact);
    }

    /** The second command finds both heads where this instance left them: each chain moves on its own, in chain order. */
    @Test
    void aCommandOfTwoMerchantsExtendsBothChainsEachTime() {
        for (int command = 1; command <= 2; command++) {
            String suffix = String.valueOf(command);
            txRun(() -> {
                ports.auditLog().record(event("aud_B" + suffix, "mer_B"));
                ports.auditLog().record(event("aud_A" + suffix, "mer_A"));
            });
        }

        List<ChainedAuditEvent> rows = new ArrayList<>();
        txRun(() -> ports.auditTrail().forEachInChainOrder(rows::add));

        assertThat(rows).extracting(row -> row.chain() + ":" + row.index() + ":" + row.event().id())
                .containsExactly("mer_A:1:aud_A1", "mer_A:2:aud_A2", "mer_B:1:aud_B1", "mer_B:2:aud_B2");
        assertThat(rows.get(1).previousHash()).isEqualTo(rows.get(0).hash());
        assertThat(rows.get(3).previousHash()).isEqualTo(rows.get(2).hash());
        assertThat(rows).allMatch(ChainedAuditEvent::hashIsIntact);
    }

    @Test
    void aRolledBackCommandLeavesNoAuditRow() {
        try {
            txRun(() -> {
                ports.auditLog().record(event("aud_01", "mer_A"));
                throw new IllegalStateException("refused");
            });
        } catch (IllegalStateException expected) {
            // the command failed
        }
        assertThat(tx(() -> ports.auditTrail().list(null, null, 10))).isEmpty();
    }

    @Test
    void listingIsNewestFirstScopedAndPaged() {
        txRun(() -> {
            ports.auditLog().record(event("aud_01", "mer_A"));
            ports.auditLog().record(event("aud_02", "mer_B"));
            ports.auditLog().record(event("aud_03", "mer_A"));
        });
        assertThat(tx(() -> ports.auditTrail().list("mer_A", null, 10))).extracting(row -> row.event().id()).containsExactly("aud_03", "aud_01");
        assertThat(tx(() -> ports.auditTrail().list(null, "aud_03", 1))).extracting(row -> row.event().id()).containsExactly("aud_02");
    }

    @Test
    void concurrentCommandsOfOneMerchantKeepOneUnbrokenChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        String id = String.format("aud_%02d%02d", thread, i);
                        txRun(() -> ports.auditLog().record(event(id, "mer_HOT")));
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        List<ChainedAuditEvent> rows = new ArrayList<>();
        txRun(() -> ports.auditTrail().forEachInChainOrder(rows::add));
        assertThat(rows).hasSize(60);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).index()).isEqualTo(i + 1);
            assertThat(rows.get(i).previousHash()).isEqualTo(i == 0 ? AuditHash.GENESIS : rows.get(i - 1).hash());
            assertThat(rows.get(i).hashIsIntact()).isTrue();
        }
    }
}
