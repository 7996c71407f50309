package dev.paydesk.adapters.persistence.settlement;

import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.adapters.persistence.jdbi.SqlDialect;
import dev.paydesk.adapters.persistence.jdbi.TransientConflictException;
import dev.paydesk.application.settlement.MerchantCurrency;
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
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Settlements on JDBI: a header row and one {@code settlement_sale} row per swept sale, written in batches of
 * {@link #BATCH} so that settlements of many sales are sent in a few round trips; recording a sale also sets its
 * {@code payment_transaction.settlement_id}, which is how the sweep finds the sales not swept yet. The unique key on
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
    public Set<MerchantCurrency> existing(Collection<MerchantCurrency> keys, LocalDate businessDate) {
        Set<MerchantCurrency> existing = new HashSet<>();
        if (keys.isEmpty()) {
            return existing;
        }
        unitOfWork.transaction().handle()
                .createQuery("SELECT merchant_id, currency FROM settlement WHERE business_date = :date AND merchant_id IN (<merchants>)")
                .bind("date", businessDate)
                .bindList("merchants", keys.stream().map(key -> key.merchantId().value()).distinct().toList())
                .map((rs, ctx) -> new MerchantCurrency(new MerchantId(rs.getString("merchant_id")), Currencies.of(rs.getString("currency"))))
                .forEach(key -> {
                    if (keys.contains(key)) {
                        existing.add(key);
                    }
                });
        return existing;
    }

    @Override
    public void add(Settlement settlement) {
        addAll(List.of(settlement));
    }

    /**
     * The headers in one batch, then the sales of all the settlements in chunks of {@link #BATCH}; each chunk also
     * marks its sales swept in {@code payment_transaction}.
     */
    @Override
    public void addAll(List<Settlement> settlements) {
        if (settlements.isEmpty()) {
            return;
        }
        Handle handle = unitOfWork.transaction().handle();
        try {
            PreparedBatch headers = handle.prepareBatch("INSERT INTO settlement (" + HEADER_COLUMNS + ") VALUES (:id, :merchantId, :currency, "
                    + ":date, :sales, :adjustments, :swept, :fees, :vat, :guarantee, :computed, :net, :debtRepaid, :available, :shortfall, "
                    + ":rate, :fixed, :vatBps, :reserveBps, :saleCount, :createdAt)");
            List<SaleLine> lines = new ArrayList<>();
            for (Settlement settlement : settlements) {
                SettlementRows.Header header = SettlementRows.header(settlement);
                SettlementTotals totals = header.totals();
                headers.bind("id", header.id()).bind("merchantId", header.merchantId().value())
                        .bind("currency", header.currency().getCurrencyCode()).bind("date", header.businessDate())
                        .bind("sales", totals.sales().minorUnits()).bind("adjustments", totals.shopAdjustments().minorUnits())
                        .bind("swept", totals.swept().minorUnits()).bind("fees", totals.fees().minorUnits()).bind("vat", totals.vat().minorUnits())
                        .bind("guarantee", totals.guarantee().minorUnits()).bind("computed", header.guaranteeComputed())
                        .bind("net", totals.net().minorUnits()).bind("debtRepaid", totals.debtRepaid().minorUnits())
                        .bind("available", totals.availableToMain().minorUnits()).bind("shortfall", totals.shortfallToMain().minorUnits())
                        .bind("rate", header.rateBps()).bind("fixed", header.fixedAmount()).bind("vatBps", header.vatBps())
                        .bind("reserveBps", header.reserveBps()).bind("saleCount", header.saleCount())
                        .bind("createdAt", header.createdAt().atOffset(ZoneOffset.UTC))
                        .add();
                int lineNo = 0;
                for (SettlementRows.SaleRow row : SettlementRows.saleRows(settlement)) {
                    lines.add(new SaleLine(header.id(), ++lineNo, row));
                }
            }
            headers.execute();
            for (int from = 0; from < lines.size(); from += BATCH) {
                List<SaleLine> chunk = lines.subList(from, Math.min(lines.size(), from + BATCH));
                insertSalesAndMarkThemSwept(handle, chunk);
            }
        } catch (RuntimeException failure) {
            // another transaction settled the same day or sale: run again, and the sweep finds the work done
            if (SqlDialect.isUniqueViolation(failure)) {
                throw new TransientConflictException("settlements from " + settlements.get(0).id() + " recorded concurrently", failure);
            }
            throw failure;
        }
    }

    private record SaleLine(String settlementId, int lineNo, SettlementRows.SaleRow row) {
    }

    /**
     * On PostgreSQL one statement per chunk: the rows travel as arrays, are unnested server-side into
     * {@code settlement_sale}, and the inserted rows mark their transactions. H2 takes two JDBC batches.
     * The primary key of {@code settlement_sale} is what refuses a sale swept twice; the mark only makes it cheap to find
     * the sales not swept yet.
     */
    private static void insertSalesAndMarkThemSwept(Handle handle, List<SaleLine> lines) {
        if (SqlDialect.of(handle) == SqlDialect.POSTGRESQL) {
            int size = lines.size();
            String[] ids = new String[size];
            String[] settlementIds = new String[size];
            int[] lineNos = new int[size];
            long[] amounts = new long[size];
            long[] fees = new long[size];
            long[] vats = new long[size];
            for (int i = 0; i < size; i++) {
                SaleLine line = lines.get(i);
                ids[i] = line.row().transactionId();
                settlementIds[i] = line.settlementId();
                lineNos[i] = line.lineNo();
                amounts[i] = line.row().amount();
                fees[i] = line.row().fee();
                vats[i] = line.row().vat();
            }
            handle.createUpdate("""
                            WITH swept AS (
                                INSERT INTO settlement_sale (transaction_id, settlement_id, line_no, amount, fee, vat)
                                SELECT * FROM unnest(CAST(:ids AS VARCHAR[]), CAST(:settlementIds AS VARCHAR[]), CAST(:lineNos AS INT[]),
                                                     CAST(:amounts AS BIGINT[]), CAST(:fees AS BIGINT[]), CAST(:vats AS BIGINT[]))
                                RETURNING transaction_id, settlement_id)
                            UPDATE payment_transaction t SET settlement_id = swept.settlement_id FROM swept
                            WHERE t.id = swept.transaction_id AND t.settlement_id IS NULL""")
                    .bind("ids", ids).bind("settlementIds", settlementIds).bind("lineNos", lineNos)
                    .bind("amounts", amounts).bind("fees", fees).bind("vats", vats)
                    .execute();
            return;
        }
        PreparedBatch insert = handle.prepareBatch("INSERT INTO settlement_sale (transaction_id, settlement_id, line_no, amount, fee, vat) "
                + "VALUES (:transactionId, :settlementId, :lineNo, :amount, :fee, :vat)");
        PreparedBatch mark = handle.prepareBatch(
                "UPDATE payment_transaction SET settlement_id = :settlementId WHERE id = :transactionId AND settlement_id IS NULL");
        for (SaleLine line : lines) {
            insert.bind("transactionId", line.row().transactionId()).bind("settlementId", line.settlementId()).bind("lineNo", line.lineNo())
                    .bind("amount", line.row().amount()).bind("fee", line.row().fee()).bind("vat", line.row().vat()).add();
            mark.bind("settlementId", line.settlementId()).bind("transactionId", line.row().transactionId()).add();
        }
        insert.execute();
        mark.execute();
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
