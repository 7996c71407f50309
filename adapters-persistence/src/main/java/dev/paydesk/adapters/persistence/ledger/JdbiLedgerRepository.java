package dev.paydesk.adapters.persistence.ledger;

import dev.paydesk.adapters.persistence.jdbi.DeferredWrites;
import dev.paydesk.adapters.persistence.jdbi.JdbiTransaction;
import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.adapters.persistence.jdbi.SqlDialect;
import dev.paydesk.adapters.persistence.jdbi.TransientConflictException;
import dev.paydesk.application.ledger.LedgerRepository;
import dev.paydesk.domain.ledger.EntryCause;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.ledger.LedgerAccount;
import dev.paydesk.domain.ledger.LedgerCheck;
import dev.paydesk.domain.ledger.MerchantAccountType;
import dev.paydesk.domain.ledger.MerchantBalances;
import dev.paydesk.domain.ledger.Posting;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Currencies;
import dev.paydesk.domain.money.Money;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The ledger on JDBI. Postings are appended as they come; the maintained balances are updated
 * once per account at the very end of the transaction, in account-key order. So a hot account's
 * row is locked only from that point until the commit, and two transactions touching the same
 * accounts always lock them in the same order (no deadlocks between postings).
 *
 * <p>Platform accounts are shared by every merchant, so their balance lives in
 * {@value #SHARDS} shard rows and each transaction adds to one picked at random: parallel
 * transactions of different merchants no longer queue on one row.
 */
public final class JdbiLedgerRepository implements LedgerRepository {
    private static final Object PENDING_DELTAS = new Object();
    static final int SHARDS = 16;
    /** Keeps a multi-row INSERT of postings far below PostgreSQL's 65,535 parameters. */
    private static final int ENTRIES_PER_WRITE = 200;
    private static final String PLATFORM_BALANCE = """
            SELECT a.balance + COALESCE((SELECT SUM(s.balance) FROM ledger_balance_shard s WHERE s.account_key = a.account_key), 0)
            FROM ledger_account a WHERE a.account_key = :key""";

    private final JdbiUnitOfWork unitOfWork;
    /** Accounts known to exist in the database; accounts are never deleted, so this only grows. */
    private final Set<String> knownAccounts = ConcurrentHashMap.newKeySet();

    public JdbiLedgerRepository(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void append(JournalEntry entry) {
        appendAll(List.of(entry));
    }

    /**
     * The entries and their postings are deferred inserts (sent with the rest of the commit on
     * PostgreSQL, as WITH clauses of the balance updates); the balances follow at the end.
     */
    @Override
    public void appendAll(List<JournalEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        JdbiTransaction transaction = unitOfWork.transaction();
        ensureAccounts(transaction, entries.stream().flatMap(entry -> entry.postings().stream()).toList());
        Map<String, Long> deltas = pendingDeltas(transaction);
        for (int from = 0; from < entries.size(); from += ENTRIES_PER_WRITE) {
            List<JournalEntry> chunk = entries.subList(from, Math.min(entries.size(), from + ENTRIES_PER_WRITE));
            deferInsert(transaction.deferredWrites(), chunk);
            chunk.forEach(entry -> entry.postings().forEach(
                    posting -> deltas.merge(posting.account().key(), posting.amount().minorUnits(), Math::addExact)));
        }
    }

    private static void deferInsert(DeferredWrites writes, List<JournalEntry> entries) {
        StringBuilder journal = new StringBuilder("INSERT INTO journal_entry (id, cause_kind, cause_id, command, posted_at) VALUES ");
        StringBuilder postings = new StringBuilder("INSERT INTO ledger_posting (entry_id, line_no, account_key, currency, amount, posted_at) VALUES ");
        int rows = 0;
        for (int e = 0; e < entries.size(); e++) {
            journal.append(e == 0 ? "" : ", ").append("(:e").append(e).append(", :k").append(e).append(", :c").append(e)
                    .append(", :m").append(e).append(", :t").append(e).append(')');
            for (int line = 1; line <= entries.get(e).postings().size(); line++) {
                postings.append(rows++ == 0 ? "" : ", ").append("(:e").append(e).append(", ").append(line).append(", :a").append(rows)
                        .append(", :u").append(rows).append(", :n").append(rows).append(", :t").append(e).append(')');
            }
        }
        int postingRows = rows;
        Consumer<DeferredWrites.Arguments> journalArguments = arguments -> {
            for (int e = 0; e < entries.size(); e++) {
                JournalEntry entry = entries.get(e);
                arguments.bind("e" + e, entry.id()).bind("k" + e, entry.cause().kind().code()).bind("c" + e, entry.cause().sourceId())
                        .bind("m" + e, entry.command()).bind("t" + e, entry.postedAt().atOffset(ZoneOffset.UTC));
            }
        };
        Consumer<DeferredWrites.Arguments> postingArguments = arguments -> {
            int row = 0;
            for (int e = 0; e < entries.size(); e++) {
                JournalEntry entry = entries.get(e);
                arguments.bind("e" + e, entry.id()).bind("t" + e, entry.postedAt().atOffset(ZoneOffset.UTC));
                for (Posting posting : entry.postings()) {
                    row++;
                    arguments.bind("a" + row, posting.account().key()).bind("u" + row, posting.amount().currencyCode())
                            .bind("n" + row, posting.amount().minorUnits());
                }
            }
        };
        writes.addInsert(journal.toString(), journalArguments);
        writes.addInsert(postings.toString(), postingArguments);
    }

    @Override
    public Money balance(LedgerAccount account) {
        JdbiTransaction transaction = unitOfWork.transaction();
        long stored = transaction.handle().createQuery(account instanceof LedgerAccount.Platform
                        ? PLATFORM_BALANCE : "SELECT balance FROM ledger_account WHERE account_key = :key")
                .bind("key", account.key())
                .mapTo(Long.class)
                .findOne()
                .orElse(0L);
        return new Money(Math.addExact(stored, pendingDeltas(transaction).getOrDefault(account.key(), 0L)), account.currency());
    }

    @Override
    public Money balanceForUpdate(LedgerAccount.Merchant account) {
        JdbiTransaction transaction = unitOfWork.transaction();
        ensureAccounts(transaction, List.of(account));
        long stored = transaction.handle().createQuery("SELECT balance FROM ledger_account WHERE account_key = :key FOR UPDATE")
                .bind("key", account.key())
                .mapTo(Long.class)
                .one();
        return new Money(Math.addExact(stored, pendingDeltas(transaction).getOrDefault(account.key(), 0L)), account.currency());
    }

    /** One statement: the rows are locked in account-key order (the sort runs below the row locking). */
    @Override
    public Map<LedgerAccount.Merchant, Money> balancesForUpdate(Collection<LedgerAccount.Merchant> accounts) {
        Map<String, LedgerAccount.Merchant> byKey = new TreeMap<>();
        accounts.forEach(account -> byKey.put(account.key(), account));
        Map<LedgerAccount.Merchant, Money> locked = new LinkedHashMap<>();
        if (byKey.isEmpty()) {
            return locked;
        }
        JdbiTransaction transaction = unitOfWork.transaction();
        ensureAccounts(transaction, List.copyOf(byKey.values()));
        Map<String, Long> pending = pendingDeltas(transaction);
        Map<String, Long> stored = new TreeMap<>();
        transaction.handle().createQuery("SELECT account_key, balance FROM ledger_account WHERE account_key IN (<keys>) ORDER BY account_key FOR UPDATE")
                .bindList("keys", List.copyOf(byKey.keySet()))
                .map((rs, ctx) -> stored.put(rs.getString("account_key"), rs.getLong("balance")))
                .forEach(ignored -> {
                });
        byKey.forEach((key, account) -> locked.put(account,
                new Money(Math.addExact(stored.get(key), pending.getOrDefault(key, 0L)), account.currency())));
        return locked;
    }

    @Override
    public List<MerchantBalances> merchantBalances(MerchantId merchantId) {
        JdbiTransaction transaction = unitOfWork.transaction();
        Map<String, Long> pending = pendingDeltas(transaction);
        Map<Currency, Map<MerchantAccountType, Money>> byCurrency = new TreeMap<>((a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));
        transaction.handle().createQuery("SELECT account_key, account_type, currency, balance FROM ledger_account WHERE merchant_id = :merchantId")
                .bind("merchantId", merchantId.value())
                .map((rs, ctx) -> {
                    Currency currency = Currencies.of(rs.getString("currency"));
                    long balance = Math.addExact(rs.getLong("balance"), pending.getOrDefault(rs.getString("account_key"), 0L));
                    byCurrency.computeIfAbsent(currency, c -> new EnumMap<>(MerchantAccountType.class))
                            .put(MerchantAccountType.valueOf(rs.getString("account_type").toUpperCase(Locale.ROOT)), new Money(balance, currency));
                    return null;
                })
                .list();
        List<MerchantBalances> result = new ArrayList<>();
        byCurrency.forEach((currency, balances) -> result.add(new MerchantBalances(currency, balances)));
        return result;
    }

    @Override
    public List<JournalEntry> entriesFor(EntryCause cause) {
        Handle handle = unitOfWork.transaction().handle();
        Map<String, List<Posting>> postingsByEntry = new LinkedHashMap<>();
        handle.createQuery("""
                        SELECT p.entry_id, p.account_key, p.currency, p.amount
                        FROM ledger_posting p JOIN journal_entry e ON e.id = p.entry_id
                        WHERE e.cause_kind = :kind AND e.cause_id = :causeId
                        ORDER BY e.posted_at, e.id, p.line_no""")
                .bind("kind", cause.kind().code())
                .bind("causeId", cause.sourceId())
                .map((rs, ctx) -> postingsByEntry.computeIfAbsent(rs.getString("entry_id"), id -> new ArrayList<>())
                        .add(new Posting(LedgerAccount.fromKey(rs.getString("account_key")), Money.of(rs.getLong("amount"), rs.getString("currency")))))
                .list();
        return handle.createQuery("SELECT id, command, posted_at FROM journal_entry WHERE cause_kind = :kind AND cause_id = :causeId ORDER BY posted_at, id")
                .bind("kind", cause.kind().code())
                .bind("causeId", cause.sourceId())
                .map((rs, ctx) -> new JournalEntry(rs.getString("id"), cause, rs.getString("command"),
                        rs.getObject("posted_at", OffsetDateTime.class).toInstant(), postingsByEntry.get(rs.getString("id"))))
                .list();
    }

    @Override
    public LedgerCheck check() {
        Handle handle = unitOfWork.transaction().handle();
        List<String> discrepancies = new ArrayList<>();
        handle.createQuery("""
                        SELECT a.account_key, a.balance, COALESCE(SUM(p.amount), 0) AS posted
                        FROM (SELECT account_key, balance
                                     + COALESCE((SELECT SUM(s.balance) FROM ledger_balance_shard s WHERE s.account_key = l.account_key), 0) AS balance
                              FROM ledger_account l) a
                        LEFT JOIN ledger_posting p ON p.account_key = a.account_key
                        GROUP BY a.account_key, a.balance
                        HAVING a.balance <> COALESCE(SUM(p.amount), 0)""")
                .map((rs, ctx) -> "account " + rs.getString("account_key") + " has balance " + rs.getLong("balance")
                        + " but its postings sum to " + rs.getLong("posted"))
                .forEach(discrepancies::add);
        handle.createQuery("""
                        SELECT entry_id, currency, SUM(amount) AS total FROM ledger_posting
                        GROUP BY entry_id, currency HAVING SUM(amount) <> 0""")
                .map((rs, ctx) -> "entry " + rs.getString("entry_id") + " sums to " + rs.getLong("total") + " " + rs.getString("currency"))
                .forEach(discrepancies::add);
        handle.createQuery("""
                        SELECT e.id FROM journal_entry e
                        WHERE (SELECT COUNT(*) FROM ledger_posting p WHERE p.entry_id = e.id) < 2""")
                .mapTo(String.class)
                .forEach(id -> discrepancies.add("entry " + id + " has fewer than two postings"));
        long entries = handle.createQuery("SELECT COUNT(*) FROM journal_entry").mapTo(Long.class).one();
        long accounts = handle.createQuery("SELECT COUNT(*) FROM ledger_account").mapTo(Long.class).one();
        return new LedgerCheck(entries, accounts, discrepancies);
    }

    private void ensureAccounts(JdbiTransaction transaction, List<?> postingsOrAccounts) {
        Map<String, LedgerAccount> missing = new TreeMap<>();
        for (Object item : postingsOrAccounts) {
            LedgerAccount account = item instanceof Posting posting ? posting.account() : (LedgerAccount) item;
            if (!knownAccounts.contains(account.key())) {
                missing.put(account.key(), account);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        PreparedBatch insert = transaction.handle().prepareBatch(transaction.dialect().insertIfAbsent("ledger_account",
                "account_key, merchant_id, account_type, currency, balance, created_at",
                "CAST(:key AS VARCHAR(120)), CAST(:merchantId AS VARCHAR(40)), CAST(:type AS VARCHAR(40)), CAST(:currency AS CHAR(3)), 0, CURRENT_TIMESTAMP",
                "account_key", "account_key = CAST(:key AS VARCHAR(120))"));
        missing.values().forEach(account -> {
            String merchantId = account instanceof LedgerAccount.Merchant merchant ? merchant.merchantId().value() : null;
            String type = account instanceof LedgerAccount.Merchant merchant ? merchant.type().code() : ((LedgerAccount.Platform) account).type().code();
            insert.bind("key", account.key())
                    .bindByType("merchantId", merchantId, String.class)
                    .bind("type", type)
                    .bind("currency", account.currency().getCurrencyCode())
                    .add();
        });
        List<String> platformKeys = missing.values().stream().filter(LedgerAccount.Platform.class::isInstance).map(LedgerAccount::key).toList();
        try {
            insert.execute();
            if (!platformKeys.isEmpty()) {
                insertShards(transaction.handle(), platformKeys);
            }
        } catch (RuntimeException failure) {
            // H2 only: another transaction created the same account between our check and insert.
            if (SqlDialect.isUniqueViolation(failure)) {
                throw new TransientConflictException("account created concurrently", failure);
            }
            throw failure;
        }
        transaction.afterCommit(() -> knownAccounts.addAll(missing.keySet()));
    }

    private Map<String, Long> pendingDeltas(JdbiTransaction transaction) {
        return transaction.attachment(PENDING_DELTAS, () -> {
            Map<String, Long> deltas = new TreeMap<>();
            transaction.beforeCommit(() -> applyBalanceDeltas(transaction, deltas));
            return deltas;
        });
    }

    private static void insertShards(Handle handle, List<String> platformKeys) {
        PreparedBatch shards = handle.prepareBatch(SqlDialect.of(handle).insertIfAbsent("ledger_balance_shard", "account_key, shard, balance",
                "CAST(:key AS VARCHAR(120)), CAST(:shard AS SMALLINT), 0", "account_key, shard",
                "account_key = CAST(:key AS VARCHAR(120)) AND shard = CAST(:shard AS SMALLINT)"));
        for (String key : platformKeys) {
            for (int shard = 0; shard < SHARDS; shard++) {
                shards.bind("key", key).bind("shard", shard).add();
            }
        }
        shards.execute();
    }

    /**
     * Sorted by account key (TreeMap): every transaction locks balance rows in one global order —
     * merchant accounts first, then the platform accounts' shards, one shard per transaction.
     */
    private static void applyBalanceDeltas(JdbiTransaction transaction, Map<String, Long> deltas) {
        int shard = ThreadLocalRandom.current().nextInt(SHARDS);
        deltas.forEach((key, delta) -> {
            if (delta == 0) {
                return;
            }
            boolean platform = key.startsWith(LedgerAccount.Platform.KEY_PREFIX);
            transaction.deferredWrites().addExpectingOneRow(platform
                            ? "UPDATE ledger_balance_shard SET balance = balance + :delta WHERE account_key = :key AND shard = :shard"
                            : "UPDATE ledger_account SET balance = balance + :delta WHERE account_key = :key",
                    arguments -> {
                        arguments.bind("delta", delta).bind("key", key);
                        if (platform) {
                            arguments.bind("shard", shard);
                        }
                    },
                    // A balance row that is not there would silently swallow the amount: refuse the commit instead.
                    () -> "a maintained balance row is missing: " + key);
        });
        deltas.clear();
    }
}
