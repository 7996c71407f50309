package dev.paydesk.adapters.persistence.settlement;

import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.application.settlement.ReserveHolds;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.settlement.ReserveHold;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.statement.PreparedBatch;

public final class JdbiReserveHolds implements ReserveHolds {
    private static final String COLUMNS = "settlement_id, merchant_id, currency, amount, held_on, release_on";

    private final JdbiUnitOfWork unitOfWork;

    public JdbiReserveHolds(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(ReserveHold hold) {
        addAll(List.of(hold));
    }

    @Override
    public void addAll(List<ReserveHold> holds) {
        if (holds.isEmpty()) {
            return;
        }
        PreparedBatch batch = unitOfWork.transaction().handle()
                .prepareBatch("INSERT INTO reserve_hold (" + COLUMNS + ") VALUES (:settlementId, :merchantId, :currency, :amount, :heldOn, :releaseOn)");
        for (ReserveHold hold : holds) {
            batch.bind("settlementId", hold.settlementId()).bind("merchantId", hold.merchantId().value())
                    .bind("currency", hold.amount().currencyCode()).bind("amount", hold.amount().minorUnits())
                    .bind("heldOn", hold.heldOn()).bind("releaseOn", hold.releaseOn())
                    .add();
        }
        batch.execute();
    }

    @Override
    public List<ReserveHold> claimDue(LocalDate asOf, int limit) {
        return unitOfWork.transaction().handle()
                .createQuery("SELECT " + COLUMNS + " FROM reserve_hold WHERE released_on IS NULL AND release_on <= :asOf "
                        + "ORDER BY settlement_id LIMIT :limit FOR UPDATE SKIP LOCKED")
                .bind("asOf", asOf).bind("limit", limit)
                .map((rs, ctx) -> read(rs)).list();
    }

    @Override
    public void markReleased(String settlementId, LocalDate releasedOn) {
        int updated = unitOfWork.transaction().handle()
                .createUpdate("UPDATE reserve_hold SET released_on = :releasedOn WHERE settlement_id = :settlementId AND released_on IS NULL")
                .bind("settlementId", settlementId).bind("releasedOn", releasedOn).execute();
        if (updated != 1) {
            throw new IllegalStateException("hold of " + settlementId + " is not held");
        }
    }

    @Override
    public List<ReserveHold> heldFor(MerchantId merchantId) {
        return unitOfWork.transaction().handle()
                .createQuery("SELECT " + COLUMNS + " FROM reserve_hold WHERE merchant_id = :merchantId AND released_on IS NULL ORDER BY settlement_id")
                .bind("merchantId", merchantId.value())
                .map((rs, ctx) -> read(rs)).list();
    }

    private static ReserveHold read(ResultSet rs) throws SQLException {
        return new ReserveHold(rs.getString("settlement_id"), new MerchantId(rs.getString("merchant_id")),
                Money.of(rs.getLong("amount"), rs.getString("currency")),
                rs.getObject("held_on", LocalDate.class), rs.getObject("release_on", LocalDate.class));
    }
}
