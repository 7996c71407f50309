-- Platform accounts (acquirer clearing, customers, fees, VAT...) take a posting from every merchant's
-- sales and refunds. One balance row per account would make all of them wait on that row's lock
-- until each commit's WAL flush. Their maintained balance is spread over shard rows instead, one
-- picked at random per transaction: balance = ledger_account.balance + Σ shards.
CREATE TABLE ledger_balance_shard (
    account_key VARCHAR(120) NOT NULL REFERENCES ledger_account (account_key),
    shard       SMALLINT     NOT NULL,
    balance     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (account_key, shard)
);
