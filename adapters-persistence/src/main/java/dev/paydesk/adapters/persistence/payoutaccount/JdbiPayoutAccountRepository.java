package dev.paydesk.adapters.persistence.payoutaccount;

import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.adapters.persistence.jdbi.SqlDialect;
import dev.paydesk.adapters.persistence.jdbi.TransientConflictException;
import dev.paydesk.application.payoutaccount.AccountNumberCipher;
import dev.paydesk.application.payoutaccount.PayoutAccountRepository;
import dev.paydesk.domain.agent.AgentId;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Currencies;
import dev.paydesk.domain.payoutaccount.DocumentKind;
import dev.paydesk.domain.payoutaccount.PartReview;
import dev.paydesk.domain.payoutaccount.PayoutAccount;
import dev.paydesk.domain.payoutaccount.PayoutAccountDetails;
import dev.paydesk.domain.payoutaccount.PayoutAccountId;
import dev.paydesk.domain.payoutaccount.PayoutAccountStatus;
import dev.paydesk.domain.payoutaccount.PayoutCorridor;
import dev.paydesk.domain.payoutaccount.PayoutDocument;
import dev.paydesk.domain.payoutaccount.PayoutPreference;
import dev.paydesk.domain.payoutaccount.RejectionReason;
import dev.paydesk.domain.payoutaccount.ReviewPart;
import dev.paydesk.domain.payoutaccount.ReviewState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * Payout accounts on JDBI. The account number is stored only encrypted ({@link AccountNumberCipher})
 * plus its last 4 characters. The preference of a merchant and currency lives on the accounts
 * themselves ({@code preferred_key}, {@code preferred_pending_key}, each UNIQUE); it is locked by
 * locking that merchant's accounts in that currency in id order, the one lock order every writer uses.
 */
public final class JdbiPayoutAccountRepository implements PayoutAccountRepository {
    private static final String COLUMNS = """
            id, merchant_id, country, currency, bank_name, bank_code, branch_code, account_number_encrypted,
            beneficiary_name, phone, business_registration_number, agent_id, status, bank_account_review,
            bank_account_reasons, local_entity_review, local_entity_reasons, submitted_at, review_due_by""";

    private final JdbiUnitOfWork unitOfWork;
    private final AccountNumberCipher cipher;

    public JdbiPayoutAccountRepository(JdbiUnitOfWork unitOfWork, AccountNumberCipher cipher) {
        this.unitOfWork = unitOfWork;
        this.cipher = cipher;
    }

    @Override
    public void add(PayoutAccount account) {
        Handle handle = handle();
        Update insert = handle.createUpdate("""
                INSERT INTO payout_account (id, merchant_id, country, currency, bank_name, bank_code, branch_code,
                    account_number_encrypted, account_number_last4, beneficiary_name, phone, business_registration_number,
                    agent_id, status, bank_account_review, bank_account_reasons, local_entity_review, local_entity_reasons,
                    submitted_at, review_due_by)
                VALUES (:id, :merchantId, :country, :currency, :bankName, :bankCode, :branchCode,
                    :accountNumber, :last4, :beneficiaryName, :phone, :registration,
                    :agentId, :status, :bankReview, :bankReasons, :localReview, :localReasons,
                    :submittedAt, :reviewDueBy)""");
        bindState(insert, account).execute();
        insertDocuments(handle, account);
    }

    @Override
    public Optional<PayoutAccount> find(PayoutAccountId id) {
        return one("SELECT " + COLUMNS + " FROM payout_account WHERE id = :id", id);
    }

    @Override
    public Optional<PayoutAccount> findForUpdate(PayoutAccountId id) {
        return one("SELECT " + COLUMNS + " FROM payout_account WHERE id = :id FOR UPDATE", id);
    }

    @Override
    public void update(PayoutAccount account) {
        Handle handle = handle();
        Update update = handle.createUpdate("""
                UPDATE payout_account SET country = :country, currency = :currency, bank_name = :bankName,
                    bank_code = :bankCode, branch_code = :branchCode, account_number_encrypted = :accountNumber,
                    account_number_last4 = :last4, beneficiary_name = :beneficiaryName, phone = :phone,
                    business_registration_number = :registration, agent_id = :agentId, status = :status,
                    bank_account_review = :bankReview, bank_account_reasons = :bankReasons,
                    local_entity_review = :localReview, local_entity_reasons = :localReasons,
                    submitted_at = :submittedAt, review_due_by = :reviewDueBy
                WHERE id = :id AND merchant_id = :merchantId""");
        if (bindState(update, account).execute() != 1) {
            throw new IllegalStateException("no payout account " + account.id() + " of merchant " + account.merchantId() + " to update");
        }
        handle.createUpdate("DELETE FROM payout_account_document WHERE payout_account_id = :id").bind("id", account.id().value()).execute();
        insertDocuments(handle, account);
    }

    @Override
    public List<PayoutAccount> page(MerchantId merchantId, PayoutAccountId beforeId, int limit) {
        Query query = handle().createQuery("SELECT " + COLUMNS + " FROM payout_account WHERE merchant_id = :merchantId"
                        + (beforeId == null ? "" : " AND id < :beforeId") + " ORDER BY id DESC LIMIT :limit")
                .bind("merchantId", merchantId.value())
                .bind("limit", limit);
        if (beforeId != null) {
            query.bind("beforeId", beforeId.value());
        }
        return accounts(query);
    }

    @Override
    public List<PayoutAccount> overdueReviews(Instant asOf, Instant afterDueBy, PayoutAccountId afterId, int limit) {
        String position = afterDueBy == null ? ""
                : " AND (review_due_by > :afterDueBy OR (review_due_by = :afterDueBy AND id > :afterId))";
        Query query = handle().createQuery("SELECT " + COLUMNS + " FROM payout_account WHERE status = 'pending_approval'"
                        + " AND review_due_by < :asOf" + position + " ORDER BY review_due_by, id LIMIT :limit")
                .bind("asOf", utc(asOf))
                .bind("limit", limit);
        if (afterDueBy != null) {
            query.bind("afterDueBy", utc(afterDueBy)).bind("afterId", afterId.value());
        }
        return accounts(query);
    }

    @Override
    public PayoutPreference preference(MerchantId merchantId, Currency currency) {
        return preferenceOf(merchantId, currency, "");
    }

    @Override
    public List<PayoutPreference> preferences(MerchantId merchantId) {
        Map<Currency, PayoutAccountId[]> byCurrency = new LinkedHashMap<>();
        handle().createQuery("""
                        SELECT id, currency, preferred_key, preferred_pending_key FROM payout_account
                        WHERE merchant_id = :merchantId AND (preferred_key IS NOT NULL OR preferred_pending_key IS NOT NULL)
                        ORDER BY currency, id""")
                .bind("merchantId", merchantId.value())
                .map((rs, ctx) -> {
                    PayoutAccountId[] pair = byCurrency.computeIfAbsent(Currencies.of(rs.getString("currency")), c -> new PayoutAccountId[2]);
                    pair[rs.getString("preferred_key") != null ? 0 : 1] = new PayoutAccountId(rs.getString("id"));
                    return null;
                })
                .list();
        List<PayoutPreference> preferences = new ArrayList<>();
        byCurrency.forEach((currency, pair) -> preferences.add(new PayoutPreference(merchantId, currency, pair[0], pair[1])));
        return preferences;
    }

    @Override
    public PayoutPreference preferenceForUpdate(MerchantId merchantId, Currency currency) {
        return preferenceOf(merchantId, currency, " FOR UPDATE");
    }

    @Override
    public void savePreference(PayoutPreference preference) {
        Handle handle = handle();
        String key = preference.merchantId().value() + ":" + preference.currency().getCurrencyCode();
        try {
            // Clear first, then set: the UNIQUE keys are checked per statement.
            handle.createUpdate("""
                            UPDATE payout_account SET preferred_key = NULL, preferred_pending_key = NULL
                            WHERE merchant_id = :merchantId AND currency = :currency
                              AND (preferred_key IS NOT NULL OR preferred_pending_key IS NOT NULL)""")
                    .bind("merchantId", preference.merchantId().value())
                    .bind("currency", preference.currency().getCurrencyCode())
                    .execute();
            mark(handle, "preferred_key", key, preference, preference.preferred());
            mark(handle, "preferred_pending_key", key, preference, preference.pending());
        } catch (RuntimeException failure) {
            if (SqlDialect.isUniqueViolation(failure)) {
                // Only a writer that skipped preferenceForUpdate can get here; running the unit of work again sees its result.
                throw new TransientConflictException("the preferred payout account changed concurrently", failure);
            }
            throw failure;
        }
    }

    /**
     * Re-encrypts, with the current key, every account number made with an older key, {@code batchSize}
     * rows per transaction; returns how many were re-encrypted. Safe to run while the server serves:
     * each row is locked while it is rewritten. Run it after adding a new current key, then drop the old one.
     */
    public int reencryptAccountNumbers(int batchSize) {
        int total = 0;
        while (true) {
            int done = unitOfWork.inTransaction(() -> {
                Handle handle = handle();
                Map<String, String> stale = new LinkedHashMap<>();
                handle.createQuery("SELECT id, account_number_encrypted FROM payout_account"
                                + " WHERE account_number_encrypted IS NOT NULL AND account_number_encrypted NOT LIKE :current"
                                + " ORDER BY id LIMIT :limit FOR UPDATE")
                        .bind("current", currentPrefixPattern())
                        .bind("limit", batchSize)
                        .map((rs, ctx) -> stale.put(rs.getString("id"), rs.getString("account_number_encrypted")))
                        .list();
                stale.forEach((id, ciphertext) -> handle
                        .createUpdate("UPDATE payout_account SET account_number_encrypted = :value WHERE id = :id")
                        .bind("value", cipher.encrypt(cipher.decrypt(ciphertext)))
                        .bind("id", id)
                        .execute());
                return stale.size();
            });
            total += done;
            if (done < batchSize) {
                return total;
            }
        }
    }

    /** A LIKE pattern matching ciphertexts of the current key, found by encrypting a throwaway value. */
    private String currentPrefixPattern() {
        String sample = cipher.encrypt("0");
        String prefix = sample.substring(0, sample.lastIndexOf(':') + 1);
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private PayoutPreference preferenceOf(MerchantId merchantId, Currency currency, String lock) {
        PayoutAccountId[] pair = new PayoutAccountId[2];
        handle().createQuery("SELECT id, preferred_key, preferred_pending_key FROM payout_account"
                        + " WHERE merchant_id = :merchantId AND currency = :currency ORDER BY id" + lock)
                .bind("merchantId", merchantId.value())
                .bind("currency", currency.getCurrencyCode())
                .map((rs, ctx) -> {
                    if (rs.getString("preferred_key") != null) {
                        pair[0] = new PayoutAccountId(rs.getString("id"));
                    } else if (rs.getString("preferred_pending_key") != null) {
                        pair[1] = new PayoutAccountId(rs.getString("id"));
                    }
                    return null;
                })
                .list();
        return new PayoutPreference(merchantId, currency, pair[0], pair[1]);
    }

    private static void mark(Handle handle, String column, String key, PayoutPreference preference, PayoutAccountId id) {
        if (id == null) {
            return;
        }
        int updated = handle.createUpdate("UPDATE payout_account SET " + column + " = :key"
                        + " WHERE id = :id AND merchant_id = :merchantId AND currency = :currency")
                .bind("key", key)
                .bind("id", id.value())
                .bind("merchantId", preference.merchantId().value())
                .bind("currency", preference.currency().getCurrencyCode())
                .execute();
        if (updated != 1) {
            throw new IllegalStateException("payout account " + id + " is not a " + preference.currency().getCurrencyCode()
                    + " account of merchant " + preference.merchantId());
        }
    }

    private Update bindState(Update statement, PayoutAccount account) {
        PayoutAccountDetails details = account.details();
        return statement
                .bind("id", account.id().value())
                .bind("merchantId", account.merchantId().value())
                .bind("country", details.corridor().country().code())
                .bind("currency", details.corridor().currency().getCurrencyCode())
                .bindByType("bankName", details.bankName(), String.class)
                .bindByType("bankCode", details.bankCode(), String.class)
                .bindByType("branchCode", details.branchCode(), String.class)
                .bindByType("accountNumber", details.accountNumber() == null ? null : cipher.encrypt(details.accountNumber()), String.class)
                .bind("last4", details.accountNumberLast4())
                .bindByType("beneficiaryName", details.beneficiaryName(), String.class)
                .bindByType("phone", details.phone(), String.class)
                .bindByType("registration", details.businessRegistrationNumber(), String.class)
                .bindByType("agentId", details.agentId() == null ? null : details.agentId().value(), String.class)
                .bind("status", account.status().code())
                .bind("bankReview", account.bankAccountReview().state().code())
                .bind("bankReasons", reasons(account.bankAccountReview()))
                .bind("localReview", account.localEntityReview().state().code())
                .bind("localReasons", reasons(account.localEntityReview()))
                .bindByType("submittedAt", account.submittedAt() == null ? null : utc(account.submittedAt()), OffsetDateTime.class)
                .bindByType("reviewDueBy", account.reviewDueBy() == null ? null : utc(account.reviewDueBy()), OffsetDateTime.class);
    }

    private static void insertDocuments(Handle handle, PayoutAccount account) {
        List<PayoutDocument> documents = account.details().documents();
        if (documents.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO payout_account_document (payout_account_id, position, kind, file_name, content_reference)
                VALUES (:id, :position, :kind, :fileName, :contentReference)""");
        for (int i = 0; i < documents.size(); i++) {
            PayoutDocument document = documents.get(i);
            batch.bind("id", account.id().value())
                    .bind("position", i)
                    .bind("kind", document.kind().code())
                    .bindByType("fileName", document.fileName(), String.class)
                    .bindByType("contentReference", document.contentReference(), String.class)
                    .add();
        }
        batch.execute();
    }

    private Optional<PayoutAccount> one(String sql, PayoutAccountId id) {
        List<PayoutAccount> found = accounts(handle().createQuery(sql).bind("id", id.value()));
        return found.stream().findFirst();
    }

    private List<PayoutAccount> accounts(Query query) {
        List<Row> rows = query.map((rs, ctx) -> row(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<PayoutDocument>> documents = documentsOf(rows.stream().map(Row::id).toList());
        return rows.stream().map(row -> row.account(documents.getOrDefault(row.id(), List.of()), cipher)).toList();
    }

    private Map<String, List<PayoutDocument>> documentsOf(List<String> ids) {
        Map<String, List<PayoutDocument>> byAccount = new HashMap<>();
        handle().createQuery("SELECT payout_account_id, kind, file_name, content_reference FROM payout_account_document"
                        + " WHERE payout_account_id IN (<ids>) ORDER BY payout_account_id, position")
                .bindList("ids", ids)
                .map((rs, ctx) -> byAccount.computeIfAbsent(rs.getString("payout_account_id"), k -> new ArrayList<>())
                        .add(new PayoutDocument(DocumentKind.fromCode(rs.getString("kind")).orElseThrow(),
                                rs.getString("file_name"), rs.getString("content_reference"))))
                .list();
        return byAccount;
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString("id"), rs.getString("merchant_id"), rs.getString("country"), rs.getString("currency"),
                rs.getString("bank_name"), rs.getString("bank_code"), rs.getString("branch_code"), rs.getString("account_number_encrypted"),
                rs.getString("beneficiary_name"), rs.getString("phone"), rs.getString("business_registration_number"),
                rs.getString("agent_id"), rs.getString("status"), rs.getString("bank_account_review"), rs.getString("bank_account_reasons"),
                rs.getString("local_entity_review"), rs.getString("local_entity_reasons"),
                instant(rs.getObject("submitted_at", OffsetDateTime.class)), instant(rs.getObject("review_due_by", OffsetDateTime.class)));
    }

    /** One row as read, turned into the aggregate through its checking constructors. */
    private record Row(String id, String merchantId, String country, String currency, String bankName, String bankCode,
                       String branchCode, String accountNumberEncrypted, String beneficiaryName, String phone, String registration,
                       String agentId, String status, String bankReview, String bankReasons, String localReview, String localReasons,
                       Instant submittedAt, Instant reviewDueBy) {

        PayoutAccount account(List<PayoutDocument> documents, AccountNumberCipher cipher) {
            PayoutAccountDetails details = new PayoutAccountDetails(PayoutCorridor.of(country, currency), bankName, bankCode, branchCode,
                    accountNumberEncrypted == null ? null : cipher.decrypt(accountNumberEncrypted), beneficiaryName, phone, registration,
                    agentId == null ? null : new AgentId(agentId), documents);
            return new PayoutAccount(new PayoutAccountId(id), new MerchantId(merchantId), details,
                    PayoutAccountStatus.valueOf(status.toUpperCase(Locale.ROOT)),
                    review(ReviewPart.BANK_ACCOUNT, bankReview, bankReasons), review(ReviewPart.LOCAL_ENTITY, localReview, localReasons),
                    submittedAt, reviewDueBy);
        }

        private static PartReview review(ReviewPart part, String state, String reasons) {
            List<RejectionReason> parsed = reasons.isEmpty() ? List.of()
                    : Arrays.stream(reasons.split(",")).map(code -> RejectionReason.fromCode(code).orElseThrow(
                            () -> new IllegalStateException("unknown rejection reason in the database: " + code))).toList();
            return new PartReview(part, ReviewState.valueOf(state.toUpperCase(Locale.ROOT)), parsed);
        }

        @Override
        public String toString() {
            return "Row[" + id + "]"; // never the ciphertext or the details
        }
    }

    private static String reasons(PartReview review) {
        return review.reasons().stream().map(RejectionReason::code).collect(Collectors.joining(","));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private Handle handle() {
        return unitOfWork.transaction().handle();
    }
}
