-- The sweep marks each sale it takes with its settlement, in the statement that records the settlement's sales:
-- "not swept yet" is then a column on an index, not an anti-join over a merchant's whole sales history every day.
-- settlement_sale (its primary key) stays the record of what was swept and the guard against sweeping a sale twice.
ALTER TABLE payment_transaction ADD COLUMN settlement_id VARCHAR(40);
UPDATE payment_transaction SET settlement_id = (SELECT s.settlement_id FROM settlement_sale s WHERE s.transaction_id = payment_transaction.id)
WHERE EXISTS (SELECT 1 FROM settlement_sale s WHERE s.transaction_id = payment_transaction.id);

-- The sweep's index (it replaces V3's, which also carried the status): completed sales per merchant and currency by
-- completion time. PostgreSQL narrows it to the unswept sales (V5_2).
DROP INDEX payment_transaction_settlement;
CREATE INDEX payment_transaction_sweepable ON payment_transaction (merchant_id, currency, completed_at);
