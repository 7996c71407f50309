package dev.paydesk.adapters.persistence.settlement;

import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.adapters.persistence.jdbi.SqlDialect;
import dev.paydesk.adapters.persistence.jdbi.TransientConflictException;
import dev.paydesk.application.settlement.SettlementRepository;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Currencies;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.settlement.Settlement;
import dev.paydesk.domain.settlement.SettlementTotals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Settlements on JDBI: a header row and one {@code settlement_sale} row per swept sale, written in batches of
 * {@link #BATCH} so that a settlement of many sales is sent in a few round trips. The unique key on
 * (merchant, currency, business date) and the primary key of {@code settlement_sale} make a second settlement of
 * the same day or the same sale fail, on any number of instances.
 */
public final class JdbiSettlementRepository implements SettlementRepository {
    static final int BATCH = 1_000;
    private static final String HEADER_COLUMNS = "id, merchant_id, currency, business_date, sales, shop_adjustments, swept, fees, vat, "
            + "guarantee, guarantee_computed, net, debt_repaid, available_to_main, shortfall_to_main, rate_bps, fixed_amount, vat_bps, "
            + "reserve_bps, sale_count, created_at";

    private final JdbiUnitOfWork unitOfWork;

    public JdbiSettlementRepository(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public boolean exists(MerchantId merchantId, Currency currency, LocalDate businessDate) {
        return unitOfWork.transaction().handle()
                .createQuery("SELECT COUNT(*) FROM settlement WHERE merchant_id = :merchantId AND currency = :currency AND business_date = :date")
                .bind("merchantId", merchantId.value()).bind("currency", currency.getCurrencyCode()).bind("date", businessDate)
                .mapTo(Integer.class).one() > 0;
    }

    @Override
    public void add(Settlement settlement) {
        Handle handle = unitOfWork.transaction().handle();
        SettlementRows.Header header = SettlementRows.header(settlement);
        SettlementTotals totals = header.totals();
        try {
            handle.createUpdate("INSERT INTO settlement (" + HEADER_COLUMNS + ") VALUES (:id, :merchantId, :currency, :date, :sales, "
                            + ":adjustments, :swept, :fees, :vat, :guarantee, :computed, :net, :debtRepaid, :available, :shortfall, :rate, "
                            + ":fixed, :vatBps, :reserveBps, :saleCount, :createdAt)")
                    .bind("id", header.id()).bind("merchantId", header.merchantId().value())
                    .bind("currency", header.currency().getCurrencyCode()).bind("date", header.businessDate())
                    .bind("sales", totals.sales().minorUnits()).bind("adjustments", totals.shopAdjustments().minorUnits())
                    .bind("swept", totals.swept().minorUnits()).bind("fees", totals.fees().minorUnits()).bind("vat", totals.vat().minorUnits())
                    .bind("guarantee", totals.guarantee().minorUnits()).bind("computed", header.guaranteeComputed())
                    .bind("net", totals.net().minorUnits()).bind("debtRepaid", totals.debtRepaid().minorUnits())
                    .bind("available", totals.availableToMain().minorUnits()).bind("shortfall", totals.shortfallToMain().minorUnits())
                    .bind("rate", header.rateBps()).bind("fixed", header.fixedAmount()).bind("vatBps", header.vatBps())
                    .bind("reserveBps", header.reserveBps()).bind("saleCount", header.saleCount())
                    .bind("createdAt", header.createdAt().atOffset(ZoneOffset.UTC))
                    .execute();
            List<SettlementRows.SaleRow> rows = SettlementRows.saleRows(settlement);
            for (int from = 0; from < rows.size(); from += BATCH) {
                insertSales(handle, header.id(), from, rows.subList(from, Math.min(rows.size(), from + BATCH)));
            }
        } catch (RuntimeException failure) {
            // another transaction settled the same day or sale: run again, and the sweep finds the work done
            if (SqlDialect.isUniqueViolation(failure)) {
                throw new TransientConflictException("settlement " + settlement.merchantId() + "/" + settlement.currency() + "/"
                        + settlement.businessDate() + " recorded concurrently", failure);
            }
            throw failure;
        }
    }

    /**
     * One statement per chunk: on PostgreSQL the rows travel as arrays and are unnested server-side (one parse,
     * one round trip); H2 takes a JDBC batch.
     */
    private static void insertSales(Handle handle, String settlementId, int firstIndex, List<SettlementRows.SaleRow> rows) {
        if (SqlDialect.of(handle) == SqlDialect.POSTGRESQL) {
            String[] ids = new String[rows.size()];
            long[] amounts = new long[rows.size()];
            long[] fees = new long[rows.size()];
            long[] vats = new long[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                ids[i] = rows.get(i).transactionId();
                amounts[i] = rows.get(i).amount();
                fees[i] = rows.get(i).fee();
                vats[i] = rows.get(i).vat();
            }
            handle.createUpdate("INSERT INTO settlement_sale (transaction_id, settlement_id, line_no, amount, fee, vat) "
                            + "SELECT t.id, :settlementId, :firstIndex + t.n, t.amount, t.fee, t.vat "
                            + "FROM unnest(CAST(:ids AS VARCHAR[]), CAST(:amounts AS BIGINT[]), CAST(:fees AS BIGINT[]), CAST(:vats AS BIGINT[])) "
                            + "WITH ORDINALITY AS t (id, amount, fee, vat, n)")
                    .bind("settlementId", settlementId).bind("firstIndex", firstIndex).bind("ids", ids).bind("amounts", amounts).bind("fees", fees).bind("vats", vats)
                    .execute();
            return;
        }
        PreparedBatch batch = handle.prepareBatch(
                "INSERT INTO settlement_sale (transaction_id, settlement_id, line_no, amount, fee, vat) "
                        + "VALUES (:transactionId, :settlementId, :lineNo, :amount, :fee, :vat)");
        int lineNo = firstIndex;
        for (SettlementRows.SaleRow row : rows) {
            batch.bind("transactionId", row.transactionId()).bind("settlementId", settlementId).bind("lineNo", ++lineNo)
                    .bind("amount", row.amount()).bind("fee", row.fee()).bind("vat", row.vat()).add();
        }
        batch.execute();
    }

    @Override
    public Optional<Settlement> find(String settlementId) {
        List<SettlementRows.Header> headers = unitOfWork.transaction().handle()
                .createQuery("SELECT " + HEADER_COLUMNS + " FROM settlement WHERE id = :id")
                .bind("id", settlementId).map((rs, ctx) -> header(rs)).list();
        return headers.stream().findFirst().map(header -> SettlementRows.settlement(header, salesOf(List.of(header.id())).get(header.id())));
    }

    @Override
    public List<Settlement> listFor(MerchantId merchantId, String beforeId, int limit) {
        List<SettlementRows.Header> headers = unitOfWork.transaction().handle()
                .createQuery("SELECT " + HEADER_COLUMNS + " FROM settlement WHERE merchant_id = :merchantId AND id < :before ORDER BY id DESC LIMIT :limit")
                .bind("merchantId", merchantId.value()).bind("before", beforeId == null ? "~" : beforeId).bind("limit", limit)
                .map((rs, ctx) -> header(rs)).list();
        if (headers.isEmpty()) {
            return List.of();
        }
        Map<String, List<SettlementRows.SaleRow>> sales = salesOf(headers.stream().map(SettlementRows.Header::id).toList());
        return headers.stream().map(header -> SettlementRows.settlement(header, sales.get(header.id()))).toList();
    }

    private Map<String, List<SettlementRows.SaleRow>> salesOf(List<String> settlementIds) {
        Map<String, List<SettlementRows.SaleRow>> bySettlement = new LinkedHashMap<>();
        settlementIds.forEach(id -> bySettlement.put(id, new ArrayList<>()));
        unitOfWork.transaction().handle()
                .createQuery("SELECT settlement_id, transaction_id, amount, fee, vat FROM settlement_sale WHERE settlement_id IN (<ids>) "
                        + "ORDER BY settlement_id, line_no")
                .bindList("ids", settlementIds)
                .setFetchSize(BATCH)
                .map((rs, ctx) -> bySettlement.get(rs.getString("settlement_id"))
                        .add(new SettlementRows.SaleRow(rs.getString("transaction_id"), rs.getLong("amount"), rs.getLong("fee"), rs.getLong("vat"))))
                .forEach(added -> {
                });
        return bySettlement;
    }

    private static SettlementRows.Header header(ResultSet rs) throws SQLException {
        Currency currency = Currencies.of(rs.getString("currency"));
        SettlementTotals totals = new SettlementTotals(money(rs, "sales", currency), money(rs, "shop_adjustments", currency),
                money(rs, "swept", currency), money(rs, "fees", currency), money(rs, "vat", currency), money(rs, "guarantee", currency),
                money(rs, "net", currency), money(rs, "debt_repaid", currency), money(rs, "available_to_main", currency),
                money(rs, "shortfall_to_main", currency));
        return new SettlementRows.Header(rs.getString("id"), new MerchantId(rs.getString("merchant_id")), currency,
                rs.getObject("business_date", LocalDate.class), totals, rs.getLong("guarantee_computed"), rs.getInt("rate_bps"),
                rs.getLong("fixed_amount"), rs.getInt("vat_bps"), rs.getInt("reserve_bps"), rs.getInt("sale_count"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static Money money(ResultSet rs, String column, Currency currency) throws SQLException {
        return new Money(rs.getLong(column), currency);
    }
}
