package dev.paydesk.adapters.persistence.merchant;

import dev.paydesk.adapters.persistence.jdbi.JdbiTransaction;
import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.application.merchant.MerchantRepository;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.merchant.Kyc;
import dev.paydesk.domain.merchant.KycStatus;
import dev.paydesk.domain.merchant.Merchant;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Currencies;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.statement.SqlStatement;

public final class JdbiMerchantRepository implements MerchantRepository {
    private static final String COLUMNS = "id, name, country, default_currency, kyc_shop_information, kyc_business_information, kyc_review_due_by, created_at";

    private final JdbiUnitOfWork unitOfWork;
    /** Merchants seen committed; none is ever deleted, so this only grows and is never wrong. */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public JdbiMerchantRepository(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(Merchant merchant) {
        bind(unitOfWork.transaction().handle().createUpdate("INSERT INTO merchant (" + COLUMNS + ") VALUES "
                + "(:id, :name, :country, :currency, :shop, :business, :dueBy, :createdAt)"), merchant).execute();
    }

    @Override
    public void update(Merchant merchant) {
        bind(unitOfWork.transaction().handle().createUpdate("UPDATE merchant SET name = :name, kyc_shop_information = :shop, "
                + "kyc_business_information = :business, kyc_review_due_by = :dueBy WHERE id = :id"), merchant).execute();
    }

    @Override
    public Optional<Merchant> find(MerchantId id) {
        return unitOfWork.transaction().handle().createQuery("SELECT " + COLUMNS + " FROM merchant WHERE id = :id")
                .bind("id", id.value()).map((rs, ctx) -> read(rs)).findOne();
    }

    /** Recording a sale asks this every time: after the first yes (once committed) it costs no query. */
    @Override
    public boolean exists(MerchantId id) {
        if (known.contains(id.value())) {
            return true;
        }
        JdbiTransaction transaction = unitOfWork.transaction();
        boolean found = transaction.handle().createQuery("SELECT 1 FROM merchant WHERE id = :id").bind("id", id.value()).mapTo(Integer.class)
                .findOne().isPresent();
        if (found) {
            // Not before the commit: the merchant may have been added by this very transaction, which may yet roll back.
            transaction.afterCommit(() -> known.add(id.value()));
        }
        return found;
    }

    @Override
    public Optional<Merchant> findForUpdate(MerchantId id) {
        return unitOfWork.transaction().handle().createQuery("SELECT " + COLUMNS + " FROM merchant WHERE id = :id FOR UPDATE")
                .bind("id", id.value()).map((rs, ctx) -> read(rs)).findOne();
    }

    @Override
    public List<Merchant> page(MerchantId afterId, int limit) {
        return unitOfWork.transaction().handle().createQuery("SELECT " + COLUMNS + " FROM merchant WHERE id > :after ORDER BY id LIMIT :limit")
                .bind("after", afterId == null ? "" : afterId.value()).bind("limit", limit)
                .map((rs, ctx) -> read(rs)).list();
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Merchant merchant) {
        java.time.Instant dueBy = merchant.kyc().reviewDueBy();
        return statement.bind("id", merchant.id().value())
                .bind("name", merchant.name())
                .bind("country", merchant.country().code())
                .bind("currency", merchant.defaultCurrency().getCurrencyCode())
                .bind("shop", merchant.kyc().shopInformation().code())
                .bind("business", merchant.kyc().businessInformation().code())
                .bindByType("dueBy", dueBy == null ? null : dueBy.atOffset(ZoneOffset.UTC), OffsetDateTime.class)
                .bind("createdAt", merchant.createdAt().atOffset(ZoneOffset.UTC));
    }

    private static Merchant read(ResultSet rs) throws SQLException {
        OffsetDateTime dueBy = rs.getObject("kyc_review_due_by", OffsetDateTime.class);
        return new Merchant(new MerchantId(rs.getString("id")), rs.getString("name"), Country.fromCode(rs.getString("country")),
                Currencies.of(rs.getString("default_currency")),
                new Kyc(KycStatus.fromCode(rs.getString("kyc_shop_information")), KycStatus.fromCode(rs.getString("kyc_business_information")),
                        dueBy == null ? null : dueBy.toInstant()),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
