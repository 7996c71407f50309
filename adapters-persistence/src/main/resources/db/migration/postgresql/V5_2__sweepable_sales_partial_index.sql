-- Only completed sales not swept yet: the index stays the size of a day or two of sales, whatever the history.
DROP INDEX payment_transaction_sweepable;
CREATE INDEX payment_transaction_sweepable ON payment_transaction (merchant_id, currency, completed_at)
    WHERE status = 'completed' AND settlement_id IS NULL;
