-- Only completed sales not swept yet: the index stays the size of a day or two of sales, whatever the history.
DROP INDEX payment_transaction_sweepable;
CREATE INDEX payment_transaction_sweepable ON payment_transaction (merchant_id, currency, completed_at)
    WHERE status = 'completed' AND settlement_id IS NULL;

-- A settlement's sales are written by the statement right after its header, in the same transaction, by the only
-- writer of this table; the per-row foreign-key trigger cost as much as the rest of the sweep (one check per swept
-- sale), so PostgreSQL goes without it. The primary key (each sale swept once) stays.
ALTER TABLE settlement_sale DROP CONSTRAINT settlement_sale_settlement_id_fkey;
